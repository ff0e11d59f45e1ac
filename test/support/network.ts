import { randomBytes } from 'node:crypto';
import { spawnProcess, type ManagedProcess, type ServiceName } from '../../infra/dist/runtime/network.js';
import type { Supervisor } from '../../infra/dist/runtime/supervisor.js';
import { devToken } from '../../gateway/dist/auth.js';
import { testDbName, testNatsSeed, testServers } from './servers.js';

export const TEST_JWT_SECRET = 'test-secret-that-is-long-enough-for-hs256-0123456789';

/** Keys for intake's personal data in tests (fresh per run). */
export function intakeKeys(): Record<string, string> {
  return {
    INTAKE_DATA_KEYS: `t1:${randomBytes(32).toString('base64')}`,
    INTAKE_ACTIVE_KEY_ID: 't1',
    INTAKE_INDEX_KEY: randomBytes(32).toString('base64'),
  };
}

export interface TestNetwork {
  processes: Map<string, ManagedProcess>;
  graphqlUrl: string | undefined;
  env: Record<string, Record<string, string>>;
  /** Starts (or restarts) one process with the environment it had. */
  start(name: ServiceName | 'gateway'): Promise<ManagedProcess>;
  stop(name: ServiceName | 'gateway', signal?: NodeJS.Signals): Promise<void>;
  stopAll(): Promise<void>;
}

/**
 * Starts built services (and optionally the gateway) as real processes on
 * this worker's NATS and database, each service with its own database.
 */
export async function startNetwork(options: {
  label: string;
  services: ServiceName[];
  gateway?: boolean;
  extraEnv?: Partial<Record<ServiceName | 'gateway', Record<string, string>>>;
  /** Servers of the test's own (fault tests stop and restart them); default: this worker's. */
  servers?: { natsUrl: string; mongoUrl: string };
  /** Run every process under this supervisor, as `npm start` does (a process that dies is restarted). */
  supervisor?: Supervisor;
}): Promise<TestNetwork> {
  const { natsUrl, mongoUrl } = options.servers ?? testServers();
  const env: Record<string, Record<string, string>> = {};
  const base = { RPC_SIGNING_KEY: process.env.RPC_SIGNING_KEY ?? '', NATS_URL: natsUrl, MONGO_URL: mongoUrl, LOG_LEVEL: 'info', NODE_ENV: 'test', OUTBOX_POLL_MS: '100', RPC_GRACE_PERIOD_MS: '200', BUS_BACKOFF_MS: '100,200,400' };
  for (const s of options.services) {
    env[s] = { ...base, NATS_NKEY_SEED: testNatsSeed(s), MONGO_DB: testDbName(`${options.label}_${s}`), ...(s === 'intake' ? intakeKeys() : {}), ...(options.extraEnv?.[s] ?? {}) };
  }
  if (options.gateway) {
    env.gateway = { ...base, NATS_NKEY_SEED: testNatsSeed('gateway'), JWT_SECRET: TEST_JWT_SECRET, GATEWAY_PORT: '0', SERVICE_TIMEOUT_MS: '4000', ...(options.extraEnv?.gateway ?? {}) };
  }
  const processes = new Map<string, ManagedProcess>();
  let graphqlUrl: string | undefined;
  const start = async (name: ServiceName | 'gateway') => {
    let p: ManagedProcess;
    if (options.supervisor) {
      const supervisor = options.supervisor;
      const first = supervisor.add(name, () => spawnProcess(name, env[name]));
      supervisor.onStart(name, (restarted) => processes.set(name, restarted));
      p = supervisor.process(name)!;
      processes.set(name, p);
      await first;
    } else {
      p = spawnProcess(name, env[name]);
      processes.set(name, p);
    }
    const ready = await p.ready;
    if (name === 'gateway') graphqlUrl = ready.url as string;
    return p;
  };
  await Promise.all(Object.keys(env).map((n) => start(n as ServiceName | 'gateway')));
  const network: TestNetwork = {
    processes,
    get graphqlUrl() {
      return graphqlUrl;
    },
    env,
    start,
    stop: async (name, signal = 'SIGTERM') => {
      await processes.get(name)?.stop(signal);
    },
    stopAll: async () => {
      if (options.supervisor) await options.supervisor.stop();
      await Promise.all([...processes.values()].map((p) => p.stop('SIGTERM')));
    },
  };
  return network;
}

export async function tokenFor(claims: { sub: string; role: string; org?: string; providerId?: string }): Promise<string> {
  return devToken(TEST_JWT_SECRET, claims);
}

/** POSTs a GraphQL operation and returns the parsed response. */
export async function gql<T = Record<string, unknown>>(
  url: string,
  query: string,
  variables: Record<string, unknown> = {},
  token?: string,
): Promise<{ data?: T; errors?: { message: string; extensions?: { code?: string; reason?: string } }[] }> {
  const res = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  return (await res.json()) as { data?: T; errors?: { message: string; extensions?: { code?: string } }[] };
}

/** Polls until check returns a value other than undefined, or fails with the last value seen. */
export async function eventually<T>(check: () => Promise<T | undefined>, timeoutMs = 15000, what = 'condition'): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let last: unknown;
  while (Date.now() < deadline) {
    try {
      const v = await check();
      if (v !== undefined) return v;
    } catch (err) {
      last = err;
    }
    await new Promise((r) => setTimeout(r, 150));
  }
  throw new Error(`timed out waiting for ${what}${last ? `: ${(last as Error).message}` : ''}`);
}
