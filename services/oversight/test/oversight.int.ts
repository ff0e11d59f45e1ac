import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { execFile } from 'node:child_process';
import { generateKeyPairSync, randomBytes, createHash } from 'node:crypto';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import type { Connection } from 'mongoose';
import {
  CasesCaseClosed,
  createEvent,
  DomainError,
  IntakeFeedbackInvited,
  IntakeRequestAccepted,
  IntakeRequestReceived,
  newId,
  OversightRpc,
  systemActor,
  type Actor,
  type Envelope,
  type RpcDefinition,
} from '@legalaid/contracts';
import { Bus, connectMongo, createLogger, RpcClient } from '@legalaid/infra';
import type { z } from 'zod';
import { spawnProcess, REPO_ROOT, type ManagedProcess } from '../../../infra/dist/runtime/network.js';
import { resetStreams, testDbName, testNatsSeed, testServers } from '../../../test/support/servers.js';

/**
 * The oversight service as a real process (built output) on real NATS
 * JetStream and a real MongoDB-protocol server: events in through the
 * streams, operations through request/reply, as the gateway calls them.
 */
const run = promisify(execFile);
const supervisor: Actor = { id: 'sup-1', role: 'SUPERVISOR' };
const citizen: Actor = { id: 'anonymous', role: 'CITIZEN' };
const staff: Actor = { id: 'staff-1', role: 'CENTRE_STAFF', organisationId: 'centre-hcm' };

async function eventually<T>(check: () => Promise<T | undefined>, what: string, timeoutMs = 20000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let last: unknown;
  while (Date.now() < deadline) {
    try {
      const v = await check();
      if (v !== undefined) return v;
    } catch (err) {
      last = err;
    }
    await new Promise((r) => setTimeout(r, 150));
  }
  throw new Error(`timed out waiting for ${what}${last ? `: ${(last as Error).message}` : ''}`);
}

const applicant = (n: number) => `ap_person${String(n).padStart(12, '0')}`;

function received(requestId: string, person: number, provinceCode: string, at = new Date()) {
  return createEvent(
    IntakeRequestReceived,
    {
      requestId,
      applicantRef: applicant(person),
      channel: 'HOTLINE',
      centreId: 'centre-hcm',
      eligibilityGroup: null,
      fieldOfLaw: 'LAND',
      aidForm: 'ADVICE',
      provinceCode,
      communeCode: null,
      language: 'vie',
      needsInterpreter: false,
      urgency: { urgent: false, reasons: [], deadlineAt: null },
      claimedEligibilityGroup: 'POOR_HOUSEHOLD',
      possibleDuplicateOf: [],
      receivedAt: at.toISOString(),
    },
    { actor: staff, correlationId: `corr-${requestId}` },
  );
}

function accepted(requestId: string, person: number, provinceCode: string, at = new Date()) {
  return createEvent(
    IntakeRequestAccepted,
    {
      requestId,
      applicantRef: applicant(person),
      channel: 'HOTLINE',
      centreId: 'centre-hcm',
      eligibilityGroup: 'POOR_HOUSEHOLD',
      fieldOfLaw: 'LAND',
      aidForm: 'ADVICE',
      provinceCode,
      communeCode: null,
      language: 'vie',
      needsInterpreter: false,
      urgency: { urgent: false, reasons: [], deadlineAt: null },
      registerNumber: `2025/centre-hcm/${requestId.slice(-5)}`,
      ruleSetId: 'law-2017-art7',
      evidence: [],
      parties: { applicant: { strong: ['ph_applicant0000000001'], nameBirth: null }, opposing: [].map((h) => ({ strong: [h], nameBirth: null })) },
      preferredProviderGender: null,
      hearingAt: null,
      defenceCounselDueAt: null,
      acceptedAt: at.toISOString(),
    },
    { actor: staff, correlationId: `corr-${requestId}` },
  );
}

function closed(caseId: string, requestId: string, person: number, organisationId: string, at = new Date()) {
  return createEvent(
    CasesCaseClosed,
    {
      caseId,
      requestId,
      applicantRef: applicant(person),
      providerId: 'lawyer-1',
      organisationId,
      centreId: 'centre-hcm',
      state: 'CLOSED',
      outcome: 'SUCCESSFUL',
      fieldOfLaw: 'LAND',
      aidForm: 'ADVICE',
      urgent: false,
      totalHours: 3,
      activityCount: 2,
      openedAt: new Date(at.getTime() - 3600_000).toISOString(),
      closedAt: at.toISOString(),
      firstContactAt: null,
      hoursToFirstContact: null,
      workingDaysToFirstContact: null,
      breachedDeadlines: 0,
      policyFeedbackTag: null,
    },
    { actor: { id: 'lawyer-1', role: 'LAWYER', providerId: 'lawyer-1' }, correlationId: `corr-${requestId}` },
  );
}

function invited(token: string, requestId: string, caseId: string | null, expiresAt: Date) {
  return createEvent(
    IntakeFeedbackInvited,
    {
      invitationId: `fi_${newId()}`,
      requestId,
      caseId,
      applicantRef: applicant(1),
      centreId: 'centre-hcm',
      providerId: 'lawyer-1',
      tokenHash: createHash('sha256').update(token).digest('hex'),
      hashAlgorithm: 'sha256',
      expiresAt: expiresAt.toISOString(),
      invitedAt: new Date().toISOString(),
    },
    { actor: systemActor('intake'), correlationId: `corr-${requestId}` },
  );
}

describe('oversight service', () => {
  let proc: ManagedProcess;
  let bus: Bus;
  let rpc: RpcClient;
  let db: Connection;
  const dbName = testDbName('oversight');
  const rpcKey = randomBytes(32).toString('base64');
  const signingSeed = generateKeyPairSync('ed25519').privateKey.export({ format: 'der', type: 'pkcs8' }).subarray(-32).toString('base64');

  const call = <D extends RpcDefinition>(def: D, input: z.input<D['input']>, actor: Actor = supervisor) => rpc.call(def, input, { actor, correlationId: `test-${newId()}` });
  const failure = async (p: Promise<unknown>) => {
    try {
      await p;
    } catch (err) {
      return err as DomainError;
    }
    throw new Error('expected a failure');
  };
  const publish = (...events: Envelope[]) => Promise.all(events.map((e) => bus.publish(e)));
  /** A redelivery as JetStream would make it: the same event again, past the de-duplication window. */
  const redeliver = (e: Envelope) => bus.publishRaw(`legalaid.${e.type}.v${e.version}`, JSON.stringify(e), `${e.id}:again`);
  const ledgerEntries = (filter: Record<string, unknown> = {}) => db.collection('ledger_entries').find(filter).sort({ _id: 1 }).toArray();

  beforeAll(async () => {
    const { natsUrl, mongoUrl } = testServers();
    await resetStreams(natsUrl);
    proc = spawnProcess('oversight', {
      NATS_URL: natsUrl,
      NATS_NKEY_SEED: testNatsSeed('oversight'),
      MONGO_URL: mongoUrl,
      MONGO_DB: dbName,
      NODE_ENV: 'test',
      LOG_LEVEL: 'info',
      OUTBOX_POLL_MS: '100',
      BUS_BACKOFF_MS: '100,200,400',
      BUS_MAX_DELIVER: '3',
      RPC_SIGNING_KEY: rpcKey,
      OVERSIGHT_SIGNING_KEY: signingSeed,
      OVERSIGHT_CHECKPOINT_EVERY: '10',
      OVERSIGHT_TIMER_POLL_MS: '200',
    });
    await proc.ready;
    bus = await Bus.connect({ servers: natsUrl, name: 'oversight-test', logger: createLogger('oversight-test', 'silent') });
    // Requests are signed with the shared key, as the gateway signs them.
    rpc = await RpcClient.connect({ servers: natsUrl, name: 'oversight-test-rpc', timeoutMs: 15000, signingKey: Buffer.from(rpcKey, 'base64') });
    db = await connectMongo(mongoUrl, dbName);
  }, 60000);

  afterAll(async () => {
    await proc?.stop('SIGTERM');
    await rpc?.close();
    await bus?.close();
    await db?.close();
  });

  describe('audit ledger', () => {
    const requestId = newId();
    const events = [received(requestId, 1, '79'), accepted(requestId, 1, '79')];

    it('records every event once, even when redelivered, and signs checkpoints every N entries', async () => {
      await publish(...events);
      for (let i = 0; i < 10; i++) await publish(received(newId(), 100 + i, '74'));
      await redeliver(events[0]);
      const trail = await eventually(async () => {
        const t = await call(OversightRpc.auditTrail, { requestId });
        return t.entries.filter((e) => e.inTrail).length >= 2 ? t : undefined;
      }, 'the request trail');
      await new Promise((r) => setTimeout(r, 1000)); // give a duplicate time to land, if it would
      const mine = await ledgerEntries({ refs: requestId });
      expect(mine.map((e) => e.type)).toEqual(['intake.request.received', 'intake.request.accepted']);
      expect(trail.entries.filter((e) => e.inTrail).map((e) => e.payload?.requestId)).toEqual([requestId, requestId]);

      const checkpoints = await eventually(async () => {
        const page = await call(OversightRpc.checkpoints, { first: 10 });
        return page.items.length > 0 ? page : undefined;
      }, 'a checkpoint');
      expect(checkpoints.items.at(-1)!.sequence).toBe(10);
      // The checkpoint event itself lands on the ledger, through oversight's own stream.
      await eventually(async () => ((await ledgerEntries({ type: 'oversight.checkpoint.signed' })).length > 0 ? true : undefined), 'the checkpoint event on the ledger');
      // The 12 published events and the checkpoint's own come through two streams, in no set order.
      await eventually(async () => ((await ledgerEntries({})).length >= 13 ? true : undefined), 'all 13 events on the ledger');
      const verified = await call(OversightRpc.verifyAuditLedger, {});
      expect(verified).toMatchObject({ ok: true, firstBroken: null });
      expect(verified.checkedEntries).toBeGreaterThanOrEqual(13);
      expect(verified.checkpointsChecked).toBeGreaterThanOrEqual(1);
    });

    it('exports a trail that verifies offline with the published key, and fails when the file is altered', async () => {
      await call(OversightRpc.createCheckpoint, {});
      const exp = await call(OversightRpc.auditTrail, { requestId });
      expect(exp.checkpoint).not.toBeNull();
      const { current } = await call(OversightRpc.publicKey, {}, citizen);
      const dir = mkdtempSync(join(tmpdir(), 'trail-'));
      writeFileSync(join(dir, 'trail.json'), JSON.stringify(exp));
      writeFileSync(join(dir, 'key.pem'), current.publicKeyPem);
      const cli = join(REPO_ROOT, 'services/oversight/dist/cli/verify-trail.js');
      const ok = await run(process.execPath, [cli, join(dir, 'trail.json'), '--public-key', join(dir, 'key.pem')]);
      expect(JSON.parse(ok.stdout)).toMatchObject({ ok: true, keyTrusted: true, trailEntries: 2, anchoredAt: exp.checkpoint!.sequence });

      const altered = structuredClone(exp);
      const target = altered.entries.find((e) => e.inTrail)!;
      target.payload = { ...target.payload, fieldOfLaw: 'CRIMINAL' };
      writeFileSync(join(dir, 'altered.json'), JSON.stringify(altered));
      const bad = await run(process.execPath, [cli, join(dir, 'altered.json'), '--public-key', join(dir, 'key.pem')]).catch((e: { code: number; stdout: string }) => e);
      expect((bad as { code: number }).code).toBe(1);
      expect(JSON.parse((bad as { stdout: string }).stdout).firstBroken).toMatchObject({ sequence: target.sequence, reason: 'PAYLOAD_MISMATCH' });
    });

    it('records dead letters on the ledger', async () => {
      // A message on the intake stream that no contract knows: oversight's consumer dead-letters it, then records the dead letter.
      await bus.publishRaw('legalaid.intake.request.unheard-of.v1', JSON.stringify({ id: newId(), type: 'intake.request.unheard-of' }), newId());
      const [dl] = await eventually(async () => {
        const found = await ledgerEntries({ type: 'dlq.dead-letter.recorded', 'payload.consumer': 'oversight-intake' });
        return found.length ? found : undefined;
      }, 'the dead letter on the ledger');
      expect(dl.payload).toMatchObject({ reason: 'CONTRACT_VIOLATION', originalSubject: 'legalaid.intake.request.unheard-of.v1' });
    });

    it('lets only supervisors and admins read the ledger', async () => {
      expect((await failure(call(OversightRpc.verifyAuditLedger, {}, staff))).code).toBe('FORBIDDEN');
      expect((await failure(call(OversightRpc.auditTrail, { requestId: newId() }))).code).toBe('NOT_FOUND');
      expect((await failure(call(OversightRpc.auditTrail, {} as never))).code).toBe('VALIDATION_FAILED');
    });
  });

  describe('citizens feedback', () => {
    const requestId = newId();
    const caseId = `case-${newId()}`;
    const token = randomBytes(32).toString('base64url');
    const comment = 'Luật sư Trần Văn Bình rất tốt. Gọi tôi: Nguyễn Thị Hoa 0912345678, số 12 đường Lê Lợi.';

    beforeAll(async () => {
      await publish(closed(caseId, requestId, 1, 'bar-hcm'), invited(token, requestId, caseId, new Date(Date.now() + 3600_000)));
      await eventually(async () => ((await db.collection('feedback_invitations').countDocuments({ caseId })) ? true : undefined), 'the invitation');
      // A citizen answers after the case's closing has reached oversight (it names the organisation the answer is about).
      await eventually(async () => ((await db.collection('closed_cases').countDocuments({ _id: caseId } as never)) ? true : undefined), 'the closed case');
    });

    it('takes an answer once by token, masks the texts and flags a payment request to supervisors at once', async () => {
      const res = await call(
        OversightRpc.submitFeedback,
        { token, rating: 2, answers: { lawyerReachable: true, outcomeExplained: false, paymentRequested: true }, comment, complaint: 'Ông Bình đòi 2.000.000 đồng, nhà ở phường Bến Nghé' },
        citizen,
      );
      expect(res.complaintFiled).toBe(true);
      expect((await failure(call(OversightRpc.submitFeedback, { token, rating: 5, answers: { lawyerReachable: null, outcomeExplained: null, paymentRequested: null } }, citizen))).code).toBe('TOKEN_USED');

      const complaints = await call(OversightRpc.complaints, { first: 10 });
      const mine = complaints.items.find((c) => c.feedbackId === res.feedbackId)!;
      expect(mine).toMatchObject({ caseId, organisationId: 'bar-hcm', kinds: ['COMPLAINT', 'PAYMENT_REQUEST'], rating: 2 });
      expect(mine.text).not.toMatch(/Bình|2\.000\.000|Bến Nghé/);
      expect(mine.comment).not.toMatch(/Trần|Hoa|0912345678|Lê Lợi/);
      const filed = await eventually(async () => {
        const f = await ledgerEntries({ type: 'oversight.complaint.filed', refs: caseId });
        return f.length ? f : undefined;
      }, 'the complaint event');
      expect(filed[0].actor).toEqual({ id: 'citizen', role: 'CITIZEN' });
    });

    it('lists every answer, complaint or not, with ratings and masked comments, by organisation and rating (G23)', async () => {
      const plainToken = randomBytes(32).toString('base64url');
      const plainCase = `case-${newId()}`;
      const plainRequest = newId();
      await publish(closed(plainCase, plainRequest, 2, 'centre-hcm'), invited(plainToken, plainRequest, plainCase, new Date(Date.now() + 3600_000)));
      await eventually(async () => ((await db.collection('feedback_invitations').countDocuments({ caseId: plainCase })) ? true : undefined), 'the second invitation');
      // A citizen answers after the case's closing has reached oversight (it names the organisation the answer is about).
      await eventually(async () => ((await db.collection('closed_cases').countDocuments({ _id: plainCase } as never)) ? true : undefined), 'the closed case');
      const plain = await call(
        OversightRpc.submitFeedback,
        { token: plainToken, rating: 5, answers: { lawyerReachable: true, outcomeExplained: true, paymentRequested: false }, comment: 'Cảm ơn chị Lê Thị Mai, gọi 0987654321' },
        citizen,
      );
      expect(plain.complaintFiled).toBe(false);
      const all = await call(OversightRpc.feedbackResponses, { first: 50 });
      const mineOrdinary = all.items.find((f) => f.feedbackId === plain.feedbackId)!;
      expect(mineOrdinary).toMatchObject({ caseId: plainCase, organisationId: 'centre-hcm', rating: 5, complaintFiled: false, answers: { lawyerReachable: true, outcomeExplained: true, paymentRequested: false } });
      expect(mineOrdinary.comment).not.toMatch(/Mai|0987654321/);
      expect((await call(OversightRpc.complaints, { first: 50 })).items.some((c) => c.feedbackId === plain.feedbackId)).toBe(false);
      const complained = all.items.find((f) => f.caseId === caseId)!;
      expect(complained).toMatchObject({ organisationId: 'bar-hcm', rating: 2, complaintFiled: true });
      expect(complained.comment).not.toMatch(/Trần|Hoa|0912345678|Lê Lợi/);
      // Newest first, and filters narrow the list.
      expect(all.items.findIndex((f) => f.feedbackId === plain.feedbackId)).toBeLessThan(all.items.findIndex((f) => f.caseId === caseId));
      const ids = async (input: Record<string, unknown>) => (await call(OversightRpc.feedbackResponses, { first: 50, ...input })).items.map((f) => f.feedbackId);
      expect(await ids({ organisationId: 'centre-hcm' })).toContain(plain.feedbackId);
      expect(await ids({ organisationId: 'centre-hcm' })).not.toContain(complained.feedbackId);
      expect(await ids({ maxRating: 2 })).toEqual(expect.arrayContaining([complained.feedbackId]));
      expect(await ids({ maxRating: 2 })).not.toContain(plain.feedbackId);
      expect(await ids({ withComment: true })).toEqual(expect.arrayContaining([complained.feedbackId, plain.feedbackId]));
      // Pages follow one another without repeats.
      const first = await call(OversightRpc.feedbackResponses, { first: 1 });
      const second = await call(OversightRpc.feedbackResponses, { first: 1, after: first.nextCursor });
      expect(second.items[0].feedbackId).not.toBe(first.items[0].feedbackId);
      expect((await failure(call(OversightRpc.feedbackResponses, { first: 5 }, staff))).code).toBe('FORBIDDEN');
      expect((await failure(call(OversightRpc.feedbackResponses, { first: 5, maxRating: 9 }))).code).toBe('VALIDATION_FAILED');
    });

    it('refuses an unknown token, an expired one, a non-citizen and bad input', async () => {
      const answers = { lawyerReachable: true, outcomeExplained: true, paymentRequested: false };
      expect((await failure(call(OversightRpc.submitFeedback, { token: randomBytes(32).toString('base64url'), rating: 4, answers }, citizen))).code).toBe('TOKEN_INVALID');
      const late = randomBytes(32).toString('base64url');
      await publish(invited(late, newId(), null, new Date(Date.now() + 800)));
      await eventually(async () => ((await db.collection('feedback_invitations').countDocuments({ _id: createHash('sha256').update(late).digest('hex') } as never)) ? true : undefined), 'the short invitation');
      await new Promise((r) => setTimeout(r, 1000));
      expect((await failure(call(OversightRpc.submitFeedback, { token: late, rating: 4, answers }, citizen))).code).toBe('TOKEN_EXPIRED');
      expect((await failure(call(OversightRpc.submitFeedback, { token: late, rating: 4, answers }, staff))).code).toBe('FORBIDDEN');
      const invalid = await failure(call(OversightRpc.submitFeedback, { token: late, rating: 9, answers }, citizen));
      expect(invalid.code).toBe('VALIDATION_FAILED');
      expect(invalid.details?.[0].path).toContain('rating');
    });
  });

  describe('supervision', () => {
    const caseIds = Array.from({ length: 6 }, (_, i) => `case-sup-${i}`);
    let planId: string;

    beforeAll(async () => {
      const at = new Date();
      const events: Envelope[] = [];
      caseIds.forEach((caseId, i) => {
        const requestId = newId();
        events.push(received(requestId, 200 + i, i < 4 ? '79' : '75', at), closed(caseId, requestId, 200 + i, i % 2 ? 'bar-hcm' : 'centre-hcm', at));
      });
      await publish(...events);
      await eventually(async () => ((await db.collection('closed_cases').countDocuments({ _id: { $in: caseIds } } as never)) === 6 ? true : undefined), 'closed cases');
      await eventually(async () => ((await db.collection('stat_facts').countDocuments({ kind: 'REQUEST_RECEIVED', applicantRef: { $in: caseIds.map((_, i) => applicant(200 + i)) } })) === 6 ? true : undefined), 'request facts');
    });

    it('goes from plan to sample, findings, a recommendation that falls overdue, and its late answer', async () => {
      const today = new Date(Date.now() + 7 * 3600_000).toISOString().slice(0, 10);
      const plan = await call(OversightRpc.createSupervisionPlan, { title: 'Giám sát quý', periodFrom: today, periodTo: today, provinceCodes: ['79'], organisationIds: [] });
      planId = plan.planId;
      const sampled = await call(OversightRpc.drawSupervisionSample, { planId, size: 3, seed: 'front-2025' });
      // Cases 0-3 are in province 79: the population; the sample is reproducible from the seed.
      expect(sampled.sample).toMatchObject({ seed: 'front-2025', size: 3, population: 4 });
      expect(sampled.sample!.caseIds.every((c) => caseIds.slice(0, 4).includes(c))).toBe(true);
      expect((await failure(call(OversightRpc.drawSupervisionSample, { planId, size: 3 }))).code).toBe('ILLEGAL_TRANSITION');

      const reviewed = sampled.sample!.caseIds[0];
      const trail = await call(OversightRpc.auditTrail, { caseId: reviewed });
      expect(trail.entries.some((e) => e.inTrail && e.type === 'cases.case.closed')).toBe(true);
      const outside = caseIds.find((c) => !sampled.sample!.caseIds.includes(c))!;
      expect((await failure(call(OversightRpc.recordFinding, { planId, caseId: outside, category: 'DEADLINE', severity: 'LOW', note: 'x' }))).code).toBe('CASE_NOT_FOUND');
      const { findingId } = await call(OversightRpc.recordFinding, { planId, caseId: reviewed, category: 'DEADLINE', severity: 'HIGH', note: 'Liên hệ lần đầu chậm 3 ngày với bà Lan' });

      const rec = await call(OversightRpc.issueRecommendation, {
        planId,
        organisationId: 'bar-hcm',
        findingIds: [findingId],
        text: 'Đề nghị rút ngắn thời gian liên hệ lần đầu',
        responseDueAt: new Date(Date.now() + 1500).toISOString(),
      });
      expect(rec.status).toBe('ISSUED');
      const orgAdmin: Actor = { id: 'admin-bar', role: 'ORG_ADMIN', organisationId: 'bar-hcm' };
      const overdue = await eventually(async () => {
        const page = await call(OversightRpc.recommendations, { recommendationId: rec.recommendationId }, orgAdmin);
        return page.items[0]?.status === 'OVERDUE' ? page.items[0] : undefined;
      }, 'the recommendation to fall overdue');
      expect(overdue.overdueAt).not.toBeNull();
      // The organisation reads the findings behind it (G20).
      expect(overdue.findings).toEqual([expect.objectContaining({ findingId, caseId: reviewed, category: 'DEADLINE', severity: 'HIGH' })]);
      await eventually(async () => ((await ledgerEntries({ type: 'oversight.recommendation.overdue', refs: rec.recommendationId })).length === 1 ? true : undefined), 'the overdue event on the ledger');

      const otherAdmin: Actor = { id: 'admin-x', role: 'ORG_ADMIN', organisationId: 'centre-hcm' };
      expect((await failure(call(OversightRpc.respondToRecommendation, { recommendationId: rec.recommendationId, text: 'not ours' }, otherAdmin))).code).toBe('RECOMMENDATION_NOT_FOUND');
      expect((await call(OversightRpc.recommendations, { recommendationId: rec.recommendationId }, otherAdmin)).items).toEqual([]);
      // Counted on the same filter as the list, within the reader's organisation.
      expect((await call(OversightRpc.recommendations, { organisationId: 'bar-hcm', withTotalCount: true }, orgAdmin)).totalCount).toBe(1);
      expect((await call(OversightRpc.recommendations, { organisationId: 'bar-hcm', withTotalCount: true }, otherAdmin)).totalCount).toBe(0);
      expect((await call(OversightRpc.recommendations, { withTotalCount: true }, otherAdmin)).totalCount).toBe(0);
      const answered = await call(OversightRpc.respondToRecommendation, { recommendationId: rec.recommendationId, text: 'Đã chấn chỉnh' }, orgAdmin);
      expect(answered).toMatchObject({ status: 'RESPONDED', response: { late: true, respondedBy: 'admin-bar' } });
      expect((await failure(call(OversightRpc.respondToRecommendation, { recommendationId: rec.recommendationId, text: 'again' }, orgAdmin))).code).toBe('ILLEGAL_TRANSITION');

      const types = (await ledgerEntries({ refs: planId })).map((e) => e.type);
      await eventually(async () => {
        const t = (await ledgerEntries({ refs: planId })).map((e) => e.type);
        return ['oversight.plan.created', 'oversight.plan.sample-drawn', 'oversight.plan.finding-recorded', 'oversight.recommendation.issued', 'oversight.recommendation.overdue', 'oversight.recommendation.responded'].every((x) => t.includes(x)) ? t : undefined;
      }, `the whole path on the ledger (had ${types.join(', ')})`);
    });

    it('follows a recommendation up: reissues it when overdue, reopens a wanting answer, accepts the last (G21)', async () => {
      const today = new Date(Date.now() + 7 * 3600_000).toISOString().slice(0, 10);
      const plan = await call(OversightRpc.createSupervisionPlan, { title: 'Theo dõi kiến nghị', periodFrom: today, periodTo: today, provinceCodes: ['79'], organisationIds: [] });
      const sampled = await call(OversightRpc.drawSupervisionSample, { planId: plan.planId, size: 1, seed: 'follow-up' });
      const { findingId } = await call(OversightRpc.recordFinding, { planId: plan.planId, caseId: sampled.sample!.caseIds[0], category: 'RECORDS', severity: 'MEDIUM', note: 'Hồ sơ thiếu biên bản' });
      const rec = await call(OversightRpc.issueRecommendation, { planId: plan.planId, organisationId: 'bar-hcm', findingIds: [findingId], text: 'Bổ sung biên bản', responseDueAt: new Date(Date.now() + 1500).toISOString() });
      const orgAdmin: Actor = { id: 'admin-bar', role: 'ORG_ADMIN', organisationId: 'bar-hcm' };
      const id = rec.recommendationId;
      const overdue = await eventually(async () => {
        const page = await call(OversightRpc.recommendations, { recommendationId: id });
        return page.items[0]?.status === 'OVERDUE' ? page.items[0] : undefined;
      }, 'the recommendation to fall overdue');

      // Only what the status allows, only supervisors, and a deadline exactly when asking again.
      expect((await failure(call(OversightRpc.followUpRecommendation, { recommendationId: id, action: 'REOPEN', note: 'x', responseWorkingDays: 5 }))).code).toBe('ILLEGAL_TRANSITION');
      expect((await failure(call(OversightRpc.followUpRecommendation, { recommendationId: id, action: 'ACCEPT', note: 'x' }))).code).toBe('ILLEGAL_TRANSITION');
      expect((await failure(call(OversightRpc.followUpRecommendation, { recommendationId: id, action: 'REISSUE', note: 'x' }))).code).toBe('VALIDATION_FAILED');
      expect((await failure(call(OversightRpc.followUpRecommendation, { recommendationId: id, action: 'ACCEPT', note: 'x', responseWorkingDays: 5 }))).code).toBe('VALIDATION_FAILED');
      expect((await failure(call(OversightRpc.followUpRecommendation, { recommendationId: id, action: 'REISSUE', note: 'x', responseWorkingDays: 5 }, orgAdmin))).code).toBe('FORBIDDEN');
      expect((await failure(call(OversightRpc.followUpRecommendation, { recommendationId: newId(), action: 'REISSUE', note: 'x', responseWorkingDays: 5 }))).code).toBe('RECOMMENDATION_NOT_FOUND');
      expect((await failure(call(OversightRpc.followUpRecommendation, { recommendationId: id, action: 'REISSUE', note: 'x', responseWorkingDays: 5, expectedVersion: overdue.version + 7 }))).code).toBe('CONFLICT');

      const before = Date.now();
      const reissued = await call(OversightRpc.followUpRecommendation, { recommendationId: id, action: 'REISSUE', note: 'Chưa trả lời; ban hành lại', responseWorkingDays: 5, expectedVersion: overdue.version });
      expect(reissued).toMatchObject({ status: 'ISSUED', overdueAt: null, response: null });
      // Five working days are at least five calendar days, and at most nine (a weekend and a holiday or two).
      expect(Date.parse(reissued.responseDueAt) - before).toBeGreaterThanOrEqual(5 * 86_400_000 - 3_600_000 * 24);
      expect(reissued.followUps).toEqual([expect.objectContaining({ action: 'REISSUE', by: supervisor.id, previousOverdueAt: overdue.overdueAt, previousResponseDueAt: overdue.responseDueAt, previousResponse: null })]);

      const first = await call(OversightRpc.respondToRecommendation, { recommendationId: id, text: 'Sẽ bổ sung' }, orgAdmin);
      expect(first).toMatchObject({ status: 'RESPONDED', response: { late: false } });
      const reopened = await call(OversightRpc.followUpRecommendation, { recommendationId: id, action: 'REOPEN', note: 'Chưa nêu thời hạn; liên hệ ông Nguyễn Văn Hùng 0912345678', responseWorkingDays: 3 });
      expect(reopened).toMatchObject({ status: 'ISSUED', response: null });
      expect(reopened.followUps[1]).toMatchObject({ action: 'REOPEN', previousResponse: { text: 'Sẽ bổ sung', late: false } });
      // The supervisor's note is masked like every free text oversight keeps.
      expect(reopened.followUps[1].note).not.toContain('0912345678');
      expect(reopened.followUps[1].note).not.toContain('Hùng');

      await call(OversightRpc.respondToRecommendation, { recommendationId: id, text: 'Bổ sung trong 10 ngày' }, orgAdmin);
      const accepted = await call(OversightRpc.followUpRecommendation, { recommendationId: id, action: 'ACCEPT', note: 'Đồng ý' });
      expect(accepted).toMatchObject({ status: 'ACCEPTED', response: { text: 'Bổ sung trong 10 ngày' } });
      expect(accepted.followUps.map((f) => f.action)).toEqual(['REISSUE', 'REOPEN', 'ACCEPT']);
      expect((await failure(call(OversightRpc.respondToRecommendation, { recommendationId: id, text: 'again' }, orgAdmin))).code).toBe('ILLEGAL_TRANSITION');
      expect((await failure(call(OversightRpc.followUpRecommendation, { recommendationId: id, action: 'ACCEPT', note: 'again' }))).code).toBe('ILLEGAL_TRANSITION');
      expect((await call(OversightRpc.recommendations, { status: 'ACCEPTED', withTotalCount: true }, orgAdmin)).items.map((r) => r.recommendationId)).toEqual([id]);

      // Each follow-up is on the ledger, pseudonymised like every event.
      const followed = await eventually(async () => {
        const entries = await ledgerEntries({ type: 'oversight.recommendation.followed-up', refs: id });
        return entries.length === 3 ? entries : undefined;
      }, 'three follow-ups on the ledger');
      expect(followed.map((e) => (e.payload as { action: string }).action)).toEqual(['REISSUE', 'REOPEN', 'ACCEPT']);
      expect(JSON.stringify(followed)).not.toContain('0912345678');
    });

    it('refuses supervision commands from other roles and bad input', async () => {
      expect((await failure(call(OversightRpc.createSupervisionPlan, { title: 'x', periodFrom: '2025-01-01', periodTo: '2025-01-31' }, staff))).code).toBe('FORBIDDEN');
      const bad = await failure(call(OversightRpc.createSupervisionPlan, { title: 'x', periodFrom: '2025-02-01', periodTo: '2025-01-01' }));
      expect(bad.code).toBe('VALIDATION_FAILED');
      expect((await failure(call(OversightRpc.drawSupervisionSample, { planId: newId(), size: 3 }))).code).toBe('PLAN_NOT_FOUND');
      const both = await failure(call(OversightRpc.issueRecommendation, { planId: newId(), organisationId: 'o', findingIds: [newId()], text: 't', responseWorkingDays: 5, responseDueAt: new Date().toISOString() }));
      expect(both.code).toBe('VALIDATION_FAILED');
    });
  });

  describe('statistics', () => {
    it('counts a redelivered event once and suppresses small cells in what anyone reads', async () => {
      const from = new Date('2024-06-01T00:00:00+07:00');
      const at = new Date('2024-06-10T09:00:00+07:00');
      const events: Envelope[] = [];
      const plan: [string, number][] = [['79', 6], ['74', 5], ['75', 2]];
      let person = 500;
      for (const [province, people] of plan) {
        for (let i = 0; i < people; i++) {
          const id = newId();
          events.push(received(id, person, province, at), accepted(id, person, province, new Date(at.getTime() + 3600_000)));
          person++;
        }
      }
      await publish(...events);
      await redeliver(events[0]);
      await redeliver(events[1]);
      const input = { period: '2024-06', groupBy: 'PROVINCE' as const };
      const stats = await eventually(async () => {
        const s = await call(OversightRpc.statistics, input, citizen);
        return s.total.requests === 13 && s.total.accepted === 13 ? s : undefined;
      }, 'statistics to include the fixture');
      await new Promise((r) => setTimeout(r, 800));
      const again = await call(OversightRpc.statistics, input, citizen);
      expect(again.total).toMatchObject({ people: 13, requests: 13, accepted: 13 });
      expect(stats.rows.map((r) => [r.key, r.suppressed, r.requests])).toEqual([
        ['74', true, null],
        ['75', true, null],
        ['79', false, 6],
      ]);
      // Only fixed calendar periods: an arbitrary window (which could isolate one person by overlapping another) is refused.
      const window = await failure(call(OversightRpc.statistics, { from: from.toISOString(), to: new Date('2024-06-11T00:00:00+07:00').toISOString(), groupBy: 'PROVINCE' } as never));
      expect(window.code).toBe('VALIDATION_FAILED');
      expect(JSON.stringify(window)).toMatch(/period/);
      expect((await failure(call(OversightRpc.statistics, { ...input, period: '2024-06-10' }))).details).toEqual([expect.objectContaining({ path: 'period', message: expect.stringMatching(/fixed calendar periods only/) })]);
      // The quarter and the year hold the same people and are suppressed the same way.
      const quarter = await call(OversightRpc.statistics, { ...input, period: '2024-Q2' }, citizen);
      expect(quarter.rows.map((r) => [r.key, r.suppressed, r.requests])).toEqual(stats.rows.map((r) => [r.key, r.suppressed, r.requests]));
      expect(quarter).toMatchObject({ period: '2024-Q2', from: '2024-03-31T17:00:00.000Z', to: '2024-06-30T17:00:00.000Z' });
    });
  });

  it('holds no personal data in any of its records', async () => {
    const names = ['Trần Văn Bình', 'Nguyễn Thị Hoa', '0912345678', 'Lê Lợi', '2.000.000', 'Bến Nghé', 'bà Lan'];
    const collections = await db.db!.listCollections().toArray();
    let scanned = 0;
    for (const c of collections) {
      const docs = await db.collection(c.name).find({}).toArray();
      scanned += docs.length;
      const text = JSON.stringify(docs);
      for (const n of names) expect({ collection: c.name, found: text.includes(n) ? n : null }).toEqual({ collection: c.name, found: null });
    }
    expect(scanned).toBeGreaterThan(20);
  });
});
