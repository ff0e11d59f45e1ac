import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { CasesRpc, DUE_SOON_WORKING_DAYS, vietnamCalendar, type Actor, type CaseView } from '@legalaid/contracts';
import { resetStreams, testServers } from '../../../test/support/servers.js';
import { actors, assignedEvent, CaseTrackingProcesses, eventually, TestClient } from './support.js';

/**
 * Case lists as the centre and the lawyer read them, on the built
 * case-tracking process (real NATS and database): the next-deadline order
 * walked page by page with its cursors, and the counts on the same filters.
 */
describe('case-tracking: lists by next deadline, and counts', () => {
  const service = new CaseTrackingProcesses('cases_lists');
  let client: TestClient;
  const ids: string[] = [];
  let hearingSoon: string;
  let closed: string;

  const open = async (overrides: Parameters<typeof assignedEvent>[0] = {}) => {
    const assigned = assignedEvent(overrides);
    await client.bus.publish(assigned);
    const caseId = `case-${assigned.id}`;
    await eventually(async () => (await client.call(CasesRpc.case, { caseId }, actors.admin)) as CaseView, 15000, 'the case to open');
    return caseId;
  };

  async function walk(input: Record<string, unknown>, actor: Actor): Promise<string[]> {
    const out: string[] = [];
    let after: string | null = null;
    for (let i = 0; i < 20; i++) {
      const page: { items: { caseId: string }[]; pageInfo: { endCursor: string | null; hasNextPage: boolean } } = await client.call(
        CasesRpc.cases,
        { ...input, first: 1, ...(after ? { after } : {}) },
        actor,
      );
      out.push(...page.items.map((c) => c.caseId));
      if (!page.pageInfo.hasNextPage) return out;
      after = page.pageInfo.endCursor;
    }
    throw new Error('the list did not end');
  }

  beforeAll(async () => {
    await resetStreams(testServers().natsUrl);
    client = await TestClient.connect();
    await service.start();
    for (let i = 0; i < 4; i++) ids.push(await open());
    await open({ providerId: 'prov-2', centreId: 'centre-hn' });
    [closed, , hearingSoon] = [ids[0], ids[1], ids[2]];
    await client.call(CasesRpc.scheduleCaseDeadline, { caseId: hearingSoon, kind: 'HEARING', at: new Date(Date.now() + 3 * 3600_000).toISOString(), court: 'TAND' }, actors.lawyer);
    await client.call(CasesRpc.recordCaseActivity, { caseId: closed, kind: 'FIRST_CONTACT', performedAt: new Date(Date.now() - 60_000).toISOString(), hours: 1, attachments: [] }, actors.lawyer);
    await client.call(CasesRpc.closeCase, { caseId: closed, outcome: 'SUCCESSFUL', summary: 'Xong', totalHours: 1 }, actors.lawyer);
  }, 90000);
  afterAll(async () => {
    await service.stopAll();
    await client?.close();
  });

  it('lists newest opened first by default', async () => {
    expect(await walk({}, actors.centre)).toEqual([...ids].reverse());
  });

  it('lists by next pending deadline: the hearing first, cases without a pending deadline last', async () => {
    const views = await Promise.all(ids.map(async (caseId) => (await client.call(CasesRpc.case, { caseId }, actors.lawyer)) as CaseView));
    const due = (v: CaseView) => (v.nextDeadline ? Date.parse(v.nextDeadline.dueAt) : Infinity);
    const expected = [...views].sort((a, b) => due(a) - due(b) || (a.caseId < b.caseId ? -1 : 1)).map((v) => v.caseId);
    expect(expected[0]).toBe(hearingSoon);
    expect(expected.at(-1)).toBe(closed);
    expect(await walk({ orderBy: 'NEXT_DEADLINE' }, actors.centre)).toEqual(expected);
    expect(await walk({ orderBy: 'NEXT_DEADLINE' }, actors.lawyer)).toEqual(expected);
    expect(await walk({ orderBy: 'NEXT_DEADLINE', state: 'OPEN' }, actors.lawyer)).toEqual(expected.filter((id) => id !== closed));
  });

  it('refuses a cursor of another order', async () => {
    const page = await client.call(CasesRpc.cases, { orderBy: 'NEXT_DEADLINE', first: 1 }, actors.centre);
    const err = await client.errorOf(CasesRpc.cases, { first: 1, after: page.pageInfo.endCursor }, actors.centre);
    expect(err.code).toBe('VALIDATION_FAILED');
  });

  it('counts by state, outcome, overdue and next-deadline bucket, within the reader’s scope', async () => {
    const views = await Promise.all(ids.map(async (caseId) => (await client.call(CasesRpc.case, { caseId }, actors.lawyer)) as CaseView));
    const now = Date.now();
    const soon = vietnamCalendar.addWorkingDays(new Date(now), DUE_SOON_WORKING_DAYS).getTime();
    const buckets = { past: 0, dueSoon: 0, later: 0 };
    for (const v of views) {
      if (!v.nextDeadline) continue;
      const t = Date.parse(v.nextDeadline.dueAt);
      buckets[t < now ? 'past' : t <= soon ? 'dueSoon' : 'later']++;
    }
    expect(buckets.dueSoon).toBeGreaterThanOrEqual(1);
    const c = await client.call(CasesRpc.caseCounts, {}, actors.centre);
    expect(c).toEqual({ total: 4, overdue: 0, byState: { OPEN: 3, CLOSED: 1 }, byOutcome: { SUCCESSFUL: 1 }, nextDeadline: buckets });
    expect((await client.call(CasesRpc.caseCounts, { state: 'CLOSED' }, actors.lawyer)).total).toBe(1);
    expect((await client.call(CasesRpc.caseCounts, {}, actors.otherCentre)).total).toBe(1);
    expect((await client.call(CasesRpc.caseCounts, {}, actors.supervisor)).total).toBe(5);
    // Asking for another centre's cases matches nothing rather than widening the scope.
    expect((await client.call(CasesRpc.caseCounts, { centreId: 'centre-hn' }, actors.centre)).total).toBe(0);
    expect((await client.errorOf(CasesRpc.caseCounts, { state: 'NOPE' }, actors.centre)).code).toBe('VALIDATION_FAILED');
  });
});
