/**
 * Published statistics: serving a year's stored file through the gateway
 * against computing it (what every read did before the files were stored),
 * with a year of requests in oversight's facts. Compute: `publishStatistics`
 * on oversight directly (no gateway timeout in the way); serve: GET
 * /open-data/statistics/<year>.json and .csv through the gateway.
 * Run: npm run bench -- statistics [requests] [reads]
 */
import { randomBytes, randomUUID } from 'node:crypto';
import {
  createEvent,
  EligibilityGroups,
  IntakeRequestAccepted,
  IntakeRequestReceived,
  newId,
  OversightRpc,
  type Actor,
} from '@legalaid/contracts';
import { Bus, createLogger, RpcClient, spawnProcess, type ManagedProcess } from '@legalaid/infra';
import { benchServers, report, round, summarise } from './support.js';

const REQUESTS = Number(process.argv[2] ?? 1500);
const READS = Number(process.argv[3] ?? 200);
const COMPUTES = 5;
const YEAR = 2025;
process.env.RPC_SIGNING_KEY = randomBytes(32).toString('base64');
const admin: Actor = { id: 'bench-admin', role: 'ADMIN' };
const staff: Actor = { id: 'bench-staff', role: 'CENTRE_STAFF', organisationId: 'centre-hcm' };
const PROVINCES = ['79', '01', '48', '92', '75', '74', '80', '86'];
const FIELDS = ['LAND', 'CIVIL', 'CRIMINAL', 'MARRIAGE_FAMILY', 'LABOUR'] as const;

async function main() {
  const servers = await benchServers();
  const procs: ManagedProcess[] = [];
  try {
    const env = { NATS_URL: servers.nats.url, MONGO_URL: servers.mongo.url, RPC_SIGNING_KEY: process.env.RPC_SIGNING_KEY!, LOG_LEVEL: 'info' };
    // A long poll: the period-end timer computes 2025 once at start; the measured computes are the explicit ones.
    procs.push(spawnProcess('oversight', { ...env, NODE_ENV: 'development', MONGO_DB: 'bench_oversight', OVERSIGHT_TIMER_POLL_MS: '3600000' }));
    procs.push(spawnProcess('gateway', { ...env, NODE_ENV: 'development', JWT_SECRET: randomBytes(32).toString('base64url'), GATEWAY_PORT: '0', OPEN_DATA_PER_MINUTE: '100000' }));
    const [, gw] = await Promise.all(procs.map((p) => p.ready));
    const base = String(gw.url).replace(/\/graphql$/, '');
    const rpc = await RpcClient.connect({ servers: servers.nats.url, name: 'bench-statistics', timeoutMs: 120000 });
    const bus = await Bus.connect({ servers: servers.nats.url, name: 'bench-statistics', logger: createLogger('bench', 'silent') });

    // A year of requests, spread over months, provinces, eligible groups and fields; about four in five accepted.
    const groups = EligibilityGroups.terms.map((t) => t.code);
    for (let i = 0; i < REQUESTS; i++) {
      const requestId = newId();
      const month = String((i % 12) + 1).padStart(2, '0');
      const receivedAt = `${YEAR}-${month}-${String((i % 27) + 1).padStart(2, '0')}T09:00:00+07:00`;
      const common = {
        requestId,
        applicantRef: `ap_bench${String(i).padStart(12, '0')}`,
        centreId: 'centre-hcm',
        channel: 'WALK_IN' as const,
        fieldOfLaw: FIELDS[i % FIELDS.length],
        aidForm: 'ADVICE' as const,
        provinceCode: PROVINCES[i % PROVINCES.length],
        communeCode: null,
        language: 'vie',
        needsInterpreter: false,
        urgency: { urgent: false, reasons: [], deadlineAt: null },
      };
      const group = groups[i % groups.length] as never;
      await bus.publish(createEvent(IntakeRequestReceived, { ...common, eligibilityGroup: null, claimedEligibilityGroup: group, possibleDuplicateOf: [], receivedAt }, { actor: staff, correlationId: `b-${requestId}` }));
      if (i % 5 !== 0) {
        await bus.publish(
          createEvent(
            IntakeRequestAccepted,
            {
              ...common,
              eligibilityGroup: group,
              registerNumber: `${YEAR}/bench/${i}`,
              ruleSetId: 'law-2017-art7',
              evidence: [],
              parties: { applicant: { strong: [`ph_bench${String(i).padStart(12, '0')}`], nameBirth: null }, opposing: [] },
              preferredProviderGender: null,
              acceptedAt: new Date(Date.parse(receivedAt) + 3600_000).toISOString(),
            },
            { actor: staff, correlationId: `b-${requestId}` },
          ),
        );
      }
    }
    // Wait until oversight has recorded them all (each check is itself a compute, so it is not measured).
    for (;;) {
      const p = await rpc.call(OversightRpc.publishStatistics, { year: YEAR }, { actor: admin, correlationId: randomUUID() });
      const file = await rpc.call(OversightRpc.publishedStatisticsFile, { year: YEAR, format: 'json' }, { actor: admin, correlationId: randomUUID() });
      const year = JSON.parse(file.content).periods.find((x: { period: string }) => x.period === String(YEAR)).tables.find((t: { groupBy: string }) => t.groupBy === 'NONE').total;
      if (year.requests === REQUESTS) {
        console.log(`all ${REQUESTS} requests recorded; files ${p.files.map((f) => `${f.format} ${f.bytes} B`).join(', ')}`);
        break;
      }
      await new Promise((r) => setTimeout(r, 2000));
    }

    const compute: number[] = [];
    for (let i = 0; i < COMPUTES; i++) {
      const s = performance.now();
      await rpc.call(OversightRpc.publishStatistics, { year: YEAR }, { actor: admin, correlationId: randomUUID() });
      compute.push(performance.now() - s);
    }
    const serve: Record<'json' | 'csv', number[]> = { json: [], csv: [] };
    for (const format of ['json', 'csv'] as const) {
      for (let i = 0; i < READS; i++) {
        const s = performance.now();
        const res = await fetch(`${base}/open-data/statistics/${YEAR}.${format}`);
        await res.arrayBuffer();
        if (res.status !== 200) throw new Error(`GET ${format}: ${res.status}`);
        serve[format].push(performance.now() - s);
      }
    }
    const c = summarise(compute);
    const j = summarise(serve.json);
    const v = summarise(serve.csv);
    await rpc.close();
    await bus.close();
    report('statistics', {
      requests: REQUESTS,
      compute: { what: 'publishStatistics on oversight (every fact of the year, suppression, both files rendered and stored)', latencyMs: c },
      serveJson: { what: `GET /open-data/statistics/${YEAR}.json through the gateway (stored bytes)`, latencyMs: j },
      serveCsv: { what: `GET /open-data/statistics/${YEAR}.csv through the gateway (stored bytes)`, latencyMs: v },
      ratio: { computeOverServeJsonP50: round(c.p50 / j.p50, 1), computeOverServeCsvP50: round(c.p50 / v.p50, 1) },
    });
  } finally {
    await Promise.all(procs.map((p) => p.stop()));
    await servers.stop();
  }
}

await main();
