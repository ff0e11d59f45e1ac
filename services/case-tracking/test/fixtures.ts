import { vietnamCalendar, type Actor } from '@legalaid/contracts';
import { openCase, type Case, type CaseContext, type OpeningFacts } from '../src/domain/case.js';
import { DEFAULT_DEADLINE_POLICY, type DeadlinePolicy } from '../src/domain/deadlines.js';

export const LAWYER: Actor = { id: 'user-lawyer-1', role: 'LAWYER', providerId: 'prov-1' };
export const SYSTEM: Actor = { id: 'service:case-tracking', role: 'SYSTEM' };

let counter = 0;

/** A context with a pinned clock and ids that are UUIDs, unique within a test run. */
export function ctxAt(iso: string, actor: Actor = LAWYER, policy: DeadlinePolicy = DEFAULT_DEADLINE_POLICY): CaseContext {
  return {
    now: new Date(iso),
    newId: () => `0190a000-0000-7000-8000-${String(++counter).padStart(12, '0')}`,
    actor,
    correlationId: 'corr-test',
    policy,
    calendar: vietnamCalendar,
  };
}

export function facts(overrides: Partial<OpeningFacts> = {}): OpeningFacts {
  return {
    caseId: 'case-0190a000-0000-7000-8000-000000000001',
    referralId: 'ref-1',
    requestId: '0190a000-0000-7000-8000-00000000aaaa',
    applicantRef: 'ap_abcdefghijklmnop',
    providerId: 'prov-1',
    organisationId: 'org-bar-hcm',
    centreId: 'centre-hcm',
    fieldOfLaw: 'CRIMINAL',
    aidForm: 'PROCEEDINGS',
    urgent: false,
    custody: false,
    defenceCounselDeadline: null,
    ...overrides,
  };
}

export function openedAt(iso: string, overrides: Partial<OpeningFacts> = {}, policy?: DeadlinePolicy): Case {
  return openCase(facts(overrides), ctxAt(iso, SYSTEM, policy)).next;
}
