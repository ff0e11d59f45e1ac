import { readFileSync } from 'node:fs';
import { CALENDAR, CONFIG, type CalendarCopy } from '@legalaid/infra';
import {
  AdministrativeUnits,
  bundledAdminUnits,
  bundledEligibilityRules,
  EligibilityRuleBook,
  type WorkingCalendar,
} from '@legalaid/contracts';
import type { IntakeSettings } from '../config.js';

/**
 * Reference data the rules read: units and rule sets (loaded once at start),
 * and the working-day calendar (this service's copy of the loaded decisions,
 * current at each read).
 */
export interface Reference {
  units: AdministrativeUnits;
  rules: EligibilityRuleBook;
  calendar: WorkingCalendar;
}

export const REFERENCE = Symbol('REFERENCE');

function readJson(path: string): unknown {
  return JSON.parse(readFileSync(path, 'utf8'));
}

export const referenceProvider = {
  provide: REFERENCE,
  inject: [CONFIG, CALENDAR],
  useFactory: (config: IntakeSettings, calendar: CalendarCopy): Reference => ({
    units: new AdministrativeUnits(config.INTAKE_UNITS_FILE ? readJson(config.INTAKE_UNITS_FILE) : bundledAdminUnits),
    rules: new EligibilityRuleBook(config.INTAKE_RULES_FILE ? readJson(config.INTAKE_RULES_FILE) : bundledEligibilityRules),
    get calendar() {
      return calendar.current;
    },
  }),
};
