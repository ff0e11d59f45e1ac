import { DomainError, type Actor, type Role } from '@legalaid/contracts';

/** Who may do what in oversight; the gateway checks too, the service decides. */
export const ACCESS = {
  readLedger: ['SUPERVISOR', 'ADMIN'],
  signCheckpoint: ['SUPERVISOR', 'ADMIN'],
  readStatistics: ['SUPERVISOR', 'ADMIN', 'CENTRE_STAFF', 'ORG_ADMIN', 'APPRAISER', 'LAWYER', 'REFERRER', 'CITIZEN'],
  giveFeedback: ['CITIZEN'],
  readComplaints: ['SUPERVISOR', 'ADMIN'],
  supervise: ['SUPERVISOR'],
  readSupervision: ['SUPERVISOR', 'ADMIN'],
  readRecommendations: ['SUPERVISOR', 'ADMIN', 'ORG_ADMIN'],
  respond: ['ORG_ADMIN'],
} as const satisfies Record<string, readonly Role[]>;

export function allow(actor: Actor, what: keyof typeof ACCESS): void {
  if (!(ACCESS[what] as readonly Role[]).includes(actor.role)) {
    throw new DomainError('FORBIDDEN', `the ${actor.role} role may not ${what.replace(/([A-Z])/g, ' $1').toLowerCase()}`);
  }
}

/** Citizens give feedback anonymously: events and the ledger never carry their id. */
export const CITIZEN_ACTOR: Actor = { id: 'citizen', role: 'CITIZEN' };
