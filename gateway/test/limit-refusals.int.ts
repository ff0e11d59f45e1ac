import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { answer, startTestGateway, token } from './helpers.js';
import { IntakeRpc } from '@legalaid/contracts';

/**
 * Each limit refusal as a client sees it: with `accept: application/graphql-response+json`
 * a 400 (the request fails validation, GraphQL-over-HTTP), with `application/json` a 200
 * with `errors`; either way a stable `extensions.code`, no data, and no "Syntax Error:".
 */
type Body = { data?: unknown; errors?: { message: string; extensions?: { code?: string; cost?: number } }[] };

describe('limit refusals: HTTP status and extensions.code', () => {
  let g: Awaited<ReturnType<typeof startTestGateway>>;
  let staff: string;
  beforeAll(async () => {
    g = await startTestGateway({ GRAPHQL_MAX_DIRECTIVES: '3' });
    staff = await token({ sub: 'staff-limits', role: 'CENTRE_STAFF', org: 'centre-hcm' });
  });
  afterAll(async () => {
    await g.close();
  });

  async function post(query: string, accept: string, variables: Record<string, unknown> = {}, bearer = staff): Promise<{ status: number; body: Body }> {
    const res = await fetch(g.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept, authorization: `Bearer ${bearer}` },
      body: JSON.stringify({ query, variables }),
    });
    return { status: res.status, body: (await res.json()) as Body };
  }

  const aliases = (n: number) => `{ ${Array.from({ length: n }, (_, i) => `a${i}: me { id }`).join(' ')} }`;
  const cases: [string, string, string][] = [
    ['QUERY_TOO_DEEP', '{ cases { edges { node { request { case { request { case { request { case { request { id } } } } } } } } } } }', 'Query depth limit of 10 exceeded, found 11'],
    ['TOO_MANY_ALIASES', aliases(16), 'Aliases limit of 15 exceeded'],
    ['TOO_MANY_DIRECTIVES', `{ __typename ${'@include(if: true) '.repeat(4)} }`, 'Directives limit of 3 exceeded'],
    ['TOO_MANY_TOKENS', `{ ${'__typename '.repeat(2100)} }`, 'Token limit of 2000 exceeded'],
    // Ten full pages with their joins in one request: 10 × (1 + 100 × (edges, node, request, referral, offers)).
    ['QUERY_TOO_COSTLY', `{ ${Array.from({ length: 10 }, (_, i) => `p${i}: cases(first: 100) { edges { node { request { referral { offers { id } } } } } }`).join(' ')} }`, 'Query cost 5010 exceeds the limit of 5000'],
  ];

  it.each(cases)('%s: 400 for application/graphql-response+json, with its code and no data', async (code, query, message) => {
    const { status, body } = await post(query, 'application/graphql-response+json');
    expect(status).toBe(400);
    expect(body.data).toBeUndefined();
    expect(body.errors?.[0].extensions?.code).toBe(code);
    expect(body.errors?.[0].message).toContain(message);
    expect(body.errors?.[0].message).not.toMatch(/Syntax Error/);
  });

  it.each(cases)('%s: 200 with errors for application/json, with the same code', async (code, query) => {
    const { status, body } = await post(query, 'application/json');
    expect(status).toBe(200);
    expect(body.data ?? null).toBeNull();
    expect(body.errors?.[0].extensions?.code).toBe(code);
    expect(body.errors?.[0].message).not.toMatch(/Syntax Error/);
  });

  it('RATE_LIMITED: 429 with Retry-After once a user is over the limit (counted per request), the same code for application/json', async () => {
    const limited = await startTestGateway({ RATE_LIMIT_MAX: '2', RATE_LIMIT_WINDOW: '60s' });
    try {
      const me = async (accept = 'application/graphql-response+json') => {
        const res = await fetch(limited.url, { method: 'POST', headers: { 'content-type': 'application/json', accept, authorization: `Bearer ${staff}` }, body: JSON.stringify({ query: '{ me { id } a: me { id } b: me { id } }' }) });
        return { status: res.status, retryAfter: res.headers.get('retry-after'), body: (await res.json()) as Body };
      };
      // Each request counts once, whatever its number of root fields.
      expect((await me()).body.errors).toBeUndefined();
      expect((await me()).body.errors).toBeUndefined();
      const third = await me();
      expect(third.status).toBe(429);
      expect(Number(third.retryAfter)).toBeGreaterThanOrEqual(1);
      expect(third.body.errors?.[0].extensions?.code).toBe('RATE_LIMITED');
      expect(third.body.errors?.[0].message).not.toMatch(/Syntax Error/);
      const json = await me('application/json');
      expect(json.body.errors?.[0].extensions?.code).toBe('RATE_LIMITED');
    } finally {
      await limited.close();
    }
  });

  describe('cost follows the page sizes the schema allows', () => {
    const PAGE_WITH_JOINS = `query($first: Int) { legalAidRequests(first: $first) { edges { cursor node { id status urgency { urgent reasons } referral { id status offers { id providerId status expiresAt } assignedProvider { id } } case { id state nextDeadline { dueAt } } } } pageInfo { hasNextPage endCursor } } }`;

    it('the largest page of legalAidRequests with its referral, offers and case is within the default limit', async () => {
      const intake = await answer(IntakeRpc.list, () => ({ ok: true, data: { items: [], pageInfo: { endCursor: null, hasNextPage: false } } }));
      try {
        const { status, body } = await post(PAGE_WITH_JOINS, 'application/graphql-response+json', { first: 100 });
        expect(body.errors).toBeUndefined();
        expect(status).toBe(200);
        expect(body.data).toEqual({ legalAidRequests: { edges: [], pageInfo: { hasNextPage: false, endCursor: null } } });
        expect(intake.calls).toHaveLength(1);
      } finally {
        await intake.close();
      }
    });

    it('a page given as a variable counts as the largest page; nine full pages in one request pass', async () => {
      const low = await startTestGateway({ GRAPHQL_MAX_COST: '700' });
      try {
        const r = await fetch(low.url, {
          method: 'POST',
          headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json', authorization: `Bearer ${staff}` },
          body: JSON.stringify({ query: PAGE_WITH_JOINS, variables: { first: 1 } }),
        });
        const body = (await r.json()) as Body;
        expect(r.status).toBe(400);
        // 100 × (edges, node, urgency, referral, offers, assignedProvider, case, nextDeadline) + the connection, its pageInfo…
        expect(body.errors?.[0].extensions).toMatchObject({ code: 'QUERY_TOO_COSTLY', cost: 901 });
      } finally {
        await low.close();
      }
      const nine = `{ ${Array.from({ length: 9 }, (_, i) => `p${i}: cases(first: 100) { edges { node { request { referral { offers { id } } } } } }`).join(' ')} }`;
      const { status, body } = await post(nine, 'application/graphql-response+json');
      expect(body.errors?.[0]?.extensions?.code).not.toBe('QUERY_TOO_COSTLY');
      expect(status).not.toBe(400);
    });
  });
});
