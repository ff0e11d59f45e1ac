/**
 * Gateway overhead: a typical query through the gateway (HTTP, JWT, GraphQL
 * parse/validate/execute, limits, access matrix) against the same service
 * call made directly over NATS, in the same run, at the same concurrency.
 * Run: npm run bench -- gateway [requests] [concurrency]
 */
import { randomBytes, randomUUID } from 'node:crypto';
import { IntakeRpc, type Actor } from '@legalaid/contracts';
import { RpcClient, spawnProcess, type ManagedProcess } from '@legalaid/infra';
import { devToken } from '@legalaid/gateway/auth';
import { benchSeeds, benchServers, report, round, summarise } from './support.js';

const N = Number(process.argv[2] ?? 2000);
const CONCURRENCY = Number(process.argv[3] ?? 8);
const JWT_SECRET = randomBytes(32).toString('base64url');
process.env.RPC_SIGNING_KEY = randomBytes(32).toString('base64');
const staff: Actor = { id: 'bench-staff', role: 'CENTRE_STAFF', organisationId: 'centre-hcm' };

async function run(label: string, once: () => Promise<void>) {
  const latencies: number[] = [];
  let next = 0;
  const t0 = performance.now();
  await Promise.all(
    Array.from({ length: CONCURRENCY }, async () => {
      while (next < N) {
        next++;
        const s = performance.now();
        await once();
        latencies.push(performance.now() - s);
      }
    }),
  );
  const seconds = (performance.now() - t0) / 1000;
  return { label, perSecond: round(N / seconds), latencyMs: summarise(latencies) };
}

async function main() {
  const servers = await benchServers();
  const procs: ManagedProcess[] = [];
  try {
    const env = { NATS_URL: servers.nats.url, MONGO_URL: servers.mongo.url, RPC_SIGNING_KEY: process.env.RPC_SIGNING_KEY!, LOG_LEVEL: 'info', NODE_ENV: 'production' };
    procs.push(spawnProcess('intake', { ...env, NATS_NKEY_SEED: benchSeeds.intake, MONGO_DB: 'bench_intake', INTAKE_DATA_KEYS: `b1:${randomBytes(32).toString('base64')}`, INTAKE_ACTIVE_KEY_ID: 'b1', INTAKE_INDEX_KEY: randomBytes(32).toString('base64') }));
    procs.push(spawnProcess('gateway', { ...env, NATS_NKEY_SEED: benchSeeds.gateway, JWT_SECRET, GATEWAY_PORT: '0', RATE_LIMIT_MAX: '1000000' }, { nodeArgs: process.env.BENCH_PROFILE_DIR ? ['--cpu-prof', `--cpu-prof-dir=${process.env.BENCH_PROFILE_DIR}`] : [] }));
    const [, gw] = await Promise.all(procs.map((p) => p.ready));
    const url = gw.url as string;
    const rpc = await RpcClient.connect({ servers: servers.nats.url, name: 'bench', timeoutMs: 10000 });
    const { requestId } = await rpc.call(
      IntakeRpc.submit,
      {
        channel: 'WALK_IN',
        centreId: 'centre-hcm',
        applicant: { fullName: 'Benchmark Applicant', address: { provinceCode: '79', communeCode: '26737' } },
        fieldOfLaw: 'CIVIL',
        aidForm: 'ADVICE',
        summary: 'benchmark',
        consent: { purposes: ['LEGAL_AID_PROCESSING'], givenBy: 'APPLICANT', method: 'WRITTEN' },
      },
      { actor: staff, correlationId: randomUUID() },
    );
    const token = await devToken(JWT_SECRET, { sub: staff.id, role: staff.role, org: staff.organisationId });
    const query = JSON.stringify({ query: 'query($id: ID!) { legalAidRequest(id: $id) { id status channel fieldOfLaw aidForm registerNumber } }', variables: { id: requestId } });
    const viaGateway = async () => {
      const res = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` }, body: query });
      const json = (await res.json()) as { errors?: unknown };
      if (json.errors) throw new Error(JSON.stringify(json.errors));
    };
    const direct = async () => {
      await rpc.call(IntakeRpc.get, { requestId, withPersonalData: false } as never, { actor: staff, correlationId: randomUUID() });
    };
    // Warm up both paths, then alternate to spread the machine's noise over both.
    for (let i = 0; i < 100; i++) await Promise.all([viaGateway(), direct()]);
    const d1 = await run('direct NATS', direct);
    const g1 = await run('gateway', viaGateway);
    const d2 = await run('direct NATS', direct);
    const g2 = await run('gateway', viaGateway);
    const best = (a: typeof d1, b: typeof d1) => (a.perSecond >= b.perSecond ? a : b);
    const directBest = best(d1, d2);
    const gatewayBest = best(g1, g2);
    await rpc.close();
    report('gateway', {
      requests: N,
      concurrency: CONCURRENCY,
      direct: directBest,
      gateway: gatewayBest,
      runs: [d1, g1, d2, g2],
      ratio: { throughput: round(gatewayBest.perSecond / directBest.perSecond), p50: round(gatewayBest.latencyMs.p50 / directBest.latencyMs.p50) },
    });
  } finally {
    await Promise.all(procs.map((p) => p.stop()));
    await servers.stop();
  }
}

await main();
