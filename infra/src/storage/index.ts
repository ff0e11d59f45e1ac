import type { Connection } from 'mongoose';
import type { StorageEngine } from './engine.js';
import { FerretEngine } from './ferretdb/engine.js';
import { MongoEngine } from './mongodb.js';

export type { StorageEngine, ConditionalWrite } from './engine.js';
export { checkPortableWrite, NonPortableWrite } from './portable-writes.js';

const engines = new WeakMap<Connection, StorageEngine>();

/**
 * Chooses the engine of a connection once, from what the server reports:
 * FerretDB's `buildInfo` carries `ferretdbVersion`.
 */
export async function detectEngine(conn: Connection): Promise<StorageEngine> {
  const info = await conn.db!.admin().command({ buildInfo: 1 });
  const engine = info.ferretdbVersion === undefined ? new MongoEngine() : new FerretEngine();
  engines.set(conn, engine);
  return engine;
}

/**
 * The engine chosen for a connection by `connectMongo`. A connection made
 * otherwise gets the FerretDB engine, which is correct on both servers.
 */
export function engineOf(conn: Connection): StorageEngine {
  let engine = engines.get(conn);
  if (!engine) engines.set(conn, (engine = new FerretEngine()));
  return engine;
}
