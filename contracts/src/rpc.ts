import { z } from 'zod';
import { ActorSchema } from './actor.js';
import { ERROR_CODES } from './errors.js';
import { rpcSubject, type Context } from './subjects.js';

/**
 * A request/reply operation between the gateway and a service
 * (`legalaid.rpc.<context>.<name>`), with its input and output contracts.
 */
/**
 * `command`: the operation changes something (a retry with the same request id
 * must apply it once and answer the same); `query`: it only reads.
 */
export type RpcKind = 'command' | 'query';

export interface RpcDefinition<I extends z.ZodTypeAny = z.ZodTypeAny, O extends z.ZodTypeAny = z.ZodTypeAny> {
  context: Context;
  name: string;
  kind: RpcKind;
  subject: string;
  description: string;
  input: I;
  output: O;
  /** The request as it travels: who asks, for which user action, with what input. */
  request: z.ZodType<RpcRequest<z.infer<I>>>;
}

export interface RpcRequest<I> {
  actor: z.infer<typeof ActorSchema>;
  correlationId: string;
  /**
   * The client's request id (the gateway derives it from the caller, the
   * operation and the `Idempotency-Key`): a command retried with the same id
   * is applied once — the service records it inside the aggregate it writes,
   * or derives the id of the document it creates from it.
   */
  requestId?: string;
  input: I;
}

export const RequestIdSchema = z.string().min(1).max(128).regex(/^[A-Za-z0-9_.:-]+$/, 'request id has characters outside [A-Za-z0-9_.:-]');

/** The marker a command's request id leaves among an aggregate's applied ids (beside the applied event ids). */
export function appliedRequestMarker(requestId: string): string {
  return `request:${requestId}`;
}

export const RpcErrorSchema = z
  .object({
    code: z.enum(ERROR_CODES),
    message: z.string(),
    details: z.array(z.object({ path: z.string(), message: z.string() })).optional(),
  })
  .strict();

export type RpcReply<O> = { ok: true; data: O } | { ok: false; error: z.infer<typeof RpcErrorSchema> };

export function defineRpc<I extends z.ZodTypeAny, O extends z.ZodTypeAny>(def: {
  context: Context;
  name: string;
  kind: RpcKind;
  description: string;
  input: I;
  output: O;
}): RpcDefinition<I, O> {
  const request = z
    .object({ actor: ActorSchema, correlationId: z.string().min(1).max(128), requestId: RequestIdSchema.optional(), input: def.input })
    .strict() as unknown as z.ZodType<RpcRequest<z.infer<I>>>;
  return { ...def, subject: rpcSubject(def.context, def.name), request };
}

export function replySchema<O extends z.ZodTypeAny>(output: O) {
  return z.union([
    z.object({ ok: z.literal(true), data: output }).strict(),
    z.object({ ok: z.literal(false), error: RpcErrorSchema }).strict(),
  ]);
}

export type InputOf<D> = D extends RpcDefinition<infer I, z.ZodTypeAny> ? z.infer<I> : never;
export type OutputOf<D> = D extends RpcDefinition<z.ZodTypeAny, infer O> ? z.infer<O> : never;
