import type { IncomingMessage, ServerResponse } from 'node:http';
import { DomainError, type Actor, type RpcDefinition } from '@legalaid/contracts';
import type { RpcClient } from '@legalaid/infra';
import type { z } from 'zod';
import { newCorrelationId } from '../context.js';
import { graphQLCodeOf } from '../errors.js';

/** Who a public open-data request acts as: an anonymous citizen (the services allow it read-only operations only). */
const PUBLIC_READER: Actor = { id: 'open-data', role: 'CITIZEN' };

const STATUS: Record<string, number> = { BAD_USER_INPUT: 400, UNAUTHENTICATED: 401, FORBIDDEN: 403, NOT_FOUND: 404, CONFLICT: 409, SERVICE_UNAVAILABLE: 503 };

export interface OpenDataContext {
  rpc: RpcClient;
  req: IncomingMessage;
  res: ServerResponse;
  url: URL;
}

/** Calls a service for a public request, signed like every gateway request. */
export function callPublic<D extends RpcDefinition>(ctx: OpenDataContext, def: D, input: z.input<D['input']>): Promise<z.infer<D['output']>> {
  const correlationId = ctx.req.headers['x-correlation-id']?.toString().replace(/[^A-Za-z0-9_.:-]/g, '').slice(0, 128) || newCorrelationId();
  return ctx.rpc.call(def, input, { actor: PUBLIC_READER, correlationId });
}

export function send(res: ServerResponse, status: number, contentType: string, body: string | Buffer, headers: Record<string, string> = {}): void {
  res.writeHead(status, {
    'content-type': contentType,
    'cache-control': status === 200 ? 'public, max-age=300' : 'no-store',
    'access-control-allow-origin': '*',
    'x-content-type-options': 'nosniff',
    ...headers,
  });
  res.end(body);
}

export function sendJson(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  send(res, status, 'application/json; charset=utf-8', JSON.stringify(body), headers);
}

/** A failure as a JSON error with the status its code maps to (the gateway's one error mapping, in HTTP terms). */
export function sendError(res: ServerResponse, err: unknown): void {
  if (err instanceof DomainError) {
    const code = graphQLCodeOf(err.code);
    const status = STATUS[code] ?? 500;
    if (status === 500) return sendJson(res, 500, { error: { code: 'INTERNAL_SERVER_ERROR', message: 'Unexpected error.' } });
    return sendJson(res, status, { error: { code, reason: err.code, message: err.message, ...(err.details ? { details: err.details } : {}) } });
  }
  sendJson(res, 500, { error: { code: 'INTERNAL_SERVER_ERROR', message: 'Unexpected error.' } });
}

export function badRequest(message: string, path: string): DomainError {
  return new DomainError('VALIDATION_FAILED', message, [{ path, message }]);
}

/** Refuses query parameters the endpoint does not know: a typo must not silently widen the answer. */
export function onlyParams(url: URL, allowed: readonly string[]): void {
  for (const key of url.searchParams.keys()) {
    if (!allowed.includes(key)) throw badRequest(`unknown query parameter "${key}" (allowed: ${allowed.join(', ') || 'none'})`, key);
  }
}
