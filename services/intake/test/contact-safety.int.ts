import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { type NatsConnection, type Subscription } from '@nats-io/transport-node';
import { IntakeRequestContactSafetyChanged, IntakeRpc, type Actor, type InputOf, type RpcDefinition } from '@legalaid/contracts';
import { RpcClient, connectNats } from '@legalaid/infra';
import { eventually, startNetwork, type TestNetwork } from '../../../test/support/network.js';
import { resetStreams, testServers } from '../../../test/support/servers.js';

/**
 * Safe contact recorded after intake (G11), on the real intake process:
 * the request's centre replaces it, the contact view reads it back, the
 * event says only that it changed, and bad input, another centre or a stale
 * version change nothing.
 */
const staff: Actor = { id: 'staff-s1', role: 'CENTRE_STAFF', organisationId: 'centre-safe' };
const otherStaff: Actor = { id: 'staff-s9', role: 'CENTRE_STAFF', organisationId: 'centre-other' };
const lawyer: Actor = { id: 'lawyer-s1', role: 'LAWYER', providerId: 'prov-s1' };

type SubmitInput = InputOf<typeof IntakeRpc.submit>;
const submission = (contactSafety?: Record<string, unknown>): SubmitInput =>
  ({
    channel: 'HOTLINE',
    centreId: 'centre-safe',
    applicant: { fullName: 'Lê Thị Sen', phone: '0912000111', address: { provinceCode: '79' }, ...(contactSafety ? { contactSafety } : {}) },
    fieldOfLaw: 'MARRIAGE_FAMILY',
    aidForm: 'ADVICE',
    summary: 'Bạo lực gia đình',
    consent: { purposes: ['LEGAL_AID_PROCESSING', 'FEEDBACK_CONTACT'], givenBy: 'APPLICANT', method: 'ORAL_RECORDED' },
  }) as SubmitInput;

const SAFER = { safeToCall: false, safeToSms: false, safeToEmail: true, safeToZalo: false, leaveMessages: false, safeTimes: [{ from: '09:00', to: '10:30' }], note: 'Điện thoại bị chồng kiểm tra' };

describe('intake: safe contact after intake', () => {
  let net: TestNetwork;
  let nc: NatsConnection;
  let rpc: RpcClient;
  let events: Subscription;
  const seen: { data: Record<string, unknown> }[] = [];
  const call = <D extends RpcDefinition>(def: D, input: unknown, actor: Actor = staff) => rpc.call(def, input as never, { actor, correlationId: `s-${Math.random().toString(36).slice(2)}` });
  const failure = async (p: Promise<unknown>) => {
    try {
      await p;
    } catch (err) {
      return err as { code: string; details?: { path: string }[] };
    }
    throw new Error('expected the call to fail');
  };
  const safety = async (requestId: string) => (await call(IntakeRpc.revealContact, { requestId })).contactSafety;

  beforeAll(async () => {
    const { natsUrl } = testServers();
    await resetStreams(natsUrl);
    nc = await connectNats({ servers: natsUrl, name: 'contact-safety-test' });
    rpc = RpcClient.fromConnection(nc, 8000);
    events = nc.subscribe(IntakeRequestContactSafetyChanged.subject, { callback: (_err, msg) => void seen.push(msg.json()) });
    net = await startNetwork({ label: 'intake_safety', services: ['intake'] });
  }, 60000);

  afterAll(async () => {
    events?.unsubscribe();
    await net?.stopAll();
    await nc?.drain();
  });

  it("replaces the record for the request's centre; the contact view reads it back; the event carries no contact data", async () => {
    const s = await call(IntakeRpc.submit, submission({ safeToCall: true, safeToSms: true, leaveMessages: true }));
    expect(await safety(s.requestId)).toEqual({ safeToCall: true, safeToSms: true, safeToEmail: true, safeToZalo: false, leaveMessages: true, safeTimes: [] });
    const r = await call(IntakeRpc.updateContactSafety, { requestId: s.requestId, contactSafety: SAFER, expectedVersion: 1 });
    expect(r).toEqual({ requestId: s.requestId, status: 'RECEIVED', version: 2 });
    expect(await safety(s.requestId)).toEqual(SAFER);
    const event = await eventually(async () => seen.find((e) => e.data.requestId === s.requestId), 15000, 'the contact-safety-changed event');
    expect(Object.keys(event.data).sort()).toEqual(['applicantRef', 'centreId', 'changedAt', 'requestId']);
    expect(JSON.stringify(event)).not.toContain('Điện thoại');
    // The rest of the applicant's record is untouched.
    const full = await call(IntakeRpc.get, { requestId: s.requestId, withPersonalData: true });
    expect(full.applicant).toMatchObject({ fullName: 'Lê Thị Sen', phone: '0912000111' });
  });

  it('refuses another centre, a lawyer, a stale version and bad times, and changes nothing', async () => {
    const s = await call(IntakeRpc.submit, submission());
    expect(await safety(s.requestId)).toBeNull();
    expect((await failure(call(IntakeRpc.updateContactSafety, { requestId: s.requestId, contactSafety: SAFER }, otherStaff))).code).toBe('REQUEST_NOT_FOUND');
    expect((await failure(call(IntakeRpc.updateContactSafety, { requestId: s.requestId, contactSafety: SAFER }, lawyer))).code).toMatch(/^(FORBIDDEN|REQUEST_NOT_FOUND)$/);
    expect((await failure(call(IntakeRpc.updateContactSafety, { requestId: s.requestId, contactSafety: SAFER, expectedVersion: 7 }))).code).toBe('VERSION_CONFLICT');
    const bad = await failure(call(IntakeRpc.updateContactSafety, { requestId: s.requestId, contactSafety: { ...SAFER, safeTimes: [{ from: '25:00', to: '10:00' }] } }));
    expect(bad.code).toBe('VALIDATION_FAILED');
    expect(bad.details?.map((d) => d.path)).toContain('contactSafety.safeTimes.0.from');
    expect(await safety(s.requestId)).toBeNull();
    expect(seen.filter((e) => e.data.requestId === s.requestId)).toEqual([]);
  });
});
