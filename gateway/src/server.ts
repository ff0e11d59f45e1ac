import { createServer, type Server } from 'node:http';
import { createYoga } from 'graphql-yoga';
import { DomainError } from '@legalaid/contracts';
import { createLogger, RpcClient, registry } from '@legalaid/infra';
import type { GatewayConfig } from './config.js';
import { Authenticator } from './auth.js';
import { buildSchema } from './schema.js';
import { newCorrelationId, type GatewayContext } from './context.js';
import { toGraphQLError } from './errors.js';

export interface Gateway {
  url: string;
  port: number;
  close(): Promise<void>;
}

/** The GraphQL gateway: the network's only door. */
export async function startGateway(config: GatewayConfig): Promise<Gateway> {
  const logger = createLogger('gateway', config.LOG_LEVEL);
  const rpc = await RpcClient.connect({ servers: config.NATS_URL, name: 'gateway', timeoutMs: config.SERVICE_TIMEOUT_MS });
  const auth = new Authenticator(config);
  const production = config.NODE_ENV === 'production';

  const yoga = createYoga<Record<string, unknown>, GatewayContext>({
    schema: buildSchema(),
    graphqlEndpoint: '/graphql',
    graphiql: !production,
    landingPage: false,
    maskedErrors: true,
    logging: {
      debug: (...a: unknown[]) => logger.debug({ yoga: a.map(String) }),
      info: (...a: unknown[]) => logger.info({ yoga: a.map(String) }),
      warn: (...a: unknown[]) => logger.warn({ yoga: a.map(String) }),
      error: (...a: unknown[]) => logger.error({ yoga: a.map((x) => (x instanceof Error ? x.message : String(x))) }),
    },
    context: async ({ request }) => {
      let actor = null;
      try {
        actor = await auth.actorFrom(request.headers.get('authorization'));
      } catch (err) {
        throw toGraphQLError(err as DomainError);
      }
      return { actor, correlationId: request.headers.get('x-correlation-id')?.slice(0, 128) || newCorrelationId(), rpc };
    },
  });

  const server: Server = createServer((req, res) => {
    if (req.url === '/healthz') {
      res.writeHead(200, { 'content-type': 'application/json' }).end('{"status":"ok"}');
      return;
    }
    if (req.url === '/readyz') {
      const ok = !rpc.nc.isClosed();
      res.writeHead(ok ? 200 : 503, { 'content-type': 'application/json' }).end(JSON.stringify({ status: ok ? 'ready' : 'not ready', checks: { nats: ok } }));
      return;
    }
    if (req.url === '/metrics') {
      void registry.metrics().then((body) => res.writeHead(200, { 'content-type': registry.contentType }).end(body));
      return;
    }
    void yoga(req, res);
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(config.GATEWAY_PORT, config.GATEWAY_HOST, () => resolve());
  });
  const port = (server.address() as { port: number }).port;
  const url = `http://${config.GATEWAY_HOST}:${port}/graphql`;
  logger.info({ url, port }, 'ready');
  return {
    url,
    port,
    close: async () => {
      server.closeAllConnections?.();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await rpc.close();
    },
  };
}
