import 'reflect-metadata';
import type { EventDefinition } from '@legalaid/contracts';

const CONSUMER_KEY = Symbol('legalaid:event-consumer');
const HANDLER_KEY = Symbol('legalaid:event-handlers');

export interface EventConsumerOptions {
  /** The stream this consumer reads (one consumer, one stream). */
  stream: string;
  /** Durable consumer name shared by every replica. */
  durable: string;
  /** Dead-letter readers park failures instead of dead-lettering again. */
  parkFailures?: boolean;
  raw?: boolean;
}

/**
 * Marks a provider as a JetStream consumer. Its `@OnEvent` methods handle
 * domain events at least once; they must be idempotent (DESIGN.md §6).
 * Nest's own `@EventPattern` (core NATS, at most once) is never used for
 * domain events.
 */
export function EventConsumer(options: EventConsumerOptions): ClassDecorator {
  return (target) => Reflect.defineMetadata(CONSUMER_KEY, options, target);
}

/** Handles one event type; `'*'` receives every message (raw consumers). */
export function OnEvent(event: EventDefinition | '*'): MethodDecorator {
  return (target, key) => {
    const list: { type: string; method: string | symbol }[] = Reflect.getMetadata(HANDLER_KEY, target.constructor) ?? [];
    list.push({ type: event === '*' ? '*' : event.type, method: key });
    Reflect.defineMetadata(HANDLER_KEY, list, target.constructor);
  };
}

export function consumerMetadata(target: Function): { options: EventConsumerOptions; handlers: { type: string; method: string | symbol }[] } | undefined {
  const options = Reflect.getMetadata(CONSUMER_KEY, target) as EventConsumerOptions | undefined;
  if (!options) return undefined;
  return { options, handlers: Reflect.getMetadata(HANDLER_KEY, target) ?? [] };
}
