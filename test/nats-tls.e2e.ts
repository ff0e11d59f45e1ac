import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { connect } from '@nats-io/transport-node';
import { PING_RPCS, systemActor } from '@legalaid/contracts';
import { connectNats, createCertificates, natsTlsBlock, RpcClient, startNats, type Certificates, type RunningServer } from '@legalaid/infra';
import { spawnProcess, type ManagedProcess } from '../infra/dist/runtime/network.js';
import { testDbName, testNatsConfig, testNatsSeed, testServers } from './support/servers.js';

/**
 * TLS on NATS connections: a server with a certificate made here by openssl
 * (and the permission table), a client that checks it against the CA, a
 * service process and the gateway's RPC client honouring NATS_TLS_CA, and
 * refusals for a plain connection and for a client that does not trust the CA.
 */
describe('NATS over TLS', () => {
  let nats: RunningServer;
  let certs: Certificates;
  let dir: string;
  let service: ManagedProcess | undefined;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'legalaid-tls-'));
    certs = createCertificates(join(dir, 'certs'), ['localhost', '127.0.0.1']);
    nats = await startNats({ dataDir: dir, config: `${testNatsConfig()}${natsTlsBlock(certs)}` });
  });
  afterAll(async () => {
    await service?.stop();
    await nats?.stop();
  });

  it('connects with the CA and refuses a plain connection and an untrusted certificate', async () => {
    const nc = await connectNats({ servers: nats.url, name: 'tls-test', security: { NODE_ENV: 'test', NATS_NKEY_SEED: process.env.NATS_NKEY_SEED, NATS_TLS_CA: certs.ca } });
    try {
      expect(nc.info?.tls_required).toBe(true);
      await nc.flush();
    } finally {
      await nc.close();
    }
    // Without the CA, Node's default trust store does not know the test CA.
    await expect(connectNats({ servers: nats.url, name: 'tls-untrusted', security: { NODE_ENV: 'test', NATS_NKEY_SEED: process.env.NATS_NKEY_SEED } })).rejects.toThrow(/certificate|self.signed|TLS/i);
    // A client refusing TLS cannot speak to a server that requires it.
    await expect(connect({ servers: nats.url, tls: null, maxReconnectAttempts: 0, reconnect: false })).rejects.toThrow();
  });

  it('a service started with NATS_TLS_CA answers the gateway over TLS', async () => {
    const { mongoUrl } = testServers();
    service = spawnProcess('matching', {
      NATS_URL: nats.url,
      NATS_NKEY_SEED: testNatsSeed('matching'),
      NATS_TLS_CA: certs.ca,
      MONGO_URL: mongoUrl,
      MONGO_DB: testDbName('tls_matching'),
      RPC_SIGNING_KEY: process.env.RPC_SIGNING_KEY!,
      NODE_ENV: 'test',
      HEALTH_PORT: '0',
    });
    await service.ready;
    const rpc = await RpcClient.connect({
      servers: nats.url,
      name: 'gateway-tls',
      timeoutMs: 5000,
      security: { NODE_ENV: 'test', NATS_NKEY_SEED: testNatsSeed('gateway'), NATS_TLS_CA: certs.ca },
    });
    try {
      await expect(rpc.call(PING_RPCS.matching, {}, { actor: systemActor('tls-test'), correlationId: 'tls' })).resolves.toMatchObject({ service: 'matching' });
    } finally {
      await rpc.close();
    }
  });

  it('in production, refuses to start without TLS towards a NATS server off loopback, or without an NKey', () => {
    const p = spawnProcess('matching', { NATS_URL: 'nats://nats.internal:4222', NATS_NKEY_SEED: testNatsSeed('matching'), MONGO_URL: 'mongodb://127.0.0.1:1', RPC_SIGNING_KEY: process.env.RPC_SIGNING_KEY!, NODE_ENV: 'production' }, { telemetry: false });
    const q = spawnProcess('matching', { NATS_URL: 'nats://127.0.0.1:4222', MONGO_URL: 'mongodb://127.0.0.1:1', RPC_SIGNING_KEY: process.env.RPC_SIGNING_KEY!, NODE_ENV: 'production' }, { telemetry: false });
    const exit = (m: ManagedProcess) => new Promise<number | null>((res) => m.child.once('exit', (c) => res(c)));
    return Promise.all([exit(p), exit(q)]).then(([a, b]) => {
      expect(a).toBe(2);
      expect(p.lines.join('\n')).toMatch(/NATS_TLS_CA: required in production when NATS is not on loopback/);
      expect(b).toBe(2);
      expect(q.lines.join('\n')).toMatch(/NATS_NKEY_SEED: required in production/);
    });
  });
});
