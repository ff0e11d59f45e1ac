import { DomainError, type Actor, type Role } from '@legalaid/contracts';

/**
 * The access matrix, written once as data: for every GraphQL operation, which
 * roles may call it and, per role, which ownership rule narrows what they
 * reach. The gateway enforces it in every root resolver (see guard.ts); each
 * service enforces its own rules again from the envelope's actor, so the
 * gateway is a first line, never the only one.
 */

/** Roles a signed-in user can have (SYSTEM and CITIZEN never come from a token). */
export const USER_ROLES = ['CENTRE_STAFF', 'LAWYER', 'ORG_ADMIN', 'SUPERVISOR', 'ADMIN', 'APPRAISER', 'REFERRER'] as const satisfies readonly Role[];
export type UserRole = (typeof USER_ROLES)[number];

/** The actor's claim an ownership rule compares with. */
export type OwnerClaim = 'organisationId' | 'providerId';

/**
 * - `all`: everything the service lets this role see.
 * - `arg`: the argument at `path` must equal the actor's claim (else FORBIDDEN).
 * - `filter`: a list's filter at `path` is forced to the actor's claim (a different value is FORBIDDEN).
 * - `result`: the returned object's field at `path` must equal the actor's claim (else NOT_FOUND, so
 *   existence does not leak).
 * - `event`: a subscription delivers only events whose data field(s) at `paths` equal the actor's claim.
 */
export type Ownership =
  | { kind: 'all' }
  | { kind: 'arg'; path: string; claim: OwnerClaim }
  | { kind: 'filter'; path: string; claim: OwnerClaim }
  | { kind: 'result'; path: string; claim: OwnerClaim }
  | { kind: 'event'; paths: string[]; claim: OwnerClaim };

export interface AccessRule {
  /** No token needed (the operation carries its own credential, or is harmless reference data). */
  public?: true;
  roles: Partial<Record<UserRole, Ownership>>;
}

const ALL: Ownership = { kind: 'all' };
const arg = (path: string, claim: OwnerClaim = 'organisationId'): Ownership => ({ kind: 'arg', path, claim });
const filter = (path: string, claim: OwnerClaim = 'organisationId'): Ownership => ({ kind: 'filter', path, claim });
const result = (path: string, claim: OwnerClaim = 'organisationId'): Ownership => ({ kind: 'result', path, claim });
const event = (claim: OwnerClaim, ...paths: string[]): Ownership => ({ kind: 'event', paths, claim });
const everyone = (o: Ownership = ALL): Record<UserRole, Ownership> => Object.fromEntries(USER_ROLES.map((r) => [r, o])) as Record<UserRole, Ownership>;

/** A centre's staff act for their centre: `organisationId` in their token is the centre's id. */
const ownCentre = (path: string) => result(path);

export const ACCESS = {
  // ---- identity and reference data
  me: { roles: everyone() },
  referenceData: { public: true, roles: everyone() },
  // ---- working-day calendar (case-tracking keeps the versions; every service counts by them)
  loadCalendarDecision: { roles: { ADMIN: ALL } },
  calendarDecisions: { roles: { ADMIN: ALL } },

  // ---- intake: the LegalAidRequest (personal data: the request's centre only; contact: also the assigned lawyer)
  legalAidRequest: { roles: { CENTRE_STAFF: ownCentre('centreId'), LAWYER: ALL, SUPERVISOR: ALL, ADMIN: ALL, REFERRER: ALL } },
  partyHashes: { roles: { CENTRE_STAFF: ALL, ORG_ADMIN: ALL, LAWYER: ALL, ADMIN: ALL } },
  legalAidRequests: { roles: { CENTRE_STAFF: filter('filter.centreId'), SUPERVISOR: ALL, ADMIN: ALL, REFERRER: ALL } },
  requestCounts: { roles: { CENTRE_STAFF: filter('filter.centreId'), SUPERVISOR: ALL, ADMIN: ALL } },
  findRequestsByIdentity: { roles: { CENTRE_STAFF: ALL } },
  applicantContact: { roles: { CENTRE_STAFF: ALL, LAWYER: ALL } },
  /** The matter's own words: intake answers all to the request's centre, the summary to the assigned lawyer. */
  legalAidRequestDetails: { roles: { CENTRE_STAFF: ALL, LAWYER: ALL } },
  personalDataAccessLog: { roles: { ADMIN: ALL, SUPERVISOR: ALL, CENTRE_STAFF: ALL } },
  eligibilityRuleSets: { roles: everyone() },
  submitLegalAidRequest: { roles: { CENTRE_STAFF: arg('input.centreId'), REFERRER: ALL } },
  /** Anonymous web form (PUBLIC_SUBMISSIONS, off by default); signed-in users use submitLegalAidRequest. */
  submitPublicLegalAidRequest: { public: true, roles: {} },
  requestDocuments: { roles: { CENTRE_STAFF: ALL } },
  completeDocuments: { roles: { CENTRE_STAFF: ALL } },
  acceptLegalAidRequest: { roles: { CENTRE_STAFF: ALL } },
  rejectLegalAidRequest: { roles: { CENTRE_STAFF: ALL } },
  withdrawLegalAidRequest: { roles: { CENTRE_STAFF: ALL } },
  withdrawConsent: { roles: { CENTRE_STAFF: ALL } },
  /** Intake checks the request is the caller's centre's. */
  updateContactSafety: { roles: { CENTRE_STAFF: ALL } },
  eraseExpiredPersonalData: { roles: { ADMIN: ALL } },
  rotateDataKeys: { roles: { ADMIN: ALL } },

  // ---- matching: organisations, providers, referrals, offers
  organisation: { roles: everyone() },
  organisations: { roles: everyone() },
  /** Letterhead and contact data: the organisation's own admin (matching checks it is theirs), or ADMIN. */
  updateOrganisationContact: { roles: { ORG_ADMIN: arg('input.organisationId'), ADMIN: ALL } },
  provider: { roles: everyone() },
  providers: { roles: { CENTRE_STAFF: ALL, ORG_ADMIN: filter('filter.organisationId'), SUPERVISOR: ALL, ADMIN: ALL, APPRAISER: ALL } },
  myOffers: { roles: { LAWYER: ALL } },
  referral: { roles: { CENTRE_STAFF: ownCentre('centreId'), ORG_ADMIN: ALL, SUPERVISOR: ALL, ADMIN: ALL } },
  escalationQueue: { roles: { ORG_ADMIN: arg('organisationId'), CENTRE_STAFF: arg('organisationId'), ADMIN: ALL } },
  registerOrganisation: { roles: { ADMIN: ALL } },
  updateOrganisationDirectory: { roles: { ADMIN: ALL, ORG_ADMIN: arg('input.organisationId'), CENTRE_STAFF: arg('input.organisationId') } },
  registerProvider: { roles: { ORG_ADMIN: arg('input.organisationId'), CENTRE_STAFF: arg('input.organisationId'), ADMIN: ALL } },
  // Centre staff keep their own centre's officers and collaborators; matching refuses another organisation's provider.
  updateProvider: { roles: { ORG_ADMIN: ALL, CENTRE_STAFF: ALL, ADMIN: ALL, LAWYER: arg('input.providerId', 'providerId') } },
  setProviderAvailability: { roles: { LAWYER: arg('input.providerId', 'providerId'), ORG_ADMIN: ALL, CENTRE_STAFF: ALL, ADMIN: ALL } },
  suspendProvider: { roles: { ORG_ADMIN: ALL, CENTRE_STAFF: ALL, ADMIN: ALL } },
  reinstateProvider: { roles: { ORG_ADMIN: ALL, CENTRE_STAFF: ALL, ADMIN: ALL } },
  acceptOffer: { roles: { LAWYER: ALL } },
  declineOffer: { roles: { LAWYER: ALL } },
  clearConflictCheck: { roles: { LAWYER: ALL } },
  assignReferral: { roles: { ORG_ADMIN: ALL, CENTRE_STAFF: ALL } },
  reassignReferral: { roles: { CENTRE_STAFF: ALL } },

  // ---- case-tracking
  case: {
    roles: {
      LAWYER: result('providerId', 'providerId'),
      CENTRE_STAFF: ownCentre('centreId'),
      ORG_ADMIN: result('organisationId'),
      SUPERVISOR: ALL,
      ADMIN: ALL,
      APPRAISER: ALL,
    },
  },
  cases: {
    roles: {
      LAWYER: filter('filter.providerId', 'providerId'),
      CENTRE_STAFF: filter('filter.centreId'),
      ORG_ADMIN: filter('filter.organisationId'),
      SUPERVISOR: ALL,
      ADMIN: ALL,
      APPRAISER: ALL,
    },
  },
  caseCounts: {
    roles: {
      LAWYER: filter('filter.providerId', 'providerId'),
      CENTRE_STAFF: filter('filter.centreId'),
      ORG_ADMIN: filter('filter.organisationId'),
      SUPERVISOR: ALL,
      ADMIN: ALL,
      APPRAISER: ALL,
    },
  },
  /** Hours on the cases the reader may list: the same narrowing as `cases`. */
  hoursSummary: {
    roles: {
      LAWYER: filter('providerId', 'providerId'),
      ORG_ADMIN: filter('organisationId'),
      CENTRE_STAFF: filter('centreId'),
      SUPERVISOR: ALL,
      ADMIN: ALL,
    },
  },
  recordCaseActivity: { roles: { LAWYER: ALL } },
  scheduleCaseDeadline: { roles: { LAWYER: ALL } },
  changeCaseState: { roles: { LAWYER: ALL } },
  closeCase: { roles: { LAWYER: ALL } },
  transferCase: { roles: { LAWYER: ALL, CENTRE_STAFF: ALL, ADMIN: ALL } },
  drawAppraisalSample: { roles: { APPRAISER: ALL, ADMIN: ALL } },
  recordAppraisal: { roles: { APPRAISER: ALL } },
  appraisalDraws: { roles: { APPRAISER: ALL, ADMIN: ALL, SUPERVISOR: ALL } },
  appraisals: { roles: { APPRAISER: ALL, ADMIN: ALL, SUPERVISOR: ALL } },

  // ---- oversight (supervisors see pseudonymised data only)
  auditTrail: { roles: { SUPERVISOR: ALL, ADMIN: ALL } },
  verifyAuditLedger: { roles: { SUPERVISOR: ALL, ADMIN: ALL } },
  checkpoints: { roles: { SUPERVISOR: ALL, ADMIN: ALL } },
  ledgerPublicKeys: { roles: everyone() },
  createCheckpoint: { roles: { SUPERVISOR: ALL, ADMIN: ALL } },
  /** Aggregates with small cells suppressed: any signed-in user. */
  statistics: { roles: everyone() },
  publishStatistics: { roles: { ADMIN: ALL } },
  /** Everyone may read it; the service gives exact figures only to the centre's own staff and admins. */
  centreReport: { roles: everyone() },
  complaints: { roles: { SUPERVISOR: ALL, ADMIN: ALL } },
  feedbackResponses: { roles: { SUPERVISOR: ALL, ADMIN: ALL } },
  supervisionPlans: { roles: { SUPERVISOR: ALL, ADMIN: ALL } },
  recommendations: { roles: { SUPERVISOR: ALL, ADMIN: ALL, ORG_ADMIN: filter('filter.organisationId') } },
  submitFeedback: { public: true, roles: everyone() },
  createSupervisionPlan: { roles: { SUPERVISOR: ALL } },
  drawSupervisionSample: { roles: { SUPERVISOR: ALL } },
  recordFinding: { roles: { SUPERVISOR: ALL } },
  issueRecommendation: { roles: { SUPERVISOR: ALL } },
  respondToRecommendation: { roles: { ORG_ADMIN: ALL } },
  followUpRecommendation: { roles: { SUPERVISOR: ALL } },

  // ---- the console inbox (the service narrows it to the caller's own notifications)
  myNotifications: { roles: { LAWYER: ALL, CENTRE_STAFF: ALL, ORG_ADMIN: ALL, SUPERVISOR: ALL, ADMIN: ALL } },
  markNotificationRead: { roles: { LAWYER: ALL, CENTRE_STAFF: ALL, ORG_ADMIN: ALL, SUPERVISOR: ALL, ADMIN: ALL } },
  // Dead-lettered messages: a centre's staff follow up their centre's (each service checks the delivery's centre again), administrators all.
  failedNotificationDeliveries: { roles: { CENTRE_STAFF: filter('centreId'), ADMIN: ALL } },
  retryNotificationDelivery: { roles: { CENTRE_STAFF: ALL, ADMIN: ALL } },

  // ---- operations: dead letters
  deadLetters: { roles: { ADMIN: ALL } },
  deadLetter: { roles: { ADMIN: ALL } },
  replayDeadLetter: { roles: { ADMIN: ALL } },

  // ---- subscriptions
  offerReceived: { roles: { LAWYER: event('providerId', 'providerId') } },
  legalAidRequestUpdated: { roles: { CENTRE_STAFF: event('organisationId', 'centreId'), ADMIN: ALL } },
  caseUpdated: {
    roles: { LAWYER: event('providerId', 'providerId'), CENTRE_STAFF: event('organisationId', 'centreId'), SUPERVISOR: ALL, ADMIN: ALL },
  },
  deadlineBreached: {
    roles: { CENTRE_STAFF: event('organisationId', 'centreId'), ORG_ADMIN: event('organisationId', 'organisationId'), SUPERVISOR: ALL, ADMIN: ALL },
  },
  /** One feed per role's work: the lawyer's offers and deadlines; the organisation's escalations, assignments and breaches. */
  lawyerFeed: { roles: { LAWYER: event('providerId', 'providerId') } },
  organisationFeed: { roles: { ORG_ADMIN: event('organisationId', 'organisationId') } },
  /** A centre's new requests (G7). */
  requestReceived: { roles: { CENTRE_STAFF: event('organisationId', 'centreId'), ADMIN: ALL } },
  /** Escalations into an organisation's own queue; a centre also hears of its referrals sent to the bar (G7). */
  referralEscalated: { roles: { CENTRE_STAFF: event('organisationId', 'organisationId', 'centreId'), ORG_ADMIN: event('organisationId', 'organisationId'), ADMIN: ALL } },
  /** An inbox delivery names its recipient; the selector also checks the recipient's kind against the role. */
  notificationReceived: {
    roles: { LAWYER: event('providerId', 'recipientRef'), CENTRE_STAFF: event('organisationId', 'recipientRef'), ORG_ADMIN: event('organisationId', 'recipientRef'), SUPERVISOR: ALL },
  },
} satisfies Record<string, AccessRule>;

export type Operation = keyof typeof ACCESS;

/** Roles that may ever receive an applicant's full personal record (intake decides the case: own centre only). Lawyers get contact details only, through applicantContact. */
export const PERSONAL_DATA_ROLES: readonly UserRole[] = ['CENTRE_STAFF'];

export function accessRule(operation: string): AccessRule | undefined {
  return (ACCESS as Record<string, AccessRule>)[operation];
}

export function isUserRole(role: string): role is UserRole {
  return (USER_ROLES as readonly string[]).includes(role);
}

/** The ownership rule that applies to this actor, or a failure (UNAUTHENTICATED / FORBIDDEN). */
export function authorize(operation: string, actor: Actor | null): Ownership | null {
  const rule = accessRule(operation);
  if (!rule) throw new DomainError('FORBIDDEN', `no access rule covers ${operation}`);
  if (!actor) {
    if (rule.public) return null;
    throw new DomainError('UNAUTHENTICATED', 'sign in: this operation needs a bearer token');
  }
  const ownership = isUserRole(actor.role) ? rule.roles[actor.role] : undefined;
  if (!ownership) throw new DomainError('FORBIDDEN', `a ${actor.role} may not use ${operation}`);
  if (ownership.kind !== 'all' && !actor[ownership.claim]) {
    throw new DomainError('FORBIDDEN', `${operation} needs a token with ${ownership.claim === 'providerId' ? 'a provider id' : 'an organisation'}`);
  }
  return ownership;
}

export function getPath(value: unknown, path: string): unknown {
  return path.split('.').reduce<unknown>((v, key) => (v && typeof v === 'object' ? (v as Record<string, unknown>)[key] : undefined), value);
}

function setPath(target: Record<string, unknown>, path: string, value: unknown): void {
  const keys = path.split('.');
  let node = target;
  for (const key of keys.slice(0, -1)) {
    const next = node[key];
    node = node[key] = next && typeof next === 'object' ? { ...(next as Record<string, unknown>) } : {};
  }
  node[keys.at(-1)!] = value;
}

/** Applies `arg` and `filter` rules before the call; returns the (possibly narrowed) arguments. */
export function applyToArgs(operation: string, ownership: Ownership | null, actor: Actor | null, args: Record<string, unknown>): Record<string, unknown> {
  if (!ownership || !actor) return args;
  if (ownership.kind === 'arg') {
    if (getPath(args, ownership.path) !== actor[ownership.claim]) {
      throw new DomainError('FORBIDDEN', `${operation}: ${ownership.path} must be your own`);
    }
  }
  if (ownership.kind === 'filter') {
    const given = getPath(args, ownership.path);
    if (given !== undefined && given !== null && given !== actor[ownership.claim]) {
      throw new DomainError('FORBIDDEN', `${operation}: you may only list your own (${ownership.path})`);
    }
    const narrowed = { ...args };
    setPath(narrowed, ownership.path, actor[ownership.claim]);
    return narrowed;
  }
  return args;
}

/** Applies a `result` rule after the call: someone else's object is NOT_FOUND. */
export function checkResult(operation: string, ownership: Ownership | null, actor: Actor | null, value: unknown): void {
  if (!ownership || !actor || ownership.kind !== 'result' || value === null || value === undefined) return;
  if (getPath(value, ownership.path) !== actor[ownership.claim]) {
    throw new DomainError('NOT_FOUND', `${operation}: not found`);
  }
}

/** Whether a subscriber may see an event's data. */
export function eventVisible(ownership: Ownership | null, actor: Actor | null, data: unknown): boolean {
  if (!ownership || !actor) return false;
  if (ownership.kind === 'all') return true;
  if (ownership.kind !== 'event') return false;
  const own = actor[ownership.claim];
  return own !== undefined && ownership.paths.some((p) => getPath(data, p) === own);
}
