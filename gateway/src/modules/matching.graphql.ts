import {
  DeclineReasonSchema,
  ExclusionReasonSchema,
  IntakeRpc,
  MatchingRpc,
  ORGANISATION_KINDS,
  PROVIDER_KINDS,
  ReferralStatusSchema,
  ScoreReasonSchema,
  type OfferView,
  type ReferralDetailView,
} from '@legalaid/contracts';
import { call, once, type GatewayContext } from '../context.js';
import { GraphQLError, type GraphQLResolveInfo } from 'graphql';
import { connection, connectionTypeDefs, selects, type ConnectionArgs } from './relay.js';
import { joined, loadOrganisation, loadProvider, loadReferral } from '../loader.js';
import { enumOf, enumOfCodes } from './vocabulary.graphql.js';

/** Matching: organisations and providers (the registry), referrals, offers and escalations. */
export const matchingTypeDefs = [
  enumOf('OrganisationKind', ORGANISATION_KINDS),
  enumOf('ProviderKind', PROVIDER_KINDS),
  enumOfCodes('DeclineReason', DeclineReasonSchema.options),
  enumOfCodes('ReferralStatus', ReferralStatusSchema.options),
  enumOfCodes('ExclusionReason', ExclusionReasonSchema.options),
  enumOfCodes('ScoreFactor', ScoreReasonSchema.shape.factor.options),
  connectionTypeDefs('Provider'),
  connectionTypeDefs('Organisation'),
  connectionTypeDefs('Offer', { totalCount: true }),
  connectionTypeDefs('EscalatedReferral', { totalCount: true }),
  /* GraphQL */ `
  type Query {
    "An organisation of the network."
    organisation(id: ID!): Organisation
    "The network's organisations, by kind and province, ordered by id (pickers, the directory)."
    organisations(first: Int, after: String, filter: OrganisationFilter): OrganisationConnection!
    "A provider's professional profile and load."
    provider(id: ID!): Provider
    "Providers, filtered, ordered by id."
    providers(first: Int, after: String, filter: ProviderFilter): ProviderConnection!
    "The signed-in lawyer's offers (open ones unless includeClosed)."
    myOffers(first: Int, after: String, includeClosed: Boolean): OfferConnection!
    "A referral with its offers and the stored reasons of every ranking."
    referral(id: ID!): Referral
    "Referrals waiting in an organisation's escalation queue, oldest first."
    escalationQueue(organisationId: ID!, first: Int, after: String): EscalatedReferralConnection!
  }

  type Mutation {
    registerOrganisation(input: RegisterOrganisationInput!): Organisation!
    "Replace what an organisation publishes in the public directory (/hsds)."
    updateOrganisationDirectory(input: UpdateOrganisationDirectoryInput!): Organisation!
    "Change an organisation's contact and letterhead data (its own admin, or ADMIN); fields left out stay as they are, null clears one."
    updateOrganisationContact(input: UpdateOrganisationContactInput!): Organisation!
    registerProvider(input: RegisterProviderInput!): Provider!
    updateProvider(input: UpdateProviderInput!): Provider!
    setProviderAvailability(input: SetProviderAvailabilityInput!): Provider!
    "No new offers reach a suspended provider."
    suspendProvider(input: SuspendProviderInput!): Provider!
    reinstateProvider(providerId: ID!): Provider!
    "The offered lawyer accepts; the referral is assigned to them and a case opens."
    acceptOffer(offerId: ID!): OfferDecisionPayload!
    "The offered lawyer declines with a reason; the next candidate gets the offer. A possible conflict that is one: decline with CONFLICT."
    declineOffer(input: DeclineOfferInput!): OfferDecisionPayload!
    "The offered lawyer confirms that a possible conflict (a party matching by name and birth date only) is not one: the offer shows its brief and may be accepted."
    clearConflictCheck(offerId: ID!): OfferDecisionPayload!
    "An organisation admin assigns an escalated referral to one of its members."
    assignReferral(input: AssignReferralInput!): ReferralAssignmentPayload!
    "The centre reassigns a referral not yet assigned: to a named provider, or by a new ranking round."
    reassignReferral(input: ReassignReferralInput!): ReferralAssignmentPayload!
  }

  enum ProviderGender { FEMALE MALE OTHER }
  enum ProviderStatus { ACTIVE SUSPENDED }
  enum ProBonoUnit { HOURS CASES }
  "Queues an escalated referral waits in, in the order it moves up when a queue's deadline passes."
  enum EscalationTarget { BAR_ASSOCIATION CENTRE_OFFICERS CENTRE_DIRECTOR }
  enum EscalationReason { ATTEMPTS_EXHAUSTED NO_CANDIDATE DEADLINE_PASSED }
  enum OfferStatus { OPEN ACCEPTED DECLINED EXPIRED WITHDRAWN }

  input ServiceAreaInput { provinceCode: String!, communeCode: String }
  input LeavePeriodInput { from: DateTime!, to: DateTime! }
  input ProBonoInput { unit: ProBonoUnit!, annualTarget: Int! }
  "Professional contacts for messages (e-mail, SMS, Zalo); language as an ISO 639-3 code (default vie)."
  input ProfessionalContactInput { email: String, phone: String, zaloPhone: String, language: String }
  input RegisterOrganisationInput {
    organisationId: ID!
    kind: OrganisationKind!
    name: String!
    provinceCode: String!
    parentOrganisationId: ID
    escalationOrganisationId: ID
    "What the organisation publishes in the public directory (/hsds); listed with nothing else when omitted."
    directory: OrganisationDirectoryInput
    contact: OrganisationContactInput
  }
  input OrganisationContactInput { address: String, phone: String, email: String, signatoryName: String, signatoryTitle: String }
  input UpdateOrganisationContactInput { organisationId: ID!, contact: OrganisationContactInput!, expectedVersion: Int }
  input OrganisationFilter { kind: OrganisationKind, provinceCode: String }
  enum Weekday { MO TU WE TH FR SA SU }
  input DirectoryPhoneInput { number: String!, description: String }
  input DirectoryAddressInput { street: String!, communeCode: String!, postalCode: String }
  input OpeningHoursInput { days: [Weekday!]!, opensAt: String!, closesAt: String! }
  input OrganisationDirectoryInput {
    "Shown in the public directory (Fatherland Front committees never are)."
    listed: Boolean
    description: String
    website: String
    "Further numbers (a hotline, a reception desk); the main phone and e-mail are the contact's (updateOrganisationContact)."
    phones: [DirectoryPhoneInput!]
    address: DirectoryAddressInput
    openingHours: [OpeningHoursInput!]
  }
  input UpdateOrganisationDirectoryInput { organisationId: ID!, directory: OrganisationDirectoryInput! }
  input RegisterProviderInput {
    providerId: ID!
    organisationId: ID!
    kind: ProviderKind!
    displayName: String!
    gender: ProviderGender!
    fieldsOfLaw: [FieldOfLaw!]!
    aidForms: [AidForm!]!
    languages: [String!]!
    areas: [ServiceAreaInput!]!
    remoteAdvice: Boolean
    capacity: Int!
    proBono: ProBonoInput
    "Keyed hashes of parties the provider has a conflict with (ph_...)."
    declaredConflicts: [String!]
    contact: ProfessionalContactInput
    "The provider agrees to be named (name and kind) in the public directory; off unless given."
    publishInDirectory: Boolean
  }
  input ProviderPatchInput {
    displayName: String
    gender: ProviderGender
    fieldsOfLaw: [FieldOfLaw!]
    aidForms: [AidForm!]
    languages: [String!]
    areas: [ServiceAreaInput!]
    remoteAdvice: Boolean
    capacity: Int
    proBono: ProBonoInput
    declaredConflicts: [String!]
    contact: ProfessionalContactInput
    publishInDirectory: Boolean
  }
  input UpdateProviderInput { providerId: ID!, expectedVersion: Int, patch: ProviderPatchInput! }
  input SetProviderAvailabilityInput { providerId: ID!, available: Boolean!, leave: [LeavePeriodInput!] }
  input SuspendProviderInput { providerId: ID!, reason: String! }
  input DeclineOfferInput { offerId: ID!, reason: DeclineReason!, text: String }
  input AssignReferralInput { referralId: ID!, providerId: ID! }
  input ReassignReferralInput { referralId: ID!, providerId: ID }
  input ProviderFilter {
    organisationId: ID
    kind: ProviderKind
    fieldOfLaw: FieldOfLaw
    aidForm: AidForm
    provinceCode: String
    language: String
    status: ProviderStatus
  }

  type Organisation {
    id: ID!
    organisationId: ID!
    kind: OrganisationKind!
    name: String!
    provinceCode: String!
    parentOrganisationId: ID
    escalationOrganisationId: ID
    directory: OrganisationDirectory!
    registeredAt: DateTime!
    "Address, phone, e-mail and signatory, for letterheads and the help panel."
    contact: OrganisationContact!
    version: Int!
    updatedAt: DateTime!
  }
  type DirectoryPhone { number: String!, description: String }
  type DirectoryAddress { street: String!, communeCode: String!, postalCode: String }
  type OpeningHours { days: [Weekday!]!, opensAt: String!, closesAt: String! }
  type OrganisationDirectory {
    listed: Boolean!
    description: String
    website: String
    "Further numbers; the main phone and e-mail are the organisation's contact."
    phones: [DirectoryPhone!]!
    address: DirectoryAddress
    openingHours: [OpeningHours!]!
  }
  type OrganisationContact { address: String, phone: String, email: String, signatoryName: String, signatoryTitle: String }
  type ServiceArea { provinceCode: String!, communeCode: String }
  type LeavePeriod { from: DateTime!, to: DateTime! }
  type ProBono { unit: ProBonoUnit!, annualTarget: Int! }
  type ProBonoDelivered { year: Int!, hours: Float!, cases: Int! }
  type Provider {
    id: ID!
    providerId: ID!
    organisationId: ID!
    kind: ProviderKind!
    displayName: String!
    "Agreed to be named in the public directory."
    publishInDirectory: Boolean!
    gender: ProviderGender!
    fieldsOfLaw: [FieldOfLaw!]!
    aidForms: [AidForm!]!
    languages: [String!]!
    areas: [ServiceArea!]!
    remoteAdvice: Boolean!
    capacity: Int!
    available: Boolean!
    leave: [LeavePeriod!]!
    proBono: ProBono
    status: ProviderStatus!
    declaredConflictCount: Int!
    openCases: Int!
    proBonoDelivered: ProBonoDelivered!
    offersMade: Int!
    offersAccepted: Int!
    lastOfferedAt: DateTime
    version: Int!
    registeredAt: DateTime!
    updatedAt: DateTime!
    organisation: Organisation
  }

  type Offer {
    id: ID!
    offerId: ID!
    referralId: ID!
    requestId: ID!
    providerId: ID!
    organisationId: ID!
    fieldOfLaw: FieldOfLaw!
    aidForm: AidForm!
    provinceCode: String!
    "Withheld while a possible conflict awaits the lawyer's answer."
    communeCode: String
    "Withheld while a possible conflict awaits the lawyer's answer."
    language: String
    urgent: Boolean!
    round: Int!
    attempt: Int!
    status: OfferStatus!
    "PENDING: possible conflict — confirm (clearConflictCheck) or decline with CONFLICT; the brief is withheld and the offer cannot be accepted until then."
    conflictCheck: ConflictCheck
    offeredAt: DateTime!
    expiresAt: DateTime!
    respondedAt: DateTime
    declineReason: DeclineReason
    "The free text of an OTHER decline (referral view only)."
    declineText: String
    "The offered provider (one call per page of offers)."
    provider: Provider
    "The hearing the referring court or procedural body named."
    hearingAt: DateTime
    "By when help must start: the procedural body's defence-counsel deadline, else the matter's urgency deadline."
    deadlineAt: DateTime
    "The de-identified brief staff wrote at acceptance, read from intake (logged): for the request's centre, the provider while the offer is open (not while a possible conflict awaits their answer) and once they accepted; null otherwise or when none was written."
    brief: String
    "Why this provider was chosen: their rank, score and reasons in the round (myOffers only)."
    choice: OfferChoice
  }
  type OfferChoice { rank: Int!, score: Float!, candidateCount: Int!, reasons: [ScoreReason!]! }

  type ScoreReason { factor: ScoreFactor!, points: Float!, detail: String! }
  enum ConflictCheck { PENDING CLEARED }
  type RankedCandidate { rank: Int!, providerId: ID!, organisationId: ID!, score: Float!, reasons: [ScoreReason!]!, possibleConflict: Boolean, provider: Provider }
  type ExclusionCount { reason: ExclusionReason!, count: Int! }
  type ExcludedProvider { providerId: ID!, reasons: [ExclusionReason!]!, provider: Provider }
  type Ranking {
    round: Int!
    rankedAt: DateTime!
    considered: Int!
    candidateCount: Int!
    candidates: [RankedCandidate!]!
    excludedByReason: [ExclusionCount!]!
    excluded: [ExcludedProvider!]!
  }
  "dueAt: by when this queue must place the matter before it moves up; remindedAt: when the queue was reminded."
  type Escalation { organisationId: ID!, target: EscalationTarget!, reason: EscalationReason!, escalatedAt: DateTime!, dueAt: DateTime, remindedAt: DateTime }

  type Referral {
    id: ID!
    referralId: ID!
    requestId: ID!
    status: ReferralStatus!
    fieldOfLaw: FieldOfLaw!
    aidForm: AidForm!
    createdAt: DateTime!
    centreId: ID
    round: Int
    version: Int
    assignedProviderId: ID
    assignedOrganisationId: ID
    assignedAt: DateTime
    provinceCode: String
    communeCode: String
    language: String
    urgent: Boolean
    escalation: Escalation
    "Every offer made, in order (centre, oversight and admins)."
    offers: [Offer!]!
    "Each ranking round with the reasons for every candidate."
    rankings: [Ranking!]!
    assignedProvider: Provider
  }

  "What the lawyer who answered an offer may read: the referral's state and their own offer (the referral's other offers and rankings are the centre's)."
  type OfferDecisionPayload {
    referralId: ID!
    requestId: ID!
    "The referral's status after the answer (ASSIGNED after an acceptance)."
    status: ReferralStatus!
    assignedProviderId: ID
    "The offer answered, as it is now."
    offer: Offer!
  }

  "What the one who placed a referral may read: its state and who has it now (its offers and rankings are the referring centre's: read them from the referral, where you may)."
  type ReferralAssignmentPayload {
    referralId: ID!
    requestId: ID!
    "The referral's status after the placement (ASSIGNED after assignReferral; OFFERED or ESCALATED after a new ranking round)."
    status: ReferralStatus!
    fieldOfLaw: FieldOfLaw!
    aidForm: AidForm!
    round: Int
    version: Int
    assignedProviderId: ID
    assignedOrganisationId: ID
    "The provider it is assigned to (one of the caller's organisation when an organisation admin assigned it)."
    assignedProvider: Provider
  }

  type EscalatedReferral {
    id: ID!
    referralId: ID!
    requestId: ID!
    status: ReferralStatus!
    fieldOfLaw: FieldOfLaw!
    aidForm: AidForm!
    createdAt: DateTime!
    centreId: ID
    escalatedAt: DateTime!
    urgent: Boolean!
    "Which of the organisation's queues it waits in (a centre keeps its officers' and its director's)."
    target: EscalationTarget!
    "By when it must be placed before it moves up to the next queue."
    dueAt: DateTime
    "The whole referral: offers and decline reasons, and rankings where you may see them (one call per page of the queue)."
    referral: Referral
  }
`,
].join('\n');

type Input = { input: Record<string, unknown> };

/**
 * An offer's brief, read from intake once per request and GraphQL request;
 * intake decides who reads it. A lawyer's closed (not accepted) offer, or one
 * awaiting their answer on a possible conflict, is not even asked about. Where
 * intake refuses (an offer since transferred, a reader who may not see the
 * request), the field is null, not an error.
 */
async function offerBrief(p: OfferView, _: unknown, ctx: GatewayContext): Promise<string | null> {
  const lawyerMayRead = (p.status === 'OPEN' && p.conflictCheck !== 'PENDING') || p.status === 'ACCEPTED';
  if (ctx.actor?.role === 'LAWYER' && !lawyerMayRead) return null;
  try {
    return (await once(ctx, `brief:${p.requestId}`, () => call(ctx, IntakeRpc.offerBrief, { requestId: p.requestId }))).brief;
  } catch (err) {
    const code = err instanceof GraphQLError ? err.extensions.code : undefined;
    if (code === 'FORBIDDEN' || code === 'NOT_FOUND') return null;
    throw err;
  }
}
type ReferralParent = { referralId: string } & Partial<ReferralDetailView>;

const fullReferral = (ctx: GatewayContext, referralId: string) => once(ctx, `referral:${referralId}`, () => call(ctx, MatchingRpc.referral, { referralId }));
const detail =
  <K extends keyof ReferralDetailView>(key: K) =>
  async (parent: ReferralParent, _: unknown, ctx: GatewayContext) =>
    parent[key] !== undefined ? parent[key] : (await fullReferral(ctx, parent.referralId))[key];

export const matchingResolvers = {
  Query: {
    organisation: (_: unknown, a: { id: string }, ctx: GatewayContext) => call(ctx, MatchingRpc.organisation, { organisationId: a.id }),
    organisations: (_: unknown, a: ConnectionArgs & { filter?: Record<string, unknown> | null }, ctx: GatewayContext) =>
      connection(a, (page) => call(ctx, MatchingRpc.organisations, { ...(a.filter ?? {}), page } as never)),
    provider: (_: unknown, a: { id: string }, ctx: GatewayContext) => call(ctx, MatchingRpc.provider, { providerId: a.id }),
    providers: (_: unknown, a: ConnectionArgs & { filter?: Record<string, unknown> | null }, ctx: GatewayContext) =>
      connection(a, (page) => call(ctx, MatchingRpc.providers, { ...(a.filter ?? {}), page } as never)),
    myOffers: (_: unknown, a: ConnectionArgs & { includeClosed?: boolean | null }, ctx: GatewayContext, info: GraphQLResolveInfo) =>
      connection(a, (page) => call(ctx, MatchingRpc.myOffers, { includeClosed: a.includeClosed ?? false, page, ...(selects(info, 'totalCount') ? { withTotalCount: true } : {}) })),
    referral: (_: unknown, a: { id: string }, ctx: GatewayContext) => fullReferral(ctx, a.id),
    escalationQueue: (_: unknown, a: ConnectionArgs & { organisationId: string }, ctx: GatewayContext, info: GraphQLResolveInfo) =>
      connection(a, (page) => call(ctx, MatchingRpc.escalationQueue, { organisationId: a.organisationId, page, ...(selects(info, 'totalCount') ? { withTotalCount: true } : {}) })),
  },
  Mutation: {
    registerOrganisation: (_: unknown, a: Input, ctx: GatewayContext) => call(ctx, MatchingRpc.registerOrganisation, a.input as never),
    updateOrganisationDirectory: (_: unknown, a: Input, ctx: GatewayContext) => call(ctx, MatchingRpc.updateOrganisationDirectory, a.input as never),
    updateOrganisationContact: (_: unknown, a: Input, ctx: GatewayContext) => call(ctx, MatchingRpc.updateOrganisationContact, a.input as never),
    registerProvider: (_: unknown, a: Input, ctx: GatewayContext) => call(ctx, MatchingRpc.registerProvider, a.input as never),
    updateProvider: (_: unknown, a: Input, ctx: GatewayContext) => call(ctx, MatchingRpc.updateProvider, a.input as never),
    setProviderAvailability: (_: unknown, a: Input, ctx: GatewayContext) => call(ctx, MatchingRpc.setProviderAvailability, a.input as never),
    suspendProvider: (_: unknown, a: Input, ctx: GatewayContext) => call(ctx, MatchingRpc.suspendProvider, a.input as never),
    reinstateProvider: (_: unknown, a: { providerId: string }, ctx: GatewayContext) => call(ctx, MatchingRpc.reinstateProvider, { providerId: a.providerId }),
    acceptOffer: (_: unknown, a: { offerId: string }, ctx: GatewayContext) => call(ctx, MatchingRpc.acceptOffer, { offerId: a.offerId }),
    declineOffer: (_: unknown, a: Input, ctx: GatewayContext) => call(ctx, MatchingRpc.declineOffer, a.input as never),
    clearConflictCheck: (_: unknown, a: { offerId: string }, ctx: GatewayContext) => call(ctx, MatchingRpc.clearConflictCheck, { offerId: a.offerId }),
    assignReferral: (_: unknown, a: Input, ctx: GatewayContext) => call(ctx, MatchingRpc.assignReferral, a.input as never),
    reassignReferral: (_: unknown, a: Input, ctx: GatewayContext) => call(ctx, MatchingRpc.reassignReferral, a.input as never),
  },
  Organisation: { id: (p: { organisationId: string }) => p.organisationId },
  Provider: {
    id: (p: { providerId: string }) => p.providerId,
    organisation: joined(loadOrganisation, (p: { organisationId: string }) => p.organisationId),
  },
  Offer: {
    id: (p: { offerId: string }) => p.offerId,
    declineText: (p: { declineText?: string | null }) => p.declineText ?? null,
    hearingAt: (p: OfferView) => p.hearingAt ?? null,
    deadlineAt: (p: OfferView) => p.deadlineAt ?? null,
    choice: (p: { choice?: unknown }) => p.choice ?? null,
    brief: offerBrief,
    provider: joined(loadProvider, (p: { providerId: string }) => p.providerId),
  },
  RankedCandidate: { provider: joined(loadProvider, (p: { providerId: string }) => p.providerId) },
  ExcludedProvider: { provider: joined(loadProvider, (p: { providerId: string }) => p.providerId) },
  Referral: {
    id: (p: ReferralParent) => p.referralId,
    assignedAt: detail('assignedAt'),
    provinceCode: detail('provinceCode'),
    communeCode: detail('communeCode'),
    language: detail('language'),
    urgent: detail('urgent'),
    escalation: detail('escalation'),
    offers: detail('offers'),
    rankings: async (p: ReferralParent, _: unknown, ctx: GatewayContext) =>
      ((await detail('rankings')(p, _, ctx)) as ReferralDetailView['rankings']).map((r) => ({
        ...r,
        excludedByReason: Object.entries(r.excludedByReason).map(([reason, count]) => ({ reason, count })),
      })),
    assignedProvider: joined(loadProvider, (p: ReferralParent) => p.assignedProviderId),
  },
  ReferralAssignmentPayload: { assignedProvider: joined(loadProvider, (p: { assignedProviderId?: string | null }) => p.assignedProviderId) },
  EscalatedReferral: { id: (p: { referralId: string }) => p.referralId, referral: joined(loadReferral, (p: { referralId: string }) => p.referralId) },
};
