import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createInterface } from 'node:readline';
import { createNatsUser, NATS_IDENTITIES, type NatsIdentity } from '../bus/nats-permissions.js';

/** The repository root, from infra/dist/runtime (or infra/src/runtime under ts-jest). */
export const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');

export const SERVICES = ['intake', 'matching', 'case-tracking', 'oversight'] as const;
export type ServiceName = (typeof SERVICES)[number];

/** The variable of each NATS identity's seed in the development secrets file. */
export function devSeedVariable(identity: NatsIdentity): string {
  return `NATS_NKEY_SEED_${identity.toUpperCase().replace(/-/g, '_')}`;
}

/**
 * Development secrets kept under the data folder, so restarts can read old
 * records; a file from an older version gains the secrets it lacks.
 */
export function devSecrets(dataDir: string): Record<string, string> {
  const file = join(dataDir, 'dev-secrets.json');
  const existing = existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as Record<string, string>) : {};
  const fresh: Record<string, () => string> = {
    INTAKE_DATA_KEYS: () => `dev1:${randomBytes(32).toString('base64')}`,
    INTAKE_ACTIVE_KEY_ID: () => 'dev1',
    INTAKE_INDEX_KEY: () => randomBytes(32).toString('base64'),
    JWT_SECRET: () => randomBytes(32).toString('base64url'),
    RPC_SIGNING_KEY: () => randomBytes(32).toString('base64'),
    OVERSIGHT_SIGNING_KEY: () => randomBytes(32).toString('base64'),
    ...Object.fromEntries(NATS_IDENTITIES.map((i) => [devSeedVariable(i), () => createNatsUser().seed])),
  };
  const missing = Object.keys(fresh).filter((k) => !existing[k]);
  if (missing.length === 0) return existing;
  const secrets = { ...existing, ...Object.fromEntries(missing.map((k) => [k, fresh[k]()])) };
  mkdirSync(dataDir, { recursive: true });
  writeFileSync(file, JSON.stringify(secrets, null, 2), { mode: 0o600 });
  return secrets;
}

/** Each identity's seed from the development secrets. */
export function devSeeds(secrets: Record<string, string>): Record<NatsIdentity, string> {
  return Object.fromEntries(NATS_IDENTITIES.map((i) => [i, secrets[devSeedVariable(i)]])) as Record<NatsIdentity, string>;
}

export interface ManagedProcess {
  name: string;
  child: ChildProcess;
  /** Resolves with the process's "ready" log record. */
  ready: Promise<Record<string, unknown>>;
  /** Every log record, for tests. */
  lines: string[];
  stop(signal?: NodeJS.Signals): Promise<number | null>;
}

/** Starts a built service (`services/<name>/dist/main.js`) or the gateway with the given environment. */
export function spawnProcess(
  name: ServiceName | 'gateway',
  env: Record<string, string>,
  options: { echo?: boolean; telemetry?: boolean; nodeArgs?: string[] } = {},
): ManagedProcess {
  const entry = name === 'gateway' ? join(REPO_ROOT, 'gateway/dist/main.js') : join(REPO_ROOT, 'services', name, 'dist/main.js');
  if (!existsSync(entry)) throw new Error(`${entry} is missing: run \`npm run build\` first`);
  const args = [...(options.nodeArgs ?? []), ...(options.telemetry === false ? [entry] : ['--import', join(REPO_ROOT, 'infra/dist/telemetry/register.js'), entry])];
  return spawnNode(name, args, { SERVICE_NAME: name, ...env }, options);
}

/**
 * Runs `node <args>` with only the given environment (plus PATH and HOME),
 * collecting its output lines; "ready" is its first JSON log record with
 * `msg: "ready"`.
 */
export function spawnNode(name: string, args: string[], env: Record<string, string>, options: { echo?: boolean } = {}): ManagedProcess {
  const child = spawn(process.execPath, args, {
    env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const lines: string[] = [];
  const ready = new Promise<Record<string, unknown>>((resolveReady, reject) => {
    const onLine = (line: string) => {
      lines.push(line);
      if (options.echo) process.stdout.write(`[${name}] ${line}\n`);
      try {
        const rec = JSON.parse(line) as Record<string, unknown>;
        if (rec.msg === 'ready') resolveReady(rec);
      } catch {
        /* not JSON: stderr text */
      }
    };
    createInterface({ input: child.stdout! }).on('line', onLine);
    createInterface({ input: child.stderr! }).on('line', onLine);
    child.once('exit', (code) => reject(new Error(`${name} exited with code ${code} before it was ready:\n${lines.slice(-20).join('\n')}`)));
  });
  ready.catch(() => undefined);
  return {
    name,
    child,
    ready,
    lines,
    stop: (signal = 'SIGTERM') =>
      new Promise((res) => {
        if (child.exitCode !== null || child.signalCode !== null) return res(child.exitCode);
        child.once('exit', (code) => res(code));
        child.kill(signal);
        const t = setTimeout(() => child.kill('SIGKILL'), 15000);
        t.unref();
      }),
  };
}
