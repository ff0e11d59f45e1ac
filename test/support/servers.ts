import { randomBytes } from 'node:crypto';
import { connect } from '@nats-io/transport-node';
import { jetstreamManager } from '@nats-io/jetstream';

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
  const nc = await connect({ servers: natsUrl });
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
