import { randomUUID } from 'node:crypto';
import { type NatsConnection } from '@nats-io/transport-node';
import { jetstreamManager } from '@nats-io/jetstream';
import { createEvent, MatchingReferralAssigned, streamNameOf, systemActor, type Actor, type Envelope, type EventOf } from '@legalaid/contracts';
import { connectNats, Bus, RpcClient } from '@legalaid/infra';
import { pino } from 'pino';
import { spawnProcess, type ManagedProcess } from '../../../infra/dist/runtime/network.js';
import { testDbName, testNatsSeed, testServers } from '../../../test/support/servers.js';
export { eventually } from '../../../test/support/network.js';

/** Actors of the integration tests. */
export const actors = {
  lawyer: { id: 'user-lawyer-1', role: 'LAWYER', providerId: 'prov-1' } as Actor,
  otherLawyer: { id: 'user-lawyer-2', role: 'LAWYER', providerId: 'prov-2' } as Actor,
  centre: { id: 'user-staff-1', role: 'CENTRE_STAFF', organisationId: 'centre-hcm' } as Actor,
  otherCentre: { id: 'user-staff-2', role: 'CENTRE_STAFF', organisationId: 'centre-hn' } as Actor,
  supervisor: { id: 'user-front-1', role: 'SUPERVISOR' } as Actor,
  appraiser: { id: 'user-appraiser-1', role: 'APPRAISER' } as Actor,
  admin: { id: 'user-admin-1', role: 'ADMIN' } as Actor,
};

/** Case-tracking processes (built, from dist) on this worker's NATS and database. */
export class CaseTrackingProcesses {
  readonly env: Record<string, string>;
  readonly running: ManagedProcess[] = [];

  constructor(label: string, extra: Record<string, string> = {}) {
    const { natsUrl, mongoUrl } = testServers();
    this.env = {
      // Requests to services are signed; the key comes from the test set-up, as for test/support/network.ts.
      RPC_SIGNING_KEY: process.env.RPC_SIGNING_KEY ?? '',
      NATS_URL: natsUrl,
      NATS_NKEY_SEED: testNatsSeed('case-tracking'),
      MONGO_URL: mongoUrl,
      MONGO_DB: testDbName(label),
      LOG_LEVEL: 'info',
      NODE_ENV: 'test',
      OUTBOX_POLL_MS: '100',
      RPC_GRACE_PERIOD_MS: '200',
      BUS_BACKOFF_MS: '100,200,400',
      CASES_TIMER_POLL_MS: '150',
      ...extra,
    };
  }

  async start(): Promise<ManagedProcess> {
    const p = spawnProcess('case-tracking', this.env);
    this.running.push(p);
    await p.ready;
    return p;
  }

  async stopAll(signal: NodeJS.Signals = 'SIGTERM'): Promise<void> {
    await Promise.all(this.running.splice(0).map((p) => p.stop(signal)));
  }
}

/** The test's own connections: RPC like the gateway, publishing like matching, reading the cases stream like oversight. */
export class TestClient {
  private constructor(
    readonly nc: NatsConnection,
    readonly rpc: RpcClient,
    readonly bus: Bus,
  ) {}

  static async connect(): Promise<TestClient> {
    const { natsUrl } = testServers();
    const nc = await connectNats({ servers: natsUrl, name: 'test-harness' });
    const bus = await Bus.connect({ servers: natsUrl, name: 'case-tracking-test', logger: pino({ level: 'silent' }) });
    await bus.ensureStreams();
    return new TestClient(nc, RpcClient.fromConnection(nc, 8000), bus);
  }

  call<D extends Parameters<RpcClient['call']>[0]>(def: D, input: Parameters<RpcClient['call']>[1], actor: Actor) {
    return this.rpc.call(def, input as never, { actor, correlationId: `test-${randomUUID()}` });
  }

  /** The error code a call fails with (fails the test if it succeeds). */
  async errorOf<D extends Parameters<RpcClient['call']>[0]>(def: D, input: unknown, actor: Actor): Promise<{ code: string; message: string; details?: unknown }> {
    try {
      await this.rpc.call(def, input as never, { actor, correlationId: `test-${randomUUID()}` });
    } catch (err) {
      return err as { code: string; message: string; details?: unknown };
    }
    throw new Error(`${def.name} succeeded but was expected to fail`);
  }

  /** Every event now in the cases stream (read directly, as any consumer would see them). */
  async caseEvents(): Promise<Envelope[]> {
    const jsm = await jetstreamManager(this.nc);
    const info = await jsm.streams.info(streamNameOf('cases'));
    const out: Envelope[] = [];
    for (let seq = info.state.first_seq; seq <= info.state.last_seq && info.state.messages > 0; seq++) {
      const m = await jsm.streams.getMessage(streamNameOf('cases'), { seq }).catch(() => null);
      if (m) out.push(m.json<Envelope>());
    }
    return out;
  }

  async close(): Promise<void> {
    await this.bus.close();
    await this.nc.close();
  }
}

let requestCounter = 0;

/** A `referral assigned` event as matching publishes it. */
export function assignedEvent(overrides: Partial<EventOf<typeof MatchingReferralAssigned>['data']> = {}): EventOf<typeof MatchingReferralAssigned> {
  requestCounter++;
  return createEvent(
    MatchingReferralAssigned,
    {
      referralId: `ref-${randomUUID()}`,
      requestId: randomUUID(),
      applicantRef: `ap_testapplicant${String(requestCounter).padStart(6, '0')}`,
      providerId: 'prov-1',
      organisationId: 'org-bar-hcm',
      centreId: 'centre-hcm',
      fieldOfLaw: 'CRIMINAL',
      aidForm: 'PROCEEDINGS',
      opposingPartyHashes: [],
      urgent: false,
      via: 'OFFER_ACCEPTED',
      round: 1,
      previousProviderId: null,
      assignedAt: new Date().toISOString(),
      ...overrides,
    },
    { actor: systemActor('matching'), correlationId: `corr-${randomUUID()}` },
  );
}

export const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
