import type { EventDefinition } from './envelope.js';
import { INTAKE_EVENTS } from './intake.js';
import { MATCHING_EVENTS } from './matching.js';
import { CASES_EVENTS } from './cases.js';
import { OVERSIGHT_EVENTS } from './oversight.js';
import { INTAKE_NOTIFICATION_EVENTS, MATCHING_NOTIFICATION_EVENTS } from './notifications.js';

/** Every event of the network, by subject: consumers validate against it. */
export const EVENTS: readonly EventDefinition[] = [...INTAKE_EVENTS, ...INTAKE_NOTIFICATION_EVENTS, ...MATCHING_EVENTS, ...MATCHING_NOTIFICATION_EVENTS, ...CASES_EVENTS, ...OVERSIGHT_EVENTS];

const bySubject = new Map(EVENTS.map((e) => [e.subject, e]));
if (bySubject.size !== EVENTS.length) throw new Error('two event definitions share a subject');

export function eventBySubject(subject: string): EventDefinition | undefined {
  return bySubject.get(subject);
}
