import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { CasesRpc, vnDate, type AidForm, type CaseView } from '@legalaid/contracts';
import { resetStreams, testServers } from '../../../test/support/servers.js';
import { selectSample, sampleSize } from '../src/domain/appraisal-draw.js';
import { actors, assignedEvent, CaseTrackingProcesses, eventually, TestClient } from './support.js';

/** The yearly quality-appraisal draw (Circular 12/2018/TT-BTP) through the running service. */
describe('quality appraisal', () => {
  const service = new CaseTrackingProcesses('cases_appraisal');
  let client: TestClient;
  const year = Number(vnDate(new Date()).slice(0, 4));
  const eligible: string[] = [];

  beforeAll(async () => {
    await resetStreams(testServers().natsUrl);
    client = await TestClient.connect();
    await service.start();
  });
  afterAll(async () => {
    await service.stopAll();
    await client?.close();
  });

  async function closedCase(aidForm: AidForm, end: 'CLOSED' | 'TRANSFERRED' = 'CLOSED'): Promise<string> {
    const assigned = assignedEvent({ aidForm, fieldOfLaw: 'LAND' });
    await client.bus.publish(assigned);
    const caseId = `case-${assigned.id}`;
    await eventually(async () => (await client.call(CasesRpc.case, { caseId }, actors.admin)) as CaseView, 15000, 'the case');
    await client.call(CasesRpc.recordCaseActivity, { caseId, kind: 'CONSULTATION', performedAt: new Date().toISOString(), hours: 2 }, actors.lawyer);
    if (end === 'TRANSFERRED') await client.call(CasesRpc.transferCase, { caseId, reason: 'OTHER' }, actors.lawyer);
    else await client.call(CasesRpc.closeCase, { caseId, outcome: aidForm === 'ADVICE' ? 'ADVICE_GIVEN' : 'SUCCESSFUL', summary: 'Đã giải quyết', totalHours: 2 }, actors.lawyer);
    return caseId;
  }

  it('draws the configured share of closed PROCEEDINGS and OUT_OF_COURT cases, reproducibly, never a case twice', async () => {
    for (let i = 0; i < 22; i++) eligible.push(await closedCase('PROCEEDINGS'));
    for (let i = 0; i < 5; i++) eligible.push(await closedCase('OUT_OF_COURT'));
    for (let i = 0; i < 4; i++) await closedCase('ADVICE');
    await closedCase('PROCEEDINGS', 'TRANSFERRED');

    expect((await client.errorOf(CasesRpc.drawAppraisalSample, { year, seed: 'seed-lawyer-1' }, actors.lawyer)).code).toBe('FORBIDDEN');

    const first = await client.call(CasesRpc.drawAppraisalSample, { year, seed: 'seed-2026-first' }, actors.appraiser);
    expect(first.eligibleCount).toBe(27);
    expect(first.share).toBe(0.1);
    expect(first.selectedCaseIds).toHaveLength(sampleSize(27, 0.1)); // 3
    for (const id of first.selectedCaseIds) expect(eligible).toContain(id);
    // Anyone with the seed and the list of closed cases gets the same sample.
    expect(first.selectedCaseIds).toEqual(selectSample(eligible, 'seed-2026-first', 3));

    const again = await client.call(CasesRpc.drawAppraisalSample, { year, seed: 'seed-2026-first' }, actors.appraiser);
    expect(again).toEqual(first);

    const full = await client.call(CasesRpc.drawAppraisalSample, { year, seed: 'seed-2026-second' }, actors.admin);
    expect(full).toMatchObject({ previouslyDrawnCount: 3, selectedCaseIds: [] });

    for (let i = 0; i < 10; i++) eligible.push(await closedCase('PROCEEDINGS'));
    const topUp = await client.call(CasesRpc.drawAppraisalSample, { year, seed: 'seed-2026-third' }, actors.appraiser);
    expect(topUp).toMatchObject({ eligibleCount: 37, previouslyDrawnCount: 3 });
    expect(topUp.selectedCaseIds).toHaveLength(1);
    expect(first.selectedCaseIds).not.toContain(topUp.selectedCaseIds[0]);

    const draws = await client.call(CasesRpc.appraisalDraws, { year }, actors.supervisor);
    expect(draws.map((d) => [d.seed, d.selectedCaseIds.length, d.reproducible])).toEqual([
      ['seed-2026-first', 3, true],
      ['seed-2026-second', 0, true],
      ['seed-2026-third', 1, true],
    ]);

    const drawnEvents = await eventually(async () => {
      const evs = (await client.caseEvents()).filter((e) => e.type === 'cases.appraisal.drawn');
      return evs.length >= 4 ? evs : undefined;
    }, 10000, 'appraisal drawn events');
    const drawnIds = drawnEvents.map((e) => (e.data as { caseId: string }).caseId);
    expect(drawnIds).toHaveLength(4);
    expect(new Set(drawnIds).size).toBe(4);
    expect(drawnEvents[0].data).toMatchObject({ year, aidForm: expect.stringMatching(/^(PROCEEDINGS|OUT_OF_COURT)$/), outcome: 'SUCCESSFUL' });
  });

  it('appraisers record a result once; results are events without the findings text', async () => {
    const drawn = (await client.call(CasesRpc.appraisals, { first: 50, year }, actors.appraiser)).items;
    expect(drawn).toHaveLength(4);
    expect(drawn.every((a) => a.status === 'PENDING')).toBe(true);
    const caseId = drawn[0].caseId;

    expect((await client.errorOf(CasesRpc.recordAppraisal, { caseId, result: 'MEETS_QUALITY' }, actors.lawyer)).code).toBe('FORBIDDEN');
    const undrawn = eligible.find((id) => !drawn.some((a) => a.caseId === id))!;
    expect((await client.errorOf(CasesRpc.recordAppraisal, { caseId: undrawn, result: 'MEETS_QUALITY' }, actors.appraiser)).code).toBe('NOT_FOUND');

    const appraised = await client.call(
      CasesRpc.recordAppraisal,
      { caseId, result: 'DOES_NOT_MEET_QUALITY', findingCodes: ['LATE_ACTION', 'DOCUMENTATION_INCOMPLETE'], findings: 'Hồ sơ thiếu biên bản làm việc với bà Trần Thị B' },
      actors.appraiser,
    );
    expect(appraised).toMatchObject({ status: 'APPRAISED', result: 'DOES_NOT_MEET_QUALITY', appraiserId: actors.appraiser.id });
    expect((await client.errorOf(CasesRpc.recordAppraisal, { caseId, result: 'MEETS_QUALITY' }, actors.appraiser)).code).toBe('CONFLICT');

    const event = await eventually(async () => (await client.caseEvents()).find((e) => e.type === 'cases.appraisal.appraised'), 10000, 'appraised event');
    expect(event.data).toMatchObject({ caseId, result: 'DOES_NOT_MEET_QUALITY', findingCodes: ['LATE_ACTION', 'DOCUMENTATION_INCOMPLETE'], providerId: 'prov-1' });
    expect(JSON.stringify(event)).not.toContain('Trần');

    const bySupervisor = (await client.call(CasesRpc.appraisals, { first: 50, status: 'APPRAISED' }, actors.supervisor)).items;
    expect(bySupervisor).toHaveLength(1);
    expect(bySupervisor[0].findings).toBeNull();
    const byAppraiser = (await client.call(CasesRpc.appraisals, { first: 50, status: 'APPRAISED' }, actors.appraiser)).items;
    expect(byAppraiser[0].findings).toContain('Trần Thị B');
    // The appraiser reads the drawn case in full; the case's timeline shows the appraisal.
    const view = (await client.call(CasesRpc.case, { caseId }, actors.appraiser)) as CaseView;
    expect(view.redacted).toBe(false);
    expect(view.timeline.map((t) => t.type)).toEqual(expect.arrayContaining(['DRAWN_FOR_APPRAISAL', 'APPRAISED']));
  });
});
