/**
 * The network a benchmark runs journeys on (services spawned from their
 * build output against the bench's own servers), the journeys themselves,
 * and the database commands they cost, read from the services' metrics.
 */
import { randomBytes, randomUUID } from 'node:crypto';
import { MatchingOfferMade, MatchingRpc, type Actor } from '@legalaid/contracts';
import { connectNats, RpcClient, spawnProcess, type ManagedProcess } from '@legalaid/infra';
import { devToken } from '@legalaid/gateway/auth';
import { benchSeeds, round, summarise } from './support.js';

export const JWT_SECRET = randomBytes(32).toString('base64url');
process.env.RPC_SIGNING_KEY ??= randomBytes(32).toString('base64');
export const admin: Actor = { id: 'bench-admin', role: 'ADMIN' };

export type ServiceName = 'intake' | 'matching' | 'case-tracking' | 'oversight';

export interface Network {
  url: string;
  procs: ManagedProcess[];
  /** Stops a process and starts it again with the same settings; resolves once it is ready. */
  restart(name: string, between?: () => Promise<void>): Promise<void>;
  healthPorts: Record<string, number>;
  stop(): Promise<void>;
}

export async function startNetwork(natsUrl: string, mongoUrl: string, label: string, telemetry: 'default' | 'off' | 'export', otlp?: string, extra: ServiceName[] = []): Promise<Network> {
  const env: Record<string, string> = { NATS_URL: natsUrl, MONGO_URL: mongoUrl, RPC_SIGNING_KEY: process.env.RPC_SIGNING_KEY!, LOG_LEVEL: 'info', NODE_ENV: 'production', OUTBOX_POLL_MS: '250' };
  if (process.env.MONGO_TRACE_FILE) env.MONGO_TRACE_FILE = process.env.MONGO_TRACE_FILE;
  if (telemetry === 'off') env.OTEL_SDK_DISABLED = 'true';
  if (telemetry === 'export' && otlp) env.OTEL_EXPORTER_OTLP_ENDPOINT = otlp;
  const envs = new Map<string, Record<string, string>>();
  const spawnWith = (name: ServiceName | 'gateway', settings: Record<string, string>, opts: { telemetry: boolean }) => {
    const own = { ...settings, NATS_NKEY_SEED: benchSeeds[name] };
    envs.set(name, own);
    return spawnProcess(name, own, opts);
  };
  const procs = [
    spawnWith('intake', { ...env, MONGO_DB: `${label}_intake`, INTAKE_DATA_KEYS: `b1:${randomBytes(32).toString('base64')}`, INTAKE_ACTIVE_KEY_ID: 'b1', INTAKE_INDEX_KEY: randomBytes(32).toString('base64') }, { telemetry: telemetry !== 'off' }),
    spawnWith('matching', { ...env, MONGO_DB: `${label}_matching`, MATCHING_INDEX_REFRESH_MS: '60000', ...(process.env.BENCH_MATCHING_ENV ? (JSON.parse(process.env.BENCH_MATCHING_ENV) as Record<string, string>) : {}) }, { telemetry: telemetry !== 'off' }),
    spawnWith('gateway', { ...env, JWT_SECRET, GATEWAY_PORT: '0', RATE_LIMIT_MAX: '1000000' }, { telemetry: telemetry !== 'off' }),
    ...extra.map((name) =>
      spawnWith(name, { ...env, MONGO_DB: `${label}_${name.replace('-', '_')}`, ...(name === 'oversight' ? { OVERSIGHT_SIGNING_KEY: randomBytes(32).toString('base64') } : {}) }, { telemetry: telemetry !== 'off' }),
    ),
  ];
  const ready = await Promise.all(procs.map((p) => p.ready));
  return {
    url: ready[2].url as string,
    procs,
    restart: async (name, between) => {
      const i = procs.findIndex((p) => p.name === name);
      await procs[i].stop();
      await between?.();
      procs[i] = spawnWith(name as ServiceName, envs.get(name)!, { telemetry: telemetry !== 'off' });
      await procs[i].ready;
    },
    healthPorts: {
      intake: ready[0].healthPort as number,
      matching: ready[1].healthPort as number,
      ...Object.fromEntries(extra.map((name, i) => [name, ready[3 + i].healthPort as number])),
    },
    stop: async () => void (await Promise.all(procs.map((p) => p.stop()))),
  };
}

export async function registerProviders(natsUrl: string): Promise<void> {
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

/** Database commands the services sent so far: writes (insert, update, delete, findAndModify) and all. */
export async function dbCommands(healthPorts: Record<string, number>): Promise<{ writes: number; all: number }> {
  let writes = 0;
  let all = 0;
  for (const port of Object.values(healthPorts)) {
    const text = await (await fetch(`http://127.0.0.1:${port}/metrics`)).text();
    for (const line of text.split('\n')) {
      const m = /^legalaid_db_commands_total\{command="([A-Za-z]+)"\} (\d+)/.exec(line);
      if (!m || /^(hello|isMaster|ismaster|ping|buildInfo|endSessions|createIndexes|listIndexes)$/.test(m[1])) continue;
      all += Number(m[2]);
      if (/^(insert|update|delete|findAndModify)$/.test(m[1])) writes += Number(m[2]);
    }
  }
  return { writes, all };
}

/** One measured level on a network: journeys, then the commands they cost each. */
export async function measured(net: Network, natsUrl: string, concurrency: number, count: number) {
  await level(net, natsUrl, 2, 10); // warm-up
  const before = await dbCommands(net.healthPorts);
  const result = await level(net, natsUrl, concurrency, count);
  await new Promise((r) => setTimeout(r, 1000)); // let relays finish removing published entries
  const after = await dbCommands(net.healthPorts);
  return { ...result, writesPerRequest: round((after.writes - before.writes) / count, 1), commandsPerRequest: round((after.all - before.all) / count, 1) };
}

/** Runs `count` journeys at `concurrency`; latency from submit to the first offer event. */
export async function level(net: Network, natsUrl: string, concurrency: number, count: number) {
  const token = await devToken(JWT_SECRET, { sub: 'bench-staff', role: 'CENTRE_STAFF', org: 'centre-bench' });
  const nc = await connectNats({ servers: natsUrl, name: 'bench-offers' });
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

