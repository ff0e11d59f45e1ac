import { appendFileSync } from 'node:fs';
import mongoose, { type Connection } from 'mongoose';
import { metrics } from '../metrics.js';

/**
 * One MongoDB connection per service (each service owns its database).
 * Commands fail fast when the database is away (no buffering, ~2 s server
 * selection) so the gateway answers SERVICE_UNAVAILABLE instead of hanging.
 */
export async function connectMongo(url: string, dbName: string, options: { maxPoolSize?: number; traceFile?: string } = {}): Promise<Connection> {
  const conn = mongoose.createConnection(url, {
    dbName,
    bufferCommands: false,
    autoIndex: false,
    serverSelectionTimeoutMS: 2000,
    connectTimeoutMS: 2000,
    socketTimeoutMS: 20000,
    // One connection by default: FerretDB v1 (SQLite) applies concurrent updates to one document
    // from different connections without isolation, so a conditional update (version, lease)
    // can match a state another connection is replacing and one write is lost (measured: 34 to
    // 58 lost of 60 racing pairs with a pool of 20, none with 1). Requests on one connection run
    // one after another. Raise it only on mongod.
    maxPoolSize: options.maxPoolSize ?? 1,
    monitorCommands: true,
  });
  // Commands by name at /metrics: operators see the write load; benchmarks count writes per request.
  conn.getClient().on('commandStarted', (e: { commandName: string }) => metrics.dbCommands.inc({ command: e.commandName }));
  if (options.traceFile) traceCommands(conn, options.traceFile);
  await conn.asPromise();
  await detectServer(conn);
  return conn;
}

const serverOf = new WeakMap<Connection, 'mongod' | 'ferretdb'>();

/**
 * Learns whether the server is mongod or FerretDB (its `buildInfo` carries
 * `ferretdbVersion`). FerretDB v1 (SQLite) hands SQLite only a filter that
 * is exactly `{_id: <value>}`, which SQLite answers by scanning the table
 * and extracting `_id` from each row's JSON (about 3 µs a row: the index
 * FerretDB creates is on a differently written expression, so the planner
 * never uses it). Any other filter, even `{_id, version}`, makes FerretDB
 * read and decode every document itself, about ten times slower (measured:
 * 135 ms per update of a referral at 50 documents).
 */
export async function detectServer(conn: Connection): Promise<void> {
  const info = await conn.db!.admin().command({ buildInfo: 1 });
  serverOf.set(conn, info.ferretdbVersion === undefined ? 'mongod' : 'ferretdb');
}

/**
 * Whether a filter with fields besides `_id` is answered from indexes. False
 * (the safe answer: filter by `_id` alone, check the rest after reading) for
 * FerretDB and for a connection not made by `connectMongo`.
 */
export function filtersUseIndexes(conn: Connection): boolean {
  return serverOf.get(conn) === 'mongod';
}

/**
 * Creates the declared indexes of every model on the connection. On FerretDB
 * only the unique ones: it never uses an index to answer a query (even a
 * query by `_id` is a scan of the table, measured with SQLite's query plan),
 * so other indexes would only be extra work on every write; a unique index
 * still guards its constraint.
 */
export async function ensureIndexes(conn: Connection): Promise<void> {
  for (const model of Object.values(conn.models)) {
    if (serverOf.get(conn) !== 'ferretdb') {
      await model.createIndexes();
      continue;
    }
    for (const [fields, options] of model.schema.indexes()) {
      if (options?.unique) await model.collection.createIndex(fields as Record<string, 1 | -1>, options as Record<string, unknown>);
    }
  }
}

/** Duplicate-key error (E11000), as both mongod and FerretDB report it. */
export function isDuplicateKey(err: unknown): boolean {
  return typeof err === 'object' && err !== null && (err as { code?: number }).code === 11000;
}

/**
 * Diagnostics (`MONGO_TRACE_FILE`): appends one JSON line per command with its
 * name, collection, the field names of its filter and sort (never values: no
 * personal data) and its duration, so an operator can find the commands a
 * server answers slowly (`bench/db-trace.mjs` sums them by shape).
 */
function traceCommands(conn: Connection, file: string): void {
  const started = new Map<number, { t: number; line: Record<string, unknown> }>();
  const keys = (o: unknown) => (o && typeof o === 'object' ? Object.keys(o).join(',') : '');
  conn.getClient().on('commandStarted', (e: { requestId: number; commandName: string; databaseName: string; command: Record<string, any> }) => {
    const c = e.command;
    const filter = e.commandName === 'update' ? c.updates?.[0]?.q : e.commandName === 'delete' ? c.deletes?.[0]?.q : (c.filter ?? c.query);
    const coll = typeof c[e.commandName] === 'string' ? c[e.commandName] : '';
    started.set(e.requestId, { t: Date.now(), line: { pid: process.pid, db: e.databaseName, cmd: e.commandName, coll, filter: keys(filter), sort: keys(c.sort) } });
  });
  const done = (e: { requestId: number }) => {
    const s = started.get(e.requestId);
    if (!s) return;
    started.delete(e.requestId);
    appendFileSync(file, JSON.stringify({ ...s.line, at: s.t, ms: Date.now() - s.t }) + '\n');
  };
  conn.getClient().on('commandSucceeded', done);
  conn.getClient().on('commandFailed', done);
}
