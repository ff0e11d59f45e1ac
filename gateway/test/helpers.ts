import { connectNats } from '@legalaid/infra';
import { type NatsConnection } from '@nats-io/transport-node';
import { KV_BUCKETS, type RpcDefinition } from '@legalaid/contracts';
import { createClient, type Client } from 'graphql-sse';
import { jetstreamManager } from '@nats-io/jetstream';
import { loadGatewayConfig, type GatewayConfig } from '../src/config.js';
import { startGateway, type Gateway } from '../src/server.js';
import { devToken } from '../src/auth.js';
import { testNatsSeed, testServers } from '../../test/support/servers.js';

export const SECRET = 'gateway-test-secret-long-enough-for-hs256-0123456789';

/** Starts the gateway in this process on the worker's real NATS (no services unless a test answers for one). */
export async function startTestGateway(env: Record<string, string> = {}): Promise<Gateway & { config: GatewayConfig }> {
  const config = loadGatewayConfig({
    NATS_URL: testServers().natsUrl,
    // The gateway's own credentials: a permission the table lacks fails these tests.
    NATS_NKEY_SEED: testNatsSeed('gateway'),
    JWT_SECRET: SECRET,
    GATEWAY_PORT: '0',
    LOG_LEVEL: 'silent',
    NODE_ENV: 'test',
    SERVICE_TIMEOUT_MS: '1500',
    READY_TIMEOUT_MS: '300',
    ...env,
  });
  const gateway = await startGateway(config);
  // The rate limit is shared through JetStream by every gateway on this NATS: each test starts with fresh counts.
  const nc = await connectNats({ servers: config.NATS_URL, name: 'test-harness' });
  try {
    await (await jetstreamManager(nc)).streams.purge(`KV_${KV_BUCKETS.gatewayRateLimit}`);
  } finally {
    await nc.close();
  }
  return { ...gateway, config };
}

export interface Claims {
  sub: string;
  role: string;
  org?: string;
  providerId?: string;
}

export const token = (claims: Claims) => devToken(SECRET, claims);

export type GqlResult<T = Record<string, unknown>> = {
  status: number;
  data?: T | null;
  errors?: { message: string; path?: string[]; extensions?: { code?: string; reason?: string } }[];
};

export async function gql<T = Record<string, unknown>>(
  url: string,
  query: string,
  variables: Record<string, unknown> = {},
  bearer?: string,
  headers: Record<string, string> = {},
): Promise<GqlResult<T>> {
  const res = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json', ...(bearer ? { authorization: `Bearer ${bearer}` } : {}), ...headers },
    body: JSON.stringify({ query, variables }),
  });
  const text = await res.text();
  let body: Omit<GqlResult<T>, 'status'> = {};
  try {
    body = JSON.parse(text) as Omit<GqlResult<T>, 'status'>;
  } catch {
    body = { errors: [{ message: text }] };
  }
  return { status: res.status, ...body };
}

/**
 * Answers one RPC operation on the real NATS, speaking the Nest transport's
 * wire format: a stand-in for a service in gateway tests (the real services
 * are exercised by the end-to-end tests).
 */
export async function answer<D extends RpcDefinition>(
  def: D,
  reply: (input: unknown, actor: unknown) => { ok: true; data: unknown } | { ok: false; error: { code: string; message: string } } | 'silence',
): Promise<{ nc: NatsConnection; calls: { input: unknown; actor: unknown; requestId?: string }[]; close(): Promise<void> }> {
  const nc = await connectNats({ servers: testServers().natsUrl, name: 'test-harness' });
  const calls: { input: unknown; actor: unknown; requestId?: string }[] = [];
  nc.subscribe(def.subject, {
    callback: (_err, msg) => {
      const packet = msg.json<{ id: string; data: { input: unknown; actor: unknown; requestId?: string } }>();
      calls.push({ input: packet.data.input, actor: packet.data.actor, requestId: packet.data.requestId });
      const r = reply(packet.data.input, packet.data.actor);
      if (r === 'silence') return;
      msg.respond(JSON.stringify({ id: packet.id, response: r, isDisposed: true }));
    },
  });
  await nc.flush();
  return { nc, calls, close: () => nc.close() };
}

/**
 * Subscribes over graphql-sse (distinct connections) and collects `next`
 * payloads; resolves once the gateway holds the subscription (or it failed or answered).
 */
export async function subscribeSse(
  gateway: Gateway,
  clients: Client[],
  bearer: string,
  query: string,
  variables: Record<string, unknown> = {},
): Promise<{ received: Record<string, any>[]; errors: unknown[] }> { // eslint-disable-line @typescript-eslint/no-explicit-any
  const client = createClient({ url: gateway.url, headers: { authorization: `Bearer ${bearer}` }, retryAttempts: 0 });
  clients.push(client);
  const received: Record<string, any>[] = []; // eslint-disable-line @typescript-eslint/no-explicit-any
  const errors: unknown[] = [];
  const before = gateway.events.subscriberCount;
  client.subscribe({ query, variables }, { next: (v) => received.push(v as Record<string, unknown>), error: (e) => errors.push(e), complete: () => undefined });
  const deadline = Date.now() + 5000;
  while (gateway.events.subscriberCount <= before && errors.length === 0 && received.length === 0) {
    if (Date.now() > deadline) throw new Error('the subscription never reached the gateway');
    await new Promise((r) => setTimeout(r, 20));
  }
  return { received, errors };
}

/** What a subscription answers until it ends or fails (a refusal arrives as an error). */
export async function sseOutcome(gateway: Gateway, clients: Client[], bearer: string, query: string): Promise<unknown[]> {
  const client = createClient({ url: gateway.url, headers: { authorization: `Bearer ${bearer}` }, retryAttempts: 0 });
  clients.push(client);
  const results: unknown[] = [];
  await new Promise<void>((resolve) => {
    client.subscribe({ query }, { next: (v) => results.push(v), error: (e) => (results.push(e), resolve()), complete: () => resolve() });
  });
  return results;
}
