import { describe, expect, it } from '@jest/globals';
import { DomainError, RejectionGrounds, type RejectionGround } from '@legalaid/contracts';
import { checkRejectionGround } from '../src/domain/rejection.js';
import { reject } from '../src/domain/legal-aid-request.js';
import { aRequest } from './support.js';

const now = new Date('2025-08-20T03:00:00Z');
const due = new Date('2025-08-11T16:59:59.999Z');
const received = aRequest();
const business = aRequest({ fieldOfLaw: 'BUSINESS_COMMERCE' });
const waitingOverdue = aRequest({ status: 'DOCUMENTS_REQUESTED', documentsDueAt: due });
const waitingNotDue = aRequest({ status: 'DOCUMENTS_REQUESTED', documentsDueAt: new Date('2025-08-25T16:59:59.999Z') });

type Row = [RejectionGround, ReturnType<typeof aRequest>, string | null, string | null];

/** ground, request, note → expected error code (null = admissible). */
const table: Row[] = [
  ['NOT_ELIGIBLE_PERSON', received, null, null],
  ['NOT_ELIGIBLE_PERSON', waitingNotDue, 'no proof of poor household', null],
  ['BUSINESS_COMMERCE', business, null, null],
  ['BUSINESS_COMMERCE', received, null, 'VALIDATION_FAILED'],
  ['OUTSIDE_SCOPE', received, null, null],
  ['DOCUMENTS_NOT_PROVIDED', waitingOverdue, null, null],
  ['DOCUMENTS_NOT_PROVIDED', waitingNotDue, null, 'VALIDATION_FAILED'],
  ['DOCUMENTS_NOT_PROVIDED', received, null, 'VALIDATION_FAILED'],
  ['CONFLICT_OF_INTEREST', received, null, null],
  ['ALREADY_ASSISTED', received, null, null],
  ['MATTER_ALREADY_DECIDED', received, null, null],
  ['OTHER', received, 'the applicant asked for a different centre', null],
  ['OTHER', received, null, 'VALIDATION_FAILED'],
  ['NOT_ELIGIBLE_PERSON', aRequest({ status: 'ACCEPTED' }), null, 'ILLEGAL_TRANSITION'],
  ['OTHER', aRequest({ status: 'WITHDRAWN' }), 'x', 'ILLEGAL_TRANSITION'],
];

describe('rejection grounds', () => {
  it.each(table)('%s on a %s request (note %s) → %s', (ground, request, note, code) => {
    const run = () => checkRejectionGround(request, ground, note, now);
    if (code === null) expect(run).not.toThrow();
    else expect(run).toThrow(expect.objectContaining({ code }) as unknown as DomainError);
  });

  it('tries every statutory ground in the vocabulary', () => {
    expect(new Set(table.map((r) => r[0]))).toEqual(new Set(RejectionGrounds.map((g) => g.code)));
  });

  it('a rejection records ground, note, rule set and starts the retention period', () => {
    const r = reject(received, { ground: 'OUTSIDE_SCOPE', note: 'n', ruleSetId: 'law-11-2017-art7-am-2025-07', now, by: 'staff-1' });
    expect(r.status).toBe('REJECTED');
    expect(r.rejection).toEqual({ ground: 'OUTSIDE_SCOPE', note: 'n', rejectedAt: now, rejectedBy: 'staff-1' });
    expect(r.finishedAt).toEqual(now);
    expect(r.timeline.at(-1)).toEqual({ status: 'REJECTED', at: now });
  });
});
