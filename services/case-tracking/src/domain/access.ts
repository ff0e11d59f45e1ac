import { DomainError, type Actor } from '@legalaid/contracts';

/** The parties of a case that access rules look at. */
export interface CaseParties {
  _id: string;
  providerId: string;
  organisationId: string;
  centreId: string;
}

/** How much of a case a reader sees: everything, or everything but free text. */
export type ReadLevel = 'FULL' | 'REDACTED';

/**
 * Who reads a case (issue 5 "Access"): a lawyer their own cases; a centre the
 * cases it referred; an organisation admin its members' cases (without the
 * lawyer's notes); supervisors everything without free text; an appraiser
 * the cases drawn for appraisal; admins everything. Anyone else learns
 * nothing, not even that the case exists.
 */
export function readLevel(actor: Actor, c: CaseParties, opts: { drawnForAppraisal?: boolean } = {}): ReadLevel | null {
  switch (actor.role) {
    case 'ADMIN':
    case 'SYSTEM':
      return 'FULL';
    case 'LAWYER':
      return actor.providerId !== undefined && actor.providerId === c.providerId ? 'FULL' : null;
    case 'CENTRE_STAFF':
      return actor.organisationId !== undefined && actor.organisationId === c.centreId ? 'FULL' : null;
    case 'ORG_ADMIN':
      return actor.organisationId !== undefined && actor.organisationId === c.organisationId ? 'REDACTED' : null;
    case 'SUPERVISOR':
      return 'REDACTED';
    case 'APPRAISER':
      return opts.drawnForAppraisal ? 'FULL' : 'REDACTED';
    default:
      return null;
  }
}

export function notFound(caseId: string): DomainError {
  return new DomainError('CASE_NOT_FOUND', `no case ${caseId} that you may see`);
}

/** Reads a case or answers CASE_NOT_FOUND, so existence never leaks to outsiders. */
export function assertCanRead(actor: Actor, c: CaseParties, opts: { drawnForAppraisal?: boolean } = {}): ReadLevel {
  const level = readLevel(actor, c, opts);
  if (!level) throw notFound(c._id);
  return level;
}

/** Only the assigned provider records work, schedules deadlines, suspends and closes. */
export function assertIsAssignedProvider(actor: Actor, c: CaseParties): void {
  if (actor.role === 'LAWYER' && actor.providerId !== undefined && actor.providerId === c.providerId) return;
  if (readLevel(actor, c)) throw new DomainError('FORBIDDEN', 'only the assigned provider may change this case');
  throw notFound(c._id);
}

/** A transfer may come from the assigned provider, the referring centre, or an admin. */
export function assertCanTransfer(actor: Actor, c: CaseParties): void {
  if (actor.role === 'LAWYER' && actor.providerId === c.providerId && actor.providerId !== undefined) return;
  if (actor.role === 'CENTRE_STAFF' && actor.organisationId === c.centreId && actor.organisationId !== undefined) return;
  if (actor.role === 'ADMIN') return;
  if (readLevel(actor, c)) throw new DomainError('FORBIDDEN', 'only the assigned provider, the referring centre or an admin may transfer this case');
  throw notFound(c._id);
}

/**
 * The part of all cases a reader may list, as a filter on the case fields;
 * supervisors, appraisers and admins list everything (lists hold no free text).
 */
export function listScope(actor: Actor): Partial<Pick<CaseParties, 'providerId' | 'organisationId' | 'centreId'>> {
  switch (actor.role) {
    case 'ADMIN':
    case 'SYSTEM':
    case 'SUPERVISOR':
    case 'APPRAISER':
      return {};
    case 'LAWYER':
      if (!actor.providerId) throw new DomainError('FORBIDDEN', 'your account is not linked to a provider');
      return { providerId: actor.providerId };
    case 'CENTRE_STAFF':
      if (!actor.organisationId) throw new DomainError('FORBIDDEN', 'your account is not linked to a centre');
      return { centreId: actor.organisationId };
    case 'ORG_ADMIN':
      if (!actor.organisationId) throw new DomainError('FORBIDDEN', 'your account is not linked to an organisation');
      return { organisationId: actor.organisationId };
    default:
      throw new DomainError('FORBIDDEN', 'your role cannot read cases');
  }
}

/** Quality appraisal: appraisers and admins draw; only appraisers record results. */
export function assertCanDraw(actor: Actor): void {
  if (actor.role !== 'APPRAISER' && actor.role !== 'ADMIN') throw new DomainError('FORBIDDEN', 'only appraisers and admins draw appraisal samples');
}

export function assertCanAppraise(actor: Actor): void {
  if (actor.role !== 'APPRAISER') throw new DomainError('FORBIDDEN', 'only appraisers record appraisal results');
}
