import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { createYoga } from 'graphql-yoga';
import { CONTEXTS, PING_RPCS, systemActor, type Actor } from '@legalaid/contracts';
import { createLogger, RpcClient, registry, SpanKind, withSpan } from '@legalaid/infra';
import { introspectionEnabled, type GatewayConfig } from './config.js';
import { Authenticator } from './auth.js';
import { buildSchema } from './schema.js';
import { newCorrelationId, type GatewayContext } from './context.js';
import { toGraphQLError } from './errors.js';
import { securityPlugins } from './security.js';
import { IDEMPOTENCY_HEADER, IdempotencyStore, useIdempotency } from './idempotency.js';
import { JetStreamRateLimitStore } from './rate-limit-store.js';
import { EventFeed } from './subscriptions/event-feed.js';
import { consoleHost } from './console-host.js';
import { openDataHandler } from './open-data/index.js';

export interface Gateway {
  url: string;
  port: number;
  events: EventFeed;
  close(): Promise<void>;
}

interface ServerContext {
  req: IncomingMessage & { body?: Buffer };
  res: ServerResponse;
}

/** The GraphQL gateway: the network's only door. */
export async function startGateway(config: GatewayConfig): Promise<Gateway> {
  const logger = createLogger('gateway', config.LOG_LEVEL);
  const rpc = await RpcClient.connect({ servers: config.NATS_URL, name: 'gateway', timeoutMs: config.SERVICE_TIMEOUT_MS, security: config });
  const events = new EventFeed(logger).start(rpc.nc);
  // The rate limit's counters live in JetStream, where every replica sees them; keys expire after the longest window.
  const rateLimitStore = await JetStreamRateLimitStore.open(rpc.nc, { replicas: config.BUS_STREAM_REPLICAS, ttlMs: Math.max(durationMs(config.RATE_LIMIT_WINDOW), 3_600_000) });
  const auth = new Authenticator(config);
  const introspection = introspectionEnabled(config);
  const idempotency = await IdempotencyStore.open(rpc.nc, {
    ttlMs: config.IDEMPOTENCY_TTL_MS,
    waitMs: config.SERVICE_TIMEOUT_MS + 1000,
    staleMs: Math.max(30_000, 4 * config.SERVICE_TIMEOUT_MS),
  });

  const yoga = createYoga<ServerContext, GatewayContext>({
    schema: buildSchema(),
    graphqlEndpoint: '/graphql',
    graphiql: introspection ? { title: 'Legal aid network', headers: JSON.stringify({ authorization: 'Bearer <token from npm run token>' }) } : false,
    landingPage: false,
    // Unexpected errors reach clients as "Unexpected error."; domain errors keep their code and message.
    maskedErrors: true,
    // One operation per request: batching would multiply every limit below.
    batching: false,
    healthCheckEndpoint: null as unknown as string,
    plugins: [...securityPlugins(config, rateLimitStore), useIdempotency(idempotency)],
    logging: {
      debug: (...a: unknown[]) => logger.debug({ yoga: a.map(String) }),
      info: (...a: unknown[]) => logger.info({ yoga: a.map(String) }),
      warn: (...a: unknown[]) => logger.warn({ yoga: a.map(String) }),
      error: (...a: unknown[]) => logger.error({ yoga: a.map((x) => (x instanceof Error ? x.message : String(x))) }),
    },
    context: async ({ request, req }) => {
      let identity: { actor: Actor; displayName: string | null } | null = null;
      try {
        identity = await auth.identityFrom(request.headers.get('authorization'));
      } catch (err) {
        throw toGraphQLError(err);
      }
      return {
        actor: identity?.actor ?? null,
        displayName: identity?.displayName ?? null,
        correlationId: request.headers.get('x-correlation-id')?.replace(/[^A-Za-z0-9_.:-]/g, '').slice(0, 128) || newCorrelationId(),
        rpc,
        events,
        memo: new Map(),
        settings: { publicSubmissions: config.PUBLIC_SUBMISSIONS },
        clientAddress: req?.socket?.remoteAddress ?? 'unknown',
        idempotencyKey: request.headers.get(IDEMPOTENCY_HEADER) ?? undefined,
      };
    },
  });

  /** /readyz: NATS connected and every service answering its ping within READY_TIMEOUT_MS. */
  const readiness = async (): Promise<Record<string, boolean>> => {
    const checks: Record<string, boolean> = { nats: !rpc.nc.isClosed() };
    await Promise.all(
      CONTEXTS.map(async (context) => {
        try {
          await rpc.call(PING_RPCS[context], {}, { actor: systemActor('gateway'), correlationId: newCorrelationId() }, config.READY_TIMEOUT_MS);
          checks[context] = true;
        } catch {
          checks[context] = false;
        }
      }),
    );
    return checks;
  };

  const serveConsole = consoleHost(config);
  const openData = openDataHandler(rpc, logger, config.OPEN_DATA_PER_MINUTE);

  const server: Server = createServer((req, res) => {
    const path = (req.url ?? '/').split('?')[0];
    if (openData(req, res, path)) return;
    if (path === '/healthz') {
      res.writeHead(200, { 'content-type': 'application/json' }).end('{"status":"ok"}');
      return;
    }
    if (path === '/readyz') {
      void readiness().then((checks) => {
        const ok = Object.values(checks).every(Boolean);
        res.writeHead(ok ? 200 : 503, { 'content-type': 'application/json' }).end(JSON.stringify({ status: ok ? 'ready' : 'not ready', checks }));
      });
      return;
    }
    if (path === '/metrics') {
      void registry.metrics().then((body) => res.writeHead(200, { 'content-type': registry.contentType }).end(body));
      return;
    }
    if (serveConsole(req, res)) return;
    // One span per GraphQL request (service calls nest under it); an SSE stream lives too long to be one.
    const handle = () =>
      (req.headers.accept ?? '').includes('text/event-stream')
        ? yoga(req, res, { req, res })
        : withSpan('graphql request', { kind: SpanKind.SERVER, attributes: { 'http.method': req.method ?? '' } }, () => Promise.resolve(yoga(req, res, { req, res })));
    if (req.method === 'GET' || req.method === 'HEAD' || req.method === 'OPTIONS') {
      void handle();
      return;
    }
    void readBody(req, config.GATEWAY_MAX_BODY_BYTES).then((body) => {
      if (body === 'too large') {
        res.writeHead(413, { 'content-type': 'application/json', connection: 'close' });
        res.end(JSON.stringify({ errors: [{ message: `The request body exceeds ${config.GATEWAY_MAX_BODY_BYTES} bytes.`, extensions: { code: 'PAYLOAD_TOO_LARGE' } }] }));
        return;
      }
      // The buffered body is handed to yoga instead of the consumed stream.
      Object.defineProperty(req, 'body', { value: body, configurable: true });
      void handle();
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(config.GATEWAY_PORT, config.GATEWAY_HOST, () => resolve());
  });
  const port = (server.address() as { port: number }).port;
  const url = `http://${config.GATEWAY_HOST}:${port}/graphql`;
  logger.info({ url, port, introspection, production: config.NODE_ENV === 'production', console: config.CONSOLE_DIR ? `http://${config.GATEWAY_HOST}:${port}/` : null }, 'ready');
  return {
    url,
    port,
    events,
    close: async () => {
      events.close();
      server.closeAllConnections?.();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await rpc.close();
    },
  };
}

/** Reads a request body up to `limit` bytes; stops reading (and says so) past it. */
function readBody(req: IncomingMessage, limit: number): Promise<Buffer | 'too large'> {
  const declared = Number(req.headers['content-length'] ?? NaN);
  if (declared > limit) {
    req.resume();
    return Promise.resolve('too large');
  }
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    let size = 0;
    let done = false;
    req.on('data', (chunk: Buffer) => {
      if (done) return;
      size += chunk.length;
      if (size > limit) {
        done = true;
        resolve('too large');
        return;
      }
      chunks.push(chunk);
    });
    req.on('end', () => !done && ((done = true), resolve(Buffer.concat(chunks))));
    req.on('error', () => !done && ((done = true), resolve(Buffer.alloc(0))));
  });
}

/** `60s`, `1m`, `500ms`, `1h` (the format RATE_LIMIT_WINDOW is validated against) in milliseconds. */
function durationMs(window: string): number {
  const [, n, unit] = /^(\d+)(ms|s|m|h)$/.exec(window)!;
  return Number(n) * { ms: 1, s: 1000, m: 60_000, h: 3_600_000 }[unit as 'ms' | 's' | 'm' | 'h'];
}
