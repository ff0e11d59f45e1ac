import { z } from 'zod';
import { defineRpc } from './rpc.js';
import { CONTEXTS, type Context } from './subjects.js';

/** Every service answers `legalaid.rpc.<context>.ping`: the gateway's /readyz asks each one. */
export const PingOutputSchema = z.object({ service: z.string(), uptimeSeconds: z.number() }).strict();

export function pingRpc(context: Context) {
  return defineRpc({
    context,
    name: 'ping',
    kind: 'query',
    description: `Liveness of the ${context} service, for readiness checks.`,
    input: z.object({}).strict(),
    output: PingOutputSchema,
  });
}

export const PING_RPCS = Object.fromEntries(CONTEXTS.map((c) => [c, pingRpc(c)])) as Record<Context, ReturnType<typeof pingRpc>>;
