import type { Actor, Channel } from '@legalaid/contracts';
import { DomainError } from '@legalaid/contracts';
import { activeGrants, hasConsent, openOfferTo, type LegalAidRequest } from './legal-aid-request.js';

/**
 * Who may do what with a request, decided from the envelope's actor (the
 * gateway checks too; the service does not rely on it). A request an actor
 * may not see is reported as not found, so its existence does not leak.
 */
function ownCentre(actor: Actor, centreId: string): boolean {
  return actor.role === 'CENTRE_STAFF' && actor.organisationId === centreId;
}

export function assertCanSubmit(actor: Actor, input: { channel: Channel; centreId: string }): void {
  if (ownCentre(actor, input.centreId) || actor.role === 'SYSTEM') return;
  if (actor.role === 'REFERRER' && input.channel.startsWith('REFERRAL_')) return;
  // Public web submissions (off by default at the gateway) land as received for staff to screen.
  if (actor.role === 'CITIZEN' && input.channel === 'WEB') return;
  throw new DomainError('FORBIDDEN', actor.role === 'CENTRE_STAFF' ? 'centre staff record requests for their own centre' : `a ${actor.role} may not submit a ${input.channel} request`);
}

/** Screening (documents, accept, reject), withdrawal and consent: the request's centre. */
export function assertCanHandle(actor: Actor, r: LegalAidRequest): void {
  if (ownCentre(actor, r.centreId)) return;
  if (canView(actor, r)) throw new DomainError('FORBIDDEN', "only staff of the request's centre may do this");
  throw notFound(r._id);
}

export function canView(actor: Actor, r: LegalAidRequest): boolean {
  switch (actor.role) {
    case 'ADMIN':
    case 'SUPERVISOR':
      return true;
    case 'CENTRE_STAFF':
      return actor.organisationId === r.centreId;
    case 'REFERRER':
      return r.receivedBy === actor.id;
    case 'LAWYER':
      return actor.providerId !== undefined && activeGrants(r).some((g) => g.providerId === actor.providerId);
    default:
      return false;
  }
}

/** The full personal record: the request's centre only. */
export function canReadPersonal(actor: Actor, r: LegalAidRequest): boolean {
  return ownCentre(actor, r.centreId) && r.personal !== null;
}

/** Contact details: the centre, or the provider the matter is assigned to while consent to referral stands. */
export function canRevealContact(actor: Actor, r: LegalAidRequest): boolean {
  if (r.personal === null) return false;
  if (ownCentre(actor, r.centreId)) return true;
  return (
    actor.role === 'LAWYER' &&
    actor.providerId !== undefined &&
    hasConsent(r, 'REFERRAL_TO_PROVIDER') &&
    activeGrants(r).some((g) => g.providerId === actor.providerId)
  );
}

/**
 * The matter's own words (summary, opposing parties, documents, the referring
 * officer): the request's centre reads all of it; the provider the matter is
 * assigned to, while consent to referral stands, reads the summary only.
 */
export function detailsReadable(actor: Actor, r: LegalAidRequest): 'ALL' | 'SUMMARY' | null {
  if (r.personal === null) return null;
  if (ownCentre(actor, r.centreId)) return 'ALL';
  if (actor.role === 'LAWYER' && canRevealContact(actor, r)) return 'SUMMARY';
  return null;
}

/**
 * The brief staff wrote for the lawyers: the request's centre; a provider while the matter is
 * offered to them (once they have said a possible conflict is not one); the assigned provider.
 * Never without consent to referral, and gone with the erased personal data.
 */
export function briefReadable(actor: Actor, r: LegalAidRequest): boolean {
  if (r.personal === null) return false;
  if (ownCentre(actor, r.centreId)) return true;
  if (actor.role !== 'LAWYER' || actor.providerId === undefined || !hasConsent(r, 'REFERRAL_TO_PROVIDER')) return false;
  const offer = openOfferTo(r, actor.providerId);
  return (offer !== undefined && !offer.conflictPending) || activeGrants(r).some((g) => g.providerId === actor.providerId);
}

/** The scope a list or count query is confined to. */
export function listScope(actor: Actor, requestedCentre: string | undefined): { centreId?: string; receivedBy?: string } {
  switch (actor.role) {
    case 'ADMIN':
    case 'SUPERVISOR':
      return requestedCentre ? { centreId: requestedCentre } : {};
    case 'CENTRE_STAFF':
      if (!actor.organisationId) throw new DomainError('FORBIDDEN', 'centre staff need an organisation');
      if (requestedCentre && requestedCentre !== actor.organisationId) throw new DomainError('FORBIDDEN', 'centre staff see their own centre only');
      return { centreId: actor.organisationId };
    case 'REFERRER':
      return { receivedBy: actor.id, ...(requestedCentre ? { centreId: requestedCentre } : {}) };
    default:
      throw new DomainError('FORBIDDEN', `a ${actor.role} may not list requests`);
  }
}

export function assertRole(actor: Actor, roles: readonly Actor['role'][], what: string): void {
  if (!roles.includes(actor.role)) throw new DomainError('FORBIDDEN', `${what} is for ${roles.join(' or ')}`);
}

export function notFound(id: string): DomainError {
  return new DomainError('REQUEST_NOT_FOUND', `no request ${id}`);
}
