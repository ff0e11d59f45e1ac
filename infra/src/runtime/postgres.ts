import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { createHash } from 'node:crypto';
import { chownSync, existsSync, mkdirSync, openSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import pg from 'pg';

/**
 * The PostgreSQL that FerretDB stores its data in, prepared so that FerretDB's
 * queries use indexes (see `prepareFerretDatabase`). Either the machine's
 * server (`LEGALAID_PG_URL`, default postgres://postgres@127.0.0.1:5432) when
 * it answers, or a private cluster under the data directory.
 */
export interface PostgresTarget {
  /** URL of the database FerretDB is given (one per data directory). */
  databaseUrl: string;
  kind: 'local-server' | 'private-cluster';
  /** Stops a private cluster (the machine's server is left running). */
  stop(): Promise<void>;
  /** Drops the database (tests: nothing left behind). */
  drop(): Promise<void>;
}

const DEFAULT_SERVER_URL = 'postgres://postgres@127.0.0.1:5432/postgres';

/**
 * FerretDB v1 on PostgreSQL pushes an equality on a top-level field down as
 * `_jsonb -> 'f' @> value`, which the btree indexes FerretDB creates cannot
 * serve. This event trigger gives every btree index FerretDB creates a GIN
 * companion per field (`jsonb_path_ops`, `fastupdate = off`: a pending list
 * made a lookup at 100k documents take 7 ms instead of 1), so `findOne` by
 * `_id` or by an indexed field stays near 1 ms as collections grow instead of
 * scanning (450 ms at 100k documents without).
 */
export const GIN_COMPANION_SQL = `
CREATE OR REPLACE FUNCTION legalaid_gin_companions() RETURNS event_trigger LANGUAGE plpgsql AS $fn$
DECLARE
  r record;
  info record;
  f text;
BEGIN
  FOR r IN SELECT objid FROM pg_event_trigger_ddl_commands() WHERE command_tag = 'CREATE INDEX' LOOP
    SELECT n.nspname AS sch, t.relname AS tbl, am.amname AS am, pg_get_indexdef(r.objid) AS def
      INTO info
      FROM pg_index x
      JOIN pg_class i ON i.oid = x.indexrelid
      JOIN pg_am am ON am.oid = i.relam
      JOIN pg_class t ON t.oid = x.indrelid
      JOIN pg_namespace n ON n.oid = t.relnamespace
     WHERE x.indexrelid = r.objid;
    CONTINUE WHEN info IS NULL OR info.am <> 'btree' OR info.tbl LIKE '\\_ferretdb\\_%';
    FOR f IN SELECT m[1] FROM regexp_matches(info.def, '_jsonb -> ''((?:[^'']|'''')+)''::text', 'g') AS m LOOP
      f := replace(f, '''''', '''');
      EXECUTE format('CREATE INDEX IF NOT EXISTS %I ON %I.%I USING gin ((_jsonb -> %L) jsonb_path_ops) WITH (fastupdate = off)',
        left(info.tbl, 40) || '_' || left(md5(f), 10) || '_gin', info.sch, info.tbl, f);
    END LOOP;
  END LOOP;
END
$fn$;
DROP EVENT TRIGGER IF EXISTS legalaid_gin_companions;
CREATE EVENT TRIGGER legalaid_gin_companions ON ddl_command_end WHEN TAG IN ('CREATE INDEX') EXECUTE FUNCTION legalaid_gin_companions();
`;

/** The database name FerretDB uses for a data directory: the same after a restart. */
export function databaseNameFor(dataDir: string): string {
  return `legalaid_${createHash('sha256').update(resolve(dataDir)).digest('hex').slice(0, 16)}`;
}

function withDatabase(url: string, db: string): string {
  const u = new URL(url);
  u.pathname = `/${db}`;
  return u.toString();
}

async function answers(url: string): Promise<boolean> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 1500 });
  try {
    await client.connect();
    await client.query('SELECT 1');
    return true;
  } catch {
    return false;
  } finally {
    await client.end().catch(() => undefined);
  }
}

async function run(url: string, sql: string | string[]): Promise<void> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 5000 });
  await client.connect();
  try {
    for (const s of Array.isArray(sql) ? sql : [sql]) await client.query(s);
  } finally {
    await client.end().catch(() => undefined);
  }
}

/**
 * Creates the database if it is new and installs what makes FerretDB's
 * queries indexed: the GIN companions trigger, and `plan_cache_mode =
 * force_custom_plan` (FerretDB's cached prepared statements otherwise keep a
 * generic plan that cannot match a GIN index). Idempotent; runs before
 * FerretDB first connects.
 */
export async function prepareFerretDatabase(serverUrl: string, db: string): Promise<string> {
  const quoted = `"${db.replace(/"/g, '""')}"`;
  const client = new pg.Client({ connectionString: serverUrl, connectionTimeoutMillis: 5000 });
  await client.connect();
  try {
    const exists = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [db]);
    if (!exists.rowCount) await client.query(`CREATE DATABASE ${quoted}`);
    await client.query(`ALTER DATABASE ${quoted} SET plan_cache_mode = force_custom_plan`);
  } finally {
    await client.end().catch(() => undefined);
  }
  const databaseUrl = withDatabase(serverUrl, db);
  await run(databaseUrl, GIN_COMPANION_SQL);
  return databaseUrl;
}

/**
 * A login role for one service on FerretDB's database: FerretDB passes a
 * client's PLAIN user and password to PostgreSQL, so each service reaches
 * only the schemas (FerretDB's databases) its role creates and owns.
 * `mayCreate: false` makes the role FerretDB connects as when a client
 * gives no credentials: it may connect and nothing else. Idempotent (the
 * password is set again).
 */
export async function createServiceRole(databaseUrl: string, role: string, password: string, options: { mayCreate: boolean }): Promise<void> {
  if (!/^[a-z_][a-z0-9_]{0,62}$/.test(role)) throw new Error(`not a role name: ${role}`);
  const db = new URL(databaseUrl).pathname.slice(1);
  const quotedDb = `"${db.replace(/"/g, '""')}"`;
  const literal = `'${password.replace(/'/g, "''")}'`;
  const client = new pg.Client({ connectionString: databaseUrl, connectionTimeoutMillis: 5000 });
  await client.connect();
  try {
    const exists = await client.query('SELECT 1 FROM pg_roles WHERE rolname = $1', [role]);
    await client.query(`${exists.rowCount ? 'ALTER' : 'CREATE'} ROLE ${role} LOGIN PASSWORD ${literal}`);
    await client.query(`REVOKE ALL ON DATABASE ${quotedDb} FROM PUBLIC`);
    await client.query(`GRANT CONNECT${options.mayCreate ? ', CREATE' : ''} ON DATABASE ${quotedDb} TO ${role}`);
  } finally {
    await client.end().catch(() => undefined);
  }
}

/** The URL as another PostgreSQL user (no password: FerretDB gets each client's own). */
export function asPostgresUser(databaseUrl: string, role: string): string {
  const u = new URL(databaseUrl);
  u.username = role;
  u.password = '';
  return u.toString();
}

async function dropDatabase(serverUrl: string, db: string): Promise<void> {
  await run(serverUrl, `DROP DATABASE IF EXISTS "${db.replace(/"/g, '""')}" WITH (FORCE)`);
}

/** `initdb`/`postgres` from the PATH or Debian's versioned folder (/usr/lib/postgresql/<n>/bin). */
export function findPostgresBinary(name: 'initdb' | 'postgres'): string | undefined {
  for (const dir of (process.env.PATH ?? '').split(':').filter(Boolean)) {
    if (existsSync(join(dir, name))) return join(dir, name);
  }
  const base = '/usr/lib/postgresql';
  if (!existsSync(base)) return undefined;
  const versions = readdirSync(base).filter((v) => existsSync(join(base, v, 'bin', name))).sort((a, b) => Number(b) - Number(a));
  return versions.length ? join(base, versions[0], 'bin', name) : undefined;
}

/** The uid/gid of the `postgres` system user (initdb refuses to run as root). */
function postgresUser(): { uid: number; gid: number } | undefined {
  const r = spawnSync('id', ['-u', 'postgres'], { encoding: 'utf8' });
  const g = spawnSync('id', ['-g', 'postgres'], { encoding: 'utf8' });
  if (r.status !== 0 || g.status !== 0) return undefined;
  return { uid: Number(r.stdout.trim()), gid: Number(g.stdout.trim()) };
}

/**
 * A PostgreSQL cluster of our own under `dir`, on `port` (loopback, trust
 * auth), for a machine whose PostgreSQL server does not answer. As root it
 * runs as the `postgres` user, since initdb refuses root.
 */
async function startPrivateCluster(dir: string, port: number, waitForPort: (port: number, ms: number, child: ChildProcess, what: string) => Promise<void>): Promise<{ url: string; stop: () => Promise<void> } | undefined> {
  const initdb = findPostgresBinary('initdb');
  const postgres = findPostgresBinary('postgres');
  if (!initdb || !postgres) return undefined;
  const asUser = process.getuid?.() === 0 ? postgresUser() : undefined;
  if (process.getuid?.() === 0 && !asUser) return undefined;
  mkdirSync(dir, { recursive: true });
  const data = join(dir, 'data');
  if (asUser) chownSync(dir, asUser.uid, asUser.gid);
  if (!existsSync(join(data, 'PG_VERSION'))) {
    const r = spawnSync(initdb, ['-D', data, '-U', 'postgres', '--auth=trust', '-E', 'UTF8', '--no-instructions'], { stdio: 'pipe', ...(asUser ?? {}) });
    if (r.status !== 0) throw new Error(`initdb failed: ${r.stderr.toString().trim()}`);
  }
  const log = join(dir, 'postgres.log');
  const out = openSync(log, 'a');
  if (asUser) chownSync(log, asUser.uid, asUser.gid);
  const child = spawn(postgres, ['-D', data, '-p', String(port), '-c', 'listen_addresses=127.0.0.1', '-k', dir, '-c', 'fsync=on'], { stdio: ['ignore', out, out], ...(asUser ?? {}) });
  await waitForPort(port, 30000, child, 'postgres');
  const url = `postgres://postgres@127.0.0.1:${port}/postgres`;
  // The port answers a moment before the server accepts queries.
  for (let i = 0; i < 50 && !(await answers(url)); i++) await new Promise((r) => setTimeout(r, 100));
  return {
    url,
    stop: () =>
      new Promise((res) => {
        if (child.exitCode !== null || child.signalCode !== null) return res();
        child.once('exit', () => res());
        child.kill('SIGINT'); // fast shutdown
        setTimeout(() => child.kill('SIGKILL'), 10000).unref();
      }),
  };
}

/**
 * A prepared PostgreSQL database for the FerretDB of `dataDir`: on the
 * machine's server if it answers, otherwise on a private cluster under
 * `dataDir/postgres` (same port across restarts, recorded in the folder).
 * Undefined when neither can be had.
 */
export async function resolvePostgres(options: {
  dataDir: string;
  freePort: () => Promise<number>;
  waitForPort: (port: number, ms: number, child: ChildProcess, what: string) => Promise<void>;
}): Promise<PostgresTarget | undefined> {
  const db = databaseNameFor(options.dataDir);
  const serverUrl = process.env.LEGALAID_PG_URL ?? DEFAULT_SERVER_URL;
  if (await answers(serverUrl)) {
    const databaseUrl = await prepareFerretDatabase(serverUrl, db);
    return { databaseUrl, kind: 'local-server', stop: async () => undefined, drop: () => dropDatabase(serverUrl, db) };
  }
  const dir = resolve(options.dataDir, 'postgres');
  const portFile = join(dir, 'port');
  const port = existsSync(portFile) ? Number(readFileSync(portFile, 'utf8')) : await options.freePort();
  const cluster = await startPrivateCluster(dir, port, options.waitForPort);
  if (!cluster) return undefined;
  writeFileSync(portFile, String(port));
  const databaseUrl = await prepareFerretDatabase(cluster.url, db);
  return {
    databaseUrl,
    kind: 'private-cluster',
    stop: cluster.stop,
    drop: async () => {
      await dropDatabase(cluster.url, db).catch(() => undefined);
      await cluster.stop();
    },
  };
}
