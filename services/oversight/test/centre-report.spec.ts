import { describe, expect, it } from '@jest/globals';
import { OversightRpc } from '@legalaid/contracts';
import { centreReport, readsExactly, reportCsv, reportPeriod } from '../src/domain/centre-report.js';
import { foldRequest, type Fact, type RequestFolded } from '../src/domain/statistics.js';

/**
 * A centre's report to the Ministry: exact for its own staff and admins,
 * suppressed for everyone else. Fixture (worked out by hand): centre-a helped
 * 6 people — 5 poor-household, 1 trafficking victim (a cell of one person,
 * the kind the Ministry needs exactly) — and centre-b 3 people.
 */
let n = 0;
const facts: Fact[] = [];
function person(id: string, centreId: string, group: string, aidForm: string) {
  const base = { requestId: id, caseId: null, applicantRef: `ap_${id}0000000000000000000000`, label: null, value: null };
  facts.push({ _id: `e${++n}`, kind: 'REQUEST_RECEIVED', at: new Date('2026-02-10T03:00:00Z'), dims: { centreId, fieldOfLaw: 'CRIMINAL', aidForm, provinceCode: '79' }, ...base });
  facts.push({ _id: `e${++n}`, kind: 'REQUEST_ACCEPTED', at: new Date('2026-02-10T05:00:00Z'), dims: { eligibilityGroup: group }, ...base });
}
for (let i = 1; i <= 5; i++) person(`a${i}`, 'centre-a', 'POOR_HOUSEHOLD', i <= 4 ? 'ADVICE' : 'PROCEEDINGS');
person('a6', 'centre-a', 'TRAFFICKING_VICTIM', 'PROCEEDINGS');
for (let i = 1; i <= 3; i++) person(`b${i}`, 'centre-b', 'CHILD', 'ADVICE');

const byRequest = new Map<string, Fact[]>();
for (const f of facts) byRequest.set(f.requestId!, [...(byRequest.get(f.requestId!) ?? []), f]);
const cohort: RequestFolded[] = [...byRequest.entries()].map(([id, fs]) => foldRequest(id, fs)!);

const rowsOf = (r: ReturnType<typeof centreReport>, groupBy: string) =>
  Object.fromEntries(r.sections.find((s) => s.groupBy === groupBy)!.rows.map((c) => [c.key, c.people]));

describe("a centre's report to the Ministry of Justice", () => {
  it('gives the centre exact figures, small cells included, and only its own requests', () => {
    const r = centreReport(cohort, { centreId: 'centre-a', year: 2026, quarter: 1, exact: true, threshold: 5 });
    expect(r.total.people).toBe(6);
    expect(rowsOf(r, 'ELIGIBILITY_GROUP')).toEqual({ POOR_HOUSEHOLD: 5, TRAFFICKING_VICTIM: 1 });
    expect(rowsOf(r, 'AID_FORM')).toEqual({ ADVICE: 4, PROCEEDINGS: 2 });
    expect(rowsOf(r, 'FIELD_OF_LAW')).toEqual({ CRIMINAL: 6 });
  });

  it('suppresses the same table for everyone else, complementary cells too', () => {
    const r = centreReport(cohort, { centreId: 'centre-a', year: 2026, quarter: 1, exact: false, threshold: 5 });
    // The trafficking cell (1 person) is hidden, and so is its complement: 6 - 5 would reveal it.
    expect(rowsOf(r, 'ELIGIBILITY_GROUP')).toEqual({ POOR_HOUSEHOLD: null, TRAFFICKING_VICTIM: null });
    expect(rowsOf(r, 'AID_FORM')).toEqual({ ADVICE: null, PROCEEDINGS: null });
    expect(r.total.people).toBe(6);
  });

  it.each([
    [{ id: 's', role: 'CENTRE_STAFF', organisationId: 'centre-a' }, true],
    [{ id: 's', role: 'CENTRE_STAFF', organisationId: 'centre-b' }, false],
    [{ id: 'a', role: 'ADMIN' }, true],
    [{ id: 'v', role: 'SUPERVISOR' }, false],
    [{ id: 'l', role: 'LAWYER', providerId: 'p' }, false],
  ] as const)('%j reads centre-a exactly: %s', (actor, exact) => {
    expect(readsExactly(actor as never, 'centre-a')).toBe(exact);
  });

  it.each([true, false])('fits the operation contract (exact: %s)', (exact) => {
    const r = centreReport(cohort, { centreId: 'centre-a', year: 2026, quarter: null, exact, threshold: 5 });
    const out = OversightRpc.centreReport.output.safeParse({ ...r, from: r.from.toISOString(), to: r.to.toISOString(), csv: reportCsv(r) });
    expect(out.error?.issues ?? []).toEqual([]);
  });

  it('covers fixed calendar periods in Viet Nam time', () => {
    expect(reportPeriod(2026, null)).toEqual({ from: new Date('2025-12-31T17:00:00Z'), to: new Date('2026-12-31T17:00:00Z') });
    expect(reportPeriod(2026, 4)).toEqual({ from: new Date('2026-09-30T17:00:00Z'), to: new Date('2026-12-31T17:00:00Z') });
  });

  it('writes CSV with empty figures for suppressed cells', () => {
    const exact = reportCsv(centreReport(cohort, { centreId: 'centre-a', year: 2026, quarter: 1, exact: true, threshold: 5 }));
    expect(exact.split('\r\n')).toEqual(
      expect.arrayContaining(['section,key,people,aid_turns_1301,requests,accepted,rejected,note', 'TOTAL,,6,6,6,6,0,', 'ELIGIBILITY_GROUP,TRAFFICKING_VICTIM,1,1,1,1,0,']),
    );
    const hidden = reportCsv(centreReport(cohort, { centreId: 'centre-a', year: 2026, quarter: 1, exact: false, threshold: 5 }));
    expect(hidden).toContain('ELIGIBILITY_GROUP,TRAFFICKING_VICTIM,,,,,,suppressed');
  });

  it('gives indicator 1301 (Circular 10/2017/TT-BTP) as times aid was given: one person helped in two matters counts twice', () => {
    const twice: Fact[] = [];
    const base = (requestId: string) => ({ requestId, caseId: null, applicantRef: 'ap_same00000000000000000000000', label: null, value: null });
    for (const id of ['c1', 'c2']) {
      twice.push({ _id: `${id}-r`, kind: 'REQUEST_RECEIVED', at: new Date('2026-05-04T03:00:00Z'), dims: { centreId: 'centre-c', fieldOfLaw: 'LAND', aidForm: 'ADVICE', provinceCode: '79' }, ...base(id) });
      twice.push({ _id: `${id}-a`, kind: 'REQUEST_ACCEPTED', at: new Date('2026-05-04T05:00:00Z'), dims: { eligibilityGroup: 'POOR_HOUSEHOLD' }, ...base(id) });
    }
    // A third request of someone else, received but not accepted: no aid given yet.
    twice.push({ _id: 'c3-r', kind: 'REQUEST_RECEIVED', at: new Date('2026-05-05T03:00:00Z'), dims: { centreId: 'centre-c', fieldOfLaw: 'LAND', aidForm: 'ADVICE', provinceCode: '79' }, ...base('c3'), applicantRef: 'ap_other0000000000000000000000' });
    const folded = ['c1', 'c2', 'c3'].map((id) => foldRequest(id, twice.filter((f) => f.requestId === id))!);
    const r = centreReport(folded, { centreId: 'centre-c', year: 2026, quarter: 2, exact: true, threshold: 5 });
    expect(r.indicator).toMatchObject({ code: '1301', name: 'Số lượt người được trợ giúp pháp lý', basis: expect.stringContaining('10/2017/TT-BTP'), column: 'aidTurns' });
    expect(r.total).toMatchObject({ people: 2, aidTurns: 2, requests: 3, accepted: 2 });
    const land = r.sections.find((s) => s.groupBy === 'FIELD_OF_LAW')!.rows.find((c) => c.key === 'LAND')!;
    expect(land.aidTurns).toBe(2);
    expect(reportCsv(r).split('\r\n')[1]).toBe('TOTAL,,2,2,3,2,0,');
  });
});
