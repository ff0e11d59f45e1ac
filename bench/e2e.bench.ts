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
 * With `--backends` it runs one concurrency (BENCH_BACKENDS_CONCURRENCY, 8)
 * on FerretDB with SQLite and on FerretDB with PostgreSQL, alternately and
 * twice each, in one run, and reports the ratio and the database commands
 * (writes and all) per journey.
 *
 * Each concurrency level runs against fresh databases.
 *
 * Run: npm run bench -- e2e [requests-per-level] [--tracing-cost | --growth | --backends]
 */
import { createServer } from 'node:http';
import { randomUUID } from 'node:crypto';
import mongoose from 'mongoose';
import { startMongo } from '@legalaid/infra';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { benchServers, report, round } from './support.js';
import { level, measured, registerProviders, startNetwork } from './network.js';

const args = process.argv.slice(2);
const PER_LEVEL = Number(args.find((a) => /^\d+$/.test(a)) ?? 60);
const TRACING_COST = args.includes('--tracing-cost');
const TRACING_CONCURRENCY = Number(process.env.BENCH_TRACING_CONCURRENCY ?? 1);
const GROWTH = args.includes('--growth');
const BACKENDS = args.includes('--backends');
const GROWTH_BATCHES = Number(process.env.BENCH_GROWTH_BATCHES ?? 6);
const GROWTH_CONCURRENCY = Number(process.env.BENCH_GROWTH_CONCURRENCY ?? 4);
const LEVELS = (process.env.BENCH_LEVELS ?? "1,2,4,8,16").split(",").map(Number);

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
  return servers.mongo.kind === 'configured' ? `given by MONGO_URL${process.env.BENCH_DATABASE ? `: ${process.env.BENCH_DATABASE}` : ''}` : servers.mongo.kind === 'ferretdb-sqlite' ? 'FerretDB (SQLite backend), started by the bench' : servers.mongo.kind === 'ferretdb-postgresql' ? 'FerretDB (PostgreSQL backend with GIN companions), started by the bench' : `${servers.mongo.kind}, started by the bench`;
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
    if (BACKENDS) {
      // The same code on both FerretDB backends, alternately, in one run.
      const c = Number(process.env.BENCH_BACKENDS_CONCURRENCY ?? 8);
      const runs: ({ backend: string } & Awaited<ReturnType<typeof measured>>)[] = [];
      for (const backend of ['sqlite', 'postgresql', 'sqlite', 'postgresql'] as const) {
        process.env.LEGALAID_FERRETDB_BACKEND = backend === 'sqlite' ? 'sqlite' : 'postgresql';
        const mongo = await startMongo({ dataDir: mkdtempSync(join(tmpdir(), `legalaid-bench-${backend}-`)) });
        const net = await startNetwork(servers.nats.url, mongo.url, `bench_be_${runs.length}`, 'default');
        try {
          await registerProviders(servers.nats.url);
          const result = await measured(net, servers.nats.url, c, PER_LEVEL);
          runs.push({ backend: mongo.kind, ...result });
          console.error(`${mongo.kind}, concurrency ${c}: ${result.perSecond} req/s, p95 ${result.latencyMs.p95} ms, ${result.writesPerRequest} writes and ${result.commandsPerRequest} commands per journey`);
        } finally {
          await net.stop();
          await mongo.destroy?.();
        }
      }
      const avg = (kind: string) => {
        const xs = runs.filter((r) => r.backend === kind).map((r) => r.perSecond);
        return xs.reduce((a, b) => a + b, 0) / xs.length;
      };
      report('e2e-backends', { concurrency: c, requestsPerRun: PER_LEVEL, runs, postgresqlOverSqlite: round(avg('ferretdb-postgresql') / avg('ferretdb-sqlite')) });
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
        const result = await measured(net, servers.nats.url, c, PER_LEVEL);
        const writesPerRequest = result.writesPerRequest;
        const base = await baseline(servers.mongo.url, writesPerRequest, c, PER_LEVEL);
        levels.push({ ...result, baseline: base, ratio: round(result.perSecond / base.requestsPerSecond) });
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
