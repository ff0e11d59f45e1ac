import { describe, expect, it } from '@jest/globals';
import { spawnProcess } from '../infra/dist/runtime/network.js';
import { testNatsSeed, testServers } from './support/servers.js';

/** A process with a bad configuration value stops at once with a message naming the variable. */
describe('service configuration', () => {
  it.each([
    ['matching', { NATS_URL: 'nats://127.0.0.1:4222', MONGO_URL: 'mysql://db' }, /MONGO_URL: must be a mongodb:\/\/ URL/],
    ['matching', { MONGO_URL: 'mongodb://127.0.0.1:1' }, /NATS_URL: /],
    ['matching', { NATS_URL: 'nats://127.0.0.1:4222', MONGO_URL: 'mongodb://127.0.0.1:1', RPC_SIGNING_KEY: 'too-short' }, /RPC_SIGNING_KEY: must be base64 of at least 32 random bytes/],
    ['intake', { NATS_URL: 'nats://127.0.0.1:4222', MONGO_URL: 'mongodb://127.0.0.1:1', INTAKE_DATA_KEYS: 'k1:short', INTAKE_ACTIVE_KEY_ID: 'k1', INTAKE_INDEX_KEY: 'AAAA' }, /INTAKE_DATA_KEYS: must be keyId:base64-of-32-bytes[\s\S]*INTAKE_INDEX_KEY/],
    ['gateway', { NATS_URL: 'nats://127.0.0.1:4222', JWT_SECRET: 'short' }, /JWT_SECRET: must be at least 32 characters/],
  ] as const)('%s exits with code 2 and names the variable', async (name, env, message) => {
    const p = spawnProcess(name, { ...env, HEALTH_PORT: '0' } as Record<string, string>, { telemetry: false });
    const code = await new Promise<number | null>((resolve) => p.child.once('exit', (c) => resolve(c)));
    expect(code).toBe(2);
    expect(p.lines.join('\n')).toMatch(message);
  });

  it('a service whose database is unreachable fails to start with a clear error instead of hanging', async () => {
    const p = spawnProcess('matching', { NATS_URL: testServers().natsUrl, NATS_NKEY_SEED: testNatsSeed('matching'), MONGO_URL: 'mongodb://127.0.0.1:1', HEALTH_PORT: '0', RPC_SIGNING_KEY: process.env.RPC_SIGNING_KEY! }, { telemetry: false });
    const code = await new Promise<number | null>((resolve) => p.child.once('exit', (c) => resolve(c)));
    expect(code).toBe(1);
    expect(p.lines.join('\n')).toMatch(/matching failed to start: .*(ECONNREFUSED|connect)/);
  });
});
