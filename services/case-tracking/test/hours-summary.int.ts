import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { CasesRpc, vnDate, type Actor } from '@legalaid/contracts';
import { resetStreams, testServers } from '../../../test/support/servers.js';
import { actors, assignedEvent, CaseTrackingProcesses, eventually, TestClient } from './support.js';

/**
 * The hours summary (G19) on the real case-tracking process: hours recorded
 * on the cases a reader may list, for a period counted in Viet Nam days, in
 * all, by month and by provider; a lawyer sees their own, an organisation's
 * admin their members'.
 */
describe('case-tracking: hours by period', () => {
  const service = new CaseTrackingProcesses('cases_hours');
  let client: TestClient;
  const DAY = 86_400_000;
  const now = Date.now();
  const recent = new Date(now - DAY);
  const earlier = new Date(now - 40 * DAY);
  const long = new Date(now - 200 * DAY);
  const barAdmin: Actor = { id: 'admin-bar', role: 'ORG_ADMIN', organisationId: 'org-bar-hcm' };
  const otherAdmin: Actor = { id: 'admin-dn', role: 'ORG_ADMIN', organisationId: 'org-bar-dn' };
  let own: string[] = [];
  let other: string;

  const open = async (overrides: Parameters<typeof assignedEvent>[0] = {}) => {
    const assigned = assignedEvent(overrides);
    await client.bus.publish(assigned);
    const caseId = `case-${assigned.id}`;
    await eventually(async () => client.call(CasesRpc.case, { caseId }, actors.admin), 15000, 'the case to open');
    return caseId;
  };
  const record = (caseId: string, at: Date, hours: number, actor: Actor = actors.lawyer) =>
    client.call(CasesRpc.recordCaseActivity, { caseId, kind: 'CONSULTATION', performedAt: at.toISOString(), hours, attachments: [] }, actor);
  const summary = (input: Record<string, unknown>, actor: Actor) => client.call(CasesRpc.hoursSummary, input, actor) as Promise<Record<string, any>>; // eslint-disable-line @typescript-eslint/no-explicit-any

  beforeAll(async () => {
    await resetStreams(testServers().natsUrl);
    client = await TestClient.connect();
    await service.start();
    own = [await open(), await open()];
    other = await open({ providerId: 'prov-2', organisationId: 'org-bar-dn' });
    await record(own[0], recent, 1.5);
    await record(own[0], earlier, 0.5);
    await record(own[1], recent, 2.25);
    await record(own[1], long, 3);
    await record(other, recent, 4, actors.otherLawyer);
  }, 90000);
  afterAll(async () => {
    await service.stopAll();
    await client?.close();
  });

  const from = vnDate(new Date(now - 60 * DAY));
  const to = vnDate(new Date(now));

  it("sums a lawyer's own hours for the period, by month, never another's", async () => {
    const s = await summary({ from, to }, actors.lawyer);
    expect(s).toMatchObject({ from, to, hours: 4.25, activities: 3, cases: 2 });
    const months = new Map<string, number>();
    for (const [at, h] of [[recent, 1.5], [earlier, 0.5], [recent, 2.25]] as const) months.set(vnDate(at).slice(0, 7), (months.get(vnDate(at).slice(0, 7)) ?? 0) + h);
    expect(s.byMonth.map((m: { month: string; hours: number }) => [m.month, m.hours])).toEqual([...months.entries()].sort());
    expect(s.byProvider).toEqual([{ providerId: 'prov-1', hours: 4.25, activities: 3, cases: 2 }]);
    // Asking for another provider's hours gives nothing.
    expect((await summary({ from, to, providerId: 'prov-2' }, actors.lawyer)).hours).toBe(0);
  });

  it("gives an organisation's admin their members' hours, and counts the year's work in a longer period", async () => {
    expect((await summary({ from, to }, barAdmin)).byProvider).toEqual([{ providerId: 'prov-1', hours: 4.25, activities: 3, cases: 2 }]);
    expect((await summary({ from, to }, otherAdmin)).byProvider).toEqual([{ providerId: 'prov-2', hours: 4, activities: 1, cases: 1 }]);
    const year = await summary({ from: vnDate(new Date(now - 300 * DAY)), to }, actors.lawyer);
    expect(year.hours).toBe(7.25);
    expect((await summary({ from, to }, actors.supervisor)).hours).toBe(8.25);
  });

  it('refuses a period that ends before it starts, or is longer than a year', async () => {
    expect((await client.errorOf(CasesRpc.hoursSummary, { from: to, to: from }, actors.lawyer)).code).toBe('VALIDATION_FAILED');
    expect((await client.errorOf(CasesRpc.hoursSummary, { from: '2024-01-01', to: '2025-06-01' }, actors.lawyer)).code).toBe('VALIDATION_FAILED');
  });
});
