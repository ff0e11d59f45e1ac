import type { EventDefinition } from './envelope.js';
import { IntakeRequestAccepted, IntakeRequestReceived } from './intake.js';
import { MatchingReferralCreated } from './matching.js';

/** Every event of the network, by subject: consumers validate against it. */
export const EVENTS: readonly EventDefinition[] = [IntakeRequestReceived, IntakeRequestAccepted, MatchingReferralCreated];

const bySubject = new Map(EVENTS.map((e) => [e.subject, e]));

export function eventBySubject(subject: string): EventDefinition | undefined {
  return bySubject.get(subject);
}
