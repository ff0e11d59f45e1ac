import { readFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { GraphQLError, type ValidationContext, type ValidationRule } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import { EnvelopArmor } from '@escape.tech/graphql-armor';
import type { RateLimitStore } from './rate-limit.js';
import { introspectionEnabled, type GatewayConfig } from './config.js';
import type { GatewayContext } from './context.js';
import { costLimitRule } from './cost.js';
import { MemoryRateLimitStore, parseWindow, useRateLimit } from './rate-limit.js';

/** Header a non-preflighted request (GET, or a form-like content type) must carry. */
export const CSRF_HEADER = 'x-graphql-csrf';

const SIMPLE_CONTENT_TYPES = ['application/x-www-form-urlencoded', 'multipart/form-data', 'text/plain'];

/**
 * CSRF prevention as yoga's and Apollo's: a browser sends a cross-site request
 * without a preflight only for GET and the three "simple" content types, and
 * never with a custom header. So such requests must carry `x-graphql-csrf`;
 * JSON POSTs are preflighted and pass. GraphiQL's HTML page (a GET for
 * text/html with no operation) executes nothing and is served as is.
 */
export function useCsrfPrevention(): Plugin {
  return {
    onRequest({ request, url, endResponse, fetchAPI }) {
      if (request.method === 'OPTIONS' || request.headers.has(CSRF_HEADER)) return;
      const contentType = request.headers.get('content-type')?.split(';')[0].trim().toLowerCase();
      const preflighted = request.method !== 'GET' && request.method !== 'HEAD' && contentType !== undefined && !SIMPLE_CONTENT_TYPES.includes(contentType);
      if (preflighted) return;
      const graphiqlPage = request.method === 'GET' && !url.searchParams.has('query') && (request.headers.get('accept') ?? '').includes('text/html');
      if (graphiqlPage) return;
      endResponse(
        new fetchAPI.Response(
          JSON.stringify({ errors: [{ message: `This request needs the ${CSRF_HEADER} header (CSRF prevention), or a JSON content type.`, extensions: { code: 'BAD_REQUEST' } }] }),
          { status: 403, headers: { 'content-type': 'application/json; charset=utf-8' } },
        ),
      );
    },
  };
}

/**
 * Introspection off: `__schema` is refused, and `__type(name:)` may select
 * only `name` — it then says no more than whether a type of that name
 * exists (what the GraphQL-over-HTTP audit probes variables with), while any
 * question about a type's fields, arguments or values is refused. Field
 * suggestions are blocked separately (GraphQL Armor), so errors do not leak
 * the schema either.
 */
export const NoIntrospectionRule: ValidationRule = (context) => ({
  Field(node) {
    const name = node.name.value;
    if (name === '__schema') {
      context.reportError(new GraphQLError('GraphQL introspection is disabled.', { nodes: [node] }));
    } else if (name === '__type') {
      const asks = (node.selectionSet?.selections ?? []).some((s) => s.kind !== 'Field' || !['name', '__typename'].includes(s.name.value));
      if (asks) context.reportError(new GraphQLError('GraphQL introspection is disabled.', { nodes: [node] }));
    }
  },
});

export function useNoIntrospection(): Plugin {
  return {
    onValidate({ addValidationRule }) {
      addValidationRule(NoIntrospectionRule);
    },
  };
}

/**
 * Optional persisted operations: a JSON file of `{ "<sha256 hex>": "<document>" }`,
 * addressed by `extensions.persistedQuery.sha256Hash` (Apollo's APQ shape) or
 * `documentId`. With `PERSISTED_OPERATIONS_ONLY`, any other document is refused.
 */
export function usePersistedOperations(store: ReadonlyMap<string, string>, only: boolean): Plugin {
  return {
    onParams({ params, setParams }) {
      const p = params as typeof params & { documentId?: string };
      const hash = (p.extensions?.persistedQuery as { sha256Hash?: string } | undefined)?.sha256Hash ?? p.documentId;
      if (hash) {
        const query = store.get(hash.replace(/^sha256:/, ''));
        if (!query) throw new GraphQLError('PersistedQueryNotFound', { extensions: { code: 'PERSISTED_QUERY_NOT_FOUND', http: { status: 404 } } });
        setParams({ ...params, query });
        return;
      }
      if (only) throw new GraphQLError('Only persisted operations are accepted', { extensions: { code: 'PERSISTED_QUERY_ONLY', http: { status: 400 } } });
    },
  };
}

export function loadPersistedOperations(file: string): Map<string, string> {
  const raw = JSON.parse(readFileSync(file, 'utf8')) as Record<string, string>;
  const store = new Map<string, string>();
  for (const [hash, query] of Object.entries(raw)) {
    if (typeof query !== 'string') throw new Error(`${file}: ${hash} is not a document`);
    const actual = createHash('sha256').update(query).digest('hex');
    if (actual !== hash) throw new Error(`${file}: the key ${hash.slice(0, 12)}… is not the SHA-256 of its document`);
    store.set(hash, query);
  }
  return store;
}

/** The one operation anyone may call without a token to submit a request (when enabled). */
export const PUBLIC_SUBMISSION = 'submitPublicLegalAidRequest';

/** The codes of limit refusals (`extensions.code`), stable for clients. */
export type LimitCode = 'QUERY_TOO_DEEP' | 'TOO_MANY_ALIASES' | 'TOO_MANY_DIRECTIVES' | 'TOO_MANY_TOKENS' | 'QUERY_TOO_COSTLY' | 'RATE_LIMITED';

/**
 * GraphQL Armor's refusals, as errors a client can act on: a stable code,
 * no "Syntax Error:" prefix (nothing is wrong with the syntax), reported as
 * validation errors — so `application/graphql-response+json` answers 400, as
 * the GraphQL-over-HTTP specification requires for a request that fails
 * validation, and `application/json` answers 200 with `errors`. The token
 * limit applies while parsing, so it is a parse error (400 as well).
 */
function armorRefusal(code: LimitCode, phase: 'validate' | 'parse') {
  return {
    propagateOnRejection: false,
    onReject: [
      (context: ValidationContext | null, err: GraphQLError) => {
        const refusal = new GraphQLError(err.message.replace(/^Syntax Error: /, ''), { extensions: { code } });
        if (phase === 'parse' || !context) throw refusal;
        context.reportError(refusal);
      },
    ],
  };
}

/** Every limit and protection, in the order they apply. */
export function securityPlugins(config: GatewayConfig, rateLimitStore?: RateLimitStore): Plugin<GatewayContext>[] {
  const production = config.NODE_ENV === 'production';
  const armor = new EnvelopArmor({
    maxDepth: { n: config.GRAPHQL_MAX_DEPTH, ignoreIntrospection: true, flattenFragments: true, ...armorRefusal('QUERY_TOO_DEEP', 'validate') },
    // Armor's cost ignores pages given as variables and compounds by depth: the gateway's own rule (cost.ts) applies.
    costLimit: { enabled: false },
    maxAliases: { n: config.GRAPHQL_MAX_ALIASES, ...armorRefusal('TOO_MANY_ALIASES', 'validate') },
    maxTokens: { n: config.GRAPHQL_MAX_TOKENS, ...armorRefusal('TOO_MANY_TOKENS', 'parse') },
    maxDirectives: { n: config.GRAPHQL_MAX_DIRECTIVES, ...armorRefusal('TOO_MANY_DIRECTIVES', 'validate') },
    // "Did you mean …?" reveals the schema when introspection is off.
    blockFieldSuggestion: { enabled: production },
  });
  const plugins: Plugin<GatewayContext>[] = [
    useCsrfPrevention() as Plugin<GatewayContext>,
    ...(armor.protect().plugins as Plugin<GatewayContext>[]),
    { onValidate: ({ addValidationRule }) => addValidationRule(costLimitRule(config.GRAPHQL_MAX_COST)) },
  ];
  if (!introspectionEnabled(config)) plugins.push(useNoIntrospection() as Plugin<GatewayContext>);
  if (config.PERSISTED_OPERATIONS_FILE) {
    plugins.push(usePersistedOperations(loadPersistedOperations(config.PERSISTED_OPERATIONS_FILE), config.PERSISTED_OPERATIONS_ONLY) as Plugin<GatewayContext>);
  }
  const windowMs = parseWindow(config.RATE_LIMIT_WINDOW);
  const caller = (ctx: GatewayContext) => (ctx.actor ? `user:${ctx.actor.id}` : `anon:${ctx.clientAddress ?? 'unknown'}`);
  plugins.push(
    useRateLimit(rateLimitStore ?? new MemoryRateLimitStore(), [
      { key: (ctx) => caller(ctx), max: config.RATE_LIMIT_MAX, windowMs, what: `requests per ${config.RATE_LIMIT_WINDOW}` },
      {
        key: (ctx, fields) => (!ctx.actor && fields.includes(PUBLIC_SUBMISSION) ? `public:${ctx.clientAddress ?? 'unknown'}` : null),
        max: config.PUBLIC_SUBMISSIONS_PER_HOUR,
        windowMs: 3_600_000,
        what: 'public submissions per hour from one address',
      },
    ]) as Plugin<GatewayContext>,
  );
  return plugins;
}
