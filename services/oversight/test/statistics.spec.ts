import { describe, expect, it } from '@jest/globals';
import { cellsToSuppress, foldRequest, median, percentile, tabulate, type Fact, type FactKind, type RequestFolded } from '../src/domain/statistics.js';

/**
 * A hand-computed fixture. Province 79: 11 people, 12 requests (A1 asked
 * twice); province 74: 5 people; province 75: 2 people; one request in
 * February falls outside the period. Every expected figure below was worked
 * out by hand from this table, not by running the code.
 */
const H = 3600 * 1000;
const BASE = Date.parse('2025-03-10T02:00:00.000Z');
let n = 0;
const facts: Fact[] = [];
function fact(kind: FactKind, requestId: string, hoursAfterReceipt: number, extra: Partial<Fact> = {}) {
  facts.push({ _id: `ev-${++n}`, kind, at: new Date(BASE + hoursAfterReceipt * H), requestId, caseId: null, applicantRef: null, dims: {}, label: null, value: null, ...extra });
}
function request(id: string, person: string, province: string, opts: { assigned?: number; contact?: number; rejected?: string; outcome?: string; appraisal?: string; rating?: number; breaches?: number; declined?: number; expired?: number; receivedAt?: number } = {}) {
  fact('REQUEST_RECEIVED', id, opts.receivedAt ?? 0, { applicantRef: `ap_${person}0000000000000000`, dims: { provinceCode: province, fieldOfLaw: 'LAND', channel: 'HOTLINE', centreId: 'centre-hcm' } });
  if (opts.rejected) return fact('REQUEST_REJECTED', id, 1, { label: opts.rejected });
  fact('REQUEST_ACCEPTED', id, 2, { dims: { eligibilityGroup: 'POOR_HOUSEHOLD' } });
  // Times to assignment and to first contact count from acceptance (2 h after receipt).
  if (opts.assigned !== undefined) fact('ASSIGNED', id, 2 + opts.assigned, { dims: { providerId: 'lawyer-1', organisationId: 'bar-hcm' } });
  if (opts.contact !== undefined) fact('FIRST_CONTACT', id, 2 + opts.contact);
  for (let i = 0; i < (opts.breaches ?? 0); i++) fact('DEADLINE_BREACHED', id, 40);
  for (let i = 0; i < (opts.declined ?? 0); i++) fact('OFFER_DECLINED', id, 2.5);
  for (let i = 0; i < (opts.expired ?? 0); i++) fact('OFFER_EXPIRED', id, 2.5);
  if (opts.outcome) fact('CASE_CLOSED', id, 200, { label: opts.outcome });
  if (opts.appraisal) fact('APPRAISED', id, 300, { label: opts.appraisal });
  // A rating recorded before other facts in time order must still count (projections tolerate any order).
  if (opts.rating) fact('RATED', id, 250, { value: opts.rating });
}

request('r1', 'A1', '79', { assigned: 1, contact: 5, outcome: 'RESOLVED', appraisal: 'GOOD', rating: 5 });
request('r2', 'A2', '79', { assigned: 3, contact: 7, outcome: 'RESOLVED', appraisal: 'GOOD', rating: 4 });
request('r3', 'A3', '79', { assigned: 5, contact: 9, outcome: 'RESOLVED', appraisal: 'GOOD', rating: 4 });
request('r4', 'A4', '79', { assigned: 2, contact: 6, outcome: 'RESOLVED', appraisal: 'GOOD', rating: 3 });
request('r5', 'A5', '79', { assigned: 10, contact: 30, outcome: 'PARTIAL', appraisal: 'POOR', rating: 2, breaches: 1 });
request('r6', 'A6', '79', { assigned: 4, outcome: 'RESOLVED', appraisal: 'GOOD', declined: 2 });
request('r7', 'A1', '79', { assigned: 6, contact: 8, expired: 1 });
request('r8', 'A7', '79', { rejected: 'NOT_ELIGIBLE' });
request('r9', 'A8', '79', { rejected: 'NOT_ELIGIBLE' });
request('r10', 'A9', '79', { rejected: 'NOT_ELIGIBLE' });
request('r11', 'A10', '79', { rejected: 'OUTSIDE_SCOPE' });
request('r12', 'A11', '79', { rejected: 'OUTSIDE_SCOPE' });
for (let i = 1; i <= 5; i++) request(`s${i}`, `B${i}`, '74', { assigned: i });
request('t1', 'C1', '75', { assigned: 7 });
request('t2', 'C2', '75');
request('old', 'D1', '79', { receivedAt: -24 * 30, assigned: 100 });

function cohort(from: string, to: string): RequestFolded[] {
  const byRequest = new Map<string, Fact[]>();
  for (const f of facts) byRequest.set(f.requestId!, [...(byRequest.get(f.requestId!) ?? []), f]);
  return [...byRequest.entries()]
    .map(([id, fs]) => foldRequest(id, fs)!)
    .filter((r) => r.receivedAt >= new Date(from) && r.receivedAt < new Date(to));
}

describe('statistics against a hand-computed fixture', () => {
  const march = cohort('2025-03-01T00:00:00+07:00', '2025-04-01T00:00:00+07:00');

  it('takes the cohort of requests received in the period', () => {
    expect(march.map((r) => r.requestId).sort()).toEqual(['r1', 'r10', 'r11', 'r12', 'r2', 'r3', 'r4', 'r5', 'r6', 'r7', 'r8', 'r9', 's1', 's2', 's3', 's4', 's5', 't1', 't2']);
  });

  it('computes the totals exactly, with small breakdown cells suppressed', () => {
    const { total } = tabulate(march, 'NONE', 5);
    expect(total).toEqual({
      key: null,
      suppressed: false,
      people: 18,
      requests: 19,
      accepted: 14,
      rejected: 5,
      // r1–r7, s1–s5 and t1 were assigned.
      cases: 13,
      // NOT_ELIGIBLE (3 people) and OUTSIDE_SCOPE (2) are both below 5.
      rejectionsByGround: [{ key: 'NOT_ELIGIBLE', count: null }, { key: 'OUTSIDE_SCOPE', count: null }],
      // [1,1,2,2,3,3,4,4,5,5,6,7,10]: median is the 7th value, p90 the 12th (nearest rank).
      medianHoursToAssignment: 4,
      p90HoursToAssignment: 7,
      // [5,6,7,8,9,30] from 5 people: median (7+8)/2, p90 the 6th.
      medianHoursToFirstContact: 7.5,
      p90HoursToFirstContact: 30,
      deadlineBreaches: 1,
      offersDeclined: 2,
      offersExpired: 1,
      // RESOLVED: 5 people; PARTIAL: 1 person, hidden (the unpublished "no outcome" group complements it).
      outcomes: [{ key: 'PARTIAL', count: null }, { key: 'RESOLVED', count: 5 }],
      appraisals: [{ key: 'GOOD', count: 5 }, { key: 'POOR', count: null }],
      ratingCount: 5,
      ratingAverage: 3.6,
    });
  });

  it('suppresses the small province and, complementarily, the next smallest so the total cannot reveal it', () => {
    const { rows, total } = tabulate(march, 'PROVINCE', 5);
    expect(rows.map((r) => [r.key, r.suppressed, r.people, r.requests])).toEqual([
      ['74', true, null, null], // 5 people, but hidden so that 75 cannot be computed as total minus the rest
      ['75', true, null, null], // 2 people
      ['79', false, 11, 12],
    ]);
    expect(total.requests! - rows.filter((r) => !r.suppressed).reduce((s, r) => s + r.requests!, 0)).toBe(7); // 74 and 75 together only
    const hcm = rows.find((r) => r.key === '79')!;
    expect(hcm).toMatchObject({
      accepted: 7,
      rejected: 5,
      // r1–r7 were assigned (6 people).
      cases: 7,
      // [1,2,3,4,5,6,10] from 6 people
      medianHoursToAssignment: 4,
      p90HoursToAssignment: 10,
      medianHoursToFirstContact: 7.5,
      p90HoursToFirstContact: 30,
      ratingCount: 5,
      ratingAverage: 3.6,
    });
  });

  it('hides medians computed from fewer than 5 people', () => {
    const { rows } = tabulate(march.filter((r) => r.requestId !== 'r2'), 'PROVINCE', 5);
    const hcm = rows.find((r) => r.key === '79')!;
    expect(hcm.medianHoursToFirstContact).toBeNull(); // 4 people left with a first contact
    expect(hcm.medianHoursToAssignment).toBe(4.5); // [1,2,4,5,6,10]
  });

  it('suppresses everything when the whole cohort is fewer than 5 people', () => {
    const few = march.filter((r) => r.dims.provinceCode === '75');
    const { rows, total } = tabulate(few, 'FIELD_OF_LAW', 5);
    expect(total.suppressed).toBe(true);
    expect(total.requests).toBeNull();
    expect(rows.every((r) => r.suppressed && r.requests === null)).toBe(true);
  });

  it('groups by organisation: the assigned organisation, or the centre before assignment', () => {
    const { rows } = tabulate(march, 'ORGANISATION', 5);
    expect(rows.map((r) => [r.key, r.suppressed])).toEqual([
      ['bar-hcm', false],
      ['centre-hcm', false],
    ]);
    expect(rows[0].requests).toBe(13); // r1-r7, s1-s5, t1
  });
});

describe('suppression and percentiles', () => {
  it.each([
    ['nothing small', [10, 8, 6], []],
    ['one small cell takes the next smallest with it', [10, 8, 3], ['c', 'b']],
    ['two small cells that together reach 5 suffice', [10, 3, 2], ['b', 'c']],
    ['two small cells below 5 together take a third', [10, 9, 2, 2], ['c', 'd', 'b']],
    ['everything hidden when all is small', [1, 1], ['a', 'b']],
  ])('%s', (_label, people, hidden) => {
    const cells = people.map((p, i) => ({ key: 'abcd'[i], people: p }));
    expect([...cellsToSuppress(cells, 5)].sort()).toEqual([...hidden].sort());
  });

  it('computes exact medians and nearest-rank percentiles', () => {
    expect(median([3, 1, 2])).toBe(2);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(percentile([1, 2, 3, 4, 5, 6, 7, 8, 9, 10], 90)).toBe(9);
    expect(percentile([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11], 90)).toBe(10);
    expect(median([])).toBeNull();
  });
});
