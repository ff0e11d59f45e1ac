import { afterAll, afterEach, beforeAll, describe, expect, it } from '@jest/globals';
import { createHash } from 'node:crypto';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { AdministrativeUnits, bundledAdminUnits, IntakeRpc, PING_RPCS, CONTEXTS } from '@legalaid/contracts';
import { answer, gql, startTestGateway, token } from './helpers.js';

type TestGateway = Awaited<ReturnType<typeof startTestGateway>>;
const started: TestGateway[] = [];
async function gateway(env: Record<string, string> = {}) {
  const g = await startTestGateway(env);
  started.push(g);
  return g;
}
afterEach(async () => {
  await Promise.all(started.splice(0).map((g) => g.close()));
});

const REQUEST_ID = '01934f6e-7c1a-7000-8000-0000000000aa';

describe('GraphQL Armor limits (each proved by a query that exceeds it)', () => {
  let staff: string;
  beforeAll(async () => {
    staff = await token({ sub: 'staff-1', role: 'CENTRE_STAFF', org: 'centre-hcm' });
  });

  it('refuses a query deeper than GRAPHQL_MAX_DEPTH and accepts one at the limit', async () => {
    const g = await gateway({ GRAPHQL_MAX_DEPTH: '3' });
    const atLimit = await gql(g.url, '{ cases { pageInfo { hasNextPage } } }', {}, staff);
    expect(JSON.stringify(atLimit.errors ?? [])).not.toMatch(/depth/i);
    const tooDeep = await gql(g.url, '{ cases { edges { node { nextDeadline { dueAt } } } } }', {}, staff);
    expect(tooDeep.errors?.[0].message).toMatch(/depth/i);
    expect(tooDeep.data ?? null).toBeNull();
  });

  it('refuses a query costlier than GRAPHQL_MAX_COST', async () => {
    const g = await gateway({ GRAPHQL_MAX_COST: '10' });
    // 1 + 10 × (edges + node): a page multiplies what is below it.
    const r = await gql(g.url, '{ cases(first: 10) { edges { node { id } } } }', {}, staff);
    expect(r.errors?.[0].extensions).toMatchObject({ code: 'QUERY_TOO_COSTLY', cost: 21, maxCost: 10 });
    const cheap = await gql(g.url, '{ me { id } }', {}, staff);
    expect(cheap.errors).toBeUndefined();
  });

  it('refuses more aliases than GRAPHQL_MAX_ALIASES (default 15)', async () => {
    const g = await gateway();
    const aliases = (n: number) => `{ ${Array.from({ length: n }, (_, i) => `a${i}: me { id }`).join(' ')} }`;
    expect((await gql(g.url, aliases(15), {}, staff)).errors).toBeUndefined();
    const r = await gql(g.url, aliases(16), {}, staff);
    expect(r.errors?.[0].message).toMatch(/aliases/i);
  });

  it('refuses a document with more tokens than GRAPHQL_MAX_TOKENS (default 2000)', async () => {
    const g = await gateway();
    const r = await gql(g.url, `{ ${'__typename '.repeat(2100)} }`, {}, staff);
    expect(r.errors?.[0].message).toMatch(/token/i);
  });

  it('refuses more directives than GRAPHQL_MAX_DIRECTIVES', async () => {
    const g = await gateway({ GRAPHQL_MAX_DIRECTIVES: '3' });
    const r = await gql(g.url, `{ __typename ${'@include(if: true) '.repeat(4)} }`, {}, staff);
    expect(r.errors?.[0].message).toMatch(/directive/i);
  });
});

describe('request size, CSRF and rate limit', () => {
  it('answers 413 to a body over GATEWAY_MAX_BODY_BYTES before parsing it', async () => {
    const g = await gateway({ GATEWAY_MAX_BODY_BYTES: '2048' });
    const res = await fetch(g.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: `{ __typename } # ${'x'.repeat(4000)}` }),
    });
    expect(res.status).toBe(413);
    const ok = await fetch(g.url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: '{ __typename }' }) });
    expect(ok.status).toBe(200);
  });

  it('refuses requests a browser sends without preflight unless they carry the CSRF header', async () => {
    const g = await gateway();
    const get = `${g.url}?query=${encodeURIComponent('{ __typename }')}`;
    expect((await fetch(get, { headers: { accept: 'application/graphql-response+json' } })).status).toBe(403);
    expect((await fetch(get, { headers: { accept: 'application/graphql-response+json', 'x-graphql-csrf': '1' } })).status).toBe(200);
    const form = new FormData();
    form.set('operations', JSON.stringify({ query: '{ __typename }' }));
    expect((await fetch(g.url, { method: 'POST', body: form })).status).toBe(403);
    expect((await fetch(g.url, { method: 'POST', headers: { 'content-type': 'text/plain' }, body: JSON.stringify({ query: '{ __typename }' }) })).status).toBe(403);
  });

  it('limits each user per request, and counts users separately', async () => {
    const g = await gateway({ RATE_LIMIT_MAX: '3', RATE_LIMIT_WINDOW: '60s' });
    const a = await token({ sub: 'user-a', role: 'SUPERVISOR' });
    const b = await token({ sub: 'user-b', role: 'SUPERVISOR' });
    for (let i = 0; i < 3; i++) expect((await gql(g.url, '{ me { id } }', {}, a)).errors).toBeUndefined();
    const fourth = await gql(g.url, '{ me { id } }', {}, a);
    expect(fourth.errors?.[0].extensions?.code).toBe('RATE_LIMITED');
    expect((await gql(g.url, '{ me { id } }', {}, b)).errors).toBeUndefined();
  });
});

describe('introspection and GraphiQL', () => {
  const INTROSPECT = '{ __schema { queryType { name } } }';

  it('are on in development', async () => {
    const g = await gateway({ NODE_ENV: 'development' });
    expect((await gql(g.url, INTROSPECT)).data).toEqual({ __schema: { queryType: { name: 'Query' } } });
    const page = await fetch(g.url, { headers: { accept: 'text/html' } });
    expect(page.status).toBe(200);
    expect(await page.text()).toMatch(/graphiql/i);
  });

  it('are off in production, and field suggestions do not leak the schema', async () => {
    const g = await gateway({ NODE_ENV: 'production' });
    const r = await gql(g.url, INTROSPECT);
    expect(r.errors?.[0].message).toMatch(/introspection/i);
    const page = await fetch(g.url, { headers: { accept: 'text/html' } });
    expect(await page.text()).not.toMatch(/graphiql/i);
    const typo = await gql(g.url, '{ referenceDat { channels { code } } }');
    expect(JSON.stringify(typo.errors)).not.toMatch(/Did you mean/);
  });
});

describe('persisted operations', () => {
  const doc = '{ referenceData { aidForms { code } } }';
  const hash = createHash('sha256').update(doc).digest('hex');
  let file: string;
  beforeAll(() => {
    file = join(mkdtempSync(join(tmpdir(), 'gw-pq-')), 'operations.json');
    writeFileSync(file, JSON.stringify({ [hash]: doc }));
  });

  const byHash = (url: string, h: string) =>
    fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json' },
      body: JSON.stringify({ extensions: { persistedQuery: { version: 1, sha256Hash: h } } }),
    }).then(async (r) => ({ status: r.status, body: (await r.json()) as { data?: unknown; errors?: { message: string }[] } }));

  it('runs a stored operation by its hash and refuses an unknown hash', async () => {
    const g = await gateway({ PERSISTED_OPERATIONS_FILE: file });
    expect((await byHash(g.url, hash)).body.data).toEqual({ referenceData: { aidForms: [{ code: 'PROCEEDINGS' }, { code: 'ADVICE' }, { code: 'OUT_OF_COURT' }] } });
    expect((await byHash(g.url, '0'.repeat(64))).body.errors?.[0].message).toBe('PersistedQueryNotFound');
    expect((await gql(g.url, '{ referenceData { channels { code } } }')).errors).toBeUndefined();
  });

  it('with PERSISTED_OPERATIONS_ONLY refuses any other document', async () => {
    const g = await gateway({ PERSISTED_OPERATIONS_FILE: file, PERSISTED_OPERATIONS_ONLY: 'true' });
    expect((await byHash(g.url, hash)).body.data).toBeDefined();
    expect((await gql(g.url, '{ referenceData { channels { code } } }')).errors?.[0].message).toMatch(/persisted/i);
  });
});

describe('health, readiness and service timeouts', () => {
  it('/healthz is up; /readyz is 503 until every service answers its ping', async () => {
    const g = await gateway();
    const base = g.url.replace('/graphql', '');
    expect((await fetch(`${base}/healthz`)).status).toBe(200);
    const notReady = await fetch(`${base}/readyz`);
    expect(notReady.status).toBe(503);
    expect(((await notReady.json()) as { checks: Record<string, boolean> }).checks).toMatchObject({ nats: true, intake: false });
    const responders = await Promise.all(CONTEXTS.map((c) => answer(PING_RPCS[c], () => ({ ok: true, data: { service: c, uptimeSeconds: 1 } }))));
    try {
      const ready = await fetch(`${base}/readyz`);
      expect(await ready.json()).toEqual({ status: 'ready', checks: { nats: true, intake: true, matching: true, cases: true, oversight: true } });
    } finally {
      await Promise.all(responders.map((r) => r.close()));
    }
  });

  it('an absent service gives SERVICE_UNAVAILABLE at once', async () => {
    const g = await gateway();
    const staff = await token({ sub: 'staff-1', role: 'CENTRE_STAFF', org: 'centre-hcm' });
    const r = await gql(g.url, 'query($id: ID!) { legalAidRequest(id: $id) { id } }', { id: REQUEST_ID }, staff);
    expect(r.errors?.[0].extensions?.code).toBe('SERVICE_UNAVAILABLE');
  });

  it('a service that does not answer gives SERVICE_UNAVAILABLE within SERVICE_TIMEOUT_MS, not a hang', async () => {
    const g = await gateway({ SERVICE_TIMEOUT_MS: '800' });
    const silent = await answer(IntakeRpc.get, () => 'silence');
    try {
      const staff = await token({ sub: 'staff-1', role: 'CENTRE_STAFF', org: 'centre-hcm' });
      const t0 = Date.now();
      const r = await gql(g.url, 'query($id: ID!) { legalAidRequest(id: $id) { id } }', { id: REQUEST_ID }, staff);
      const elapsed = Date.now() - t0;
      expect(r.errors?.[0].extensions?.code).toBe('SERVICE_UNAVAILABLE');
      expect(elapsed).toBeGreaterThanOrEqual(750);
      expect(elapsed).toBeLessThan(2500);
      expect(silent.calls).toHaveLength(1);
    } finally {
      await silent.close();
    }
  });

  it('masks unexpected failures: a reply that breaks its contract is "Unexpected error."', async () => {
    const g = await gateway();
    const broken = await answer(IntakeRpc.get, () => ({ ok: true, data: { id: 'not-a-request', secret: 'stack trace here' } }));
    try {
      const staff = await token({ sub: 'staff-1', role: 'CENTRE_STAFF', org: 'centre-hcm' });
      const r = await gql(g.url, 'query($id: ID!) { legalAidRequest(id: $id) { id } }', { id: REQUEST_ID }, staff);
      expect(r.errors?.[0].message).toBe('Unexpected error.');
      expect(JSON.stringify(r)).not.toContain('stack trace');
    } finally {
      await broken.close();
    }
  });
});

describe('introspection off: nothing about the schema leaks', () => {
  it('refuses __schema, and __type beyond its name', async () => {
    const g = await gateway({ NODE_ENV: 'production' });
    for (const q of ['{ __schema { types { name } } }', '{ __type(name: "Query") { fields { name } } }', '{ __type(name: "Case") { kind } }', '{ a: __type(name: "Query") { ...F } } fragment F on __Type { fields { name } }']) {
      const r = await gql(g.url, q);
      expect(r.errors?.[0].message).toMatch(/introspection is disabled/);
    }
    expect((await gql(g.url, '{ __type(name: "Query") { name } }')).data).toEqual({ __type: { name: 'Query' } });
  });
});

describe('public web submissions', () => {
  const SUBMIT = 'mutation($input: PublicLegalAidRequestInput!) { submitPublicLegalAidRequest(input: $input) { requestId status } }';
  const input = {
    centreId: 'centre-hcm',
    applicant: { fullName: 'Nguyễn Văn B', phone: '0912345678', address: { provinceCode: '79' } },
    fieldOfLaw: 'LAND',
    aidForm: 'ADVICE',
    summary: 'Tranh chấp ranh giới đất',
    consent: { purposes: ['LEGAL_AID_PROCESSING'], givenBy: 'APPLICANT', method: 'ELECTRONIC' },
  };

  it('are off by default', async () => {
    const g = await gateway();
    expect((await gql(g.url, SUBMIT, { input })).errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });

  it('when enabled need no token, go to intake as a citizen on the WEB channel, and are rate-limited per client', async () => {
    const g = await gateway({ PUBLIC_SUBMISSIONS: 'true', PUBLIC_SUBMISSIONS_PER_HOUR: '2' });
    const intake = await answer(IntakeRpc.submit, () => ({ ok: true, data: { requestId: REQUEST_ID, status: 'RECEIVED', possibleDuplicateOf: [] } }));
    try {
      expect((await gql(g.url, SUBMIT, { input })).data).toEqual({ submitPublicLegalAidRequest: { requestId: REQUEST_ID, status: 'RECEIVED' } });
      expect(intake.calls[0].actor).toEqual({ id: 'anonymous', role: 'CITIZEN' });
      expect(intake.calls[0].input).toMatchObject({ channel: 'WEB', centreId: 'centre-hcm' });
      expect((await gql(g.url, SUBMIT, { input })).errors).toBeUndefined();
      expect((await gql(g.url, SUBMIT, { input })).errors?.[0].extensions?.code).toBe('RATE_LIMITED');
      expect(intake.calls).toHaveLength(2);
      const staff = await token({ sub: 'staff-1', role: 'CENTRE_STAFF', org: 'centre-hcm' });
      expect((await gql(g.url, SUBMIT, { input }, staff)).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    } finally {
      await intake.close();
    }
  });
});

describe('referenceData and me', () => {
  it('gives vocabulary and administrative units without a token', async () => {
    const g = await gateway();
    // The units come from what intake loaded: here intake answers from the shipped national list.
    const units = new AdministrativeUnits(bundledAdminUnits);
    const intake = await answer(IntakeRpc.units, (input) => {
      const provinceCode = (input as { provinceCode?: string }).provinceCode;
      return { ok: true, data: { effectiveFrom: units.effectiveFrom, provinces: units.listProvinces().filter((p) => !provinceCode || p.code === provinceCode), units: units.list(provinceCode), former: [] } };
    });
    const r = await gql<{ referenceData: { outcomes: { code: string; vi: string; en: string }[]; administrativeUnits: { code: string; level: string; parentCode: string | null }[] } }>(
      g.url,
      '{ referenceData { outcomes { code vi en } administrativeUnits(provinceCode: "79") { code level parentCode } } }',
    );
    expect(r.errors).toBeUndefined();
    expect(r.data!.referenceData.outcomes).toContainEqual({ code: 'SUCCESSFUL', vi: 'Thành công, hiệu quả', en: 'Successful and effective' });
    expect(r.data!.referenceData.administrativeUnits[0]).toEqual({ code: '79', level: 'PROVINCE', parentCode: null });
    expect(r.data!.referenceData.administrativeUnits).toContainEqual({ code: '26737', level: 'COMMUNE', parentCode: '79' });
    await intake.close();
  });

  it('me says who the token is and what it may do', async () => {
    const g = await gateway();
    const lawyer = await token({ sub: 'lawyer-a', role: 'LAWYER', org: 'bar-hcm', providerId: 'prov-a' });
    const r = await gql<{ me: { id: string; role: string; providerId: string; operations: string[] } }>(g.url, '{ me { id role providerId operations } }', {}, lawyer);
    expect(r.data!.me).toMatchObject({ id: 'lawyer-a', role: 'LAWYER', providerId: 'prov-a' });
    expect(r.data!.me.operations).toEqual(expect.arrayContaining(['myOffers', 'acceptOffer', 'offerReceived', 'recordCaseActivity']));
    expect(r.data!.me.operations).not.toContain('verifyAuditLedger');
  });
});
