import { randomUUID } from 'node:crypto';
import { DomainError, type Actor, type RpcDefinition } from '@legalaid/contracts';
import type { RpcClient } from '@legalaid/infra';
import type { z } from 'zod';
import { toGraphQLError } from './errors.js';

export interface GatewayContext {
  actor: Actor | null;
  correlationId: string;
  rpc: RpcClient;
}

export function newCorrelationId(): string {
  return randomUUID();
}

export function requireActor(ctx: GatewayContext): Actor {
  if (!ctx.actor) throw toGraphQLError(new DomainError('UNAUTHENTICATED', 'sign in: this operation needs a bearer token'));
  return ctx.actor;
}

/** Calls a service as the signed-in user; failures become GraphQL errors with codes. */
export async function call<D extends RpcDefinition>(ctx: GatewayContext, def: D, input: z.input<D['input']>): Promise<z.infer<D['output']>> {
  const actor = requireActor(ctx);
  try {
    return await ctx.rpc.call(def, input, { actor, correlationId: ctx.correlationId });
  } catch (err) {
    throw toGraphQLError(err);
  }
}
