import { afterAll, afterEach, beforeAll, describe, expect, it } from '@jest/globals';
import { randomUUID } from 'node:crypto';
import { connect } from '@nats-io/transport-node';
import { Kvm } from '@nats-io/kv';
import { IntakeRpc } from '@legalaid/contracts';
import { IDEMPOTENCY_BUCKET } from '../src/idempotency.js';
import { answer, gql, startTestGateway, token } from './helpers.js';
import { testServers } from '../../test/support/servers.js';
import { eventually } from '../../test/support/network.js';

const WITHDRAW = 'mutation($input: WithdrawLegalAidRequestInput!) { withdrawLegalAidRequest(input: $input) { requestId status version } }';
const REQUEST_ID = '0190a6f1-7a3b-7c2d-8e4f-5a6b7c8d9e0f';

describe('idempotent mutations (Idempotency-Key, JetStream KV shared by replicas)', () => {
  let a: Awaited<ReturnType<typeof startTestGateway>>;
  let b: Awaited<ReturnType<typeof startTestGateway>>;
  let staff: string;
  let other: string;
  let intake: Awaited<ReturnType<typeof answer>> | undefined;
  let version = 0;

  beforeAll(async () => {
    [a, b] = await Promise.all([startTestGateway(), startTestGateway()]);
    staff = await token({ sub: 'staff-1', role: 'CENTRE_STAFF', org: 'centre-1' });
    other = await token({ sub: 'staff-2', role: 'CENTRE_STAFF', org: 'centre-1' });
  });
  afterAll(async () => {
    await Promise.all([a.close(), b.close()]);
  });
  afterEach(async () => {
    await intake?.close();
    intake = undefined;
  });

  const withdrawn = () => ({ ok: true as const, data: { requestId: REQUEST_ID, status: 'WITHDRAWN', version: ++version } });
  const send = (url: string, key: string, reason = 'moved away', bearer = staff) => gql(url, WITHDRAW, { input: { requestId: REQUEST_ID, reason } }, bearer, { 'idempotency-key': key });

  it('runs the first request once; a retry on another replica gets the first outcome, marked as replayed', async () => {
    intake = await answer(IntakeRpc.withdraw, withdrawn);
    const key = randomUUID();
    const first = await send(a.url, key);
    const retry = await send(b.url, key);
    expect(first.status).toBe(200);
    expect(first.data).toEqual({ withdrawLegalAidRequest: { requestId: REQUEST_ID, status: 'WITHDRAWN', version } });
    expect(retry.status).toBe(200);
    expect(retry.data).toEqual(first.data);
    expect((retry as { extensions?: unknown }).extensions).toEqual({ idempotency: { replayed: true } });
    expect(intake.calls).toHaveLength(1);
    // The service got a request id rooted in a UUIDv7, naming the operation and its rank.
    expect(intake.calls[0].requestId).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}\.withdrawRequest\.1$/);
  });

  it('keeps a refused outcome too: the retry gets the same error and the service is not asked again', async () => {
    intake = await answer(IntakeRpc.withdraw, () => ({ ok: false, error: { code: 'ILLEGAL_TRANSITION', message: 'the request is closed' } }));
    const key = randomUUID();
    const first = await send(a.url, key);
    const retry = await send(a.url, key);
    expect(first.errors?.[0].extensions?.code).toBe('CONFLICT');
    const withoutLocations = (r: typeof first) => r.errors?.map(({ message, path, extensions }) => ({ message, path, extensions }));
    expect(withoutLocations(retry)).toEqual(withoutLocations(first));
    expect(intake.calls).toHaveLength(1);
  });

  it('answers IDEMPOTENCY_KEY_REUSED (422) to the same key with other variables, and changes nothing', async () => {
    intake = await answer(IntakeRpc.withdraw, withdrawn);
    const key = randomUUID();
    await send(a.url, key, 'moved away');
    const reused = await send(b.url, key, 'another reason');
    expect(reused.status).toBe(422);
    expect(reused.data ?? null).toBeNull();
    expect(reused.errors?.[0].extensions?.code).toBe('IDEMPOTENCY_KEY_REUSED');
    expect(intake.calls).toHaveLength(1);
  });

  it('scopes keys to the caller: another user with the same key runs their own request', async () => {
    intake = await answer(IntakeRpc.withdraw, withdrawn);
    const key = randomUUID();
    await send(a.url, key, 'moved away', staff);
    const theirs = await send(a.url, key, 'moved away', other);
    expect(theirs.status).toBe(200);
    expect((theirs as { extensions?: unknown }).extensions).toBeUndefined();
    expect(intake.calls).toHaveLength(2);
    expect(intake.calls[0].requestId).not.toBe(intake.calls[1].requestId);
  });

  it('makes a retry sent while the first request runs wait for its outcome', async () => {
    // Replicas with a generous service timeout: the first request must outlive neither it nor the retry's wait.
    const [c, d] = await Promise.all([startTestGateway({ SERVICE_TIMEOUT_MS: '10000' }), startTestGateway({ SERVICE_TIMEOUT_MS: '10000' })]);
    // A slow intake: answers a second after each request.
    const nc = await connect({ servers: testServers().natsUrl });
    let calls = 0;
    nc.subscribe(IntakeRpc.withdraw.subject, {
      callback: (_e, msg) => {
        calls++;
        const packet = msg.json<{ id: string }>();
        setTimeout(() => msg.respond(JSON.stringify({ id: packet.id, response: withdrawn(), isDisposed: true })), 1000);
      },
    });
    await nc.flush();
    try {
      const key = randomUUID();
      const first = send(c.url, key);
      // The retry starts once the first holds the key (it is in the service's hands).
      await eventually(async () => (calls > 0 ? true : undefined), 10000);
      const [one, two] = await Promise.all([first, send(d.url, key)]);
      expect(one.errors).toBeUndefined();
      expect(one.data).toBeTruthy();
      expect(two.data).toEqual(one.data);
      expect(calls).toBe(1);
    } finally {
      await nc.close();
      await Promise.all([c.close(), d.close()]);
    }
  });

  it('after a timeout (SERVICE_UNAVAILABLE: outcome unknown) runs again with the same request id, which the service applies once', async () => {
    let n = 0;
    intake = await answer(IntakeRpc.withdraw, () => (++n === 1 ? 'silence' : withdrawn()));
    const key = randomUUID();
    const first = await send(a.url, key);
    expect(first.errors?.[0].extensions?.code).toBe('SERVICE_UNAVAILABLE');
    const retry = await send(b.url, key);
    expect(retry.data).toEqual({ withdrawLegalAidRequest: { requestId: REQUEST_ID, status: 'WITHDRAWN', version } });
    expect(intake.calls).toHaveLength(2);
    expect(intake.calls[1].requestId).toBe(intake.calls[0].requestId);
    // Now the outcome is known and kept.
    expect((await send(a.url, key)).data).toEqual(retry.data);
    expect(intake.calls).toHaveLength(2);
  });

  it('keeps keys in a JetStream KV bucket with a TTL (IDEMPOTENCY_TTL_MS, default 24 h)', async () => {
    const nc = await connect({ servers: testServers().natsUrl });
    try {
      const status = await (await new Kvm(nc).open(IDEMPOTENCY_BUCKET)).status();
      expect(status.ttl).toBe(24 * 3_600_000);
      expect(a.config.IDEMPOTENCY_TTL_MS).toBe(24 * 3_600_000);
    } finally {
      await nc.close();
    }
  });

  it('refuses a malformed key with 400 and runs nothing; queries ignore the header', async () => {
    intake = await answer(IntakeRpc.withdraw, withdrawn);
    const bad = await send(a.url, 'short');
    expect(bad.status).toBe(400);
    expect(bad.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(intake.calls).toHaveLength(0);
    const q = await gql(a.url, '{ me { id } }', {}, staff, { 'idempotency-key': 'short' });
    expect(q.status).toBe(200);
  });
});
