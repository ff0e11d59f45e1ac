import mongoose, { type Connection } from 'mongoose';
import { metrics } from '../metrics.js';

/**
 * One MongoDB connection per service (each service owns its database).
 * Commands fail fast when the database is away (no buffering, ~2 s server
 * selection) so the gateway answers SERVICE_UNAVAILABLE instead of hanging.
 */
export async function connectMongo(url: string, dbName: string, options: { maxPoolSize?: number } = {}): Promise<Connection> {
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
  await conn.asPromise();
  return conn;
}

/** Creates the declared indexes of every model on the connection. */
export async function ensureIndexes(conn: Connection): Promise<void> {
  for (const model of Object.values(conn.models)) {
    await model.createIndexes();
  }
}

/** Duplicate-key error (E11000), as both mongod and FerretDB report it. */
export function isDuplicateKey(err: unknown): boolean {
  return typeof err === 'object' && err !== null && (err as { code?: number }).code === 11000;
}
