import { GraphQLScalarType } from 'graphql';
import { FindingCategories, IntakeRpc, FindingSeverities, LedgerBreakReasons, OversightRpc, RecommendationFollowUps, RecommendationStatuses, StatisticsGroupings, type RecommendationView } from '@legalaid/contracts';
import { call, type GatewayContext } from '../context.js';
import type { GraphQLResolveInfo } from 'graphql';
import { connection, connectionTypeDefs, selects, type ConnectionArgs } from './relay.js';
import { actorName, joined, loadCase, loadOrganisation, loadProvider } from '../loader.js';
import { enumOfCodes } from './vocabulary.graphql.js';

/** Oversight: the audit ledger, statistics, citizens' feedback and the Fatherland Front's supervision. */
export const oversightTypeDefs = [
  enumOfCodes('StatisticsGrouping', StatisticsGroupings),
  enumOfCodes('FindingCategory', FindingCategories),
  enumOfCodes('FindingSeverity', FindingSeverities),
  enumOfCodes('RecommendationStatus', RecommendationStatuses),
  enumOfCodes('RecommendationFollowUpAction', RecommendationFollowUps),
  enumOfCodes('LedgerBreakReason', LedgerBreakReasons),
  connectionTypeDefs('Checkpoint'),
  connectionTypeDefs('Complaint'),
  connectionTypeDefs('FeedbackResponse'),
  connectionTypeDefs('SupervisionPlan'),
  connectionTypeDefs('Recommendation', { totalCount: true }),
  /* GraphQL */ `
  scalar JSON

  type Query {
    "The pseudonymised ledger trail of one request or case, verifiable offline. Give exactly one id."
    auditTrail(requestId: ID, caseId: ID): AuditTrail!
    "Verifies the ledger's hash chain (whole or a range) and every signed checkpoint in it."
    verifyAuditLedger(fromSequence: Int, toSequence: Int): LedgerVerification!
    "Signed checkpoints of the ledger, newest first."
    checkpoints(first: Int, after: String): CheckpointConnection!
    "The Ed25519 public keys checkpoints are signed with."
    ledgerPublicKeys: LedgerPublicKeys!
    "Figures for requests received in [from, to), grouped by one dimension, small cells suppressed."
    statistics(input: StatisticsInput!): Statistics!
    "A centre's report to the Ministry of Justice for a calendar year or quarter: exact for that centre's staff and admins, suppressed for everyone else; with CSV."
    centreReport(centreId: ID!, year: Int!, quarter: Int): CentreReport!
    "Complaints and payment-request reports, texts masked."
    complaints(first: Int, after: String, organisationId: ID): ComplaintConnection!
    "Citizens' answers to feedback invitations, complaints or not, newest first, comments masked."
    feedbackResponses(first: Int, after: String, filter: FeedbackResponseFilter): FeedbackResponseConnection!
    "Supervision plans, newest first (or one plan by id)."
    supervisionPlans(first: Int, after: String, planId: ID): SupervisionPlanConnection!
    "Recommendations, newest first; an organisation admin sees those addressed to their organisation."
    recommendations(first: Int, after: String, filter: RecommendationFilter): RecommendationConnection!
  }

  type Mutation {
    "A citizen's answer to a feedback invitation; the one-time token is the credential (no sign-in)."
    submitFeedback(input: SubmitFeedbackInput!): FeedbackPayload!
    "Sign the ledger's latest entry now."
    createCheckpoint: Checkpoint!
    createSupervisionPlan(input: CreateSupervisionPlanInput!): SupervisionPlan!
    "Draw a reproducible random sample of closed cases in the plan's scope."
    drawSupervisionSample(input: DrawSupervisionSampleInput!): SupervisionPlan!
    recordFinding(input: RecordFindingInput!): RecordFindingPayload!
    "Issue a recommendation (kiến nghị) to an organisation, with a response deadline."
    issueRecommendation(input: IssueRecommendationInput!): Recommendation!
    "The target organisation answers a recommendation."
    respondToRecommendation(input: RespondToRecommendationInput!): Recommendation!
    "Compute a year's published statistics files (/open-data/statistics) now and store them in place of the earlier ones: the current year between period ends, or a year whose figures came in late (ADMIN). They are computed by themselves when a month ends."
    publishStatistics(year: Int!): StatisticsPublication!
    "A supervisor's follow-up: ACCEPT the answer, REOPEN it, or REISSUE an overdue recommendation (the last two with a new deadline in working days)."
    followUpRecommendation(input: FollowUpRecommendationInput!): Recommendation!
  }

  enum StatisticsPublicationTrigger { PERIOD_ENDED ADMIN }
  type StatisticsFileInfo { format: String!, bytes: Int!, sha256: String! }
  type StatisticsPublication {
    year: Int!
    "The last month of the year that had ended when the files were computed."
    through: String
    computedAt: DateTime!
    trigger: StatisticsPublicationTrigger!
    files: [StatisticsFileInfo!]!
  }

  input FeedbackAnswersInput { lawyerReachable: Boolean, outcomeExplained: Boolean, paymentRequested: Boolean }
  input SubmitFeedbackInput { token: String!, rating: Int!, answers: FeedbackAnswersInput!, comment: String, language: String, complaint: String }
  input StatisticsFilterInput {
    provinceCode: String
    communeCode: String
    eligibilityGroup: EligibilityGroup
    fieldOfLaw: FieldOfLaw
    aidForm: AidForm
    channel: Channel
    organisationId: ID
    providerId: ID
  }
  "A fixed calendar period in Asia/Ho_Chi_Minh: a year (2026), a quarter (2026-Q1) or a month (2026-03); arbitrary instants are refused."
  input StatisticsInput { period: String!, groupBy: StatisticsGrouping, filter: StatisticsFilterInput }
  input CreateSupervisionPlanInput { title: String!, periodFrom: String!, periodTo: String!, provinceCodes: [String!], organisationIds: [ID!] }
  input DrawSupervisionSampleInput { planId: ID!, size: Int!, seed: String }
  input RecordFindingInput { planId: ID!, caseId: ID!, category: FindingCategory!, severity: FindingSeverity!, note: String! }
  input IssueRecommendationInput { planId: ID!, organisationId: ID!, findingIds: [ID!]!, text: String!, responseDueAt: DateTime, responseWorkingDays: Int }
  input RespondToRecommendationInput { recommendationId: ID!, text: String! }
  input FollowUpRecommendationInput { recommendationId: ID!, action: RecommendationFollowUpAction!, note: String!, responseWorkingDays: Int, expectedVersion: Int }
  input RecommendationFilter { planId: ID, organisationId: ID, status: RecommendationStatus, recommendationId: ID }

  type FeedbackPayload { feedbackId: ID!, complaintFiled: Boolean! }

  type LedgerActor { id: ID!, role: String!, organisationId: ID, providerId: ID }
  type LedgerEntry {
    sequence: Int!
    eventId: ID!
    type: String!
    occurredAt: DateTime!
    actor: LedgerActor!
    "Pseudonymised payload; null when erased or when the entry only links the chain."
    payload: JSON
    payloadHash: String!
    prevHash: String!
    hash: String!
    "The RFC 8785 string whose SHA-256 is hash."
    canonical: String!
    inTrail: Boolean!
  }
  type Checkpoint { sequence: Int!, hash: String!, signedAt: DateTime!, keyId: String!, algorithm: String!, message: String!, signature: String! }
  type LedgerPublicKey { keyId: String!, algorithm: String!, publicKeyPem: String!, current: Boolean!, firstSeenAt: DateTime! }
  type LedgerPublicKeys { current: LedgerPublicKey!, keys: [LedgerPublicKey!]! }
  type TrailSubject { requestIds: [ID!]!, caseIds: [ID!]! }
  type AuditTrail {
    format: String!
    exportedAt: DateTime!
    subject: TrailSubject!
    entries: [LedgerEntry!]!
    checkpoint: Checkpoint
    publicKeys: [LedgerPublicKey!]!
    "The whole export as JSON, for the offline verify-trail command."
    document: JSON!
  }
  type LedgerBreak { sequence: Int!, reason: LedgerBreakReason!, detail: String! }
  type LedgerVerification { ok: Boolean!, fromSequence: Int!, toSequence: Int!, checkedEntries: Int!, checkpointsChecked: Int!, firstBroken: LedgerBreak }

  type Breakdown { key: String!, count: Int }
  type StatisticsCell {
    key: String
    suppressed: Boolean!
    "Distinct persons."
    people: Int
    "In a centre's report only (null elsewhere): indicator 1301 of Circular 10/2017/TT-BTP, the times eligible persons were given legal aid — accepted requests, one person helped twice counts twice."
    aidTurns: Int
    requests: Int
    accepted: Int
    rejected: Int
    "Requests assigned to a provider (a case opened)."
    cases: Int
    rejectionsByGround: [Breakdown!]!
    medianHoursToAssignment: Float
    p90HoursToAssignment: Float
    medianHoursToFirstContact: Float
    p90HoursToFirstContact: Float
    deadlineBreaches: Int
    offersDeclined: Int
    offersExpired: Int
    outcomes: [Breakdown!]!
    appraisals: [Breakdown!]!
    ratingCount: Int
    ratingAverage: Float
  }
  "The Ministry's indicator the report gives."
  type CentreReportIndicator { code: String!, name: String!, nameEn: String!, basis: String!, column: String! }
  type CentreReportSection { groupBy: StatisticsGrouping!, title: String!, rows: [StatisticsCell!]! }
  type CentreReport {
    centreId: ID!
    year: Int!
    quarter: Int
    from: DateTime!
    to: DateTime!
    "Exact figures (the centre's own report) or suppressed ones."
    exact: Boolean!
    threshold: Int!
    indicator: CentreReportIndicator!
    total: StatisticsCell!
    sections: [CentreReportSection!]!
    "The same table as CSV (section, key, people, aid_turns_1301, requests, accepted, rejected, note)."
    csv: String!
  }
  type Statistics { period: String!, from: DateTime!, to: DateTime!, groupBy: StatisticsGrouping!, threshold: Int!, rows: [StatisticsCell!]!, total: StatisticsCell! }

  enum ComplaintKind { COMPLAINT PAYMENT_REQUEST }
  type Complaint {
    complaintId: ID!
    feedbackId: ID!
    caseId: ID!
    organisationId: ID
    providerId: ID
    kinds: [ComplaintKind!]!
    "Masked: names, numbers, phones and addresses replaced."
    text: String
    comment: String
    rating: Int!
    language: String!
    filedAt: DateTime!
    "The case complained about, as a list row (one call per page of complaints)."
    case: Case
    organisation: Organisation
    provider: Provider
  }

  "maxRating: answers rated at most this (1 to 5); withComment: only answers with a comment."
  input FeedbackResponseFilter { organisationId: ID, providerId: ID, maxRating: Int, withComment: Boolean }
  type FeedbackAnswers { lawyerReachable: Boolean, outcomeExplained: Boolean, paymentRequested: Boolean }
  type FeedbackResponse {
    feedbackId: ID!
    caseId: ID
    requestId: ID!
    organisationId: ID
    providerId: ID
    rating: Int!
    answers: FeedbackAnswers!
    "Masked: names, numbers, phones and addresses replaced."
    comment: String
    language: String!
    receivedAt: DateTime!
    "The answer also filed a complaint or a payment report."
    complaintFiled: Boolean!
    organisation: Organisation
  }

  type PlanScope { periodFrom: String!, periodTo: String!, provinceCodes: [String!]!, organisationIds: [ID!]! }
  type PlanSample {
    seed: String!
    size: Int!
    population: Int!
    populationHash: String!
    caseIds: [ID!]!
    "The sampled cases as list rows (one case-tracking call per 100)."
    cases: [Case!]!
    drawnAt: DateTime!
  }
  type Finding {
    findingId: ID!
    caseId: ID!
    case: Case
    category: FindingCategory!
    severity: FindingSeverity!
    note: String!
    recordedAt: DateTime!
    recordedBy: ID!
    recordedByName: String
  }
  enum PlanStatus { OPEN SAMPLED }
  type SupervisionPlan {
    planId: ID!
    title: String!
    scope: PlanScope!
    status: PlanStatus!
    createdAt: DateTime!
    createdBy: ID!
    sample: PlanSample
    findings: [Finding!]!
    version: Int!
  }
  type RecordFindingPayload { findingId: ID!, plan: SupervisionPlan! }
  type RecommendationResponse { text: String!, respondedAt: DateTime!, respondedBy: ID!, late: Boolean! }
  "A supervisor's follow-up, with the answer or the missed deadline it closed."
  type RecommendationFollowUp {
    action: RecommendationFollowUpAction!
    "Masked: names, numbers, phones and addresses replaced."
    note: String!
    at: DateTime!
    by: ID!
    previousResponse: RecommendationResponse
    previousResponseDueAt: DateTime!
    previousOverdueAt: DateTime
  }
  type Recommendation {
    recommendationId: ID!
    planId: ID!
    organisationId: ID!
    findingIds: [ID!]!
    text: String!
    issuedAt: DateTime!
    issuedBy: ID!
    responseDueAt: DateTime!
    status: RecommendationStatus!
    overdueAt: DateTime
    response: RecommendationResponse
    "Follow-ups, oldest first."
    followUps: [RecommendationFollowUp!]!
    version: Int!
    "The organisation the recommendation is addressed to."
    organisation: Organisation
    "The findings behind it (category, severity, note): for supervisors and the organisation it is addressed to."
    findings: [Finding!]!
  }
`,
].join('\n');

type Input = { input: Record<string, unknown> };

export const oversightResolvers = {
  // Opaque JSON values (ledger payloads, the trail export), output only.
  JSON: new GraphQLScalarType({ name: 'JSON', description: 'A JSON value, as the service returned it.', serialize: (v) => v }),
  Complaint: {
    case: joined(loadCase, (p: { caseId: string }) => p.caseId),
    organisation: joined(loadOrganisation, (p: { organisationId?: string | null }) => p.organisationId),
    provider: joined(loadProvider, (p: { providerId?: string | null }) => p.providerId),
  },
  FeedbackResponse: { organisation: joined(loadOrganisation, (p: { organisationId?: string | null }) => p.organisationId) },
  Recommendation: {
    organisation: joined(loadOrganisation, (p: { organisationId: string }) => p.organisationId),
    // A command's answer carries no findings: they are read as the list gives them.
    findings: async (p: RecommendationView, _: unknown, ctx: GatewayContext) =>
      p.findings ?? (await call(ctx, OversightRpc.recommendations, { recommendationId: p.recommendationId, first: 1 })).items[0]?.findings ?? [],
  },
  PlanSample: {
    cases: async (p: { caseIds: string[] }, _: unknown, ctx: GatewayContext) =>
      (await Promise.all(p.caseIds.map((id) => loadCase(ctx, id)))).filter((c) => c !== null),
  },
  Finding: {
    case: joined(loadCase, (p: { caseId: string }) => p.caseId),
    recordedByName: (p: { recordedBy: string }, _: unknown, ctx: GatewayContext) => actorName(ctx, p.recordedBy),
  },
  Query: {
    auditTrail: async (_: unknown, a: { requestId?: string | null; caseId?: string | null }, ctx: GatewayContext) => {
      const trail = await call(ctx, OversightRpc.auditTrail, a as never);
      return { ...trail, document: trail };
    },
    verifyAuditLedger: (_: unknown, a: { fromSequence?: number | null; toSequence?: number | null }, ctx: GatewayContext) =>
      call(ctx, OversightRpc.verifyAuditLedger, a as never),
    checkpoints: (_: unknown, a: ConnectionArgs, ctx: GatewayContext) => connection(a, (page) => call(ctx, OversightRpc.checkpoints, page)),
    ledgerPublicKeys: (_: unknown, __: unknown, ctx: GatewayContext) => call(ctx, OversightRpc.publicKey, {}),
    statistics: (_: unknown, a: Input, ctx: GatewayContext) => call(ctx, OversightRpc.statistics, a.input as never),
    centreReport: (_: unknown, a: { centreId: string; year: number; quarter?: number | null }, ctx: GatewayContext) =>
      call(ctx, OversightRpc.centreReport, { centreId: a.centreId, year: a.year, quarter: a.quarter ?? undefined }),
    complaints: (_: unknown, a: ConnectionArgs & { organisationId?: string | null }, ctx: GatewayContext) =>
      connection(a, (page) => call(ctx, OversightRpc.complaints, { ...page, ...(a.organisationId ? { organisationId: a.organisationId } : {}) })),
    feedbackResponses: (_: unknown, a: ConnectionArgs & { filter?: Record<string, unknown> | null }, ctx: GatewayContext) =>
      connection(a, (page) => call(ctx, OversightRpc.feedbackResponses, { ...Object.fromEntries(Object.entries(a.filter ?? {}).filter(([, v]) => v !== null && v !== undefined)), ...page } as never)),
    supervisionPlans: (_: unknown, a: ConnectionArgs & { planId?: string | null }, ctx: GatewayContext) =>
      connection(a, (page) => call(ctx, OversightRpc.supervisionPlans, { ...page, ...(a.planId ? { planId: a.planId } : {}) })),
    recommendations: (_: unknown, a: ConnectionArgs & { filter?: Record<string, unknown> | null }, ctx: GatewayContext, info: GraphQLResolveInfo) =>
      connection(a, (page) => call(ctx, OversightRpc.recommendations, { ...(a.filter ?? {}), ...page, ...(selects(info, 'totalCount') ? { withTotalCount: true } : {}) } as never)),
  },
  Mutation: {
    publishStatistics: (_: unknown, a: { year: number }, ctx: GatewayContext) => call(ctx, OversightRpc.publishStatistics, { year: a.year }),
    submitFeedback: async (_: unknown, a: Input, ctx: GatewayContext) => {
      const result = await call(ctx, OversightRpc.submitFeedback, a.input as never);
      // The original text stays with intake, sealed (DESIGN.md §6); oversight keeps only a masked copy.
      // The token has just been accepted by oversight, so it also authorises this one write.
      const { token, comment, complaint } = a.input as { token: string; comment?: string | null; complaint?: string | null };
      if (comment || complaint) {
        await call(ctx, IntakeRpc.recordFeedbackText, { token, ...(comment ? { comment } : {}), ...(complaint ? { complaint } : {}) });
      }
      return result;
    },
    createCheckpoint: (_: unknown, __: unknown, ctx: GatewayContext) => call(ctx, OversightRpc.createCheckpoint, {}),
    createSupervisionPlan: (_: unknown, a: Input, ctx: GatewayContext) => call(ctx, OversightRpc.createSupervisionPlan, a.input as never),
    drawSupervisionSample: (_: unknown, a: Input, ctx: GatewayContext) => call(ctx, OversightRpc.drawSupervisionSample, a.input as never),
    recordFinding: (_: unknown, a: Input, ctx: GatewayContext) => call(ctx, OversightRpc.recordFinding, a.input as never),
    issueRecommendation: (_: unknown, a: Input, ctx: GatewayContext) => call(ctx, OversightRpc.issueRecommendation, a.input as never),
    respondToRecommendation: (_: unknown, a: Input, ctx: GatewayContext) => call(ctx, OversightRpc.respondToRecommendation, a.input as never),
    followUpRecommendation: (_: unknown, a: Input, ctx: GatewayContext) => call(ctx, OversightRpc.followUpRecommendation, a.input as never),
  },
};
