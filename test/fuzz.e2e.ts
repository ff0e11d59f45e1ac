import { afterAll, beforeAll, describe, expect, it, jest } from '@jest/globals';
import { randomUUID } from 'node:crypto';
import { headers, type NatsConnection } from '@nats-io/transport-node';
import mongoose from 'mongoose';
import {
  CasesRpc,
  DEAD_LETTER_STREAM,
  EVENTS,
  IntakeRpc,
  MatchingRpc,
  NotificationRpc,
  OversightRpc,
  PING_RPCS,
  ProviderChangedNotice,
  type Context,
  type RpcDefinition,
} from '@legalaid/contracts';
import { connectNats, REQUEST_SIGNATURE_HEADER, RpcClient, signRequest } from '@legalaid/infra';
import { gql, startNetwork, tokenFor, type TestNetwork } from './support/network.js';
import { resetStreams, testServers } from './support/servers.js';

/**
 * Random and malformed input against every request/reply operation, every
 * event contract and the gateway: wrong types, huge strings, deep nesting,
 * Mongo operators, invalid UTF-8, forged actors. Each is refused with a
 * clear error, no process crashes, and nothing is stored. The generator is
 * seeded, so a failure can be replayed (FUZZ_SEED).
 */
jest.setTimeout(240000);

const SEED = Number(process.env.FUZZ_SEED ?? 20261129);
function prng(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const rand = prng(SEED);
const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)];

function deep(depth: number): unknown {
  let v: unknown = 'leaf';
  for (let i = 0; i < depth; i++) v = { a: v };
  return v;
}

/** A hostile value: never a valid input for any operation. */
function hostile(): unknown {
  const kinds: (() => unknown)[] = [
    () => ({ $gt: '' }),
    () => ({ requestId: { $ne: null } }),
    () => ({ caseId: { $where: 'sleep(1000)' }, first: 10 }),
    () => 'x'.repeat(200_000),
    () => ({ fullName: 'x'.repeat(100_000) }),
    () => deep(500),
    () => [deep(50), { 'a.b': 1 }, { $set: { role: 'ADMIN' } }],
    () => ({ requestId: '\u0000' }),
    () => ({ requestId: 12345, first: 'ten', after: { $gt: '' } }),
    () => ({ token: '\ud800\udfff\ufffe', rating: 'five' }),
    () => null,
    () => 42,
    () => ({ __proto__: { isAdmin: true }, constructor: { prototype: { polluted: true } } }),
  ];
  return pick(kinds)();
}

const ALL_RPCS: RpcDefinition[] = [IntakeRpc, MatchingRpc, NotificationRpc, CasesRpc, OversightRpc].flatMap((o) => Object.values(o as Record<string, RpcDefinition>));
const CONTEXT_SERVICE: Record<Context, 'intake' | 'matching' | 'case-tracking' | 'oversight'> = {
  intake: 'intake',
  matching: 'matching',
  cases: 'case-tracking',
  oversight: 'oversight',
};
const REFUSALS = new Set(['VALIDATION_FAILED', 'UNAUTHENTICATED', 'FORBIDDEN', 'NOT_FOUND', 'REQUEST_NOT_FOUND', 'CASE_NOT_FOUND', 'TOKEN_INVALID']);

describe('fuzzing the contracts and the gateway', () => {
  let net: TestNetwork;
  let nc: NatsConnection;
  let rpc: RpcClient;
  const key = () => Buffer.from(process.env.RPC_SIGNING_KEY!, 'base64');

  async function documentCounts(): Promise<Record<string, number>> {
    const counts: Record<string, number> = {};
    const conn = await mongoose.createConnection(testServers().mongoUrl, { bufferCommands: false, serverSelectionTimeoutMS: 3000 }).asPromise();
    try {
      for (const svc of ['intake', 'matching', 'case-tracking', 'oversight']) {
        const db = conn.useDb(net.env[svc].MONGO_DB).db!;
        for (const c of await db.listCollections().toArray()) {
          // The processed-events guard and ledger legitimately record refused messages' dead letters.
          counts[`${svc}.${c.name}`] = await db.collection(c.name).countDocuments();
        }
      }
    } finally {
      await conn.close();
    }
    return counts;
  }

  async function rawCall(subject: string, data: unknown, sign = true): Promise<{ ok: boolean; error?: { code: string; message: string } } | 'no reply'> {
    const body = JSON.stringify(data);
    const h = headers();
    if (sign) h.set(REQUEST_SIGNATURE_HEADER, signRequest(key(), subject, body));
    try {
      const reply = await nc.request(subject, `{"pattern":${JSON.stringify(subject)},"data":${body},"id":"${randomUUID()}"}`, { timeout: 5000, headers: h });
      return (reply.json() as { response: { ok: boolean; error?: { code: string; message: string } } }).response;
    } catch {
      return 'no reply';
    }
  }

  beforeAll(async () => {
    await resetStreams(testServers().natsUrl);
    net = await startNetwork({ label: 'fuzz', services: ['intake', 'matching', 'case-tracking', 'oversight'], gateway: true });
    nc = await connectNats({ servers: testServers().natsUrl, name: 'test-harness' });
    rpc = await RpcClient.connect({ servers: testServers().natsUrl, name: 'fuzz', timeoutMs: 5000 });
  });
  afterAll(async () => {
    await rpc?.close();
    await nc?.close();
    await net?.stopAll();
  });

  it('refuses hostile input to every request/reply operation with a clear code, storing nothing', async () => {
    const before = await documentCounts();
    const actors = [
      { id: 'staff-f', role: 'CENTRE_STAFF', organisationId: 'centre-hcm' },
      { id: 'lawyer-f', role: 'LAWYER', providerId: 'prov-f', organisationId: 'bar-hcm' },
      { id: 'sup-f', role: 'SUPERVISOR' },
      { id: 'admin-f', role: 'ADMIN' },
      { id: 'citizen-f', role: 'CITIZEN' },
    ];
    const unexpected: string[] = [];
    for (const def of ALL_RPCS) {
      for (let i = 0; i < 4; i++) {
        const data = pick([
          () => ({ actor: pick(actors), correlationId: 'fz', input: hostile() }),
          () => ({ actor: { ...pick(actors), role: 'SYSTEM' }, correlationId: 'fz', input: hostile() }),
          () => ({ actor: { id: { $gt: '' }, role: 'ADMIN' }, correlationId: 'fz', input: {} }),
          () => hostile(),
          () => ({ actor: pick(actors), correlationId: 'x'.repeat(5000), input: {}, extra: { $set: 1 } }),
        ])();
        const reply = await rawCall(def.subject, data);
        if (reply === 'no reply' || reply.ok || !REFUSALS.has(reply.error!.code) || !reply.error!.message) {
          unexpected.push(`${def.subject}: ${JSON.stringify(reply).slice(0, 200)}`);
        }
      }
      // A forged envelope: an administrator, signed with a key the network does not hold.
      const forged = await rawCall(def.subject, { actor: { id: 'x', role: 'ADMIN' }, correlationId: 'fz', input: {} }, false);
      if (forged === 'no reply' || forged.ok || forged.error!.code !== 'UNAUTHENTICATED') unexpected.push(`${def.subject} (unsigned): ${JSON.stringify(forged)}`);
    }
    expect(unexpected).toEqual([]);
    for (const ctx of ['intake', 'matching', 'cases', 'oversight'] as const) {
      expect(await rpc.call(PING_RPCS[ctx], {}, { actor: { id: 'probe', role: 'ADMIN' }, correlationId: 'fz' })).toMatchObject({ service: CONTEXT_SERVICE[ctx] });
    }
    expect(await documentCounts()).toEqual(before);
  });

  it('dead-letters malformed events on every event subject at once, and changes nothing', async () => {
    const before = await documentCounts();
    const js = (await import('@nats-io/jetstream')).jetstream(nc);
    const jsm = await (await import('@nats-io/jetstream')).jetstreamManager(nc);
    const dlqBefore = (await jsm.streams.info(DEAD_LETTER_STREAM)).state.messages;
    let published = 0;
    for (const def of EVENTS) {
      const drawn = pick([
        () => JSON.stringify({ id: randomUUID(), type: def.type, version: def.version, data: hostile() }),
        () => JSON.stringify({ ...hostile() as object, type: def.type }),
        () => '{"id": "not json',
        () => Buffer.from([0x7b, 0x22, 0x69, 0x64, 0x22, 0x3a, 0x22, 0xff, 0xfe, 0x22, 0x7d]),
      ])();
      // NATS refuses a message over its 1 MB max_payload before any consumer sees it: keep hostile bodies below it.
      const body = drawn.length > 900_000 ? JSON.stringify({ id: randomUUID(), type: def.type, version: def.version, data: 'x'.repeat(200_000) }) : drawn;
      await js.publish(def.subject, body, { msgID: `fuzz-${published}-${randomUUID()}` });
      published++;
    }
    // Each consumer whose stream holds the subject dead-letters it; wait until the flow settles.
    let settled = -1;
    for (let i = 0; i < 40; i++) {
      await new Promise((r) => setTimeout(r, 500));
      const now = (await jsm.streams.info(DEAD_LETTER_STREAM)).state.messages;
      if (now === settled && now > dlqBefore) break;
      settled = now;
    }
    const dlq = await js.consumers.get(DEAD_LETTER_STREAM, { opt_start_seq: 1 } as never);
    const reasons = new Set<string>();
    const batch = await dlq.fetch({ max_messages: 10000, expires: 2000 });
    const misnamed: string[] = [];
    for await (const m of batch) {
      const record = m.json<{ reason: string; consumer: string }>();
      reasons.add(record.reason);
      // Each dead letter is named after the service whose consumer failed (its NATS permissions allow no other).
      const owner = (Object.keys(CONTEXT_SERVICE) as Context[]).find((c) => record.consumer.startsWith(`${CONTEXT_SERVICE[c]}-`));
      if (!owner || m.subject !== `legalaid.dlq.${owner}.${record.consumer}`) misnamed.push(`${m.subject} (${record.consumer})`);
      if (m.info.pending === 0) break;
    }
    expect(misnamed).toEqual([]);
    expect((await jsm.streams.info(DEAD_LETTER_STREAM)).state.messages).toBeGreaterThan(dlqBefore);
    expect([...reasons]).toEqual(['CONTRACT_VIOLATION']);
    for (const ctx of ['intake', 'matching', 'cases', 'oversight'] as const) {
      expect(await rpc.call(PING_RPCS[ctx], {}, { actor: { id: 'probe', role: 'ADMIN' }, correlationId: 'fz' })).toMatchObject({ service: CONTEXT_SERVICE[ctx] });
    }
    const after = await documentCounts();
    // Only oversight's ledger records what happened (dead letters included); nothing else changed.
    for (const [k, v] of Object.entries(before)) if (!k.startsWith('oversight.')) expect(after[k]).toBe(v);
    for (const k of Object.keys(after)) if (!k.startsWith('oversight.')) expect(before[k]).toBeDefined();
  });

  it("ignores hostile notices between matching's replicas, and changes nothing", async () => {
    const before = await documentCounts();
    for (let i = 0; i < 40; i++) {
      const body = pick([
        () => JSON.stringify(hostile()),
        () => JSON.stringify({ providerId: 'nobody', version: 1e9 }), // well formed, unknown provider: reloaded by _id, nothing found
        () => '{"providerId": "not json',
        () => Buffer.from([0x7b, 0xff, 0xfe, 0x7d]),
      ])();
      nc.publish(ProviderChangedNotice.subject, body);
    }
    await nc.flush();
    await new Promise((r) => setTimeout(r, 500));
    expect(await rpc.call(PING_RPCS.matching, {}, { actor: { id: 'probe', role: 'ADMIN' }, correlationId: 'fz' })).toMatchObject({ service: 'matching' });
    const after = await documentCounts();
    for (const [k, v] of Object.entries(before)) if (k.startsWith('matching.')) expect(after[k]).toBe(v);
  });

  it('answers hostile GraphQL requests with a client error or coded GraphQL errors, never a crash', async () => {
    const token = await tokenFor({ sub: 'staff-f', role: 'CENTRE_STAFF', org: 'centre-hcm' });
    const url = net.graphqlUrl!;
    const post = (body: string | Buffer, extra: Record<string, string> = {}) =>
      fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json', authorization: `Bearer ${token}`, ...extra }, body: typeof body === 'string' ? body : new Uint8Array(body) });
    const bodies: (string | Buffer)[] = [
      '{"query": "{ legalAidRequest(id: \\"x\\") { id } ',
      JSON.stringify({ query: `{ ${'legalAidRequest(id: "x") { id } '.repeat(1)}`.padEnd(300_000, ' ') + '}' }),
      JSON.stringify({ query: `query { ${'me { '.repeat(300)}${' }'.repeat(300)} }` }),
      Buffer.concat([Buffer.from('{"query":"query($id: ID!) { legalAidRequest(id: $id) { id } }","variables":{"id":"'), Buffer.from([0xff, 0xfe, 0xfd]), Buffer.from('"}}')]),
      JSON.stringify({ query: 'query($id: ID!) { legalAidRequest(id: $id) { id } }', variables: { id: { $gt: '' } } }),
      JSON.stringify({ query: 'mutation($input: SubmitLegalAidRequestInput!) { submitLegalAidRequest(input: $input) { requestId } }', variables: { input: { channel: 'HOTLINE', centreId: { $ne: null } } } }),
      JSON.stringify({ query: `{ ${Array.from({ length: 500 }, (_, i) => `a${i}: me { __typename }`).join(' ')} }` }),
      JSON.stringify({ query: 42 }),
      JSON.stringify([{ query: '{ me { __typename } }' }]),
      'null',
    ];
    for (let i = 0; i < 20; i++) bodies.push(JSON.stringify({ query: 'query($v: ID!) { legalAidRequest(id: $v) { id } }', variables: { v: hostile() } }));
    const withoutLedger = (c: Record<string, number>) => Object.fromEntries(Object.entries(c).filter(([k]) => !k.startsWith('oversight.ledger')));
    const streamCounts = async () => {
      const jsm = await (await import('@nats-io/jetstream')).jetstreamManager(nc);
      return Promise.all(['intake', 'matching', 'cases', 'oversight'].map(async (c) => (await jsm.streams.info(`LEGALAID_${c.toUpperCase()}`)).state.messages));
    };
    const before = withoutLedger(await documentCounts());
    const eventsBefore = await streamCounts();
    for (const body of bodies) {
      const res = await post(body);
      expect(res.status).toBeLessThan(500);
      if (res.status === 200) {
        const json = (await res.json()) as { errors?: { extensions?: { code?: string } }[] };
        if (!json.errors?.length) throw new Error(`accepted without error: ${String(body).slice(0, 200)} -> ${JSON.stringify(json).slice(0, 200)}`);
        for (const e of json.errors!) expect(e.extensions?.code ?? 'GRAPHQL_VALIDATION_FAILED').toMatch(/^[A-Z_]+$/);
      } else {
        await res.arrayBuffer();
      }
    }
    const alive = await gql<{ me: { role: string } }>(url, '{ me { role } }', {}, token);
    expect(alive.data?.me.role).toBe('CENTRE_STAFF');
    expect(withoutLedger(await documentCounts())).toEqual(before);
    expect(await streamCounts()).toEqual(eventsBefore);
  });
});
