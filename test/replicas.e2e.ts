import { afterAll, beforeAll, describe, expect, it, jest } from '@jest/globals';
import { createServer, request, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { gql, startNetwork, type TestNetwork } from './support/network.js';
import { soakRun } from './support/soak.js';
import { natsViolations, resetStreams, testServers } from './support/servers.js';

/**
 * Beyond one machine: two replicas of every service (each on its own NKey,
 * sharing durable consumers, queue groups and databases) and two gateways
 * behind one address (an HTTP proxy alternating between them per request).
 * A soak run ends with nothing lost or doubled, and the gateways enforce one
 * rate limit between them.
 */
jest.setTimeout(600000);
const JOURNEYS = Number(process.env.SOAK_JOURNEYS ?? 8);
const SERVICES = ['intake', 'matching', 'case-tracking', 'oversight'] as const;

/** One address for several gateways: each request goes to the next one. */
function roundRobinProxy(targets: string[]): Promise<{ url: string; hits: number[]; server: Server }> {
  const hits = targets.map(() => 0);
  let next = 0;
  const server = createServer((req, res) => {
    const i = next++ % targets.length;
    hits[i]++;
    const target = new URL(req.url ?? '/', targets[i]);
    const upstream = request(target, { method: req.method, headers: { ...req.headers, host: target.host } }, (up) => {
      res.writeHead(up.statusCode ?? 502, up.headers);
      up.pipe(res);
    });
    upstream.on('error', () => {
      res.writeHead(502);
      res.end();
    });
    req.pipe(upstream);
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve({ url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`, hits, server })));
}

describe('two replicas of every service and two gateways behind one address', () => {
  const nets: TestNetwork[] = [];
  let proxy: Awaited<ReturnType<typeof roundRobinProxy>>;
  let violationsBefore: number;

  beforeAll(async () => {
    await resetStreams(testServers().natsUrl);
    violationsBefore = natsViolations().length;
    const extraEnv = {
      matching: { MATCHING_TIMER_POLL_MS: '300', MATCHING_INDEX_REFRESH_MS: '300' },
      oversight: { OVERSIGHT_CHECKPOINT_EVERY: '25' },
      // Public submissions are limited per client address, and every request reaches the gateways from the proxy's.
      // Ten processes and two databases' worth of work share the test machine: a slow answer is not a lost one.
      gateway: { RATE_LIMIT_MAX: '100000', PUBLIC_SUBMISSIONS: 'true', PUBLIC_SUBMISSIONS_PER_HOUR: '3', SERVICE_TIMEOUT_MS: '20000' },
    };
    const first = await startNetwork({ label: 'replicas', services: [...SERVICES], gateway: true, extraEnv });
    nets.push(first);
    // The second replica of each process: same databases, keys and settings.
    const same = (s: (typeof SERVICES)[number]) => ({ ...extraEnv[s as keyof typeof extraEnv], MONGO_DB: first.env[s].MONGO_DB, ...(s === 'intake' ? { INTAKE_DATA_KEYS: first.env.intake.INTAKE_DATA_KEYS, INTAKE_ACTIVE_KEY_ID: first.env.intake.INTAKE_ACTIVE_KEY_ID, INTAKE_INDEX_KEY: first.env.intake.INTAKE_INDEX_KEY } : {}) });
    nets.push(await startNetwork({ label: 'replicas', services: [...SERVICES], gateway: true, extraEnv: { intake: same('intake'), matching: same('matching'), 'case-tracking': same('case-tracking'), oversight: same('oversight'), gateway: extraEnv.gateway } }));
    proxy = await roundRobinProxy(nets.map((n) => n.graphqlUrl!));
  });
  afterAll(async () => {
    proxy?.server.closeAllConnections();
    proxy?.server.close();
    await Promise.all(nets.map((n) => n.stopAll()));
  });

  it('gives one rate limit across both gateways', async () => {
    const SUBMIT = 'mutation($input: PublicLegalAidRequestInput!) { submitPublicLegalAidRequest(input: $input) { status } }';
    const input = {
      centreId: 'centre-hcm',
      applicant: { fullName: 'Công Dân Trên Mạng', phone: '0912777888', address: { provinceCode: '79', communeCode: '26734' } },
      fieldOfLaw: 'MARRIAGE_FAMILY',
      aidForm: 'ADVICE',
      summary: 'Submitted on the web',
      consent: { purposes: ['LEGAL_AID_PROCESSING', 'REFERRAL_TO_PROVIDER'], givenBy: 'APPLICANT', method: 'ELECTRONIC' },
    };
    const outcomes: string[] = [];
    for (let i = 0; i < 5; i++) {
      const r = await gql<{ submitPublicLegalAidRequest: { status: string } }>(proxy.url, SUBMIT, { input });
      outcomes.push(r.errors ? String(r.errors[0].extensions?.reason ?? r.errors[0].extensions?.code ?? r.errors[0].message) : r.data!.submitPublicLegalAidRequest.status);
    }
    // Three an hour per client in all: with a limit per replica, the two gateways would have let five through.
    expect(outcomes).toEqual(['RECEIVED', 'RECEIVED', 'RECEIVED', 'RATE_LIMITED', 'RATE_LIMITED']);
    expect(proxy.hits[0]).toBeGreaterThan(0);
    expect(proxy.hits[1]).toBeGreaterThan(0);
  });

  it(`${JOURNEYS} concurrent journeys through both gateways end consistent in every service, nothing lost or doubled`, async () => {
    await soakRun(proxy.url, JOURNEYS);
    // Both gateways served, and every replica's credentials did only what the permission table allows.
    expect(Math.min(...proxy.hits)).toBeGreaterThan(JOURNEYS);
    expect(natsViolations().slice(violationsBefore)).toEqual([]);
  });
});
