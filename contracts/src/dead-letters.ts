import { z } from 'zod';
import { defineRpc } from './rpc.js';
import { CONTEXTS, type Context } from './subjects.js';

/**
 * Dead-letter operations every service answers for its own consumers
 * (DESIGN.md §6): list and inspect what failed, and replay one dead letter by
 * running the consumer's handler on it — never by republishing to the
 * original subject, which the de-duplication window would drop and every
 * other consumer would see again. ADMIN only.
 */
export const DeadLetterSchema = z
  .object({
    sequence: z.number().int().positive(),
    consumer: z.string(),
    originalSubject: z.string(),
    stream: z.string(),
    streamSequence: z.number().int(),
    deliveryCount: z.number().int(),
    reason: z.enum(['CONTRACT_VIOLATION', 'HANDLER_FAILED']),
    error: z.string(),
    failedAt: z.string(),
    eventId: z.string().nullable(),
    eventType: z.string().nullable(),
  })
  .strict();
export type DeadLetterView = z.infer<typeof DeadLetterSchema>;

export function deadLetterRpcs(context: Context) {
  return {
    list: defineRpc({
      context,
      name: 'deadLetters.list',
      kind: 'query',
      description: `Dead letters of the ${context} service's consumers, oldest first.`,
      input: z.object({ limit: z.number().int().min(1).max(500).default(100) }).strict(),
      output: z.array(DeadLetterSchema),
    }),
    show: defineRpc({
      context,
      name: 'deadLetters.show',
      kind: 'query',
      description: 'One dead letter with its payload (events carry no personal data).',
      input: z.object({ sequence: z.number().int().positive() }).strict(),
      output: DeadLetterSchema.extend({ payload: z.string(), headers: z.record(z.string(), z.array(z.string())) }).strict(),
    }),
    replay: defineRpc({
      context,
      name: 'deadLetters.replay',
      kind: 'command',
      description: "Runs the failed consumer's handler on the dead letter; on success the dead letter is removed.",
      input: z.object({ sequence: z.number().int().positive() }).strict(),
      output: z.object({ sequence: z.number().int(), replayed: z.boolean(), error: z.string().nullable() }).strict(),
    }),
  };
}

export const DEAD_LETTER_RPCS = Object.fromEntries(CONTEXTS.map((c) => [c, deadLetterRpcs(c)])) as Record<Context, ReturnType<typeof deadLetterRpcs>>;
