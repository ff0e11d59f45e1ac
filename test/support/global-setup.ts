/**
 * Starts the real servers the tests need: one NATS (JetStream) and one
 * MongoDB-protocol database per jest worker (at most two), each with a
 * temporary data folder. A server that cannot be had fails the run with a
 * message that says how to fix it; no test is skipped.
 */
import { randomBytes } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startMongo, startNats, type RunningServer } from '../../infra/dist/runtime/servers.js';
import { authorizationForSeeds, createNatsUser, createNetworkSeeds } from '../../infra/dist/bus/nats-permissions.js';

const WORKERS = 2;

export default async function globalSetup(): Promise<void> {
  // NATS as in production: every identity of the network with its own NKey and the permission table; the
  // tests' own connections use a harness user with every permission.
  const seeds = createNetworkSeeds();
  const harness = createNatsUser();
  const natsConfig = authorizationForSeeds(seeds, [{ nkey: harness.publicKey }]);
  process.env.LEGALAID_TEST_NATS_SEEDS = JSON.stringify(seeds);
  process.env.LEGALAID_TEST_NATS_CONFIG = natsConfig;
  process.env.NATS_NKEY_SEED = harness.seed;
  const started: RunningServer[] = [];
  const sets: { natsUrl: string; mongoUrl: string; dataDir: string; postgresUrl?: string }[] = [];
  try {
    for (let i = 0; i < WORKERS; i++) {
      const dataDir = mkdtempSync(join(tmpdir(), `legalaid-test-${i + 1}-`));
      const nats = await startNats({ dataDir, config: natsConfig });
      started.push(nats);
      const mongo = process.env.MONGO_URL
        ? { url: process.env.MONGO_URL, kind: 'configured' as const, stop: async () => undefined }
        : await startMongo({ dataDir });
      started.push(mongo);
      sets.push({ natsUrl: nats.url, mongoUrl: mongo.url, dataDir, postgresUrl: 'postgresUrl' in mongo ? mongo.postgresUrl : undefined });
    }
  } catch (err) {
    await Promise.all(started.map((s) => s.stop()));
    throw new Error(`Test servers could not be started.\n${(err as Error).message}\nSee README.md, "How tests find their servers".`);
  }
  process.env.LEGALAID_TEST_SERVERS = JSON.stringify(sets);
  // The key the gateway, operator tools and tests sign requests to services with (fresh per run).
  process.env.RPC_SIGNING_KEY ??= randomBytes(32).toString('base64');
  (globalThis as Record<string, unknown>).__legalaidServers = started;
}
