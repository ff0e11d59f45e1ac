import { createServer, type Server } from 'node:http';
import { registry } from './metrics.js';

export interface HealthServer {
  port: number;
  close(): Promise<void>;
}

/**
 * /healthz (the process is alive), /readyz (its dependencies answer) and
 * /metrics (Prometheus), on the process's own port.
 */
export async function startHealthServer(options: {
  host: string;
  port: number;
  ready: () => Promise<Record<string, boolean>>;
  /** Facts shown on /healthz and /readyz that do not decide readiness (e.g. a missing calendar decision). */
  detail?: () => Record<string, unknown>;
}): Promise<HealthServer> {
  const server: Server = createServer(async (req, res) => {
    try {
      if (req.url === '/healthz') {
        res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ status: 'ok', ...options.detail?.() }));
      } else if (req.url === '/readyz') {
        const checks = await options.ready();
        const ok = Object.values(checks).every(Boolean);
        res.writeHead(ok ? 200 : 503, { 'content-type': 'application/json' }).end(JSON.stringify({ status: ok ? 'ready' : 'not ready', checks, ...options.detail?.() }));
      } else if (req.url === '/metrics') {
        res.writeHead(200, { 'content-type': registry.contentType }).end(await registry.metrics());
      } else {
        res.writeHead(404).end();
      }
    } catch {
      res.writeHead(500).end();
    }
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, options.host, () => resolve());
  });
  const address = server.address() as { port: number };
  return {
    port: address.port,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
