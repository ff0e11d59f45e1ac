import { DomainError, type RpcDefinition, type RpcReply, type RpcRequest } from '@legalaid/contracts';
import type { z } from 'zod';
import type { Logger } from 'pino';
import type { NatsContext } from '@nestjs/microservices';
import { extractTraceContext, SpanKind, withSpan } from '../telemetry/spans.js';
import { metrics } from '../metrics.js';
import { commandGuard } from './request-guard.js';
import { REQUEST_SIGNATURE_HEADER, requestSigningKey, verifyRequest } from '../bus/request-signature.js';

/** Errors that mean "the database or broker is away", answered as SERVICE_UNAVAILABLE. */
export function isUnavailable(err: unknown): boolean {
  const name = (err as Error)?.name ?? '';
  const message = (err as Error)?.message ?? '';
  return (
    /MongoServerSelectionError|MongoNetworkError|MongoNotConnectedError|MongoTopologyClosedError|MongoPoolClearedError/.test(name) ||
    /buffering timed out|Client must be connected|connection .* closed|ECONNREFUSED|Topology is closed/i.test(message)
  );
}

const INTERNAL: RpcReply<never> = { ok: false, error: { code: 'INTERNAL', message: 'internal error' } };

/**
 * Answers one request/reply operation: validates the request against its
 * contract, runs the use case, maps failures to error codes, and checks the
 * reply against the contract too. Internal details never leave the service.
 * A command (`kind: 'command'`) sent with a request id runs under the retry
 * guard: applied once, a retry answered the same (request-guard.ts).
 */
export async function answerRpc<D extends RpcDefinition>(
  def: D,
  raw: unknown,
  ctx: NatsContext | undefined,
  logger: Logger,
  run: (request: RpcRequest<z.infer<D['input']>>) => Promise<z.infer<D['output']>>,
): Promise<RpcReply<z.infer<D['output']>>> {
  const parent = extractTraceContext(ctx?.getHeaders?.());
  const timer = metrics.rpcSeconds.startTimer({ operation: def.name });
  return withSpan<RpcReply<z.infer<D['output']>>>(`${def.subject} process`, { kind: SpanKind.SERVER, parent, attributes: { 'rpc.system': 'nats', 'rpc.method': def.name } }, async () => {
    let outcome = 'ok';
    const failure = (err: unknown): RpcReply<never> => {
      if (isUnavailable(err)) {
        outcome = 'unavailable';
        logger.warn({ operation: def.name, error: (err as Error).message }, 'dependency unavailable');
        return { ok: false as const, error: { code: 'SERVICE_UNAVAILABLE' as const, message: 'the service cannot reach its database; try again shortly' } };
      }
      outcome = 'error';
      logger.error({ operation: def.name, error: (err as Error).message, stack: (err as Error).stack }, 'operation failed');
      return INTERNAL;
    };
    try {
      const key = requestSigningKey();
      const check = key ? verifyRequest(key, def.subject, JSON.stringify(raw), ctx?.getHeaders?.()?.get(REQUEST_SIGNATURE_HEADER) || undefined) : 'missing';
      if (check !== 'valid') {
        outcome = 'unauthenticated';
        logger.warn({ operation: def.name, signature: check }, 'request refused: signature ' + check);
        return { ok: false as const, error: { code: 'UNAUTHENTICATED' as const, message: `request signature ${check}` } };
      }
      // A command retried with its request id: the first try's reply, or this try under the guard (request-guard.ts).
      const replayed = await commandGuard.replay(def, raw);
      if (replayed) {
        outcome = 'replayed';
        return replayed as RpcReply<z.infer<D['output']>>;
      }
      const parsed = def.request.safeParse(raw);
      if (!parsed.success) {
        outcome = 'invalid';
        return {
          ok: false as const,
          error: {
            code: 'VALIDATION_FAILED' as const,
            message: `invalid ${def.name} request`,
            details: parsed.error.issues.slice(0, 20).map((i) => ({ path: i.path.join('.'), message: i.message })),
          },
        };
      }
      return await commandGuard.run(def, raw, async (): Promise<RpcReply<z.infer<D['output']>>> => {
        try {
          const data = await run(parsed.data as RpcRequest<z.infer<D['input']>>);
          const checked = def.output.safeParse(data);
          if (!checked.success) {
            outcome = 'error';
            logger.error({ operation: def.name, issues: checked.error.issues.slice(0, 5) }, 'reply breaks its contract');
            return INTERNAL;
          }
          return { ok: true as const, data: checked.data as z.infer<D['output']> };
        } catch (err) {
          if (err instanceof DomainError) {
            outcome = err.code;
            return { ok: false as const, error: err.toBody() };
          }
          return failure(err);
        }
      });
    } catch (err) {
      return failure(err);
    } finally {
      metrics.rpcRequests.inc({ operation: def.name, outcome });
      timer();
    }
  });
}
