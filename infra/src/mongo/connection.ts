import { appendFileSync } from 'node:fs';
import mongoose, { type Connection } from 'mongoose';
import { metrics } from '../metrics.js';
import { detectEngine } from '../storage/index.js';
import { portableWrites } from '../storage/portable-writes.js';
import { mongoSecurityOptions, type MongoSecurityConfig } from './security.js';

/**
 * One MongoDB connection per service (each service owns its database), as
 * the service's own database user and over TLS when `security` says so.
 * Commands fail fast when the database is away (no buffering, ~2 s server
 * selection) so the gateway answers SERVICE_UNAVAILABLE instead of hanging.
 */
export async function connectMongo(
  url: string,
  dbName: string,
  options: { maxPoolSize?: number; traceFile?: string; security?: MongoSecurityConfig } = {},
): Promise<Connection> {
  const conn = mongoose.createConnection(url, {
    ...(options.security ? mongoSecurityOptions(options.security, url) : {}),
    dbName,
    bufferCommands: false,
    autoIndex: false,
    serverSelectionTimeoutMS: 2000,
    connectTimeoutMS: 2000,
    socketTimeoutMS: 20000,
    // Conditional writes are safe with any pool: on FerretDB, which does not isolate connections,
    // the storage engine takes a version claim (a unique insert) first.
    maxPoolSize: options.maxPoolSize ?? 10,
    monitorCommands: true,
  });
  conn.plugin(portableWrites);
  // Commands by name at /metrics: operators see the write load; benchmarks count writes per request.
  conn.getClient().on('commandStarted', (e: { commandName: string }) => metrics.dbCommands.inc({ command: e.commandName }));
  if (options.traceFile) traceCommands(conn, options.traceFile);
  await conn.asPromise();
  await detectEngine(conn);
  return conn;
}

/**
 * Creates the declared indexes of every model on the connection, secondary
 * and compound ones included: on MongoDB they serve equality, range and
 * sort; on FerretDB with PostgreSQL each gets GIN companions that serve
 * equality (`runtime/postgres.ts`).
 */
export async function ensureIndexes(conn: Connection): Promise<void> {
  for (const model of Object.values(conn.models)) await model.createIndexes();
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
