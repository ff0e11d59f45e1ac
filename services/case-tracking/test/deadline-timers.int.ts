import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { CasesRpc, type CaseView, type Envelope } from '@legalaid/contracts';
import { resetStreams, testServers } from '../../../test/support/servers.js';
import { actors, assignedEvent, CaseTrackingProcesses, eventually, sleep, TestClient } from './support.js';

/**
 * Timers kept as data, on real NATS and FerretDB: a deadline's breach fires
 * once with two replicas polling the same cases, and fires after a restart
 * when it fell due while no replica ran.
 */
describe('case deadlines: once with two replicas, and after a restart', () => {
  const service = new CaseTrackingProcesses('cases_timers', { CASES_TIMER_POLL_MS: '100' });
  let client: TestClient;

  beforeAll(async () => {
    await resetStreams(testServers().natsUrl);
    client = await TestClient.connect();
  });
  afterAll(async () => {
    await service.stopAll();
    await client?.close();
  });

  async function caseWithDeadlineIn(ms: number): Promise<{ caseId: string; deadlineId: string }> {
    const assigned = assignedEvent();
    await client.bus.publish(assigned);
    const caseId = `case-${assigned.id}`;
    await eventually(async () => (await client.call(CasesRpc.case, { caseId }, actors.admin)) as CaseView, 15000, 'the case to open');
    const r = await client.call(CasesRpc.scheduleCaseDeadline, { caseId, kind: 'DEFENCE_COUNSEL', at: new Date(Date.now() + ms).toISOString() }, actors.lawyer);
    return { caseId, deadlineId: r.refId! };
  }

  const timerEvents = async (deadlineId: string) => {
    const evs = (await client.caseEvents()).filter((e) => (e.data as { deadlineId?: string }).deadlineId === deadlineId);
    return { all: evs, reminders: evs.filter((e) => e.type === 'cases.case.deadline-reminder'), breaches: evs.filter((e) => e.type === 'cases.case.deadline-breached') };
  };

  it('fires the reminder and the breach once each with two replicas', async () => {
    await Promise.all([service.start(), service.start()]);
    const { caseId, deadlineId } = await caseWithDeadlineIn(3000);

    const breach = await eventually(async () => (await timerEvents(deadlineId)).breaches[0] as Envelope | undefined, 15000, 'the breach');
    // Give both replicas many more polls to fire it again.
    await sleep(2000);
    const { reminders, breaches } = await timerEvents(deadlineId);
    expect(reminders).toHaveLength(1);
    expect(breaches).toHaveLength(1);
    expect(breach.data).toMatchObject({ caseId, kind: 'DEFENCE_COUNSEL', providerId: 'prov-1', organisationId: 'org-bar-hcm', centreId: 'centre-hcm' });

    const view = (await client.call(CasesRpc.case, { caseId }, actors.centre)) as CaseView;
    expect(view.overdue).toBe(true);
    expect(view.deadlines.find((d) => d.deadlineId === deadlineId)).toMatchObject({ status: 'BREACHED', remindedAt: expect.any(String), breachedAt: expect.any(String) });
    expect(view.timeline.filter((t) => t.type === 'DEADLINE_BREACHED')).toHaveLength(1);
    const overdue = await client.call(CasesRpc.cases, { first: 50, overdue: true }, actors.centre);
    expect(overdue.items.map((c) => c.caseId)).toContain(caseId);

    // A filing meets the deadline late: no longer overdue, the breach stays in the record.
    await client.call(CasesRpc.recordCaseActivity, { caseId, kind: 'FILING', performedAt: new Date().toISOString(), hours: 1 }, actors.lawyer);
    const met = (await client.call(CasesRpc.case, { caseId }, actors.centre)) as CaseView;
    expect(met.overdue).toBe(false);
    expect(met.deadlines.find((d) => d.deadlineId === deadlineId)).toMatchObject({ status: 'BREACHED', satisfiedAt: expect.any(String) });
  });

  it('fires a breach that fell due while no replica ran, once, after a restart', async () => {
    if (service.running.length === 0) await service.start();
    const { caseId, deadlineId } = await caseWithDeadlineIn(2500);
    await service.stopAll('SIGKILL'); // a crash: nothing was kept in memory
    await sleep(3500);
    expect((await timerEvents(deadlineId)).all).toHaveLength(0);

    const restartedAt = Date.now();
    await service.start();
    const breach = await eventually(async () => (await timerEvents(deadlineId)).breaches[0] as Envelope | undefined, 15000, 'the breach after restart');
    expect(new Date((breach.data as { breachedAt: string }).breachedAt).getTime()).toBeGreaterThanOrEqual(restartedAt - 1000);
    await service.start(); // a second replica joins: nothing fires again
    await sleep(2000);
    const { reminders, breaches } = await timerEvents(deadlineId);
    expect(breaches).toHaveLength(1);
    // The reminder's time passed with the deadline while the service was down: only the breach is sent.
    expect(reminders).toHaveLength(0);
    expect(((await client.call(CasesRpc.case, { caseId }, actors.admin)) as CaseView).overdue).toBe(true);
  });
});
