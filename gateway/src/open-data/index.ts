import type { IncomingMessage, ServerResponse } from 'node:http';
import type { RpcClient } from '@legalaid/infra';
import type { Logger } from 'pino';
import { DomainError } from '@legalaid/contracts';
import { sendError, sendJson } from './http.js';
import { serveHsds } from './hsds.js';
import { RateLimiter } from './rate-limit.js';
import { serveStatistics } from './statistics.js';

export const OPEN_DATA_PREFIXES = ['/hsds', '/open-data/'];

/**
 * The public, read-only open-data endpoints (no token): the provider
 * directory as HSDS 3.0 under `/hsds`, published statistics under
 * `/open-data/statistics`. Only GET and HEAD; each client address may make
 * `perMinute` requests a minute.
 */
export function openDataHandler(rpc: RpcClient, logger: Logger, perMinute: number) {
  const limiter = new RateLimiter(perMinute, 60_000);
  return (req: IncomingMessage, res: ServerResponse, path: string): boolean => {
    if (!(path === '/hsds' || OPEN_DATA_PREFIXES.some((p) => path.startsWith(p)))) return false;
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      sendJson(res, 405, { error: { code: 'METHOD_NOT_ALLOWED', message: 'open data is read-only: use GET' } }, { allow: 'GET, HEAD' });
      return true;
    }
    const wait = limiter.take(req.socket.remoteAddress ?? 'unknown');
    if (wait !== null) {
      sendJson(res, 429, { error: { code: 'RATE_LIMITED', message: `too many requests: try again in ${wait} s` } }, { 'retry-after': String(wait) });
      return true;
    }
    const ctx = { rpc, req, res, url: new URL(req.url ?? '/', `http://${req.headers.host ?? 'localhost'}`) };
    const serve = path.startsWith('/hsds') ? serveHsds(ctx, path) : path.startsWith('/open-data/statistics') ? serveStatistics(ctx, path) : Promise.resolve(false);
    void serve
      .then((served) => {
        if (!served) sendJson(res, 404, { error: { code: 'NOT_FOUND', message: `no open data at ${path}` } });
      })
      .catch((err: unknown) => {
        if (!(err instanceof DomainError)) logger.error({ err: err instanceof Error ? err.message : String(err), path }, 'open data request failed');
        sendError(res, err);
      });
    return true;
  };
}
