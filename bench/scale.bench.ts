/**
 * Growth at a province's scale: journeys (submit + staff acceptance → first
 * offer, through the gateway) on empty databases, then again after seeding
 * the stores straight with N requests and their referrals and cases
 * (default 100,000) and M ledger entries (default 500,000, hash-chained as
 * oversight writes them); and the console's list queries at that size,
 * each as the services answer them over NATS. Everything in one run, so the
 * figures compare as ratios.
 *
 * Run: npm run bench -- scale [requests] [ledger-entries]
 */
import { randomUUID } from 'node:crypto';
import mongoose from 'mongoose';
import { CasesRpc, IntakeRpc, MatchingRpc, OversightRpc, type Actor } from '@legalaid/contracts';
import { join } from 'node:path';
import { REPO_ROOT, RpcClient } from '@legalaid/infra';
import { benchServers, report, round, summarise } from './support.js';
import { level, registerProviders, startNetwork, type Network } from './network.js';

const nums = process.argv.slice(2).filter((a) => /^\d+$/.test(a)).map(Number);
const REQUESTS = nums[0] ?? 100_000;
const LEDGER = nums[1] ?? 500_000;
const JOURNEYS = Number(process.env.BENCH_SCALE_JOURNEYS ?? 60);
const CONCURRENCY = Number(process.env.BENCH_SCALE_CONCURRENCY ?? 4);
const LABEL = 'bench_scale';
const CENTRES = 20;
const BATCH = 1000;

const staff: Actor = { id: 'bench-staff', role: 'CENTRE_STAFF', organisationId: 'centre-bench' };
const lawyer = (providerId: string): Actor => ({ id: `user-${providerId}`, role: 'LAWYER', providerId, organisationId: 'bar-bench' });
const orgAdmin: Actor = { id: 'bench-bar-admin', role: 'ORG_ADMIN', organisationId: 'bar-bench' };
const supervisor: Actor = { id: 'bench-supervisor', role: 'SUPERVISOR' };

type Doc = Record<string, unknown> & { _id: unknown };
interface LedgerEntry {
  sequence: number;
  hash: string;
  [field: string]: unknown;
}
/** Oversight's own chaining (its build output), so seeded entries verify like written ones. */
const { buildEntry } = (await import(join(REPO_ROOT, 'services/oversight/dist/domain/ledger.js'))) as {
  buildEntry(record: Record<string, unknown>, prev: { sequence: number; hash: string } | null, recordedAt: Date): LedgerEntry;
};

async function until<T>(what: string, f: () => Promise<T | null | undefined>, ms = 120_000): Promise<T> {
  const end = Date.now() + ms;
  while (Date.now() < end) {
    const v = await f();
    if (v) return v;
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`timed out waiting for ${what}`);
}

/** Inserts `count` documents made by `make`, in batches. */
async function seed(db: mongoose.mongo.Db, collection: string, count: number, make: (i: number) => Doc): Promise<number> {
  const t0 = performance.now();
  for (let i = 0; i < count; i += BATCH) {
    const docs = Array.from({ length: Math.min(BATCH, count - i) }, (_, j) => make(i + j));
    await db.collection(collection).insertMany(docs as never[], { ordered: false });
    if ((i / BATCH) % 20 === 0) console.error(`  ${collection}: ${i + docs.length} of ${count}`);
  }
  return round((performance.now() - t0) / 1000, 1);
}

/** p50/p95 of `runs` calls. */
async function timed(runs: number, f: () => Promise<unknown>) {
  await f(); // warm-up
  const ms: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    await f();
    ms.push(performance.now() - t);
  }
  return summarise(ms);
}

async function main() {
  const servers = await benchServers();
  let net: Network | undefined;
  const client = await mongoose.createConnection(servers.mongo.url).asPromise();
  const dbOf = (service: string) => client.getClient().db(`${LABEL}_${service}`);
  try {
    net = await startNetwork(servers.nats.url, servers.mongo.url, LABEL, 'default', undefined, ['case-tracking', 'oversight']);
    await registerProviders(servers.nats.url);
    const rpc = await RpcClient.connect({ servers: servers.nats.url, name: 'bench-scale', timeoutMs: 30_000 });
    const call = <I, O>(op: { name: string } & Parameters<typeof rpc.call>[0], input: I, actor: Actor) => rpc.call(op as never, input as never, { actor, correlationId: randomUUID() }) as Promise<O>;

    await level(net, servers.nats.url, 2, 10); // warm-up
    const empty = await level(net, servers.nats.url, CONCURRENCY, JOURNEYS);
    console.error(`empty: p95 ${empty.latencyMs.p95} ms`);

    // One referral taken up by its lawyer, so a case exists to copy.
    const offered = await until('an open offer', () => dbOf('matching').collection('referrals').findOne({ status: 'OFFERED' }));
    const open = (offered.offers as { offerId: string; providerId: string; status: string }[]).find((o) => o.status === 'OPEN')!;
    await call(MatchingRpc.acceptOffer, { offerId: open.offerId }, lawyer(open.providerId));
    const caseTemplate = await until('a case', () => dbOf('case_tracking').collection('cases').findOne({}));
    const requestTemplate = (await dbOf('intake').collection('requests').findOne({}))!;
    const referralTemplate = (await dbOf('matching').collection('referrals').findOne({ status: 'ASSIGNED' })) ?? offered;
    const ledgerTemplates = await until('ledger entries', async () => {
      const l = await dbOf('oversight').collection('ledger_entries').find({}).limit(20).toArray();
      return l.length >= 10 ? l : null;
    });

    // Seeded straight into the stores, shaped as the services write them, spread over centres and states.
    const ids = Array.from({ length: REQUESTS }, () => randomUUID());
    const centre = (i: number) => (i % CENTRES === 0 ? 'centre-bench' : `centre-${i % CENTRES}`);
    const requestStatus = ['RECEIVED', 'ACCEPTED', 'ACCEPTED', 'REJECTED', 'WITHDRAWN'];
    const caseStates = ['OPEN', 'IN_PROGRESS', 'CLOSED', 'CLOSED', 'CLOSED'];
    const strip = (d: Doc) => ({ ...d, outbox: [], hasOutbox: false, timerDueAt: null, timerBucket: null });
    const seedSeconds: Record<string, number> = {};
    seedSeconds.requests = await seed(dbOf('intake'), 'requests', REQUESTS, (i) => ({
      ...strip(requestTemplate as Doc),
      _id: ids[i],
      centreId: centre(i),
      status: requestStatus[i % requestStatus.length],
      applicantRef: `ap_seed${String(i).padStart(16, '0')}`,
      idNumberIndex: `seed-id-${i}`,
      phoneIndex: `seed-phone-${i}`,
      registerNumber: null,
    }));
    seedSeconds.referrals = await seed(dbOf('matching'), 'referrals', REQUESTS, (i) => ({
      ...strip(referralTemplate as Doc),
      _id: randomUUID(),
      requestId: ids[i],
      centreId: centre(i),
      status: i % 50 === 0 ? 'ESCALATED' : 'ASSIGNED',
      escalationOrganisationId: i % 50 === 0 ? 'bar-bench' : null,
      offerIds: [randomUUID()],
      offeredProviderIds: [`bench-lawyer-${i % 40}`],
      openOfferProviderId: null,
    }));
    seedSeconds.cases = await seed(dbOf('case_tracking'), 'cases', REQUESTS, (i) => ({
      ...strip(caseTemplate as Doc),
      _id: randomUUID(),
      requestId: ids[i],
      centreId: centre(i),
      providerId: `bench-lawyer-${i % 40}`,
      state: caseStates[i % caseStates.length],
      nextTimerAt: null,
    }));
    // The ledger continues the chain oversight wrote: its process is stopped meanwhile, as an import would be.
    let restartT0 = 0;
    await net.restart('oversight', async () => {
    const ledger = dbOf('oversight').collection<{ _id: number; hash: string }>('ledger_entries');
    const last = (await ledger.find({}).sort({ _id: -1 }).limit(1).toArray())[0];
    let prev: { sequence: number; hash: string } = { sequence: last._id, hash: last.hash };
    const t0 = performance.now();
    for (let i = 0; i < LEDGER; i += BATCH) {
      const batch = [];
      const eventIds = [];
      for (let j = 0; j < Math.min(BATCH, LEDGER - i); j++) {
        const t = ledgerTemplates[(i + j) % ledgerTemplates.length];
        const eventId = randomUUID();
        const entry = buildEntry({ eventId, type: t.type, version: 1, occurredAt: t.occurredAt, actor: t.actor, correlationId: null, causationId: null, payload: { ...(t.payload ?? {}), requestId: ids[(i + j) % REQUESTS] } }, prev, new Date());
        prev = { sequence: entry.sequence, hash: entry.hash };
        const { sequence, ...rest } = entry;
        batch.push({ _id: sequence, ...rest, refs: [ids[(i + j) % REQUESTS]], erasedAt: null });
        eventIds.push({ _id: eventId, sequence });
      }
      await ledger.insertMany(batch as never[], { ordered: false });
      await dbOf('oversight').collection('ledger_event_ids').insertMany(eventIds as never[], { ordered: false });
      if ((i / BATCH) % 50 === 0) console.error(`  ledger: ${i + batch.length} of ${LEDGER}`);
    }
    seedSeconds.ledger = round((performance.now() - t0) / 1000, 1);
    restartT0 = performance.now();
    });
    const oversightRestartSeconds = round((performance.now() - restartT0) / 1000, 1);

    const seeded = await level(net, servers.nats.url, CONCURRENCY, JOURNEYS);
    console.error(`seeded: p95 ${seeded.latencyMs.p95} ms`);

    const someCase = ids[7];
    const lists: Record<string, unknown> = {
      'intake listRequests (centre, status RECEIVED)': await timed(30, () => call(IntakeRpc.list, { filter: { status: ['RECEIVED'] }, page: { first: 25 } }, staff)),
      'intake listRequests (centre, all)': await timed(30, () => call(IntakeRpc.list, { filter: {}, page: { first: 25 } }, staff)),
      'matching myOffers (lawyer)': await timed(30, () => call(MatchingRpc.myOffers, { includeClosed: true, page: { first: 25 } }, lawyer('bench-lawyer-3'))),
      'matching escalationQueue (organisation)': await timed(30, () => call(MatchingRpc.escalationQueue, { organisationId: 'bar-bench', page: { first: 25 } }, orgAdmin)),
      'cases (lawyer, open)': await timed(30, () => call(CasesRpc.cases, { state: 'OPEN', first: 25 }, lawyer('bench-lawyer-3'))),
      'cases (centre)': await timed(30, () => call(CasesRpc.cases, { first: 25 }, staff)),
      'oversight auditTrail (a request)': await timed(30, () => call(OversightRpc.auditTrail, { requestId: someCase }, supervisor)),
      'oversight recommendations': await timed(30, () => call(OversightRpc.recommendations, { first: 25 }, supervisor)),
    };
    await rpc.close();
    report('scale', {
      database: servers.mongo.kind,
      seeded: { requests: REQUESTS, referrals: REQUESTS, cases: REQUESTS, ledgerEntries: LEDGER, seconds: seedSeconds, oversightRestartSeconds },
      journeys: { concurrency: CONCURRENCY, count: JOURNEYS, empty: empty.latencyMs, seeded: seeded.latencyMs, p95SeededOverEmpty: round(seeded.latencyMs.p95 / empty.latencyMs.p95) },
      listQueriesMs: lists,
    });
  } finally {
    await net?.stop();
    await client.close();
    await servers.stop();
  }
}

await main();
