import { readFileSync } from 'node:fs';
import { CONFIG } from '@legalaid/infra';
import {
  AdministrativeUnits,
  bundledAdminUnits,
  bundledEligibilityRules,
  EligibilityRuleBook,
  vietnamCalendar,
  type WorkingCalendar,
} from '@legalaid/contracts';
import type { IntakeSettings } from '../config.js';

/** Reference data the rules read: units, rule sets, the working-day calendar. Loaded once at start. */
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
  inject: [CONFIG],
  useFactory: (config: IntakeSettings): Reference => ({
    units: new AdministrativeUnits(config.INTAKE_UNITS_FILE ? readJson(config.INTAKE_UNITS_FILE) : bundledAdminUnits),
    rules: new EligibilityRuleBook(config.INTAKE_RULES_FILE ? readJson(config.INTAKE_RULES_FILE) : bundledEligibilityRules),
    calendar: vietnamCalendar,
  }),
};
