import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { CasesRpc, IntakeRequestAccepted, IntakeRequestWithdrawn, createEvent, systemActor, type CaseView, type Envelope } from '@legalaid/contracts';
import { resetStreams, testServers } from '../../../test/support/servers.js';
import { actors, assignedEvent, CaseTrackingProcesses, eventually, TestClient } from './support.js';

/**
 * The case life cycle for real: matching's `referral assigned` on JetStream →
 * the built case-tracking process (real NATS, real database) → commands and
 * queries over request/reply → events on the cases stream.
 */
describe('case-tracking: from referral assigned to closed', () => {
  const service = new CaseTrackingProcesses('cases_life');
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

  async function openedCase(overrides: Parameters<typeof assignedEvent>[0] = {}): Promise<{ caseId: string; assigned: ReturnType<typeof assignedEvent> }> {
    const assigned = assignedEvent(overrides);
    await client.bus.publish(assigned);
    const caseId = `case-${assigned.id}`;
    await eventually(async () => (await client.call(CasesRpc.case, { caseId }, actors.admin)) as CaseView, 15000, 'the case to open');
    return { caseId, assigned };
  }

  const eventsOf = async (caseId: string): Promise<Envelope[]> =>
    (await client.caseEvents()).filter((e) => (e.data as { caseId?: string }).caseId === caseId);

  it('opens a case, records work, schedules a hearing, and closes with an outcome; events carry no free text', async () => {
    const { caseId, assigned } = await openedCase();
    const view = (await client.call(CasesRpc.case, { caseId }, actors.lawyer)) as CaseView;
    expect(view).toMatchObject({ state: 'OPEN', requestId: assigned.data.requestId, providerId: 'prov-1', centreId: 'centre-hcm', version: 1 });
    expect(view.deadlines.map((d) => [d.kind, d.status])).toEqual([
      ['FIRST_CONTACT', 'PENDING'],
      ['INACTIVITY', 'PENDING'],
    ]);

    const now = Date.now();
    const contact = await client.call(
      CasesRpc.recordCaseActivity,
      {
        caseId,
        kind: 'FIRST_CONTACT',
        performedAt: new Date(now - 3600_000).toISOString(),
        hours: 1,
        note: 'Gặp bà Nguyễn Thị Lan tại nhà, số điện thoại 0912345678',
        attachments: [{ name: 'giay-uy-quyen-Nguyen-Thi-Lan.pdf', mediaType: 'application/pdf', sha256: 'c'.repeat(64) }],
      },
      actors.lawyer,
    );
    expect(contact).toMatchObject({ caseId, state: 'IN_PROGRESS', version: 2 });

    const hearingAt = new Date(now + 10 * 24 * 3600_000);
    const scheduled = await client.call(CasesRpc.scheduleCaseDeadline, { caseId, kind: 'HEARING', at: hearingAt.toISOString(), court: 'TAND TP. Hồ Chí Minh' }, actors.lawyer);
    expect(scheduled.refId).toEqual(expect.any(String));
    await client.call(
      CasesRpc.recordCaseActivity,
      { caseId, kind: 'DOCUMENT_DRAFTED', performedAt: new Date(now - 1800_000).toISOString(), hours: 2.5, attachments: [] },
      actors.lawyer,
    );

    const closed = await client.call(
      CasesRpc.closeCase,
      { caseId, outcome: 'SUCCESSFUL', summary: 'Bà Lan được tòa chấp nhận yêu cầu', totalHours: 4, policyFeedbackTag: 'PROCEDURE_BURDEN' },
      actors.lawyer,
    );
    expect(closed).toMatchObject({ state: 'CLOSED', version: 5 });

    const full = (await client.call(CasesRpc.case, { caseId }, actors.lawyer)) as CaseView;
    expect(full.closure).toMatchObject({ outcome: 'SUCCESSFUL', summary: 'Bà Lan được tòa chấp nhận yêu cầu', totalHours: 4, policyFeedbackTag: 'PROCEDURE_BURDEN' });
    expect(full.deadlines.find((d) => d.kind === 'FIRST_CONTACT')!.status).toBe('SATISFIED');
    expect(full.deadlines.find((d) => d.kind === 'HEARING')).toMatchObject({ status: 'CANCELLED', court: 'TAND TP. Hồ Chí Minh' });
    expect(full.timeline.map((t) => t.type)).toEqual([
      'OPENED',
      'ACTIVITY',
      'DEADLINE_SATISFIED',
      'STATE_CHANGED',
      'DEADLINE_SCHEDULED',
      'ACTIVITY',
      'STATE_CHANGED',
      'CLOSED',
    ]);

    const events = await eventually(async () => {
      const evs = await eventsOf(caseId);
      return evs.some((e) => e.type === 'cases.case.closed') ? evs : undefined;
    }, 10000, 'the closed event on the stream');
    expect(events.map((e) => e.type)).toEqual([
      'cases.case.opened',
      'cases.case.activity-recorded',
      'cases.case.state-changed',
      'cases.case.activity-recorded',
      'cases.case.state-changed',
      'cases.case.closed',
    ]);
    const closedEvent = events.at(-1)!;
    expect(closedEvent.data).toMatchObject({
      caseId,
      requestId: assigned.data.requestId,
      applicantRef: assigned.data.applicantRef,
      providerId: 'prov-1',
      organisationId: 'org-bar-hcm',
      centreId: 'centre-hcm',
      outcome: 'SUCCESSFUL',
      totalHours: 4,
      activityCount: 2,
      policyFeedbackTag: 'PROCEDURE_BURDEN',
      breachedDeadlines: 0,
    });
    expect(closedEvent.causationId).toBeNull();
    const wire = JSON.stringify(events);
    for (const secret of ['Nguyễn', 'Lan', '0912345678', 'giay-uy-quyen', 'TAND', 'chấp nhận']) expect(wire).not.toContain(secret);
  });

  it('shows a lawyer only their own cases, a centre the cases it referred, supervisors no free text', async () => {
    const { caseId, assigned } = await openedCase();
    await client.call(
      CasesRpc.recordCaseActivity,
      { caseId, kind: 'CONSULTATION', performedAt: new Date().toISOString(), hours: 1, note: 'Số CCCD 079123456789', attachments: [] },
      actors.lawyer,
    );
    expect((await client.errorOf(CasesRpc.case, { caseId }, actors.otherLawyer)).code).toBe('CASE_NOT_FOUND');
    expect((await client.errorOf(CasesRpc.case, { caseId }, actors.otherCentre)).code).toBe('CASE_NOT_FOUND');
    expect(((await client.call(CasesRpc.case, { caseId }, actors.centre)) as CaseView).activities[0].note).toBe('Số CCCD 079123456789');
    const redacted = (await client.call(CasesRpc.case, { caseId }, actors.supervisor)) as CaseView;
    expect(redacted.redacted).toBe(true);
    expect(redacted.activities[0]).toMatchObject({ kind: 'CONSULTATION', note: null });
    // Someone who may read but not work the case is refused, and nothing changes.
    expect((await client.errorOf(CasesRpc.recordCaseActivity, { caseId, kind: 'NOTE', performedAt: new Date().toISOString(), hours: 0 }, actors.centre)).code).toBe('FORBIDDEN');
    expect((await client.errorOf(CasesRpc.closeCase, { caseId, outcome: 'SUCCESSFUL', summary: 'x', totalHours: 9 }, actors.otherLawyer)).code).toBe('CASE_NOT_FOUND');
    expect(((await client.call(CasesRpc.case, { caseId }, actors.admin)) as CaseView).version).toBe(2);

    const mine = await client.call(CasesRpc.cases, { first: 100 }, actors.lawyer);
    expect(mine.items.map((c) => c.caseId)).toContain(caseId);
    const theirs = await client.call(CasesRpc.cases, { first: 100 }, actors.otherLawyer);
    expect(theirs.items.map((c) => c.caseId)).not.toContain(caseId);
    const peek = await client.call(CasesRpc.cases, { first: 100, providerId: 'prov-1' }, actors.otherLawyer);
    expect(peek.items).toEqual([]);
    // A request's case, read by its lookup key, within the same scope.
    const requestId = assigned.data.requestId;
    expect((await client.call(CasesRpc.cases, { first: 1, requestId }, actors.lawyer)).items.map((c) => c.caseId)).toEqual([caseId]);
    expect((await client.call(CasesRpc.cases, { first: 1, requestId }, actors.centre)).items.map((c) => c.caseId)).toEqual([caseId]);
    expect((await client.call(CasesRpc.cases, { first: 1, requestId }, actors.otherLawyer)).items).toEqual([]);
    expect((await client.call(CasesRpc.cases, { first: 1, requestId, state: 'CLOSED' }, actors.lawyer)).items).toEqual([]);
    expect((await client.call(CasesRpc.cases, { first: 1, requestId: randomUUID() }, actors.admin)).items).toEqual([]);
    expect((await client.errorOf(CasesRpc.cases, { first: 10 }, { id: 'u-ref', role: 'REFERRER' })).code).toBe('FORBIDDEN');
  });

  it('refuses bad input with a clear error and changes nothing', async () => {
    const { caseId } = await openedCase();
    await client.call(CasesRpc.recordCaseActivity, { caseId, kind: 'FIRST_CONTACT', performedAt: new Date().toISOString(), hours: 3 }, actors.lawyer);
    const before = (await client.call(CasesRpc.case, { caseId }, actors.lawyer)) as CaseView;

    const badOutcome = await client.errorOf(CasesRpc.closeCase, { caseId, outcome: 'WITHDRAWN', summary: 'x', totalHours: 3 }, actors.lawyer);
    expect(badOutcome).toMatchObject({ code: 'VALIDATION_FAILED', details: [expect.objectContaining({ path: 'outcome' })] });
    const tooFewHours = await client.errorOf(CasesRpc.closeCase, { caseId, outcome: 'SUCCESSFUL', summary: 'Done', totalHours: 2 }, actors.lawyer);
    expect(tooFewHours).toMatchObject({ code: 'VALIDATION_FAILED', details: [{ path: 'totalHours', message: 'must be at least 3' }] });
    const noHearing = await client.errorOf(CasesRpc.recordCaseActivity, { caseId, kind: 'HEARING_ATTENDED', performedAt: new Date().toISOString(), hours: 1 }, actors.lawyer);
    expect(noHearing).toMatchObject({ code: 'VALIDATION_FAILED', details: [expect.objectContaining({ path: 'hearing' })] });
    const nul = await client.errorOf(CasesRpc.recordCaseActivity, { caseId, kind: 'NOTE', performedAt: new Date().toISOString(), hours: 0, note: 'a\u0000b' }, actors.lawyer);
    expect(nul.code).toBe('VALIDATION_FAILED');
    const future = await client.errorOf(CasesRpc.recordCaseActivity, { caseId, kind: 'NOTE', performedAt: new Date(Date.now() + 86400_000).toISOString(), hours: 0 }, actors.lawyer);
    expect(future).toMatchObject({ code: 'VALIDATION_FAILED', message: 'an activity cannot be recorded before it happens' });
    const noReason = await client.errorOf(CasesRpc.changeCaseState, { caseId, to: 'SUSPENDED' }, actors.lawyer);
    expect(noReason.code).toBe('VALIDATION_FAILED');
    const stale = await client.errorOf(CasesRpc.recordCaseActivity, { caseId, kind: 'NOTE', performedAt: new Date().toISOString(), hours: 0, expectedVersion: 1 }, actors.lawyer);
    expect(stale.code).toBe('VERSION_CONFLICT');
    const illegal = await client.errorOf(CasesRpc.changeCaseState, { caseId, to: 'IN_PROGRESS' }, actors.lawyer);
    expect(illegal).toMatchObject({ code: 'ILLEGAL_TRANSITION', message: expect.stringContaining('IN_PROGRESS') });
    expect((await client.errorOf(CasesRpc.case, { caseId: 'case-none' }, actors.admin)).code).toBe('CASE_NOT_FOUND');

    const after = (await client.call(CasesRpc.case, { caseId }, actors.lawyer)) as CaseView;
    expect(after).toEqual(before);
  });

  it('suspends with a reason and resume date, resumes, and pages through cases by cursor', async () => {
    const { caseId } = await openedCase({ providerId: 'prov-page', organisationId: 'org-page' });
    const lawyer = { id: 'user-lawyer-page', role: 'LAWYER' as const, providerId: 'prov-page' };
    await client.call(CasesRpc.changeCaseState, { caseId, to: 'IN_PROGRESS' }, lawyer);
    const resumeOn = new Date(Date.now() + 20 * 86400_000).toISOString().slice(0, 10);
    const suspended = await client.call(CasesRpc.changeCaseState, { caseId, to: 'SUSPENDED', reason: 'PROCEEDINGS_SUSPENDED', resumeOn }, lawyer);
    expect(suspended.state).toBe('SUSPENDED');
    const view = (await client.call(CasesRpc.case, { caseId }, lawyer)) as CaseView;
    expect(view.suspension).toMatchObject({ reason: 'PROCEEDINGS_SUSPENDED', resumeOn });
    expect((await client.call(CasesRpc.changeCaseState, { caseId, to: 'IN_PROGRESS' }, lawyer)).state).toBe('IN_PROGRESS');

    const more = [];
    for (let i = 0; i < 4; i++) more.push((await openedCase({ providerId: 'prov-page', organisationId: 'org-page' })).caseId);
    const seen: string[] = [];
    let after: string | null = null;
    for (let page = 0; page < 5; page++) {
      const r: { items: { caseId: string }[]; pageInfo: { endCursor: string | null; hasNextPage: boolean } } = await client.call(
        CasesRpc.cases,
        { first: 2, organisationId: 'org-page', ...(after ? { after } : {}) },
        actors.admin,
      );
      seen.push(...r.items.map((c) => c.caseId));
      if (!r.pageInfo.hasNextPage) break;
      after = r.pageInfo.endCursor;
    }
    expect(seen).toEqual([...more].reverse().concat(caseId));
    const inProgress = await client.call(CasesRpc.cases, { first: 10, organisationId: 'org-page', state: 'IN_PROGRESS' }, actors.admin);
    expect(inProgress.items.map((c) => c.caseId)).toEqual([caseId]);
    const today = new Date(Date.now() + 7 * 3600_000).toISOString().slice(0, 10);
    const opened = await client.call(CasesRpc.cases, { first: 10, organisationId: 'org-page', period: { from: today, to: today } }, actors.admin);
    expect(opened.items).toHaveLength(5);
    const lastYear = await client.call(CasesRpc.cases, { first: 10, organisationId: 'org-page', period: { from: '2020-01-01', to: '2020-12-31' } }, actors.admin);
    expect(lastYear.items).toHaveLength(0);
  });

  it('a transfer ends the case and tells matching; the referring centre may ask for it', async () => {
    const { caseId, assigned } = await openedCase();
    const r = await client.call(CasesRpc.transferCase, { caseId, reason: 'CONFLICT_OF_INTEREST' }, actors.centre);
    expect(r.state).toBe('TRANSFERRED');
    const events = await eventually(async () => {
      const evs = await eventsOf(caseId);
      return evs.some((e) => e.type === 'cases.case.closed') ? evs : undefined;
    }, 10000, 'transfer events');
    expect(events.map((e) => e.type)).toEqual(['cases.case.opened', 'cases.case.state-changed', 'cases.case.transferred', 'cases.case.closed']);
    expect(events[2].data).toMatchObject({ referralId: assigned.data.referralId, requestId: assigned.data.requestId, providerId: 'prov-1', reason: 'CONFLICT_OF_INTEREST' });
    expect(events[3].data).toMatchObject({ state: 'TRANSFERRED', outcome: 'TRANSFERRED' });
    expect((await client.errorOf(CasesRpc.transferCase, { caseId, reason: 'OTHER' }, actors.centre)).code).toBe('ILLEGAL_TRANSITION');
  });

  it('opens each assignment once, and applies custody learned from intake whichever event comes first', async () => {
    const assigned = assignedEvent();
    await client.bus.publish(assigned);
    const caseId = `case-${assigned.id}`;
    const first = await eventually(async () => (await client.call(CasesRpc.case, { caseId }, actors.admin)) as CaseView, 15000, 'the case');
    const ordinaryDue = first.deadlines.find((d) => d.kind === 'FIRST_CONTACT')!.dueAt;

    const deadlineAt = new Date(Date.now() + 2 * 86400_000).toISOString();
    const accepted = createEvent(
      IntakeRequestAccepted,
      {
        requestId: assigned.data.requestId,
        applicantRef: assigned.data.applicantRef,
        channel: 'REFERRAL_POLICE',
        centreId: 'centre-hcm',
        eligibilityGroup: 'ACCUSED_16_18',
        fieldOfLaw: 'CRIMINAL',
        aidForm: 'PROCEEDINGS',
        provinceCode: '79',
        communeCode: null,
        language: 'vie',
        needsInterpreter: false,
        urgency: { urgent: true, reasons: ['CUSTODY', 'DEFENCE_COUNSEL_DEADLINE'], deadlineAt },
        registerNumber: '2025/centre-hcm/00001',
        ruleSetId: 'law-2017',
        evidence: [],
        parties: { applicant: { strong: ['ph_applicant0000000001'], nameBirth: null }, opposing: [].map((h) => ({ strong: [h], nameBirth: null })) },
        preferredProviderGender: null,
        hearingAt: null,
        defenceCounselDueAt: deadlineAt,
        acceptedAt: new Date().toISOString(),
      } as never,
      { actor: systemActor('intake'), correlationId: 'corr-accept' },
    );
    await client.bus.publish(accepted);
    const urgent = await eventually(async () => {
      const v = (await client.call(CasesRpc.case, { caseId }, actors.admin)) as CaseView;
      return v.custody ? v : undefined;
    }, 15000, 'custody to apply');
    expect(urgent.deadlines.find((d) => d.kind === 'FIRST_CONTACT')!.dueAt < ordinaryDue).toBe(true);
    expect(urgent.deadlines.find((d) => d.kind === 'DEFENCE_COUNSEL')!.dueAt).toBe(deadlineAt);

    // The same assignment delivered again under a fresh message id: still one case, one opened event.
    await client.bus.publishRaw(
      'legalaid.matching.referral.assigned.v1',
      JSON.stringify(assigned),
      `redelivery-${assigned.id}`,
    );
    // A case for a request whose acceptance came first opens with custody limits at once.
    const second = assignedEvent({ requestId: assigned.data.requestId, previousProviderId: 'prov-1', providerId: 'prov-2', round: 2, via: 'CENTRE_REASSIGNMENT' });
    await client.bus.publish(second);
    const secondView = await eventually(async () => (await client.call(CasesRpc.case, { caseId: `case-${second.id}` }, actors.admin)) as CaseView, 15000, 'the second case');
    expect(secondView.custody).toBe(true);
    expect(secondView.deadlines.map((d) => d.kind).sort()).toEqual(['DEFENCE_COUNSEL', 'FIRST_CONTACT', 'INACTIVITY']);
    const opened = (await client.caseEvents()).filter((e) => e.type === 'cases.case.opened' && (e.data as { caseId: string }).caseId === caseId);
    expect(opened).toHaveLength(1);
  });

  it("closes a case as withdrawn when intake records the applicant's withdrawal, whichever event comes first", async () => {
    const withdrawal = (requestId: string, applicantRef: string) =>
      createEvent(
        IntakeRequestWithdrawn,
        { requestId, applicantRef, centreId: 'centre-hcm', previousStatus: 'ACCEPTED', downstreamStatus: 'CASE_OPEN', withdrawnAt: new Date().toISOString() } as never,
        { actor: systemActor('intake'), correlationId: 'corr-withdraw' },
      );
    const { caseId, assigned } = await openedCase();
    await client.call(CasesRpc.recordCaseActivity, { caseId, kind: 'FIRST_CONTACT', performedAt: new Date().toISOString(), hours: 1.5 }, actors.lawyer);
    await client.bus.publish(withdrawal(assigned.data.requestId, assigned.data.applicantRef));
    const withdrawn = await eventually(async () => {
      const v = (await client.call(CasesRpc.case, { caseId }, actors.lawyer)) as CaseView;
      return v.state === 'WITHDRAWN' ? v : undefined;
    }, 15000, 'the case to be withdrawn');
    expect(withdrawn.closure).toMatchObject({ outcome: 'WITHDRAWN', summary: null, totalHours: 1.5 });
    const closed = await eventually(async () => (await eventsOf(caseId)).find((e) => e.type === 'cases.case.closed'), 10000, 'closed event');
    expect(closed.data).toMatchObject({ state: 'WITHDRAWN', outcome: 'WITHDRAWN' });

    // The withdrawal overtook the assignment: the case opens and ends at once.
    const late = assignedEvent();
    await client.bus.publish(withdrawal(late.data.requestId, late.data.applicantRef));
    await new Promise((r) => setTimeout(r, 1000));
    await client.bus.publish(late);
    const lateView = await eventually(async () => (await client.call(CasesRpc.case, { caseId: `case-${late.id}` }, actors.admin)) as CaseView, 15000, 'the late case');
    expect(lateView.state).toBe('WITHDRAWN');
  });
});
