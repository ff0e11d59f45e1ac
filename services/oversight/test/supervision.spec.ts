import { describe, expect, it } from '@jest/globals';
import { DomainError } from '@legalaid/contracts';
import { drawSample } from '../src/domain/sample.js';
import { followUp, issue, markOverdue, respond, type SupervisionPlan } from '../src/domain/supervision.js';
import { assertUsable, complaintKinds, tokenHash, type FeedbackInvitation } from '../src/domain/feedback.js';

const population = Array.from({ length: 40 }, (_, i) => `case-${String(i).padStart(3, '0')}`);

describe('reproducible sample', () => {
  it('draws the same cases from the same seed and population, whatever their order', () => {
    const a = drawSample(population, 8, 'seed-2025');
    const b = drawSample([...population].reverse(), 8, 'seed-2025');
    expect(a).toEqual(b);
    expect(a.caseIds).toHaveLength(8);
    expect(new Set(a.caseIds).size).toBe(8);
    expect(a.population).toBe(40);
  });

  it('draws different cases from another seed, and records a population hash that changes with the population', () => {
    const a = drawSample(population, 8, 'seed-2025');
    expect(drawSample(population, 8, 'other-seed').caseIds).not.toEqual(a.caseIds);
    expect(drawSample(population.slice(1), 8, 'seed-2025').populationHash).not.toBe(a.populationHash);
  });

  it('takes the whole population when it is smaller than the sample', () => {
    expect(drawSample(['b', 'a'], 5, 's').caseIds).toEqual(['a', 'b']);
  });
});

const plan: SupervisionPlan = {
  _id: 'p1',
  version: 3,
  title: 'Q1',
  scope: { periodFrom: '2025-01-01', periodTo: '2025-03-31', provinceCodes: [], organisationIds: [] },
  status: 'SAMPLED',
  createdAt: new Date('2025-04-01T00:00:00Z'),
  createdBy: 'sup-1',
  sample: { seed: 's', size: 1, population: 1, populationHash: 'a'.repeat(64), caseIds: ['case-1'], drawnAt: new Date('2025-04-01T00:00:00Z') },
  findings: [{ findingId: 'f1', caseId: 'case-1', category: 'DEADLINE', severity: 'HIGH', note: 'late', recordedAt: new Date('2025-04-02T00:00:00Z'), recordedBy: 'sup-1' }],
};
const now = new Date('2025-04-03T00:00:00Z');
const due = new Date('2025-04-10T00:00:00Z');

describe('recommendations', () => {
  const rec = issue({ _id: 'r1', planId: 'p1', organisationId: 'bar-hcm', findingIds: ['f1'], text: 'Answer faster', issuedAt: now, issuedBy: 'sup-1', responseDueAt: due }, plan);

  it('awaits an answer until the deadline, then is overdue once', () => {
    expect(rec).toMatchObject({ status: 'ISSUED', dueAt: due });
    expect(markOverdue(rec, new Date('2025-04-09T23:59:59Z'))).toBeNull();
    const overdue = markOverdue(rec, due)!;
    expect(overdue).toMatchObject({ status: 'OVERDUE', dueAt: null, overdueAt: due });
    expect(markOverdue(overdue, new Date('2025-05-01T00:00:00Z'))).toBeNull();
    expect(respond(overdue, 'Done', 'admin-1', new Date('2025-04-12T00:00:00Z')).response).toMatchObject({ late: true });
  });

  it('records an answer in time as not late, and refuses a second answer', () => {
    const answered = respond(rec, 'We will', 'admin-1', new Date('2025-04-05T00:00:00Z'));
    expect(answered).toMatchObject({ status: 'RESPONDED', dueAt: null, response: { late: false } });
    expect(markOverdue(answered, new Date('2025-05-01T00:00:00Z'))).toBeNull();
    expect(() => respond(answered, 'again', 'admin-1', now)).toThrow(DomainError);
  });

  it('follows up: reissues an overdue one with the timer running again, reopens an answer, accepts one (G21)', () => {
    const overdue = markOverdue(rec, due)!;
    const later = new Date('2025-04-11T00:00:00Z');
    const newDue = new Date('2025-04-18T00:00:00Z');
    expect(() => followUp(overdue, 'ACCEPT', 'ok', 'sup-1', later, null)).toThrow(/RESPONDED/);
    expect(() => followUp(overdue, 'REISSUE', 'again', 'sup-1', later, later)).toThrow(/future/);
    const reissued = followUp(overdue, 'REISSUE', 'again', 'sup-1', later, newDue);
    expect(reissued).toMatchObject({ status: 'ISSUED', responseDueAt: newDue, dueAt: newDue, overdueAt: null, response: null });
    expect(reissued.followUps).toEqual([{ action: 'REISSUE', note: 'again', at: later, by: 'sup-1', previousResponse: null, previousResponseDueAt: due, previousOverdueAt: due }]);
    expect(markOverdue(reissued, newDue)).toMatchObject({ status: 'OVERDUE' });

    const answered = respond(reissued, 'Soon', 'admin-1', new Date('2025-04-12T00:00:00Z'));
    expect(answered.response).toMatchObject({ late: false });
    expect(() => followUp(answered, 'REISSUE', 'x', 'sup-1', later, newDue)).toThrow(/OVERDUE/);
    const reopened = followUp(answered, 'REOPEN', 'not enough', 'sup-1', new Date('2025-04-13T00:00:00Z'), new Date('2025-04-20T00:00:00Z'));
    expect(reopened).toMatchObject({ status: 'ISSUED', response: null });
    expect(reopened.followUps![1].previousResponse).toMatchObject({ text: 'Soon' });

    const accepted = followUp(respond(reopened, 'Done', 'admin-1', new Date('2025-04-14T00:00:00Z')), 'ACCEPT', 'ok', 'sup-1', new Date('2025-04-15T00:00:00Z'), null);
    expect(accepted).toMatchObject({ status: 'ACCEPTED', dueAt: null, response: { text: 'Done' } });
    expect(markOverdue(accepted, new Date('2026-01-01T00:00:00Z'))).toBeNull();
    expect(() => respond(accepted, 'more', 'admin-1', now)).toThrow(DomainError);
    // A recommendation stored before follow-ups existed has none, and takes them.
    const { followUps: _none, ...legacy } = respond(rec, 'old', 'admin-1', now);
    expect(followUp(legacy, 'ACCEPT', 'ok', 'sup-1', now, null).followUps).toHaveLength(1);
  });

  it('refuses findings from elsewhere and deadlines in the past', () => {
    expect(() => issue({ _id: 'r2', planId: 'p1', organisationId: 'o', findingIds: ['nope'], text: 't', issuedAt: now, issuedBy: 's', responseDueAt: due }, plan)).toThrow(/not in this plan/);
    expect(() => issue({ _id: 'r2', planId: 'p1', organisationId: 'o', findingIds: ['f1'], text: 't', issuedAt: now, issuedBy: 's', responseDueAt: now }, plan)).toThrow(/future/);
  });
});

describe('feedback tokens', () => {
  const inv = { _id: tokenHash('tok'), status: 'OPEN', expiresAt: due } as FeedbackInvitation;
  it.each([
    ['open before expiry', inv, now, null],
    ['used', { ...inv, status: 'USED' }, now, 'TOKEN_USED'],
    ['at expiry', inv, due, 'TOKEN_EXPIRED'],
  ] as const)('%s', (_l, i, at, code) => {
    if (code === null) expect(() => assertUsable(i as FeedbackInvitation, at)).not.toThrow();
    else expect(() => assertUsable(i as FeedbackInvitation, at)).toThrow(expect.objectContaining({ code }));
  });

  it('flags complaints and payment requests', () => {
    expect(complaintKinds(undefined, false)).toEqual([]);
    expect(complaintKinds('bad', null)).toEqual(['COMPLAINT']);
    expect(complaintKinds(undefined, true)).toEqual(['PAYMENT_REQUEST']);
  });
});
