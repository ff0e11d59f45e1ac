import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, jest } from '@jest/globals';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomUUID } from 'node:crypto';
import {
  createEvent,
  DEAD_LETTER_RPCS,
  IntakeRequestAccepted,
  IntakeRequestReceived,
  IntakeRpc,
  MatchingReferralCreated,
  MatchingRpc,
  streamNameOf,
  systemActor,
  type Actor,
} from '@legalaid/contracts';
import { Bus, freePort, RpcClient, startMongo, startNats, type RunningServer } from '@legalaid/infra';
import { pino } from 'pino';
import { eventually, startNetwork, type TestNetwork } from './support/network.js';
import { eventsOn as eventsOnStream } from './support/events.js';
import { resetStreams, testNatsConfig } from './support/servers.js';

/**
 * Faults survived, against real processes: services killed with SIGKILL
 * mid-flow, the broker restarted, the database stopped, poison messages,
 * graceful shutdown under load. The servers here are this file's own, so
 * stopping them disturbs no other test.
 */
const CENTRE = 'centre-hcm';
const staff: Actor = { id: 'staff-faults', role: 'CENTRE_STAFF', organisationId: CENTRE };
const admin: Actor = { id: 'admin-faults', role: 'ADMIN' };
const logger = pino({ level: 'silent' });

// Real processes restart here, on a machine that may be busy: generous time per test.
jest.setTimeout(180000);

describe('faults', () => {
  let dataDir: string;
  let natsPort: number;
  let mongoPort: number;
  let nats: RunningServer;
  let mongo: RunningServer;
  let rpc: RpcClient;
  let net: TestNetwork | undefined;

  const servers = () => ({ natsUrl: nats.url, mongoUrl: mongo.url });
  const meta = (actor: Actor = staff) => ({ actor, correlationId: randomUUID() });

  beforeAll(async () => {
    dataDir = mkdtempSync(join(tmpdir(), 'legalaid-faults-'));
    natsPort = await freePort();
    mongoPort = await freePort();
    nats = await startNats({ dataDir, port: natsPort, config: testNatsConfig() });
    mongo = await startMongo({ dataDir, port: mongoPort });
    rpc = await RpcClient.connect({ servers: nats.url, name: 'faults-test', timeoutMs: 4000 });
  });
  afterAll(async () => {
    await rpc?.close();
    await Promise.all([nats?.stop(), mongo?.destroy ? mongo.destroy() : mongo?.stop()]);
  });
  beforeEach(async () => {
    await resetStreams(nats.url);
  });
  afterEach(async () => {
    // Error lines of the processes, to explain a failure (they carry no personal data).
    for (const p of net?.processes.values() ?? []) {
      const errors = p.lines.filter((l) => /"level":(50|60)/.test(l));
      if (errors.length) console.log(`${p.name} errors:\n${errors.slice(-5).join('\n')}`);
    }
    await net?.stopAll();
    net = undefined;
  });

  async function submit(i: number): Promise<string> {
    const r = await rpc.call(
      IntakeRpc.submit,
      {
        channel: 'HOTLINE',
        centreId: CENTRE,
        applicant: { fullName: `Người thử ${i}`, idNumber: String(79000000000 + i).padStart(12, '0'), address: { provinceCode: '79', communeCode: '26734' } },
        fieldOfLaw: 'LAND',
        aidForm: 'ADVICE',
        summary: 'Tranh chấp đất đai với hàng xóm',
        consent: { purposes: ['LEGAL_AID_PROCESSING', 'REFERRAL_TO_PROVIDER'], givenBy: 'APPLICANT', method: 'WRITTEN' },
      },
      meta(),
    );
    return r.requestId;
  }

  async function accept(requestId: string): Promise<void> {
    await rpc.call(IntakeRpc.accept, { requestId, eligibilityGroup: 'POOR_HOUSEHOLD', evidence: ['POOR_HOUSEHOLD_CERTIFICATE', 'IDENTITY_DOCUMENT'] }, meta());
  }

  async function referralOf(requestId: string) {
    return rpc.call(MatchingRpc.referralForRequest, { requestId }, meta()).catch(() => null);
  }

  const eventsOn = (subject: string, stream: string) => eventsOnStream(nats.url, subject, stream);


  function countBy<T>(items: T[], key: (t: T) => string): Map<string, number> {
    const m = new Map<string, number>();
    for (const i of items) m.set(key(i), (m.get(key(i)) ?? 0) + 1);
    return m;
  }

  async function expectEachReferredOnce(requestIds: string[]): Promise<void> {
    for (const id of requestIds) {
      await eventually(async () => ((await referralOf(id)) ? true : undefined), 30000, `a referral for ${id}`);
    }
    const created = await eventsOn(MatchingReferralCreated.subject, streamNameOf('matching'));
    const perRequest = countBy(created, (e) => e.data.requestId);
    for (const id of requestIds) expect(perRequest.get(id)).toBe(1);
  }

  it('a matching replica killed with SIGKILL while consuming is restarted: every request referred, none twice', async () => {
    net = await startNetwork({ label: 'kill_matching', services: ['intake', 'matching'], servers: servers() });
    const ids: string[] = [];
    for (let i = 0; i < 10; i++) {
      const id = await submit(i);
      await accept(id);
      ids.push(id);
      if (i === 4) await net.stop('matching', 'SIGKILL');
    }
    await net.start('matching');
    await expectEachReferredOnce(ids);
  });

  it('intake killed after its database write but before publishing: the event goes out once after restart', async () => {
    net = await startNetwork({ label: 'kill_before_publish', services: ['intake', 'matching'], servers: servers() });
    await net.stop('intake');
    net.env.intake.LEGALAID_FAULT = 'relay-before-publish';
    const crashing = await net.start('intake');
    const exited = new Promise<void>((resolve) => crashing.child.once('exit', () => resolve()));
    const id = await submit(100).catch(() => undefined);
    await exited;
    expect(crashing.child.signalCode).toBe('SIGKILL');
    delete net.env.intake.LEGALAID_FAULT;
    await net.start('intake');
    // The request was written before the crash; its id is found through the received event.
    const received = await eventually(async () => {
      const all = await eventsOn(IntakeRequestReceived.subject, streamNameOf('intake'));
      return all.length ? all : undefined;
    }, 20000, 'the pending received event to be published');
    expect(received).toHaveLength(1);
    if (id) expect(received[0].data.requestId).toBe(id);
    const view = await rpc.call(IntakeRpc.get, { requestId: received[0].data.requestId }, meta());
    expect(view.status).toBe('RECEIVED');
  });

  it('intake killed after publishing but before marking: the republish is deduplicated and takes effect once', async () => {
    net = await startNetwork({ label: 'kill_after_publish', services: ['intake', 'matching'], servers: servers() });
    const id = await submit(200);
    await eventually(async () => ((await eventsOn(IntakeRequestReceived.subject, streamNameOf('intake'))).length ? true : undefined));
    await net.stop('intake');
    net.env.intake.LEGALAID_FAULT = 'relay-after-publish';
    const crashing = await net.start('intake');
    const exited = new Promise<void>((resolve) => crashing.child.once('exit', () => resolve()));
    await accept(id).catch(() => undefined);
    await exited;
    delete net.env.intake.LEGALAID_FAULT;
    await net.start('intake');
    await expectEachReferredOnce([id]);
    const accepted = (await eventsOn(IntakeRequestAccepted.subject, streamNameOf('intake'))).filter((e) => e.data.requestId === id);
    expect(accepted).toHaveLength(1);
  });

  it('the broker restarts during a flow: services reconnect and finish, nothing acknowledged is lost', async () => {
    net = await startNetwork({ label: 'nats_restart', services: ['intake', 'matching'], servers: servers() });
    const ids: string[] = [];
    for (let i = 0; i < 4; i++) {
      const id = await submit(300 + i);
      await accept(id);
      ids.push(id);
    }
    await nats.stop();
    await expect(submit(399)).rejects.toMatchObject({ code: 'SERVICE_UNAVAILABLE' });
    nats = await startNats({ dataDir, port: natsPort, config: testNatsConfig() });
    await eventually(async () => {
      const id = await submit(310);
      ids.push(id);
      return id;
    }, 30000, 'intake to answer again');
    for (const id of ids.slice(4)) await accept(id);
    for (let i = 0; i < 3; i++) {
      const id = await submit(320 + i);
      await accept(id);
      ids.push(id);
    }
    await expectEachReferredOnce(ids);
  });

  it('the database stops: commands fail fast with SERVICE_UNAVAILABLE, nothing half-written, and work resumes when it is back', async () => {
    net = await startNetwork({ label: 'db_outage', services: ['intake', 'matching'], servers: servers() });
    const before = await submit(400);
    await accept(before);
    await mongo.stop();
    const started = Date.now();
    await expect(submit(401)).rejects.toMatchObject({ code: 'SERVICE_UNAVAILABLE' });
    const elapsed = Date.now() - started;
    expect(elapsed).toBeLessThan(4000); // the service answers before the client's own 4 s timeout
    mongo = await startMongo({ dataDir, port: mongoPort });
    const after = await eventually(async () => submit(402), 30000, 'intake to reach its database again');
    await accept(after);
    await expectEachReferredOnce([before, after]);
    // The submission refused during the outage left nothing behind.
    const received = await eventsOn(IntakeRequestReceived.subject, streamNameOf('intake'));
    expect(received.map((e) => e.data.requestId).sort()).toEqual([before, after].sort());
  });

  it('a poison message is dead-lettered while the messages behind it flow; an operator lists, inspects and replays dead letters', async () => {
    net = await startNetwork({
      label: 'poison',
      services: ['intake', 'matching'],
      servers: servers(),
      extraEnv: { matching: { BUS_MAX_DELIVER: '2', BUS_BACKOFF_MS: '100' } },
    });
    const bus = await Bus.connect({ servers: nats.url, name: 'faults-poison', logger });
    try {
      // A forged message that breaks the contract (a name where none may be).
      await bus.js.publish(IntakeRequestAccepted.subject, JSON.stringify({ id: randomUUID(), type: IntakeRequestAccepted.type, data: { fullName: 'Nguyễn Văn A' } }), { msgID: 'poison-1' });
      const good = await submit(500);
      await accept(good);
      await expectEachReferredOnce([good]);

      const list = await eventually(async () => {
        const l = await rpc.call(DEAD_LETTER_RPCS.matching.list, { limit: 50 }, meta(admin));
        return l.length ? l : undefined;
      }, 15000, 'the dead letter to be listed');
      // Every matching consumer of the intake stream refused it on contract grounds, at once.
      expect(list.every((d) => d.reason === 'CONTRACT_VIOLATION' && d.deliveryCount === 1 && d.originalSubject === IntakeRequestAccepted.subject)).toBe(true);
      expect(list.map((d) => d.consumer)).toContain('matching-intake');
      await expect(rpc.call(DEAD_LETTER_RPCS.matching.list, { limit: 50 }, meta(staff))).rejects.toMatchObject({ code: 'FORBIDDEN' });
      const shown = await rpc.call(DEAD_LETTER_RPCS.matching.show, { sequence: list[0].sequence }, meta(admin));
      expect(shown.payload).toContain('fullName');
      const replay = await rpc.call(DEAD_LETTER_RPCS.matching.replay, { sequence: list[0].sequence }, meta(admin));
      expect(replay.replayed).toBe(false);

      // A fixable failure: matching's database is away for all its deliveries, then comes back.
      await mongo.stop();
      const orphanRequest = randomUUID();
      const template = (await eventsOn(IntakeRequestAccepted.subject, streamNameOf('intake'))).find((e) => e.data.requestId === good)!;
      const forged = createEvent(
        IntakeRequestAccepted,
        { ...(template as unknown as { data: Parameters<typeof createEvent<typeof IntakeRequestAccepted>>[1] }).data, requestId: orphanRequest },
        { actor: systemActor('intake'), correlationId: randomUUID() },
      );
      await bus.publish(forged);
      const dead = await eventually(async () => {
        const l = await rpc.call(DEAD_LETTER_RPCS.matching.list, { limit: 50 }, meta(admin)).catch(() => []);
        return l.find((d) => d.eventId === forged.id);
      }, 30000, 'the failed event to be dead-lettered');
      expect(dead.reason).toBe('HANDLER_FAILED');
      mongo = await startMongo({ dataDir, port: mongoPort });
      const replayed = await eventually(async () => {
        const r = await rpc.call(DEAD_LETTER_RPCS.matching.replay, { sequence: dead.sequence }, meta(admin));
        return r.replayed ? r : undefined;
      }, 30000, 'the replay to succeed');
      expect(replayed.error).toBeNull();
      expect(await referralOf(orphanRequest)).not.toBeNull();
      const remaining = await rpc.call(DEAD_LETTER_RPCS.matching.list, { limit: 50 }, meta(admin));
      expect(remaining.map((d) => d.sequence)).toEqual(list.map((d) => d.sequence));
    } finally {
      await bus.close();
    }
  });

  it('graceful shutdown under load (SIGTERM): in-flight work finishes or is redelivered, nothing is lost', async () => {
    net = await startNetwork({ label: 'sigterm', services: ['intake', 'matching'], servers: servers() });
    const ids: string[] = [];
    const load = (async () => {
      for (let i = 0; i < 16; i++) {
        const batch = await Promise.all([0, 1].map(async (j) => submit(600 + i * 2 + j)));
        await Promise.all(batch.map((id) => accept(id)));
        ids.push(...batch);
      }
    })();
    await eventually(async () => (ids.length >= 6 ? true : undefined), 30000);
    const matching = net.processes.get('matching')!;
    const code = await matching.stop('SIGTERM');
    // Nest re-raises the signal after its shutdown hooks: either way it went through the graceful path.
    expect(code === 0 || matching.child.signalCode === 'SIGTERM').toBe(true);
    expect(matching.lines.some((l) => l.includes('"msg":"stopped"'))).toBe(true);
    await net.start('matching');
    await load;
    expect(ids).toHaveLength(32);
    await expectEachReferredOnce(ids);
  });
});
