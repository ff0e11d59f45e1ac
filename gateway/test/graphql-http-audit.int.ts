import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { serverAudits } from 'graphql-http';
import { CSRF_HEADER } from '../src/security.js';
import { startTestGateway, token } from './helpers.js';

/**
 * The GraphQL-over-HTTP conformance suite (graphql-http's serverAudits),
 * every audit a test, against the production configuration (introspection
 * and GraphiQL off, field suggestions blocked), with a fetch that adds a
 * valid token and the CSRF header. Passing means no MUST and no SHOULD
 * failure; MAY audits must pass too.
 */
let gateway: Awaited<ReturnType<typeof startTestGateway>>;
let bearer: string;

beforeAll(async () => {
  gateway = await startTestGateway({ NODE_ENV: 'production', RATE_LIMIT_MAX: '100000' });
  bearer = await token({ sub: 'auditor', role: 'ADMIN' });
});
afterAll(async () => {
  await gateway?.close();
});

const fetchFn: typeof fetch = (input, init = {}) => {
  const headers = new Headers(init.headers);
  headers.set('authorization', `Bearer ${bearer}`);
  headers.set(CSRF_HEADER, '1');
  return fetch(input, { ...init, headers });
};

describe('graphql-http serverAudits (production configuration)', () => {
  for (const audit of serverAudits({ url: () => gateway.url, fetchFn })) {
    it(audit.name, async () => {
      const result = await audit.fn();
      if (result.status !== 'ok') {
        throw new Error(`${result.reason}\n${JSON.stringify(await result.response.text().catch(() => ''))}`);
      }
      expect(result.status).toBe('ok');
    });
  }
});
