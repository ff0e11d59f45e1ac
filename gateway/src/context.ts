import { randomUUID } from 'node:crypto';
import type { Actor, RpcDefinition } from '@legalaid/contracts';
import type { RpcClient } from '@legalaid/infra';
import type { z } from 'zod';
import type { EventFeed } from './subscriptions/event-feed.js';
import { toGraphQLError } from './errors.js';
import { fitInput } from './fit-input.js';
import { serviceRequestId } from './idempotency.js';

export interface GatewayContext {
  actor: Actor | null;
  /** The token's `name` claim, when it has one. */
  displayName: string | null;
  correlationId: string;
  rpc: RpcClient;
  events: EventFeed;
  /** Switches from configuration that resolvers need. */
  settings: { publicSubmissions: boolean };
  /** Reads already made in this request (joins ask for the same object once). */
  memo: Map<string, Promise<unknown>>;
  /** The caller's address (who an anonymous caller is, for limits and idempotency keys). */
  clientAddress?: string;
  /** The `Idempotency-Key` header, if sent. */
  idempotencyKey?: string;
  /** Set for an idempotent mutation: the root of the request ids its service calls carry (see idempotency.ts). */
  requestId?: string;
  serviceCalls?: Map<string, number>;
}

export function newCorrelationId(): string {
  return randomUUID();
}

/**
 * Who a public operation (feedback with a one-time token) acts as: an
 * anonymous citizen. Only reachable through operations the access matrix
 * marks public; every other one has refused a missing token already.
 */
const ANONYMOUS_CITIZEN: Actor = { id: 'anonymous', role: 'CITIZEN' };

/** Calls a service as the signed-in user; failures become GraphQL errors with codes. */
export async function call<D extends RpcDefinition>(ctx: GatewayContext, def: D, input: z.input<D['input']>): Promise<z.infer<D['output']>> {
  try {
    return await ctx.rpc.call(def, fitInput(def.input, input) as z.input<D['input']>, {
      actor: ctx.actor ?? ANONYMOUS_CITIZEN,
      correlationId: ctx.correlationId,
      requestId: serviceRequestId(ctx, def.name),
    });
  } catch (err) {
    throw toGraphQLError(err);
  }
}

/** A read made at most once per GraphQL request, e.g. the full case behind several list fields. */
export function once<T>(ctx: GatewayContext, key: string, read: () => Promise<T>): Promise<T> {
  let p = ctx.memo.get(key) as Promise<T> | undefined;
  if (!p) {
    p = read();
    ctx.memo.set(key, p);
  }
  return p;
}
