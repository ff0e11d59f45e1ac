import { afterAll, beforeAll, describe, expect, it, jest } from '@jest/globals';
import { randomUUID } from 'node:crypto';
import { headers, type NatsConnection } from '@nats-io/transport-node';
import mongoose from 'mongoose';
import {
  CasesRpc,
  DEAD_LETTER_RPCS,
  IntakeRpc,
  MatchingRpc,
  newId,
  NotificationRpc,
  OversightRpc,
  PING_RPCS,
  type Actor,
  type Context,
  type RpcDefinition,
} from '@legalaid/contracts';
import { connectNats, REQUEST_SIGNATURE_HEADER, requestFingerprint, RpcClient, signRequest } from '@legalaid/infra';
import { startNetwork, type TestNetwork } from './support/network.js';
import { resetStreams, testServers } from './support/servers.js';

/**
 * The service-side retry guard covers every command the contracts declare:
 * each one, sent with a request id whose reply the service already keeps, is
 * answered with that reply without running again (queries are not). Then, on
 * a sample of commands with real effects: the same request id twice, one
 * after the other or at the same time, applies once and answers the same.
 */
jest.setTimeout(180000);

const ALL_RPCS: RpcDefinition[] = [
  ...[IntakeRpc, MatchingRpc, NotificationRpc, CasesRpc, OversightRpc].flatMap((o) => Object.values(o as Record<string, RpcDefinition>)),
  ...Object.values(DEAD_LETTER_RPCS).flatMap((o) => Object.values(o as Record<string, RpcDefinition>)),
  ...Object.values(PING_RPCS),
];
const SERVICE_OF: Record<Context, 'intake' | 'matching' | 'case-tracking' | 'oversight'> = { intake: 'intake', matching: 'matching', cases: 'case-tracking', oversight: 'oversight' };
const ADMIN: Actor = { id: 'admin-guard', role: 'ADMIN' };
const SUPERVISOR: Actor = { id: 'supervisor-guard', role: 'SUPERVISOR' };

describe('the retry guard of every command (real services, NATS and database)', () => {
  let net: TestNetwork;
  let nc: NatsConnection;
  let rpc: RpcClient;
  let db: mongoose.Connection;
  const key = () => Buffer.from(process.env.RPC_SIGNING_KEY!, 'base64');
  const ledgerOf = (context: Context) => db.useDb(net.env[SERVICE_OF[context]].MONGO_DB).collection<{ _id: string } & Record<string, unknown>>('rpc_requests');

  /** A signed request as the gateway sends it, without the client's input checks. */
  async function rawCall(subject: string, data: unknown): Promise<{ ok: boolean; data?: unknown; error?: { code: string; message: string } }> {
    const body = JSON.stringify(data);
    const h = headers();
    h.set(REQUEST_SIGNATURE_HEADER, signRequest(key(), subject, body));
    const reply = await nc.request(subject, `{"pattern":${JSON.stringify(subject)},"data":${body},"id":"${randomUUID()}"}`, { timeout: 10000, headers: h });
    return (reply.json() as { response: { ok: boolean; data?: unknown; error?: { code: string; message: string } } }).response;
  }

  const retried = <D extends RpcDefinition>(def: D, input: unknown, actor: Actor, requestId: string) =>
    rpc.call(def, input as never, { actor, correlationId: `guard-${requestId}`, requestId });

  beforeAll(async () => {
    await resetStreams(testServers().natsUrl);
    net = await startNetwork({ label: 'guard', services: ['intake', 'matching', 'case-tracking', 'oversight'] });
    nc = await connectNats({ servers: testServers().natsUrl, name: 'test-harness' });
    rpc = await RpcClient.connect({ servers: testServers().natsUrl, name: 'guard', timeoutMs: 10000 });
    db = await mongoose.createConnection(testServers().mongoUrl, { bufferCommands: false, serverSelectionTimeoutMS: 3000 }).asPromise();
  });
  afterAll(async () => {
    await db?.close();
    await rpc?.close();
    await nc?.close();
    await net?.stopAll();
  });

  it('every command of the contracts is answered from the kept reply of its request id; no query is', async () => {
    const commands = ALL_RPCS.filter((d) => d.kind === 'command');
    // The contracts' commands as of this writing: a new one is covered by the same loop.
    expect(commands.length).toBeGreaterThanOrEqual(41);
    const unguarded: string[] = [];
    const guardedQueries: string[] = [];
    for (const def of ALL_RPCS) {
      const requestId = `${newId()}.${def.name}.1`;
      const request = { actor: ADMIN, correlationId: `guard-${def.name}`, requestId, input: {} };
      const kept = { ok: false, error: { code: 'NOT_FOUND', message: `the kept reply of ${requestId}` } };
      await ledgerOf(def.context).insertOne({
        _id: requestId,
        operation: def.subject,
        fingerprint: requestFingerprint(def, request),
        state: 'done',
        holder: 'an earlier process',
        beatAt: new Date(),
        createdAt: new Date(),
        reply: JSON.stringify(kept),
      });
      const answer = await rawCall(def.subject, request);
      const replayed = answer.error?.message === kept.error.message;
      if (def.kind === 'command' && !replayed) unguarded.push(`${def.context}.${def.name}`);
      if (def.kind === 'query' && replayed) guardedQueries.push(`${def.context}.${def.name}`);
    }
    expect(unguarded).toEqual([]);
    expect(guardedQueries).toEqual([]);
  });

  it('a supervision plan created twice with one request id is created once, both answers the same', async () => {
    const input = { title: 'Giám sát quý IV', periodFrom: '2026-10-01', periodTo: '2026-12-31', provinceCodes: ['79'] };
    const requestId = `${newId()}.createSupervisionPlan.1`;
    const first = await retried(OversightRpc.createSupervisionPlan, input, SUPERVISOR, requestId);
    const second = await retried(OversightRpc.createSupervisionPlan, input, SUPERVISOR, requestId);
    expect(second).toEqual(first);
    const plans = await rpc.call(OversightRpc.supervisionPlans, { first: 100 }, { actor: SUPERVISOR, correlationId: 'guard-plans' });
    expect(plans.items.filter((p) => p.title === input.title)).toHaveLength(1);

    // Sent at the same time: the second waits for the first and answers its reply.
    const together = `${newId()}.createSupervisionPlan.1`;
    const both = await Promise.all([0, 1].map(() => retried(OversightRpc.createSupervisionPlan, { ...input, title: 'Giám sát đồng thời' }, SUPERVISOR, together)));
    expect(both[1]).toEqual(both[0]);
    const after = await rpc.call(OversightRpc.supervisionPlans, { first: 100 }, { actor: SUPERVISOR, correlationId: 'guard-plans-2' });
    expect(after.items.filter((p) => p.title === 'Giám sát đồng thời')).toHaveLength(1);

    // A new request id is a new command: a second plan.
    await retried(OversightRpc.createSupervisionPlan, input, SUPERVISOR, `${newId()}.createSupervisionPlan.1`);
    const later = await rpc.call(OversightRpc.supervisionPlans, { first: 100 }, { actor: SUPERVISOR, correlationId: 'guard-plans-3' });
    expect(later.items.filter((p) => p.title === input.title)).toHaveLength(2);
  });

  it('an organisation registered and its contact changed twice with one request id each: one registration, one change, the same answers', async () => {
    const organisationId = `org-guard-${randomUUID().slice(0, 8)}`;
    const registration = { organisationId, kind: 'BAR_ASSOCIATION', name: 'Đoàn luật sư thử nghiệm', provinceCode: '79' };
    const registerId = `${newId()}.registerOrganisation.1`;
    const registered = await retried(MatchingRpc.registerOrganisation, registration, ADMIN, registerId);
    // Unguarded, the second registration of the same organisation is refused as a duplicate.
    expect(await retried(MatchingRpc.registerOrganisation, registration, ADMIN, registerId)).toEqual(registered);

    const change = { organisationId, contact: { phone: '028 3823 0000' } };
    const changeId = `${newId()}.updateOrganisationContact.1`;
    const changed = await retried(MatchingRpc.updateOrganisationContact, change, ADMIN, changeId);
    expect(changed.version).toBe(registered.version + 1);
    expect(await retried(MatchingRpc.updateOrganisationContact, change, ADMIN, changeId)).toEqual(changed);
    const stored = await rpc.call(MatchingRpc.organisation, { organisationId }, { actor: ADMIN, correlationId: 'guard-org' });
    expect(stored.version).toBe(changed.version);
  });

  it('the same request id with another input is refused, and changes nothing', async () => {
    const requestId = `${newId()}.createSupervisionPlan.1`;
    const input = { title: 'Giám sát một lần', periodFrom: '2026-01-01', periodTo: '2026-03-31' };
    await retried(OversightRpc.createSupervisionPlan, input, SUPERVISOR, requestId);
    await expect(retried(OversightRpc.createSupervisionPlan, { ...input, title: 'Giám sát khác' }, SUPERVISOR, requestId)).rejects.toMatchObject({ code: 'VALIDATION_FAILED' });
    const plans = await rpc.call(OversightRpc.supervisionPlans, { first: 100 }, { actor: SUPERVISOR, correlationId: 'guard-plans-4' });
    expect(plans.items.filter((p) => p.title === 'Giám sát khác')).toHaveLength(0);
  });
});
