/**
 * End to end: requests per second and latency (p50, p95, p99) from
 * `submitLegalAidRequest` (then staff acceptance) through the gateway to the
 * first `matching.offer.made` event, at rising concurrency until throughput
 * stops growing. All services, NATS and the database run on this machine.
 *
 * Baseline, measured in the same run: the database's own insert rate for the
 * same number of writes per request (counted from the services'
 * `legalaid_db_commands_total` metrics), at the same concurrency.
 *
 * With `--tracing-cost` it runs one level twice: telemetry off
 * (OTEL_SDK_DISABLED) and on (SDK, http/mongodb instrumentation, spans
 * exported to a loopback OTLP sink), and reports the ratio.
 *
 * With `--growth` it runs batches at one concurrency against one growing
 * database, to show how throughput follows the amount of data stored.
 *
 * Each concurrency level runs against fresh databases.
 *
 * Run: npm run bench -- e2e [requests-per-level] [--tracing-cost | --growth]
 */
import { createServer } from 'node:http';
import { randomBytes, randomUUID } from 'node:crypto';
import { connect } from '@nats-io/transport-node';
import mongoose from 'mongoose';
import { MatchingOfferMade, MatchingRpc, type Actor } from '@legalaid/contracts';
import { RpcClient, spawnProcess, type ManagedProcess } from '@legalaid/infra';
import { devToken } from '@legalaid/gateway/auth';
import { benchServers, report, round, summarise } from './support.js';

const args = process.argv.slice(2);
const PER_LEVEL = Number(args.find((a) => /^\d+$/.test(a)) ?? 60);
const TRACING_COST = args.includes('--tracing-cost');
const TRACING_CONCURRENCY = Number(process.env.BENCH_TRACING_CONCURRENCY ?? 1);
const GROWTH = args.includes('--growth');
const GROWTH_BATCHES = Number(process.env.BENCH_GROWTH_BATCHES ?? 6);
const GROWTH_CONCURRENCY = Number(process.env.BENCH_GROWTH_CONCURRENCY ?? 4);
const LEVELS = (process.env.BENCH_LEVELS ?? "1,2,4,8,16").split(",").map(Number);
const JWT_SECRET = randomBytes(32).toString('base64url');
process.env.RPC_SIGNING_KEY = randomBytes(32).toString('base64');
const admin: Actor = { id: 'bench-admin', role: 'ADMIN' };

interface Network {
  url: string;
  procs: ManagedProcess[];
  healthPorts: Record<string, number>;
  stop(): Promise<void>;
}

async function startNetwork(natsUrl: string, mongoUrl: string, label: string, telemetry: 'default' | 'off' | 'export', otlp?: string): Promise<Network> {
  const env: Record<string, string> = { NATS_URL: natsUrl, MONGO_URL: mongoUrl, RPC_SIGNING_KEY: process.env.RPC_SIGNING_KEY!, LOG_LEVEL: 'info', NODE_ENV: 'production', OUTBOX_POLL_MS: '250' };
  if (process.env.MONGO_TRACE_FILE) env.MONGO_TRACE_FILE = process.env.MONGO_TRACE_FILE;
  if (telemetry === 'off') env.OTEL_SDK_DISABLED = 'true';
  if (telemetry === 'export' && otlp) env.OTEL_EXPORTER_OTLP_ENDPOINT = otlp;
  const procs = [
    spawnProcess('intake', { ...env, MONGO_DB: `${label}_intake`, INTAKE_DATA_KEYS: `b1:${randomBytes(32).toString('base64')}`, INTAKE_ACTIVE_KEY_ID: 'b1', INTAKE_INDEX_KEY: randomBytes(32).toString('base64') }, { telemetry: telemetry !== 'off' }),
    spawnProcess('matching', { ...env, MONGO_DB: `${label}_matching`, MATCHING_INDEX_REFRESH_MS: '60000', ...(process.env.BENCH_MATCHING_ENV ? (JSON.parse(process.env.BENCH_MATCHING_ENV) as Record<string, string>) : {}) }, { telemetry: telemetry !== 'off' }),
    spawnProcess('gateway', { ...env, JWT_SECRET, GATEWAY_PORT: '0', RATE_LIMIT_MAX: '1000000' }, { telemetry: telemetry !== 'off' }),
  ];
  const ready = await Promise.all(procs.map((p) => p.ready));
  return {
    url: ready[2].url as string,
    procs,
    healthPorts: { intake: ready[0].healthPort as number, matching: ready[1].healthPort as number },
    stop: async () => void (await Promise.all(procs.map((p) => p.stop()))),
  };
}

async function registerProviders(natsUrl: string): Promise<void> {
  const rpc = await RpcClient.connect({ servers: natsUrl, name: 'bench-setup', timeoutMs: 10000 });
  const meta = () => ({ actor: admin, correlationId: randomUUID() });
  await rpc.call(MatchingRpc.registerOrganisation, { organisationId: 'bar-bench', kind: 'BAR_ASSOCIATION', name: 'Đoàn Luật sư (bench)', provinceCode: '79' }, meta());
  await rpc.call(MatchingRpc.registerOrganisation, { organisationId: 'centre-bench', kind: 'LEGAL_AID_CENTRE', name: 'Trung tâm (bench)', provinceCode: '79', escalationOrganisationId: 'bar-bench' }, meta());
  for (let i = 0; i < 40; i++) {
    await rpc.call(
      MatchingRpc.registerProvider,
      {
        providerId: `bench-lawyer-${i}`,
        organisationId: 'bar-bench',
        kind: 'PRO_BONO_LAWYER',
        displayName: `Luật sư ${i}`,
        gender: i % 2 ? 'FEMALE' : 'MALE',
        fieldsOfLaw: ['CIVIL', 'LAND', 'LABOUR', 'MARRIAGE_FAMILY'],
        aidForms: ['PROCEEDINGS', 'ADVICE', 'OUT_OF_COURT'],
        languages: ['vie'],
        areas: [{ provinceCode: '79', communeCode: null }],
        capacity: 500,
      } as never,
      meta(),
    );
  }
  await rpc.close();
}

async function dbCommands(healthPorts: Record<string, number>): Promise<number> {
  let total = 0;
  for (const port of Object.values(healthPorts)) {
    const text = await (await fetch(`http://127.0.0.1:${port}/metrics`)).text();
    for (const line of text.split('\n')) {
      const m = /^legalaid_db_commands_total\{command="(insert|update|delete|findAndModify)"\} (\d+)/.exec(line);
      if (m) total += Number(m[2]);
    }
  }
  return total;
}

/** Runs `count` journeys at `concurrency`; latency from submit to the first offer event. */
async function level(net: Network, natsUrl: string, concurrency: number, count: number) {
  const token = await devToken(JWT_SECRET, { sub: 'bench-staff', role: 'CENTRE_STAFF', org: 'centre-bench' });
  const nc = await connect({ servers: natsUrl });
  const firstOffer = new Map<string, () => void>();
  const sub = nc.subscribe(MatchingOfferMade.subject, {
    callback: (_e, msg) => {
      const requestId = (msg.json() as { data: { requestId: string } }).data.requestId;
      firstOffer.get(requestId)?.();
      firstOffer.delete(requestId);
    },
  });
  const gql = async (query: string, variables: Record<string, unknown>) => {
    const res = await fetch(net.url, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` }, body: JSON.stringify({ query, variables }) });
    const json = (await res.json()) as { data?: Record<string, { requestId: string }>; errors?: unknown };
    if (json.errors) throw new Error(JSON.stringify(json.errors).slice(0, 300));
    return json.data!;
  };
  const latencies: number[] = [];
  const steps: { submit: number; acceptToOffer: number }[] = [];
  let started = 0;
  const t0 = performance.now();
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (started < count) {
        const i = started++;
        const s = performance.now();
        const submitted = await gql('mutation($input: SubmitLegalAidRequestInput!) { submitLegalAidRequest(input: $input) { requestId } }', {
          input: {
            channel: 'HOTLINE',
            centreId: 'centre-bench',
            applicant: { fullName: `Người thử ${i}`, idNumber: String(790000000000 + i * 7 + concurrency), address: { provinceCode: '79', communeCode: '26737' } },
            fieldOfLaw: 'LAND',
            aidForm: 'ADVICE',
            summary: 'Tranh chấp đất đai',
            consent: { purposes: ['LEGAL_AID_PROCESSING', 'REFERRAL_TO_PROVIDER'], givenBy: 'APPLICANT', method: 'WRITTEN' },
          },
        });
        const requestId = submitted.submitLegalAidRequest.requestId;
        const tSubmitted = performance.now();
        const offered = new Promise<void>((resolve) => firstOffer.set(requestId, resolve));
        await gql('mutation($input: AcceptLegalAidRequestInput!) { acceptLegalAidRequest(input: $input) { requestId } }', {
          input: { requestId, eligibilityGroup: 'POOR_HOUSEHOLD', evidence: ['POOR_HOUSEHOLD_CERTIFICATE', 'IDENTITY_DOCUMENT'] },
        });
        let timer: NodeJS.Timeout | undefined;
        await Promise.race([
          offered,
          new Promise((_, reject) => (timer = setTimeout(() => reject(new Error(`no offer for ${requestId} within 60 s`)), 60000))),
        ]).finally(() => clearTimeout(timer));
        latencies.push(performance.now() - s);
        steps.push({ submit: performance.now() - s - (performance.now() - tSubmitted), acceptToOffer: performance.now() - tSubmitted });
      }
    }),
  );
  const seconds = (performance.now() - t0) / 1000;
  sub.unsubscribe();
  await nc.close();
  return {
    concurrency,
    requests: count,
    perSecond: round(count / seconds),
    latencyMs: summarise(latencies),
    stepsMs: { submit: summarise(steps.map((x) => x.submit)), acceptToFirstOffer: summarise(steps.map((x) => x.acceptToOffer)) },
  };
}

/** The database alone: `writes` inserts at `concurrency`, as requests per second for `writesPerRequest`. */
async function baseline(mongoUrl: string, writesPerRequest: number, concurrency: number, count: number) {
  const conn = await mongoose.createConnection(mongoUrl, { dbName: `bench_baseline_${concurrency}`, maxPoolSize: 1 }).asPromise();
  const coll = conn.db!.collection('writes');
  const total = Math.round(writesPerRequest * count);
  let next = 0;
  const t0 = performance.now();
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (next < total) {
        next++;
        await coll.insertOne({ _id: randomUUID() as never, at: new Date(), payload: 'x'.repeat(400) });
      }
    }),
  );
  const seconds = (performance.now() - t0) / 1000;
  await conn.close();
  return { writes: total, writesPerSecond: round(total / seconds), requestsPerSecond: round(count / seconds) };
}

function databaseOf(servers: Awaited<ReturnType<typeof benchServers>>): string {
  return servers.mongo.kind === 'configured' ? `given by MONGO_URL${process.env.BENCH_DATABASE ? `: ${process.env.BENCH_DATABASE}` : ''}` : servers.mongo.kind === 'ferretdb' ? 'FerretDB (SQLite backend), started by the bench' : `${servers.mongo.kind}, started by the bench`;
}

async function main() {
  const servers = await benchServers();
  try {
    if (TRACING_COST) {
      const received: number[] = [];
      const sink = createServer((req, res) => {
        req.resume();
        req.on('end', () => {
          received.push(1);
          res.writeHead(200).end('{}');
        });
      });
      await new Promise<void>((r) => sink.listen(0, '127.0.0.1', () => r()));
      const otlp = `http://127.0.0.1:${(sink.address() as { port: number }).port}`;
      const results: Record<string, unknown>[] = [];
      for (const mode of ['off', 'export', 'off', 'export'] as const) {
        const net = await startNetwork(servers.nats.url, servers.mongo.url, `bench_tr_${results.length}`, mode, otlp);
        await registerProviders(servers.nats.url);
        await level(net, servers.nats.url, TRACING_CONCURRENCY, 5); // warm-up
        results.push({ mode, ...(await level(net, servers.nats.url, TRACING_CONCURRENCY, PER_LEVEL)) });
        await net.stop();
      }
      sink.close();
      const avg = (mode: string, f: (r: { perSecond: number; latencyMs: { p50: number } }) => number) => {
        const xs = results.filter((r) => r.mode === mode).map((r) => f(r as never));
        return xs.reduce((a, b) => a + b, 0) / xs.length;
      };
      report('tracing-cost', {
        concurrency: TRACING_CONCURRENCY,
        requestsPerRun: PER_LEVEL,
        runs: results,
        exportBatchesReceived: received.length,
        ratio: { throughputOnOverOff: round(avg('export', (r) => r.perSecond) / avg('off', (r) => r.perSecond)), p50OnOverOff: round(avg('export', (r) => r.latencyMs.p50) / avg('off', (r) => r.latencyMs.p50)) },
      });
      return;
    }
    if (GROWTH) {
      // One database growing batch after batch: how throughput follows the amount of data stored.
      const net = await startNetwork(servers.nats.url, servers.mongo.url, 'bench_growth', 'default');
      try {
        await registerProviders(servers.nats.url);
        const batches = [];
        for (let b = 0; b < GROWTH_BATCHES; b++) {
          const result = await level(net, servers.nats.url, GROWTH_CONCURRENCY, PER_LEVEL);
          batches.push({ requestsStoredBefore: b * PER_LEVEL, perSecond: result.perSecond, latencyMs: result.latencyMs });
          console.error(`batch ${b + 1}: ${b * PER_LEVEL} requests stored before, ${result.perSecond} req/s`);
        }
        report('e2e-growth', { database: databaseOf(servers), concurrency: GROWTH_CONCURRENCY, requestsPerBatch: PER_LEVEL, batches, lastOverFirst: round(batches[batches.length - 1].perSecond / batches[0].perSecond) });
      } finally {
        await net.stop();
      }
      return;
    }
    const levels = [];
    for (const c of LEVELS) {
      // Fresh databases for each level, so levels differ by concurrency, not by the data earlier levels stored.
      const net = await startNetwork(servers.nats.url, servers.mongo.url, `bench_e2e_c${c}`, 'default');
      try {
        await registerProviders(servers.nats.url);
        await level(net, servers.nats.url, 2, 10); // warm-up
        const before = await dbCommands(net.healthPorts);
        const result = await level(net, servers.nats.url, c, PER_LEVEL);
        await new Promise((r) => setTimeout(r, 1000)); // let relays finish removing published entries
        const writesPerRequest = ((await dbCommands(net.healthPorts)) - before) / PER_LEVEL;
        const base = await baseline(servers.mongo.url, writesPerRequest, c, PER_LEVEL);
        levels.push({ ...result, writesPerRequest: round(writesPerRequest, 1), baseline: base, ratio: round(result.perSecond / base.requestsPerSecond) });
        console.error(`concurrency ${c}: ${result.perSecond} req/s, p50 ${result.latencyMs.p50} ms, baseline ${base.requestsPerSecond} req/s`);
      } finally {
        await net.stop();
      }
    }
    const peak = levels.reduce((a, b) => (b.perSecond > a.perSecond ? b : a));
    report('e2e', { database: databaseOf(servers), requestsPerLevel: PER_LEVEL, providers: 40, levels, saturatesAt: peak.concurrency, peakPerSecond: peak.perSecond });
  } finally {
    await servers.stop();
  }
}

await main();
