import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { randomBytes, randomUUID } from 'node:crypto';
import { headers, type NatsConnection } from '@nats-io/transport-node';
import { DEAD_LETTER_RPCS, IntakeRpc, PING_RPCS } from '@legalaid/contracts';
import { connectNats, REQUEST_SIGNATURE_HEADER, RpcClient, signRequest } from '@legalaid/infra';
import { startNetwork, type TestNetwork } from './support/network.js';
import { testServers } from './support/servers.js';

/**
 * Anyone who can publish on NATS could claim to be an administrator in a
 * request's envelope. Services accept only requests signed with the shared
 * key, for that subject and body, recently.
 */
describe('forged requests to services', () => {
  let net: TestNetwork;
  let nc: NatsConnection;
  const admin = { id: 'intruder', role: 'ADMIN' };

  beforeAll(async () => {
    net = await startNetwork({ label: 'forged', services: ['intake'] });
    nc = await connectNats({ servers: testServers().natsUrl, name: 'test-harness' });
  });
  afterAll(async () => {
    await nc?.close();
    await net?.stopAll();
  });

  async function raw(subject: string, data: unknown, signature?: string) {
    const h = headers();
    if (signature) h.set(REQUEST_SIGNATURE_HEADER, signature);
    const reply = await nc.request(subject, JSON.stringify({ pattern: subject, data, id: randomUUID() }), { timeout: 5000, headers: h });
    return (reply.json() as { response: { ok: boolean; error?: { code: string; message: string } } }).response;
  }

  const listBody = { actor: admin, correlationId: 'c-1', input: { limit: 10 } };
  const subject = DEAD_LETTER_RPCS.intake.list.subject;

  it('refuses an unsigned request that claims to be an administrator', async () => {
    expect(await raw(subject, listBody)).toMatchObject({ ok: false, error: { code: 'UNAUTHENTICATED', message: 'request signature missing' } });
  });

  it('refuses a request signed with another key', async () => {
    const sig = signRequest(randomBytes(32), subject, JSON.stringify(listBody));
    expect(await raw(subject, listBody, sig)).toMatchObject({ ok: false, error: { code: 'UNAUTHENTICATED', message: 'request signature invalid' } });
  });

  it('refuses a signed request whose actor was changed afterwards', async () => {
    const key = Buffer.from(process.env.RPC_SIGNING_KEY!, 'base64');
    const asStaff = { ...listBody, actor: { id: 'staff-1', role: 'CENTRE_STAFF', organisationId: 'centre-hcm' } };
    const sig = signRequest(key, subject, JSON.stringify(asStaff));
    expect(await raw(subject, listBody, sig)).toMatchObject({ ok: false, error: { code: 'UNAUTHENTICATED' } });
  });

  it('refuses a replayed signature older than the allowed skew', async () => {
    const key = Buffer.from(process.env.RPC_SIGNING_KEY!, 'base64');
    const sig = signRequest(key, subject, JSON.stringify(listBody), Date.now() - 10 * 60 * 1000);
    expect(await raw(subject, listBody, sig)).toMatchObject({ ok: false, error: { code: 'UNAUTHENTICATED', message: 'request signature expired' } });
  });

  it('answers a properly signed request, and the service is still up after the forgeries', async () => {
    const rpc = await RpcClient.connect({ servers: testServers().natsUrl, name: 'forged-test', timeoutMs: 4000 });
    try {
      expect(await rpc.call(PING_RPCS.intake, {}, { actor: { id: 'gw', role: 'ADMIN' }, correlationId: 'c-2' })).toMatchObject({ service: 'intake' });
      await expect(rpc.call(IntakeRpc.get, { requestId: randomUUID() }, { actor: { id: 's', role: 'CENTRE_STAFF', organisationId: 'centre-hcm' }, correlationId: 'c-3' })).rejects.toMatchObject({
        code: 'REQUEST_NOT_FOUND',
      });
    } finally {
      await rpc.close();
    }
  });
});
