import { z } from 'zod';
import { v7 as uuidv7 } from 'uuid';
import { ActorSchema, type Actor } from './actor.js';
import { eventSubject, type Context } from './subjects.js';

const UUID = z.string().uuid();

/** Fields every event message carries, whatever its type (DESIGN.md §2). */
export const EnvelopeBaseSchema = z
  .object({
    id: UUID,
    type: z.string().regex(/^[a-z]+\.[a-z-]+\.[a-z-]+$/),
    version: z.number().int().positive(),
    occurredAt: z.string().datetime({ offset: true }),
    correlationId: z.string().min(1).max(128),
    causationId: z.string().min(1).max(128).nullable(),
    actor: ActorSchema,
  })
  .strict();

export interface Envelope<TType extends string = string, TData = unknown> {
  id: string;
  type: TType;
  version: number;
  occurredAt: string;
  correlationId: string;
  causationId: string | null;
  actor: Actor;
  data: TData;
}

export interface EventDefinition<TType extends string = string, TData extends z.ZodTypeAny = z.ZodTypeAny> {
  context: Context;
  type: TType;
  version: number;
  subject: string;
  description: string;
  data: TData;
  schema: z.ZodType<Envelope<TType, z.infer<TData>>>;
}

export type EventOf<D> = D extends EventDefinition<infer T, infer S> ? Envelope<T, z.infer<S>> : never;
export type DataOf<D> = D extends EventDefinition<string, infer S> ? z.infer<S> : never;

/**
 * Defines an event: its zod schema, subject and version in one place.
 * `type` is `<context>.<aggregate>.<event>`; the subject is `legalaid.<type>.v<N>`.
 */
export function defineEvent<C extends Context, A extends string, E extends string, S extends z.ZodTypeAny>(def: {
  context: C;
  aggregate: A;
  event: E;
  version: number;
  description: string;
  data: S;
}): EventDefinition<`${C}.${A}.${E}`, S> {
  const type = `${def.context}.${def.aggregate}.${def.event}` as `${C}.${A}.${E}`;
  const schema = EnvelopeBaseSchema.extend({
    type: z.literal(type),
    version: z.literal(def.version),
    data: def.data,
  }).strict() as unknown as z.ZodType<Envelope<`${C}.${A}.${E}`, z.infer<S>>>;
  return {
    context: def.context,
    type,
    version: def.version,
    subject: eventSubject(type, def.version),
    description: def.description,
    data: def.data,
    schema,
  };
}

export interface EventMeta {
  actor: Actor;
  correlationId: string;
  causationId?: string | null;
  /** Injected by tests and by callers that need a deterministic id. */
  id?: string;
  occurredAt?: Date;
}

/** Builds and validates an event; throws a ZodError if the data breaks the contract. */
export function createEvent<D extends EventDefinition>(def: D, data: DataOf<D>, meta: EventMeta): EventOf<D> {
  const envelope = {
    id: meta.id ?? uuidv7(),
    type: def.type,
    version: def.version,
    occurredAt: (meta.occurredAt ?? new Date()).toISOString(),
    correlationId: meta.correlationId,
    causationId: meta.causationId ?? null,
    actor: meta.actor,
    data,
  };
  return def.schema.parse(envelope) as EventOf<D>;
}

export function newId(): string {
  return uuidv7();
}
