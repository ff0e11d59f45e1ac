import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { jetstreamManager } from '@nats-io/jetstream';
import { connectNats } from '../../infra/src/bus/nats-connection.js';
import type { NatsIdentity } from '../../infra/src/bus/nats-permissions.js';

export interface TestServers {
  natsUrl: string;
  mongoUrl: string;
  dataDir: string;
  /** Set when the database is FerretDB on PostgreSQL: where it stores its data. */
  postgresUrl?: string;
}

/** The NATS and database servers of this jest worker (started by global-setup). */
export function testServers(): TestServers {
  const raw = process.env.LEGALAID_TEST_SERVERS;
  if (!raw) throw new Error('LEGALAID_TEST_SERVERS is not set: run tests through `npm test` (jest globalSetup starts the servers).');
  const sets = JSON.parse(raw) as TestServers[];
  const worker = Number(process.env.JEST_WORKER_ID ?? '1');
  return sets[(worker - 1) % sets.length];
}

/** A database name unique to one test file (and run). */
export function testDbName(label: string): string {
  return `t_${label.replace(/[^A-Za-z0-9]/g, '_').slice(0, 30)}_${randomBytes(4).toString('hex')}`;
}

/** Purges every stream and deletes every consumer, so tests never see each other's messages. */
export async function resetStreams(natsUrl: string): Promise<void> {
  const nc = await connectNats({ servers: natsUrl, name: 'test-reset' });
  try {
    const jsm = await jetstreamManager(nc);
    for await (const info of jsm.streams.list()) {
      for await (const c of jsm.consumers.list(info.config.name)) {
        await jsm.consumers.delete(info.config.name, c.name);
      }
      await jsm.streams.purge(info.config.name);
    }
  } finally {
    await nc.close();
  }
}

/**
 * The NKey seed of one of the network's identities for this run: test
 * servers enforce the same permission table as production (global-setup),
 * so a process started with it can do only what that process may.
 * Test code itself connects as the harness (NATS_NKEY_SEED, every permission).
 */
export function testNatsSeed(identity: NatsIdentity): string {
  const seeds = JSON.parse(process.env.LEGALAID_TEST_NATS_SEEDS ?? '{}') as Record<string, string>;
  const seed = seeds[identity];
  if (!seed) throw new Error(`no NATS seed for ${identity}: run tests through jest (global-setup creates them)`);
  return seed;
}

/** nats-server configuration (the authorization block) for NATS servers a test starts itself. */
export function testNatsConfig(): string {
  const config = process.env.LEGALAID_TEST_NATS_CONFIG;
  if (!config) throw new Error('LEGALAID_TEST_NATS_CONFIG is not set: run tests through jest (global-setup creates it)');
  return config;
}

/** Permission violations the worker's NATS server logged (publish or subscribe refused by the table), by public key. */
export function natsViolations(dataDir = testServers().dataDir): string[] {
  const log = readFileSync(join(dataDir, 'nats', 'nats.log'), 'utf8');
  return log.split('\n').filter((l) => /Violation/.test(l));
}
