import { Schema } from 'mongoose';
import { context, propagation } from '@opentelemetry/api';
import { eventBySubject, type Envelope } from '@legalaid/contracts';
import { ContractViolation } from '../bus/bus.js';

/**
 * An event waiting inside its aggregate's document (DESIGN.md §4). It is
 * written in the same single-document update as the state change that
 * caused it, so the change and its events are never separated.
 */
export interface OutboxEntry {
  id: string;
  subject: string;
  payload: string;
  /** W3C trace context of the command that caused the event. */
  headers: Record<string, string>;
  createdAt: Date;
}

/**
 * Fields every aggregate schema adds for the store: the outbox the relay
 * publishes from, and the next timer (`timerDueAt`; on FerretDB also
 * `timerBucket`, see infra/src/storage), indexed by the store for the
 * aggregates that have timers.
 */
export const outboxSchemaFields = {
  timerDueAt: { type: Date, default: undefined },
  timerBucket: { type: String, default: undefined },
  outbox: {
    type: [new Schema<OutboxEntry>({ id: String, subject: String, payload: String, headers: Schema.Types.Mixed, createdAt: Date }, { _id: false })],
    default: [],
  },
  hasOutbox: { type: Boolean, default: false, index: true },
};

/** Validates events against their contracts and turns them into outbox entries. */
export function toOutboxEntries(events: readonly Envelope[]): OutboxEntry[] {
  const headers: Record<string, string> = {};
  propagation.inject(context.active(), headers);
  return events.map((event) => {
    const subject = `legalaid.${event.type}.v${event.version}`;
    const def = eventBySubject(subject);
    if (!def) throw new ContractViolation(`no contract for event ${event.type} v${event.version}`);
    const parsed = def.schema.safeParse(event);
    if (!parsed.success) throw new ContractViolation(`event ${event.type} breaks its contract: ${parsed.error.message}`);
    return { id: event.id, subject, payload: JSON.stringify(event), headers, createdAt: new Date() };
  });
}
