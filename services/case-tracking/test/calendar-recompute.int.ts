import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { CasesDeadlineRecomputed, CasesRpc, seedCalendarDecisions, vnDate, WorkingCalendar, type CalendarDecision, type CaseView } from '@legalaid/contracts';
import { resetStreams, testServers } from '../../../test/support/servers.js';
import { actors, assignedEvent, CaseTrackingProcesses, eventually, TestClient } from './support.js';

/**
 * On real NATS and FerretDB: an administrator loads a year's official
 * decision and the open first-contact limit counted over that year (by the
 * shipped decision, or provisionally where none was shipped) is counted
 * again, stored, and announced. Time is the real clock, so the decision is
 * made from the case's own dates: a working day inside the limit becomes a
 * day off (swapped for a Saturday outside it), which moves the limit one
 * working day later.
 */
const DAYS = 10;
const DAY = 86_400_000;
const nextDay = (date: string) => vnDate(new Date(Date.parse(`${date}T12:00:00+07:00`) + DAY));
const isSaturday = (date: string) => new Date(`${date}T00:00:00Z`).getUTCDay() === 6;

describe('case deadlines counted again when a calendar decision is loaded', () => {
  const service = new CaseTrackingProcesses('cases_calendar', { CASES_FIRST_CONTACT_WORKING_DAYS: String(DAYS) });
  let client: TestClient;

  beforeAll(async () => {
    await resetStreams(testServers().natsUrl);
    client = await TestClient.connect();
    await service.start();
  });
  afterAll(async () => {
    await service.stopAll();
    await client?.close();
  });

  it('moves the open limit to the day the loaded decision gives, no longer provisional, with one event and no personal data', async () => {
    const assigned = assignedEvent();
    await client.bus.publish(assigned);
    const caseId = `case-${assigned.id}`;
    const opened = await eventually(async () => (await client.call(CasesRpc.case, { caseId }, actors.admin)) as CaseView, 15000, 'the case to open');
    const openedAt = new Date(opened.openedAt);
    const before = opened.deadlines.find((d) => d.kind === 'FIRST_CONTACT')!;
    const shipped = new WorkingCalendar(seedCalendarDecisions);
    expect(before.dueAt).toBe(shipped.deadline(openedAt, DAYS).dueAt.toISOString());
    expect(before.provisional).toBe(shipped.deadline(openedAt, DAYS).provisional);

    // The second working day after opening becomes a day off, in its year's decision.
    let off = vnDate(openedAt);
    for (let n = 0; n < 2; ) {
      off = nextDay(off);
      if (shipped.isWorkingDay(off)) n++;
    }
    const year = Number(off.slice(0, 4));
    const view = shipped.yearView(year);
    const taken = new Set([...view.daysOff.map((d) => d.date), ...view.makeUpWorkingDays.map((d) => d.date), off]);
    // The make-up Saturday lies outside the limit (and a little beyond), so only the day off counts.
    const limitEnd = vnDate(new Date(shipped.deadline(openedAt, DAYS + 1).dueAt.getTime() + 7 * DAY));
    const saturdays: string[] = [];
    for (let d = `${year}-01-01`; d.startsWith(String(year)); d = nextDay(d)) if (isSaturday(d) && !taken.has(d)) saturdays.push(d);
    const makeUp = saturdays.find((d) => d < vnDate(openedAt)) ?? saturdays.reverse().find((d) => d > limitEnd)!;
    const decision: CalendarDecision = {
      year,
      documents: [...(view.decision?.documents ?? []), { number: '901/TB-BNV', issuedOn: vnDate(new Date()), issuer: 'Bộ Nội vụ' }],
      daysOff: [...view.daysOff, { date: off, name: 'Nghỉ hoán đổi', kind: 'SWAP', document: '901/TB-BNV' }],
      makeUpWorkingDays: [...view.makeUpWorkingDays, { date: makeUp, replaces: off, document: '901/TB-BNV' }],
    };
    const loaded = await client.call(CasesRpc.loadCalendarDecision, { decision }, actors.admin);
    const expected = shipped.with(decision).deadline(openedAt, DAYS);
    expect(expected.dueAt.getTime()).toBeGreaterThan(Date.parse(before.dueAt));

    const after = await eventually(
      async () => {
        const c = (await client.call(CasesRpc.case, { caseId }, actors.admin)) as CaseView;
        const d = c.deadlines.find((x) => x.kind === 'FIRST_CONTACT')!;
        return d.dueAt !== before.dueAt ? { c, d } : undefined;
      },
      20000,
      'the first-contact limit to be counted again',
    );
    expect(after.d.dueAt).toBe(expected.dueAt.toISOString());
    expect(after.d.provisional).toBe(expected.provisional);
    expect(after.d.status).toBe('PENDING');
    expect(after.c.timeline.filter((t) => t.type === 'DEADLINE_RECOMPUTED')).toHaveLength(1);

    const events = await eventually(async () => {
      const evs = (await client.caseEvents()).filter((e) => e.type === CasesDeadlineRecomputed.type && (e.data as { caseId: string }).caseId === caseId);
      return evs.length ? evs : undefined;
    });
    expect(events).toHaveLength(1);
    const data = CasesDeadlineRecomputed.data.parse(events[0].data);
    expect(data).toMatchObject({ deadlineId: after.d.deadlineId, previousDueAt: before.dueAt, dueAt: expected.dueAt.toISOString(), provisional: expected.provisional, calendarYear: year, calendarVersion: loaded.version });
    // Pseudonymous facts only: the schema is strict, and no name, phone or address is among its fields.
    expect(Object.keys(events[0].data as object).sort()).toEqual(Object.keys(data).sort());

    // The same decision loaded again (a new version with the same days) moves nothing and announces nothing more.
    await client.call(CasesRpc.loadCalendarDecision, { decision: { ...decision, note: 'đính chính' } }, actors.admin);
    const versions = await eventually(async () => {
      const r = await client.call(CasesRpc.calendarYear, { year }, actors.admin);
      return r.version === loaded.version + 1 ? r : undefined;
    });
    expect(versions.provisional).toBe(false);
    const still = (await client.call(CasesRpc.case, { caseId }, actors.admin)) as CaseView;
    expect(still.deadlines.find((x) => x.kind === 'FIRST_CONTACT')!.dueAt).toBe(expected.dueAt.toISOString());
    expect((await client.caseEvents()).filter((e) => e.type === CasesDeadlineRecomputed.type && (e.data as { caseId: string }).caseId === caseId)).toHaveLength(1);
  });
});
