import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { type NatsConnection } from '@nats-io/transport-node';
import { jetstream } from '@nats-io/jetstream';
import mongoose from 'mongoose';
import {
  createEvent,
  IntakeRequestAccepted,
  IntakeRpc,
  MatchingOfferConflictCleared,
  MatchingOfferDeclined,
  MatchingOfferMade,
  MatchingReferralAssigned,
  newId,
  streamNameOf,
  systemActor,
  type Actor,
  type EventDefinition,
  type InputOf,
  type RpcDefinition,
} from '@legalaid/contracts';
import { RpcClient, connectNats } from '@legalaid/infra';
import { eventsOn } from '../../../test/support/events.js';
import { eventually, startNetwork, type TestNetwork } from '../../../test/support/network.js';
import { resetStreams, testServers } from '../../../test/support/servers.js';

/**
 * The brief staff write at acceptance for the lawyers (G2), on the real intake
 * process: sealed with the personal data (never in the acceptance event, never
 * readable in the database), read by a provider only while the matter is
 * offered to them and no possible conflict awaits their answer, and by the
 * assigned provider; every read logged. Matching's offer events are published
 * on the real stream, as matching would.
 */
const staff: Actor = { id: 'staff-b1', role: 'CENTRE_STAFF', organisationId: 'centre-brief' };
const lawyer = (n: number): Actor => ({ id: `lawyer-b${n}`, role: 'LAWYER', providerId: `prov-b${n}` });
const BRIEF = 'Tranh chấp ranh giới đất với hộ liền kề; đã hòa giải ở cơ sở không thành; phiên hòa giải tại tòa dự kiến trong tháng tới.';

describe('intake: the brief for the lawyers offered a matter', () => {
  let net: TestNetwork;
  let nc: NatsConnection;
  let rpc: RpcClient;
  let db: mongoose.Connection;
  let requestId: string;
  let applicantRef: string;
  const call = <D extends RpcDefinition>(def: D, input: unknown, actor: Actor = staff) => rpc.call(def, input as never, { actor, correlationId: `b-${newId()}` });
  const code = async (p: Promise<unknown>) => {
    try {
      await p;
    } catch (err) {
      return (err as { code: string }).code;
    }
    return 'ANSWERED';
  };
  const offerRef = (n: number) => ({ referralId: `ref-${requestId}`, offerId: `offer-b${n}`, requestId, centreId: 'centre-brief', providerId: `prov-b${n}`, organisationId: 'bar-b' });
  async function publish<D extends EventDefinition>(def: D, data: unknown): Promise<void> {
    const e = createEvent(def, data as never, { actor: systemActor('matching'), correlationId: `corr-${newId()}` });
    await jetstream(nc).publish(def.subject, JSON.stringify(e), { msgID: e.id });
  }
  const offerMade = (n: number, conflictCheck: 'PENDING' | null) =>
    publish(MatchingOfferMade, {
      ...offerRef(n), fieldOfLaw: 'LAND', aidForm: 'PROCEEDINGS', urgent: false, round: 1, attempt: n,
      offeredAt: new Date().toISOString(), expiresAt: new Date(Date.now() + 3_600_000).toISOString(), conflictCheck,
    });
  /** What intake has applied of the offers, read from its own database (the test waits on it, never on time). */
  const sightOf = async (offerId: string) =>
    ((await db.collection('requests').findOne({ _id: requestId as never }))?.offers as { offerId: string; open: boolean; conflictPending: boolean }[] | undefined)?.find((o) => o.offerId === offerId);

  beforeAll(async () => {
    const { natsUrl, mongoUrl } = testServers();
    await resetStreams(natsUrl);
    nc = await connectNats({ servers: natsUrl, name: 'offer-brief-test' });
    rpc = RpcClient.fromConnection(nc, 8000);
    net = await startNetwork({ label: 'intake_brief', services: ['intake'] });
    db = await mongoose.createConnection(mongoUrl, { dbName: net.env.intake.MONGO_DB, bufferCommands: false }).asPromise();
    const submitted = await call(IntakeRpc.submit, {
      channel: 'WALK_IN',
      centreId: 'centre-brief',
      applicant: { fullName: 'Lò Thị Mai', idNumber: '079300111222', phone: '0912340099', address: { provinceCode: '79', communeCode: '26737' } },
      fieldOfLaw: 'LAND',
      aidForm: 'PROCEEDINGS',
      summary: 'Hàng xóm là ông Đỗ Văn Tám lấn đất',
      consent: { purposes: ['LEGAL_AID_PROCESSING', 'REFERRAL_TO_PROVIDER'], givenBy: 'APPLICANT', method: 'WRITTEN' },
    } as unknown as InputOf<typeof IntakeRpc.submit>);
    requestId = submitted.requestId;
    applicantRef = (await call(IntakeRpc.get, { requestId })).applicantRef;
  }, 60000);

  afterAll(async () => {
    await db?.close();
    await net?.stopAll();
    await nc?.drain();
  });

  it('keeps the brief sealed: not in the acceptance event, not in the database in clear', async () => {
    expect(await code(call(IntakeRpc.accept, { requestId, eligibilityGroup: 'POOR_HOUSEHOLD', evidence: ['POOR_HOUSEHOLD_CERTIFICATE', 'IDENTITY_DOCUMENT'], brief: 'x'.repeat(1001) }))).toBe('VALIDATION_FAILED');
    await call(IntakeRpc.accept, { requestId, eligibilityGroup: 'POOR_HOUSEHOLD', evidence: ['POOR_HOUSEHOLD_CERTIFICATE', 'IDENTITY_DOCUMENT'], brief: BRIEF });
    const accepted = await eventually(
      async () => (await eventsOn(testServers().natsUrl, IntakeRequestAccepted.subject, streamNameOf('intake'))).find((e) => e.data.requestId === requestId),
      15000,
      'the acceptance event',
    );
    expect(JSON.stringify(accepted)).not.toContain('ranh giới');
    const stored = JSON.stringify(await db.collection('requests').findOne({ _id: requestId as never }));
    expect(stored).not.toContain('ranh giới');
    expect(stored).toContain('"hasBrief":true');
    // The centre reads it back (logged like any free text).
    expect(await call(IntakeRpc.offerBrief, { requestId })).toEqual({ requestId, brief: BRIEF });
  });

  it('lets a provider read it while the matter is offered to them, not before and not after', async () => {
    expect(await code(call(IntakeRpc.offerBrief, { requestId }, lawyer(1)))).toBe('REQUEST_NOT_FOUND');
    await offerMade(1, null);
    expect(await eventually(async () => (await code(call(IntakeRpc.offerBrief, { requestId }, lawyer(1)))) === 'ANSWERED' || undefined, 15000, 'the offer to reach intake')).toBe(true);
    expect(await call(IntakeRpc.offerBrief, { requestId }, lawyer(1))).toEqual({ requestId, brief: BRIEF });
    // Another provider, offered nothing, learns nothing.
    expect(await code(call(IntakeRpc.offerBrief, { requestId }, lawyer(9)))).toBe('REQUEST_NOT_FOUND');
    await publish(MatchingOfferDeclined, { ...offerRef(1), reason: 'CAPACITY', declinedAt: new Date().toISOString() });
    await eventually(async () => ((await sightOf('offer-b1'))?.open === false ? true : undefined), 15000, 'the decline to reach intake');
    expect(await code(call(IntakeRpc.offerBrief, { requestId }, lawyer(1)))).toBe('REQUEST_NOT_FOUND');
  });

  it('withholds it while a possible conflict awaits the provider’s answer, and shows it once cleared', async () => {
    await offerMade(2, 'PENDING');
    await eventually(async () => ((await sightOf('offer-b2'))?.conflictPending === true ? true : undefined), 15000, 'the offer to reach intake');
    expect(await code(call(IntakeRpc.offerBrief, { requestId }, lawyer(2)))).toBe('REQUEST_NOT_FOUND');
    await publish(MatchingOfferConflictCleared, { ...offerRef(2), clearedAt: new Date().toISOString() });
    const read = await eventually(async () => call(IntakeRpc.offerBrief, { requestId }, lawyer(2)).catch(() => undefined), 15000, 'the clearance to reach intake');
    expect(read.brief).toBe(BRIEF);
  });

  it('stays readable for the assigned provider, and every read is in the access log', async () => {
    await publish(MatchingReferralAssigned, {
      referralId: `ref-${requestId}`, requestId, applicantRef, providerId: 'prov-b2', organisationId: 'bar-b', centreId: 'centre-brief', fieldOfLaw: 'LAND', aidForm: 'PROCEEDINGS',
      opposingPartyHashes: [], urgent: false, via: 'OFFER_ACCEPTED', round: 1, previousProviderId: null, assignedAt: new Date().toISOString(),
    });
    await publish(MatchingOfferDeclined, { ...offerRef(2), reason: 'OTHER', declinedAt: new Date().toISOString() });
    await eventually(async () => ((await sightOf('offer-b2'))?.open === false ? true : undefined), 15000, 'the offer to close');
    expect(await call(IntakeRpc.offerBrief, { requestId }, lawyer(2))).toEqual({ requestId, brief: BRIEF });
    const log = (await call(IntakeRpc.accessLog, { requestId, page: { first: 50 } })).items as { actorId: string; purpose: string; fields: string[] }[];
    const briefReads = log.filter((e) => e.fields.includes('brief'));
    expect(new Set(briefReads.map((e) => e.actorId))).toEqual(new Set([staff.id, 'lawyer-b1', 'lawyer-b2']));
    expect(briefReads.every((e) => e.purpose === 'CASE_HANDLING' && e.fields.length === 1)).toBe(true);
  });

  it('answers null where staff wrote no brief, and logs nothing for it', async () => {
    const { requestId: other } = await call(IntakeRpc.submit, {
      channel: 'WALK_IN', centreId: 'centre-brief', applicant: { fullName: 'Người Khác', phone: '0912340098', address: { provinceCode: '79' } },
      fieldOfLaw: 'CIVIL', aidForm: 'ADVICE', summary: 'Hợp đồng', consent: { purposes: ['LEGAL_AID_PROCESSING'], givenBy: 'APPLICANT', method: 'WRITTEN' },
    });
    await call(IntakeRpc.accept, { requestId: other, eligibilityGroup: 'POOR_HOUSEHOLD', evidence: ['POOR_HOUSEHOLD_CERTIFICATE', 'IDENTITY_DOCUMENT'] });
    expect(await call(IntakeRpc.offerBrief, { requestId: other })).toEqual({ requestId: other, brief: null });
    const log = (await call(IntakeRpc.accessLog, { requestId: other, page: { first: 50 } })).items as { fields: string[] }[];
    expect(log.some((e) => e.fields.includes('brief'))).toBe(false);
  });
});
