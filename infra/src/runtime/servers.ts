import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, openSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import type { Certificates } from './certificates.js';
import { REPO_ROOT } from './network.js';
import { asPostgresUser, createServiceRole, resolvePostgres } from './postgres.js';
import { createServer, connect as tcpConnect } from 'node:net';
import { homedir } from 'node:os';
import { join, resolve } from 'node:path';

/**
 * The local runtime: finds or starts the NATS and MongoDB-protocol servers a
 * process needs. Order: configured URL → binary on the PATH → a local Docker
 * engine (images already present; pulls only with downloads allowed) →
 * (MongoDB only, downloads allowed) mongodb-memory-server-core → a clear error.
 */
export interface RunningServer {
  url: string;
  kind: 'configured' | 'nats-server' | 'mongod' | 'ferretdb-postgresql' | 'ferretdb-sqlite' | 'docker' | 'memory-server';
  /** Stops the server; its data stays (a restart on the same data directory finds it). */
  stop(): Promise<void>;
  /** Stops the server and removes its data (tests leave nothing behind). */
  destroy?(): Promise<void>;
  /** FerretDB on PostgreSQL: the PostgreSQL database it stores in (diagnostics and tests). */
  postgresUrl?: string;
}

export class RuntimeError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'RuntimeError';
  }
}

export const INSTALL_HINTS = {
  nats:
    'No NATS server found. Install one with `apt-get install nats-server` (Debian/Ubuntu) or set NATS_URL to a running ' +
    'NATS server with JetStream enabled (e.g. nats://127.0.0.1:4222).',
  mongo:
    'No MongoDB-protocol server found. Either set MONGO_URL, install `mongod`, or build FerretDB v1: ' +
    'run `bash .ci/install-ferretdb.sh` (needs Go; Debian: `apt-get install golang-go`) which puts `ferretdb` in $(go env GOPATH)/bin, ' +
    'and install PostgreSQL for it to store data in (Debian: `apt-get install postgresql`). ' +
    'Set LEGALAID_ALLOW_DOWNLOAD=1 (or pass --download) to let mongodb-memory-server-core fetch mongod on a machine with internet.',
};

export async function freePort(): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const srv = createServer();
    srv.unref();
    srv.on('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address() as { port: number };
      srv.close(() => resolvePort(port));
    });
  });
}

/** A binary from the PATH, or from Go's bin folder where `go install` puts FerretDB. */
export function findBinary(name: string): string | undefined {
  const dirs = (process.env.PATH ?? '').split(':').filter(Boolean);
  const gopath = process.env.GOPATH ?? join(homedir(), 'go');
  dirs.push(join(gopath, 'bin'), '/usr/sbin', '/usr/local/bin');
  for (const dir of dirs) {
    const candidate = join(dir, name);
    if (existsSync(candidate)) return candidate;
  }
  return undefined;
}

export async function waitForPort(port: number, timeoutMs: number, child?: ChildProcess, what = 'server'): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child && child.exitCode !== null) throw new RuntimeError(`${what} exited with code ${child.exitCode} before listening on ${port}`);
    const ok = await new Promise<boolean>((res) => {
      const s = tcpConnect(port, '127.0.0.1');
      s.once('connect', () => {
        s.destroy();
        res(true);
      });
      s.once('error', () => res(false));
    });
    if (ok) return;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new RuntimeError(`${what} did not listen on 127.0.0.1:${port} within ${timeoutMs} ms`);
}

function spawnServer(bin: string, args: string[], logFile: string): ChildProcess {
  const out = openSync(logFile, 'a');
  const child = spawn(bin, args, { stdio: ['ignore', out, out], detached: false });
  return child;
}

function stopChild(child: ChildProcess): () => Promise<void> {
  return () =>
    new Promise((res) => {
      if (child.exitCode !== null || child.signalCode !== null) return res();
      child.once('exit', () => res());
      child.kill('SIGTERM');
      setTimeout(() => child.kill('SIGKILL'), 5000).unref();
    });
}

function dockerAvailable(): boolean {
  const r = spawnSync('docker', ['info', '--format', '{{.ServerVersion}}'], { timeout: 3000, stdio: 'pipe' });
  return r.status === 0;
}

async function startDocker(image: string, containerPort: number, args: string[], allowDownload: boolean): Promise<RunningServer> {
  const port = await freePort();
  const r = spawnSync(
    'docker',
    ['run', '-d', '--rm', `--pull=${allowDownload ? 'missing' : 'never'}`, '-p', `127.0.0.1:${port}:${containerPort}`, image, ...args],
    { stdio: 'pipe', timeout: 120000 },
  );
  if (r.status !== 0) throw new RuntimeError(`docker run ${image} failed: ${r.stderr.toString().trim()}`);
  const id = r.stdout.toString().trim();
  await waitForPort(port, 30000, undefined, image);
  return {
    url: '',
    kind: 'docker',
    stop: async () => {
      spawnSync('docker', ['stop', id], { stdio: 'ignore', timeout: 20000 });
    },
    ...{ port },
  } as RunningServer & { port: number };
}

/**
 * Starts a NATS server with JetStream on a free loopback port, storing under dataDir.
 * `config`: more of nats-server's configuration (the authorization block of
 * nats-permissions.ts, TLS), written beside the data.
 */
export async function startNats(options: { dataDir: string; port?: number; allowDownload?: boolean; config?: string }): Promise<RunningServer> {
  const port = options.port ?? (await freePort());
  const bin = findBinary('nats-server');
  if (bin) {
    const dir = resolve(options.dataDir, 'nats');
    mkdirSync(dir, { recursive: true });
    const confFile = join(dir, 'nats.conf');
    writeFileSync(confFile, `listen: "127.0.0.1:${port}"\njetstream: { store_dir: ${JSON.stringify(dir)} }\n${options.config ?? ''}`, { mode: 0o600 });
    const child = spawnServer(bin, ['-c', confFile], join(dir, 'nats.log'));
    await waitForPort(port, 15000, child, 'nats-server');
    return { url: `nats://127.0.0.1:${port}`, kind: 'nats-server', stop: stopChild(child) };
  }
  if (dockerAvailable()) {
    if (options.config) throw new RuntimeError('a NATS configuration (authorization, TLS) needs nats-server on the PATH; set NATS_URL to a configured server instead');
    const s = (await startDocker('nats:2.12-alpine', 4222, ['-js'], options.allowDownload ?? false)) as RunningServer & { port: number };
    return { ...s, url: `nats://127.0.0.1:${s.port}` };
  }
  throw new RuntimeError(INSTALL_HINTS.nats);
}

/**
 * Starts FerretDB v1 (telemetry off) on `port`: on PostgreSQL when one can be
 * had (the machine's server, or a private cluster under the data directory),
 * prepared so its queries use indexes; otherwise on SQLite, which reads whole
 * collections for most queries and slows as data grows.
 */
async function startFerret(bin: string, options: MongoStartOptions, port: number): Promise<RunningServer> {
  const dir = resolve(options.dataDir, 'ferretdb');
  mkdirSync(dir, { recursive: true });
  const pgTarget = process.env.LEGALAID_FERRETDB_BACKEND === 'sqlite' ? undefined : await resolvePostgres({ dataDir: options.dataDir, freePort, waitForPort });
  if (!pgTarget && process.env.LEGALAID_FERRETDB_BACKEND !== 'sqlite') {
    process.stderr.write(
      'warning: no PostgreSQL answers and none can be started here (install Debian\'s `postgresql` package): FerretDB runs on SQLite, ' +
        'whose reads slow down as data grows. Use it for a quick try only.\n',
    );
  }
  if (options.anonymousRole && !pgTarget) throw new RuntimeError('database users need FerretDB on PostgreSQL: no PostgreSQL answers here');
  if (options.anonymousRole && pgTarget) await createServiceRole(pgTarget.databaseUrl, options.anonymousRole, randomBytes(18).toString('base64url'), { mayCreate: false });
  const pgUrl = pgTarget && (options.anonymousRole ? asPostgresUser(pgTarget.databaseUrl, options.anonymousRole) : pgTarget.databaseUrl);
  const backend = pgUrl ? ['--handler=postgresql', `--postgresql-url=${pgUrl}`] : ['--handler=sqlite', `--sqlite-url=file:${dir}/`];
  const tls = options.tls
    ? [
        '--listen-addr=',
        `--listen-tls=127.0.0.1:${port}`,
        `--listen-tls-cert-file=${options.tls.certificates.cert}`,
        `--listen-tls-key-file=${options.tls.certificates.key}`,
        // With a CA file FerretDB asks every client for a certificate signed by it.
        ...(options.tls.verifyClients ? [`--listen-tls-ca-file=${options.tls.certificates.ca}`] : []),
      ]
    : [`--listen-addr=127.0.0.1:${port}`];
  const child = spawnServer(
    bin,
    [
      ...backend,
      ...tls,
      `--state-dir=${dir}`,
      '--debug-addr=-',
      // Nothing may call out of the machine.
      '--telemetry=disable',
      '--log-level=warn',
    ],
    join(dir, 'ferretdb.log'),
  );
  try {
    await waitForPort(port, 30000, child, 'ferretdb');
  } catch (err) {
    await pgTarget?.stop();
    throw err;
  }
  const stopFerret = stopChild(child);
  return {
    url: `mongodb://127.0.0.1:${port}`,
    kind: pgTarget ? 'ferretdb-postgresql' : 'ferretdb-sqlite',
    postgresUrl: pgTarget?.databaseUrl,
    stop: async () => {
      await stopFerret();
      await pgTarget?.stop();
    },
    destroy: async () => {
      await stopFerret();
      if (pgTarget) await pgTarget.drop();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/**
 * Starts a MongoDB-protocol server on a free loopback port: mongod from the
 * PATH; else FerretDB on PostgreSQL (SQLite only as a last resort); else a
 * Docker image; else, with downloads allowed, mongodb-memory-server-core.
 */
export interface MongoStartOptions {
  dataDir: string;
  port?: number;
  allowDownload?: boolean;
  /** TLS only (no plain listener), with the server's certificate; `verifyClients`: clients need one signed by the CA. */
  tls?: { certificates: Certificates; verifyClients?: boolean };
  /**
   * FerretDB on PostgreSQL connects as this role when a client gives no
   * credentials: a role that may connect and nothing else (created here),
   * so only clients with their own database user reach any data.
   */
  anonymousRole?: string;
}

export async function startMongo(options: MongoStartOptions): Promise<RunningServer> {
  const port = options.port ?? (await freePort());
  const mongod = findBinary('mongod');
  if (mongod) {
    if (options.anonymousRole) throw new RuntimeError("mongod's users are created by the deployment (compose's mongo-users), not by the runtime");
    const dir = resolve(options.dataDir, 'mongod');
    mkdirSync(dir, { recursive: true });
    const tlsArgs: string[] = [];
    if (options.tls) {
      const pem = join(dir, 'server-with-key.pem');
      writeFileSync(pem, readFileSync(options.tls.certificates.cert, 'utf8') + readFileSync(options.tls.certificates.key, 'utf8'), { mode: 0o600 });
      tlsArgs.push('--tlsMode', 'requireTLS', '--tlsCertificateKeyFile', pem, '--tlsCAFile', options.tls.certificates.ca);
      if (!options.tls.verifyClients) tlsArgs.push('--tlsAllowConnectionsWithoutCertificates');
    }
    const child = spawnServer(mongod, ['--bind_ip', '127.0.0.1', '--port', String(port), '--dbpath', dir, ...tlsArgs], join(dir, 'mongod.log'));
    await waitForPort(port, 30000, child, 'mongod');
    const stop = stopChild(child);
    return { url: `mongodb://127.0.0.1:${port}`, kind: 'mongod', stop, destroy: async () => { await stop(); rmSync(dir, { recursive: true, force: true }); } };
  }
  const ferretdb = findBinary('ferretdb');
  if (ferretdb) return startFerret(ferretdb, options, port);
  if (options.tls || options.anonymousRole) throw new RuntimeError(`TLS and database users need mongod or FerretDB on the PATH.\n${INSTALL_HINTS.mongo}`);
  if (dockerAvailable()) {
    const s = (await startDocker('mongo:8', 27017, [], options.allowDownload ?? false)) as RunningServer & { port: number };
    return { ...s, url: `mongodb://127.0.0.1:${s.port}` };
  }
  if (options.allowDownload) {
    const moduleName = 'mongodb-memory-server-core';
    try {
      const mod = (await import(moduleName)) as { MongoMemoryServer: { create(o: unknown): Promise<{ getUri(): string; stop(): Promise<boolean> }> } };
      const mms = await mod.MongoMemoryServer.create({ instance: { ip: '127.0.0.1', port } });
      return { url: mms.getUri().replace(/\/$/, ''), kind: 'memory-server', stop: async () => void (await mms.stop()) };
    } catch (err) {
      throw new RuntimeError(`${INSTALL_HINTS.mongo}\n(mongodb-memory-server-core: ${(err as Error).message}; install it with \`npm i -w infra mongodb-memory-server-core\`)`);
    }
  }
  throw new RuntimeError(INSTALL_HINTS.mongo);
}

/**
 * `npm start` on a machine with neither mongod nor FerretDB but with Go:
 * builds FerretDB v1 from the Go module proxy (a minute or two, progress
 * shown), as `.ci/run` does. Without Go the error that follows says what to
 * install.
 */
export function buildFerretDBIfMissing(): void {
  if (findBinary('mongod') || findBinary('ferretdb')) return;
  const go = spawnSync('go', ['version'], { stdio: 'pipe' });
  if (go.status !== 0) return;
  process.stderr.write('No mongod or FerretDB here: building FerretDB v1.24.2 with Go (first start only)…\n');
  const r = spawnSync('bash', [join(REPO_ROOT, '.ci/install-ferretdb.sh')], { stdio: 'inherit' });
  if (r.status !== 0) throw new RuntimeError(`building FerretDB failed (exit ${r.status}).\n${INSTALL_HINTS.mongo}`);
}

export interface Servers {
  natsUrl: string;
  mongoUrl: string;
  stop(): Promise<void>;
  describe: string;
}

/** NATS_URL / MONGO_URL when set; otherwise starts what is missing. */
export async function resolveServers(options: { natsUrl?: string; mongoUrl?: string; dataDir: string; allowDownload?: boolean; natsConfig?: string }): Promise<Servers> {
  const nats: RunningServer = options.natsUrl
    ? { url: options.natsUrl, kind: 'configured', stop: async () => undefined }
    : await startNats({ ...options, config: options.natsConfig });
  let mongo: RunningServer;
  try {
    if (!options.mongoUrl) buildFerretDBIfMissing();
    mongo = options.mongoUrl ? { url: options.mongoUrl, kind: 'configured', stop: async () => undefined } : await startMongo(options);
  } catch (err) {
    await nats.stop();
    throw err;
  }
  return {
    natsUrl: nats.url,
    mongoUrl: mongo.url,
    describe: `NATS ${nats.url} (${nats.kind}), database ${mongo.url} (${mongo.kind})`,
    stop: async () => {
      await Promise.all([nats.stop(), mongo.stop()]);
    },
  };
}
