import {
  AccessPurposeSchema,
  DomainError,
  CasesRpc,
  ConsentPurposeSchema,
  DOWNSTREAM_STATUSES,
  EvidenceKinds,
  IntakeRpc,
  MatchingRpc,
  ProceduralStageSchema,
  REQUEST_STATUSES,
  ReferrerKindSchema,
  REQUEST_ORDERS,
  RejectionGrounds,
  type RequestView,
} from '@legalaid/contracts';
import { PERSONAL_DATA_ROLES } from '../access.js';
import { toGraphQLError } from '../errors.js';
import { call, once, type GatewayContext } from '../context.js';
import { actorName } from '../loader.js';
import { connection, connectionTypeDefs, type ConnectionArgs } from './relay.js';
import { enumOf, enumOfCodes } from './vocabulary.graphql.js';

/** Intake: the LegalAidRequest, screening, and the only door to an applicant's personal data. */
export const intakeTypeDefs = [
  enumOfCodes('RequestStatus', REQUEST_STATUSES),
  enumOfCodes('DownstreamStatus', DOWNSTREAM_STATUSES),
  enumOfCodes('RequestOrder', REQUEST_ORDERS),
  enumOf('EvidenceKind', EvidenceKinds),
  enumOf('RejectionGround', RejectionGrounds),
  enumOfCodes('ConsentPurpose', ConsentPurposeSchema.options),
  enumOfCodes('ReferrerKind', ReferrerKindSchema.options),
  enumOfCodes('ProceduralStage', ProceduralStageSchema.options),
  enumOfCodes('AccessPurpose', AccessPurposeSchema.options),
  connectionTypeDefs('LegalAidRequest'),
  connectionTypeDefs('AccessLogEntry'),
  /* GraphQL */ `
  type Query {
    "The keyed hashes of a party as conflict checks compare them (from the ID number; from the name with the birth date, YYYY-MM-DD): how a provider declares a conflict without matching seeing the name. Give the ID number or the birth date; declare every hash returned."
    partyHashes(fullName: String!, idNumber: String, birthDate: String): [String!]!
    "A legal aid request with what the services know about it: status, referral and offers, case and timeline."
    legalAidRequest(id: ID!): LegalAidRequest
    "Requests you may see (no personal data), newest first unless orderBy says otherwise: RECEIVED_AT_ASC oldest first, DOCUMENTS_DUE_AT earliest documents due date first, URGENCY urgent first by deadline. A cursor belongs to its order."
    legalAidRequests(first: Int, after: String, filter: RequestFilter, orderBy: RequestOrder): LegalAidRequestConnection!
    "Counts of requests by status, channel, group, field and downstream status."
    requestCounts(filter: RequestFilter): RequestCounts!
    "Your centre's requests for a person, by ID number or phone (the lookup is logged)."
    findRequestsByIdentity(idNumber: String, phone: String): [LegalAidRequest!]!
    "The applicant's contact details, for the assigned lawyer or the request's centre (every read is logged)."
    applicantContact(requestId: ID!): ApplicantContact!
    "What was said about the matter: summary, opposing parties, attached document titles, the referring officer. The request's centre reads all; the assigned lawyer the summary (the rest is null). Every read is logged."
    legalAidRequestDetails(requestId: ID!): RequestDetails!
    "Who read personal data, when, of which request (never the data itself)."
    personalDataAccessLog(requestId: ID, first: Int, after: String, filter: AccessLogFilter): AccessLogEntryConnection!
    "Versions of the eligible-persons list (Law on Legal Aid 2017, Art. 7), with the evidence each group needs."
    eligibilityRuleSets: [EligibilityRuleSet!]!
  }

  type Mutation {
    "Record a legal aid request from any channel; it lands RECEIVED for staff to screen."
    submitLegalAidRequest(input: SubmitLegalAidRequestInput!): SubmitLegalAidRequestPayload!
    "A citizen's request from the public web form, without a token (when the network enables it); it lands RECEIVED for staff to screen."
    submitPublicLegalAidRequest(input: PublicLegalAidRequestInput!): SubmitLegalAidRequestPayload!
    "Ask the applicant for missing documents."
    requestDocuments(input: RequestDocumentsInput!): RequestCommandPayload!
    "Record that the missing documents arrived."
    completeDocuments(input: CompleteDocumentsInput!): RequestCommandPayload!
    "Accept (thụ lý) a request into the register; matching then refers it."
    acceptLegalAidRequest(input: AcceptLegalAidRequestInput!): RequestCommandPayload!
    "Refuse a request in writing on a statutory ground."
    rejectLegalAidRequest(input: RejectLegalAidRequestInput!): RequestCommandPayload!
    "Record the applicant's withdrawal."
    withdrawLegalAidRequest(input: WithdrawLegalAidRequestInput!): RequestCommandPayload!
    "Record the withdrawal of the applicant's consent for some purposes."
    withdrawConsent(input: WithdrawConsentInput!): RequestCommandPayload!
    "Erase personal data of requests finished before the retention cut-off (ADMIN)."
    eraseExpiredPersonalData(input: EraseExpiredPersonalDataInput): ErasurePayload!
    "Re-seal personal data written under older keys with the active key (ADMIN)."
    rotateDataKeys(limit: Int): KeyRotationPayload!
  }

  enum Gender { FEMALE MALE OTHER }
  "The applicant's preference about the provider's gender, recorded at acceptance (asked of every victim of violence or trafficking)."
  enum ProviderGenderPreference { FEMALE MALE NO_PREFERENCE }
  enum GuardianRelationship { PARENT GUARDIAN OTHER }
  enum ConsentGivenBy { APPLICANT GUARDIAN REPRESENTATIVE }
  enum ConsentMethod { WRITTEN ORAL_RECORDED ELECTRONIC }

  input AddressInput { provinceCode: String!, communeCode: String, line: String }
  input GuardianInput { fullName: String!, relationship: GuardianRelationship!, idNumber: String, phone: String }
  input ApplicantInput {
    fullName: String!
    idNumber: String
    birthDate: String
    gender: Gender
    phone: String
    email: String
    address: AddressInput!
    language: String
    needsInterpreter: Boolean
    accessNeeds: String
    guardian: GuardianInput
    "How the applicant (or guardian) may be reached safely; every message honours it."
    contactSafety: ContactSafetyInput
  }
  "A daily window in Viet Nam time (HH:MM); 'to' before 'from' runs past midnight."
  input TimeWindowInput { from: String!, to: String! }
  "Safe contact (liên lạc an toàn). leaveMessages false: no written or recorded message at all, staff call back at a safe time."
  input ContactSafetyInput {
    safeToCall: Boolean!
    safeToSms: Boolean!
    safeToEmail: Boolean
    safeToZalo: Boolean
    leaveMessages: Boolean!
    safeTimes: [TimeWindowInput!]
    note: String
  }
  input ReferralInput {
    referrerKind: ReferrerKind!
    organisation: String!
    officer: String
    officerPhone: String
    "Where the referring body learns who was appointed."
    officerEmail: String
    documentNumber: String
    proceduralStage: ProceduralStage
    hearingAt: DateTime
    custodySince: String
    defenceCounselRequested: Boolean
  }
  input ConsentInput { purposes: [ConsentPurpose!]!, givenBy: ConsentGivenBy!, method: ConsentMethod! }
  input AttachedDocumentInput { kind: EvidenceKind!, title: String }
  "An opposing party: the ID number or the birth date lets conflict checks find them (a name alone would match namesakes)."
  input PartyInput { fullName: String!, idNumber: String, birthDate: String }
  input SubmitLegalAidRequestInput {
    channel: Channel!
    centreId: ID!
    applicant: ApplicantInput!
    fieldOfLaw: FieldOfLaw!
    aidForm: AidForm!
    summary: String!
    attachedDocuments: [AttachedDocumentInput!]
    opposingParties: [PartyInput!]
    urgencyReasons: [UrgencyReason!]
    deadlineAt: DateTime
    referral: ReferralInput
    consent: ConsentInput!
    claimedEligibilityGroup: EligibilityGroup
    "Some victims ask for a provider of a given gender (FEMALE or MALE); matching ranks by it."
    preferredProviderGender: Gender
  }
  input PublicLegalAidRequestInput {
    centreId: ID!
    applicant: ApplicantInput!
    fieldOfLaw: FieldOfLaw!
    aidForm: AidForm!
    summary: String!
    urgencyReasons: [UrgencyReason!]
    consent: ConsentInput!
    claimedEligibilityGroup: EligibilityGroup
  }
  input RequestedDocumentInput { kind: EvidenceKind!, description: String }
  input RequestDocumentsInput { requestId: ID!, documents: [RequestedDocumentInput!]!, expectedVersion: Int }
  input CompleteDocumentsInput { requestId: ID!, receivedDocuments: [AttachedDocumentInput!]!, expectedVersion: Int }
  "providerGenderPreference is required for a victim of violence or trafficking whose submission gave none (error reason PROVIDER_GENDER_PREFERENCE_REQUIRED)."
  input AcceptLegalAidRequestInput {
    requestId: ID!
    eligibilityGroup: EligibilityGroup!
    evidence: [EvidenceKind!]!
    providerGenderPreference: ProviderGenderPreference
    "What the matter is about, for the lawyers it is offered to (up to 1000 characters), written without names, numbers or addresses; sealed in intake, read back as Offer.brief (logged)."
    brief: String
    expectedVersion: Int
  }
  input RejectLegalAidRequestInput { requestId: ID!, ground: RejectionGround!, note: String, expectedVersion: Int }
  input WithdrawLegalAidRequestInput { requestId: ID!, reason: String, expectedVersion: Int }
  input WithdrawConsentInput { requestId: ID!, purposes: [ConsentPurpose!]! }
  input EraseExpiredPersonalDataInput { finishedBefore: DateTime, limit: Int, dryRun: Boolean }
  input RequestFilter {
    centreId: ID
    status: [RequestStatus!]
    downstreamStatus: [DownstreamStatus!]
    channel: [Channel!]
    eligibilityGroup: [EligibilityGroup!]
    fieldOfLaw: [FieldOfLaw!]
    aidForm: [AidForm!]
    provinceCode: String
    communeCode: String
    receivedFrom: DateTime
    receivedTo: DateTime
    urgent: Boolean
    possibleDuplicate: Boolean
    "The acceptance register's number (số thụ lý): at most one request."
    registerNumber: String
  }

  type SubmitLegalAidRequestPayload {
    requestId: ID!
    status: RequestStatus!
    "Open requests of the same applicant in the same field, flagged for staff."
    possibleDuplicateOf: [ID!]!
    request: LegalAidRequest
  }
  type RequestCommandPayload {
    requestId: ID!
    status: RequestStatus!
    version: Int!
    documentsDueAt: DateTime
    "The documents' time limit crosses a year without an official calendar decision loaded: the days off may still change."
    documentsDueProvisional: Boolean
    registerNumber: String
    ruleSetId: String
    "The legal basis an acceptance cited (law, number, article, clause, point)."
    basis: String
    "The request after the command."
    request: LegalAidRequest
  }
  type ErasurePayload { cutoff: DateTime!, requestIds: [ID!]!, erased: Int! }
  type KeyRotationPayload { activeKeyId: String!, resealed: Int!, remaining: Int! }

  type Urgency { urgent: Boolean!, reasons: [UrgencyReason!]!, deadlineAt: DateTime }
  type Rejection {
    ground: RejectionGround!
    "The legal basis the ground rests on, for the rejection letter."
    basis: Label!
    note: String
    rejectedAt: DateTime!
  }
  type RequestReferralSource {
    referrerKind: ReferrerKind!
    organisation: String!
    proceduralStage: ProceduralStage
    hearingAt: DateTime
    custodySince: String
    defenceCounselRequested: Boolean!
  }
  type ConsentWithdrawal { purpose: ConsentPurpose!, at: DateTime! }
  type Consent { purposes: [ConsentPurpose!]!, givenBy: String!, method: String!, recordedAt: DateTime!, recordedBy: ID!, recordedByName: String, withdrawn: [ConsentWithdrawal!]! }
  type RequestTimelineEntry { status: String!, at: DateTime! }
  type Address { provinceCode: String!, communeCode: String, line: String }
  type Guardian { fullName: String!, relationship: String!, phone: String }
  "An applicant's personal data: only the request's centre ever receives it, and every read is logged."
  type Applicant {
    fullName: String!
    idNumber: String
    birthDate: String
    gender: String
    phone: String
    email: String
    address: Address!
    language: String!
    needsInterpreter: Boolean!
    accessNeeds: String
    guardian: Guardian
    contactSafety: ContactSafety
  }
  type TimeWindow { from: String!, to: String! }
  type ContactSafety {
    safeToCall: Boolean!
    safeToSms: Boolean!
    safeToEmail: Boolean!
    safeToZalo: Boolean!
    leaveMessages: Boolean!
    safeTimes: [TimeWindow!]!
    note: String
  }
  type ContactGuardian { fullName: String!, phone: String }
  type ApplicantContact {
    requestId: ID!
    fullName: String!
    phone: String
    email: String
    addressLine: String
    communeCode: String
    language: String!
    needsInterpreter: Boolean!
    accessNeeds: String
    guardian: ContactGuardian
    "Read before calling or writing."
    contactSafety: ContactSafety
  }
  type OpposingParty { fullName: String!, idNumber: String }
  type AttachedDocument { kind: EvidenceKind!, title: String }
  type ReferralOfficer { officer: String, officerPhone: String, documentNumber: String }
  type RequestDetails {
    requestId: ID!
    summary: String!
    opposingParties: [OpposingParty!]
    attachedDocuments: [AttachedDocument!]
    referralOfficer: ReferralOfficer
  }
  "Who read personal data: by actor, purpose, and period [accessedFrom, accessedTo)."
  input AccessLogFilter { actorId: ID, purpose: AccessPurpose, accessedFrom: DateTime, accessedTo: DateTime }
  type AccessLogEntry {
    accessId: ID!
    requestId: ID
    actorId: ID!
    "The name of who acted, when they signed in with one (null otherwise)."
    actorName: String
    actorRole: String!
    purpose: AccessPurpose!
    fields: [String!]!
    accessedAt: DateTime!
  }
  type Count { key: String!, count: Int! }
  "How many items fall due: already past, within 2 working days (Viet Nam calendar), later."
  type DeadlineBuckets { past: Int!, dueSoon: Int!, later: Int! }
  type RequestCounts {
    total: Int!
    urgent: Int!
    possibleDuplicates: Int!
    byStatus: [Count!]!
    byDownstreamStatus: [Count!]!
    byChannel: [Count!]!
    byEligibilityGroup: [Count!]!
    byFieldOfLaw: [Count!]!
    "Requests waiting for documents, by when the documents are due."
    documentsDue: DeadlineBuckets!
  }
  type LawReference { law: String!, number: String! }
  type LegalBasis { law: String!, number: String!, article: String!, clause: String!, point: String, amendedBy: LawReference }
  type EligibilityGroupRule { group: EligibilityGroup!, clause: String!, basis: LegalBasis!, "The basis as decisions cite it." citation: String!, "Each inner list is one sufficient set of documents." evidence: [[EvidenceKind!]!]!, financialDifficulty: Boolean! }
  type EligibilityRuleSet { id: ID!, title: String!, effectiveFrom: String!, groups: [EligibilityGroupRule!]! }

  type LegalAidRequest {
    id: ID!
    status: RequestStatus!
    "What happened after intake: referred, assigned, case open, closed."
    downstreamStatus: DownstreamStatus!
    channel: Channel!
    centreId: ID!
    applicantRef: String!
    fieldOfLaw: FieldOfLaw!
    aidForm: AidForm!
    claimedEligibilityGroup: EligibilityGroup
    eligibilityGroup: EligibilityGroup
    provinceCode: String!
    communeCode: String
    language: String!
    needsInterpreter: Boolean!
    urgency: Urgency!
    registerNumber: String
    receivedAt: DateTime!
    documentsDueAt: DateTime
    "The documents' time limit crosses a year without an official calendar decision loaded: the days off may still change."
    documentsDueProvisional: Boolean!
    possibleDuplicateOf: [ID!]!
    version: Int!
    ruleSetId: String
    "The legal basis the acceptance cited (law, number, article, clause, point, amending law)."
    eligibilityBasis: String
    evidence: [EvidenceKind!]!
    acceptedAt: DateTime
    rejection: Rejection
    withdrawnAt: DateTime
    documentsRequested: [EvidenceKind!]!
    referralSource: RequestReferralSource
    consent: Consent
    timeline: [RequestTimelineEntry!]!
    erasedAt: DateTime
    "The applicant's personal data: the request's centre only; asking for it is logged."
    applicant: Applicant
    "Matching's referral for the request, with its offers, once there is one."
    referral: Referral
    "The case the request is being handled in, once assigned."
    case: Case
  }
`,
].join('\n');

type Input = { input: Record<string, unknown> };
type RequestParent = { id: string; requestId?: string } & Partial<RequestView>;

/** The full request behind a list item or a payload, read once per GraphQL request. */
export const fullRequest = (ctx: GatewayContext, requestId: string) =>
  once(ctx, `request:${requestId}`, () => call(ctx, IntakeRpc.get, { requestId, withPersonalData: false }));
const detail =
  <K extends keyof RequestView>(key: K) =>
  async (parent: RequestParent, _: unknown, ctx: GatewayContext) =>
    parent[key] !== undefined ? parent[key] : (await fullRequest(ctx, parent.id))[key];
/** A service's `{ code: n }` counts as GraphQL `[Count]`. */
export const toCounts = (record: Record<string, number>) => Object.entries(record).map(([key, count]) => ({ key, count }));
export const withRequest = (ctx: GatewayContext) => (result: { requestId: string }) => ({ ...result, request: () => call(ctx, IntakeRpc.get, { requestId: result.requestId }) });

export const intakeResolvers = {
  Query: {
    legalAidRequest: (_: unknown, args: { id: string }, ctx: GatewayContext) => fullRequest(ctx, args.id),
    partyHashes: async (_: unknown, args: { fullName: string; idNumber?: string | null; birthDate?: string | null }, ctx: GatewayContext) =>
      (await call(ctx, IntakeRpc.partyHash, { fullName: args.fullName, ...(args.idNumber ? { idNumber: args.idNumber } : {}), ...(args.birthDate ? { birthDate: args.birthDate } : {}) })).partyHashes,
    legalAidRequests: (_: unknown, args: ConnectionArgs & { filter?: Record<string, unknown> | null; orderBy?: string | null }, ctx: GatewayContext) =>
      connection(args, (page) => call(ctx, IntakeRpc.list, { filter: (args.filter ?? {}) as never, ...(args.orderBy ? { orderBy: args.orderBy as never } : {}), page })),
    requestCounts: async (_: unknown, args: { filter?: Record<string, unknown> | null }, ctx: GatewayContext) => {
      const c = await call(ctx, IntakeRpc.counts, { filter: (args.filter ?? {}) as never });
      return {
        ...c,
        byStatus: toCounts(c.byStatus),
        byDownstreamStatus: toCounts(c.byDownstreamStatus),
        byChannel: toCounts(c.byChannel),
        byEligibilityGroup: toCounts(c.byEligibilityGroup),
        byFieldOfLaw: toCounts(c.byFieldOfLaw),
      };
    },
    findRequestsByIdentity: async (_: unknown, args: { idNumber?: string | null; phone?: string | null }, ctx: GatewayContext) =>
      (await call(ctx, IntakeRpc.findByIdentity, args as never)).items,
    applicantContact: (_: unknown, args: { requestId: string }, ctx: GatewayContext) => call(ctx, IntakeRpc.revealContact, { requestId: args.requestId }),
    legalAidRequestDetails: (_: unknown, args: { requestId: string }, ctx: GatewayContext) => call(ctx, IntakeRpc.requestDetails, { requestId: args.requestId }),
    personalDataAccessLog: (_: unknown, args: ConnectionArgs & { requestId?: string | null; filter?: Record<string, string | null> | null }, ctx: GatewayContext) =>
      connection(args, (page) =>
        call(ctx, IntakeRpc.accessLog, {
          ...(args.requestId ? { requestId: args.requestId } : {}),
          ...Object.fromEntries(Object.entries(args.filter ?? {}).filter(([, v]) => v !== null && v !== undefined)),
          page,
        } as never),
      ),
    eligibilityRuleSets: async (_: unknown, __: unknown, ctx: GatewayContext) => (await call(ctx, IntakeRpc.ruleSets, {})).ruleSets,
  },
  Mutation: {
    submitLegalAidRequest: async (_: unknown, a: Input, ctx: GatewayContext) => withRequest(ctx)(await call(ctx, IntakeRpc.submit, a.input as never)),
    submitPublicLegalAidRequest: async (_: unknown, a: Input, ctx: GatewayContext) => {
      if (!ctx.settings.publicSubmissions) throw toGraphQLError(new DomainError('FORBIDDEN', 'public web submissions are not enabled on this network'));
      const result = await call(ctx, IntakeRpc.submit, { ...a.input, channel: 'WEB' } as never);
      // The citizen gets the id to quote, not a view of the request (that needs staff rights).
      return { ...result, request: null };
    },
    requestDocuments: async (_: unknown, a: Input, ctx: GatewayContext) => withRequest(ctx)(await call(ctx, IntakeRpc.requestDocuments, a.input as never)),
    completeDocuments: async (_: unknown, a: Input, ctx: GatewayContext) => withRequest(ctx)(await call(ctx, IntakeRpc.completeDocuments, a.input as never)),
    acceptLegalAidRequest: async (_: unknown, a: Input, ctx: GatewayContext) => withRequest(ctx)(await call(ctx, IntakeRpc.accept, a.input as never)),
    rejectLegalAidRequest: async (_: unknown, a: Input, ctx: GatewayContext) => withRequest(ctx)(await call(ctx, IntakeRpc.reject, a.input as never)),
    withdrawLegalAidRequest: async (_: unknown, a: Input, ctx: GatewayContext) => withRequest(ctx)(await call(ctx, IntakeRpc.withdraw, a.input as never)),
    withdrawConsent: async (_: unknown, a: Input, ctx: GatewayContext) => withRequest(ctx)(await call(ctx, IntakeRpc.withdrawConsent, a.input as never)),
    eraseExpiredPersonalData: (_: unknown, a: { input?: Record<string, unknown> | null }, ctx: GatewayContext) =>
      call(ctx, IntakeRpc.eraseExpired, (a.input ?? {}) as never),
    rotateDataKeys: (_: unknown, a: { limit?: number | null }, ctx: GatewayContext) => call(ctx, IntakeRpc.rotateDataKeys, a.limit ? { limit: a.limit } : {}),
  },
  AccessLogEntry: { actorName: (p: { actorId: string }, _: unknown, ctx: GatewayContext) => actorName(ctx, p.actorId) },
  Consent: { recordedByName: (p: { recordedBy: string }, _: unknown, ctx: GatewayContext) => actorName(ctx, p.recordedBy) },
  Rejection: { basis: (r: { ground: string }) => RejectionGrounds.find((g) => g.code === r.ground)!.basis },
  LegalAidRequest: {
    ruleSetId: detail('ruleSetId'),
    eligibilityBasis: detail('eligibilityBasis'),
    evidence: detail('evidence'),
    acceptedAt: detail('acceptedAt'),
    rejection: detail('rejection'),
    withdrawnAt: detail('withdrawnAt'),
    documentsRequested: detail('documentsRequested'),
    referralSource: detail('referral'),
    consent: detail('consent'),
    timeline: detail('timeline'),
    erasedAt: detail('erasedAt'),
    applicant: async (parent: RequestParent, _: unknown, ctx: GatewayContext) => {
      // Supervisors, appraisers and others never receive personal data, whatever a service would answer.
      if (!ctx.actor || !PERSONAL_DATA_ROLES.includes(ctx.actor.role as never)) return null;
      const view = await once(ctx, `request+personal:${parent.id}`, () => call(ctx, IntakeRpc.get, { requestId: parent.id, withPersonalData: true }));
      return view.applicant;
    },
    referral: (parent: RequestParent, _: unknown, ctx: GatewayContext) =>
      once(ctx, `referralFor:${parent.id}`, () => call(ctx, MatchingRpc.referralForRequest, { requestId: parent.id })),
    case: async (parent: RequestParent, _: unknown, ctx: GatewayContext) => {
      // The request's latest case, as the reader may see it.
      const page = await call(ctx, CasesRpc.cases, { requestId: parent.id, first: 1 });
      return page.items[0] ?? null;
    },
  },
};
