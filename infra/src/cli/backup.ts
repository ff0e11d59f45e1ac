import { mkdirSync, readdirSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { BSON, MongoClient, type Document } from 'mongodb';
import { headers as natsHeaders, type NatsConnection } from '@nats-io/transport-node';
import { jetstream, jetstreamManager, type StreamConfig } from '@nats-io/jetstream';
import { STREAMS } from '@legalaid/contracts';
import { z } from 'zod';
import { BaseConfigSchema, ConfigError, loadConfig } from '../config.js';
import { connectNats } from '../bus/nats-connection.js';
import { mongoSecurityOptions } from '../mongo/security.js';
import { SERVICES } from '../runtime/network.js';

/**
 * Backup and restore without mongodump or the nats CLI:
 *   npm run backup -- create  --out <dir>
 *   npm run backup -- restore --from <dir>
 * Every collection of each service's database as canonical EJSON (one
 * document per line) with its indexes, and every message of every JetStream
 * stream with its subject and headers (Nats-Msg-Id included) beside the
 * stream's configuration. Restore goes into empty databases and empty
 * streams only, re-creating the indexes and re-publishing the messages in
 * order; services then rebuild their durable consumers and, being
 * idempotent, absorb the events they see again.
 */
const BackupConfigSchema = BaseConfigSchema.extend({
  NATS_URL: z.string().regex(/^(nats|tls):\/\/[^\s]+$/, 'must be a nats:// URL'),
  MONGO_URL: z.string().regex(/^mongodb(\+srv)?:\/\/[^\s]+$/, 'must be a mongodb:// URL'),
  /** The databases to back up: comma-separated; default each service's own (legalaid_<service>). */
  BACKUP_DATABASES: z
    .string()
    .regex(/^[A-Za-z0-9_-]{1,60}(,[A-Za-z0-9_-]{1,60})*$/, 'must be comma-separated database names')
    .default(SERVICES.map((s) => `legalaid_${s.replace(/-/g, '_')}`).join(',')),
});
type BackupConfig = z.infer<typeof BackupConfigSchema>;

interface StoredMessage {
  seq: number;
  subject: string;
  headers: Record<string, string[]>;
  data: string;
}

async function backupDatabases(config: BackupConfig, out: string): Promise<number> {
  const client = await MongoClient.connect(config.MONGO_URL, { serverSelectionTimeoutMS: 5000, ...mongoSecurityOptions(config, config.MONGO_URL) });
  let documents = 0;
  try {
    for (const dbName of config.BACKUP_DATABASES.split(',')) {
      const db = client.db(dbName);
      const dir = join(out, 'mongo', dbName);
      mkdirSync(dir, { recursive: true });
      for (const { name } of await db.listCollections({}, { nameOnly: true }).toArray()) {
        if (name.startsWith('system.')) continue;
        const lines: string[] = [];
        for await (const doc of db.collection(name).find({}, { sort: { _id: 1 } })) lines.push(BSON.EJSON.stringify(doc, { relaxed: false }));
        writeFileSync(join(dir, `${name}.ejson`), lines.length ? `${lines.join('\n')}\n` : '');
        const indexes = (await db.collection(name).indexes()).filter((i) => i.name !== '_id_');
        writeFileSync(join(dir, `${name}.indexes.json`), JSON.stringify(indexes, null, 2));
        documents += lines.length;
      }
    }
  } finally {
    await client.close();
  }
  return documents;
}

async function backupStreams(nc: NatsConnection, out: string): Promise<number> {
  const jsm = await jetstreamManager(nc);
  const dir = join(out, 'streams');
  mkdirSync(dir, { recursive: true });
  let count = 0;
  for (const { name } of STREAMS) {
    const info = await jsm.streams.info(name).catch(() => null);
    if (!info) continue;
    const lines: string[] = [];
    for (let seq = info.state.first_seq; info.state.messages > 0 && seq <= info.state.last_seq; seq++) {
      // Gaps (deleted messages, such as replayed dead letters) are skipped.
      const m = await jsm.streams.getMessage(name, { seq }).catch(() => null);
      if (!m) continue;
      const headers: Record<string, string[]> = {};
      for (const k of m.header?.keys() ?? []) headers[k] = m.header!.values(k);
      lines.push(JSON.stringify({ seq: m.seq, subject: m.subject, headers, data: Buffer.from(m.data).toString('base64') } satisfies StoredMessage));
    }
    const { name: _n, ...rest } = info.config;
    writeFileSync(join(dir, `${name}.config.json`), JSON.stringify({ name, ...rest }, null, 2));
    writeFileSync(join(dir, `${name}.jsonl`), lines.length ? `${lines.join('\n')}\n` : '');
    count += lines.length;
  }
  return count;
}

async function restoreDatabases(config: BackupConfig, from: string): Promise<number> {
  const client = await MongoClient.connect(config.MONGO_URL, { serverSelectionTimeoutMS: 5000, ...mongoSecurityOptions(config, config.MONGO_URL) });
  let documents = 0;
  try {
    const root = join(from, 'mongo');
    for (const dbName of existsSync(root) ? readdirSync(root) : []) {
      const db = client.db(dbName);
      const existing = (await db.listCollections({}, { nameOnly: true }).toArray()).filter((c) => !c.name.startsWith('system.'));
      for (const c of existing) {
        if ((await db.collection(c.name).estimatedDocumentCount()) > 0) throw new Error(`database ${dbName} is not empty (${c.name}): restore goes into an empty database`);
      }
      for (const file of readdirSync(join(root, dbName)).filter((f) => f.endsWith('.ejson'))) {
        const name = file.slice(0, -'.ejson'.length);
        const docs = readFileSync(join(root, dbName, file), 'utf8')
          .split('\n')
          .filter(Boolean)
          .map((l) => BSON.EJSON.parse(l, { relaxed: false }) as Document);
        await db.createCollection(name).catch(() => undefined);
        for (let i = 0; i < docs.length; i += 500) await db.collection(name).insertMany(docs.slice(i, i + 500), { ordered: true });
        const indexes = JSON.parse(readFileSync(join(root, dbName, `${name}.indexes.json`), 'utf8')) as { key: Document; name: string; unique?: boolean; sparse?: boolean; expireAfterSeconds?: number }[];
        for (const { key, name: indexName, unique, sparse, expireAfterSeconds } of indexes) {
          await db.collection(name).createIndex(key, { name: indexName, ...(unique ? { unique } : {}), ...(sparse ? { sparse } : {}), ...(expireAfterSeconds !== undefined ? { expireAfterSeconds } : {}) });
        }
        documents += docs.length;
      }
    }
  } finally {
    await client.close();
  }
  return documents;
}

async function restoreStreams(nc: NatsConnection, from: string): Promise<number> {
  const jsm = await jetstreamManager(nc);
  const js = jetstream(nc);
  let count = 0;
  for (const { name } of STREAMS) {
    const configFile = join(from, 'streams', `${name}.config.json`);
    if (!existsSync(configFile)) continue;
    const saved = JSON.parse(readFileSync(configFile, 'utf8')) as StreamConfig;
    const info = await jsm.streams.info(name).catch(() => null);
    if (info && info.state.messages > 0) throw new Error(`stream ${name} is not empty: restore goes into an empty server`);
    if (!info) await jsm.streams.add(saved);
    const lines = readFileSync(join(from, 'streams', `${name}.jsonl`), 'utf8').split('\n').filter(Boolean);
    for (const line of lines) {
      const m = JSON.parse(line) as StoredMessage;
      const h = natsHeaders();
      for (const [k, values] of Object.entries(m.headers)) for (const v of values) h.append(k, v);
      // Same subject, headers and Nats-Msg-Id: within the duplicate window a republish by a relay is still dropped.
      await js.publish(m.subject, Buffer.from(m.data, 'base64'), { headers: h });
      count++;
    }
  }
  return count;
}

async function run(): Promise<void> {
  const { values, positionals } = parseArgs({ allowPositionals: true, options: { out: { type: 'string' }, from: { type: 'string' } } });
  const action = positionals[0];
  if (!(action === 'create' && values.out) && !(action === 'restore' && values.from)) {
    process.stderr.write('usage: npm run backup -- create --out <dir> | restore --from <dir>\n');
    process.exit(2);
  }
  const config = loadConfig(BackupConfigSchema);
  const nc = await connectNats({ servers: config.NATS_URL, name: 'backup', security: config });
  try {
    if (action === 'create') {
      const documents = await backupDatabases(config, values.out!);
      const messages = await backupStreams(nc, values.out!);
      writeFileSync(join(values.out!, 'backup.json'), JSON.stringify({ format: 'legalaid.backup/v1', createdAt: new Date().toISOString(), documents, messages }, null, 2));
      process.stdout.write(`backed up ${documents} documents and ${messages} messages to ${values.out}\n`);
    } else {
      const manifest = JSON.parse(readFileSync(join(values.from!, 'backup.json'), 'utf8')) as { format: string };
      if (manifest.format !== 'legalaid.backup/v1') throw new Error(`unknown backup format ${manifest.format}`);
      const documents = await restoreDatabases(config, values.from!);
      const messages = await restoreStreams(nc, values.from!);
      process.stdout.write(`restored ${documents} documents and ${messages} messages from ${values.from}\n`);
    }
  } finally {
    await nc.drain().catch(() => nc.close());
  }
}

run().catch((err: Error) => {
  process.stderr.write(`${err.message}\n`);
  process.exit(err instanceof ConfigError ? 2 : 1);
});
