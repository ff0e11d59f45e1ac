import {
  ACTIVITY_KIND_LABELS,
  ACTIVITY_KINDS,
  APPRAISAL_FINDINGS,
  APPRAISAL_RESULTS,
  CASE_OUTCOME_LABELS,
  CASE_ORDERS,
  CASE_OUTCOMES,
  CASE_STATE_LABELS,
  CASE_STATES,
  CasesRpc,
  CLOSING_OUTCOMES,
  DEADLINE_KIND_LABELS,
  DEADLINE_KINDS,
  DEADLINE_STATUSES,
  IntakeRpc,
  POLICY_FEEDBACK_TAGS,
  SUSPENSION_REASONS,
  TIMELINE_ENTRY_TYPES,
  TRANSFER_REASONS,
  type CaseView,
} from '@legalaid/contracts';
import { call, once, type GatewayContext } from '../context.js';
import { toCounts } from './intake.graphql.js';
import { actorName, joined, loadOrganisation, loadProvider } from '../loader.js';
import { connection, connectionTypeDefs, type ConnectionArgs } from './relay.js';
import { enumOfCodes } from './vocabulary.graphql.js';

/** Case-tracking: the Case from assignment to outcome, and quality appraisal (Circular 12/2018/TT-BTP). */
export const casesTypeDefs = [
  enumOfCodes('CaseState', CASE_STATES, CASE_STATE_LABELS),
  enumOfCodes('CaseOrder', CASE_ORDERS),
  enumOfCodes('CaseOutcome', CASE_OUTCOMES, CASE_OUTCOME_LABELS),
  enumOfCodes('ClosingOutcome', CLOSING_OUTCOMES, CASE_OUTCOME_LABELS),
  enumOfCodes('ActivityKind', ACTIVITY_KINDS, ACTIVITY_KIND_LABELS),
  enumOfCodes('DeadlineKind', DEADLINE_KINDS, DEADLINE_KIND_LABELS),
  enumOfCodes('DeadlineStatus', DEADLINE_STATUSES),
  enumOfCodes('SuspensionReason', SUSPENSION_REASONS),
  enumOfCodes('TransferReason', TRANSFER_REASONS),
  enumOfCodes('PolicyFeedbackTag', POLICY_FEEDBACK_TAGS),
  enumOfCodes('AppraisalResult', APPRAISAL_RESULTS),
  enumOfCodes('AppraisalFinding', APPRAISAL_FINDINGS),
  enumOfCodes('TimelineEntryType', TIMELINE_ENTRY_TYPES),
  connectionTypeDefs('Case'),
  connectionTypeDefs('Appraisal'),
  /* GraphQL */ `
  type Query {
    "A case with its activities, deadlines and timeline, as you may see it."
    case(id: ID!): Case
    "Cases you may see: newest first, or NEXT_DEADLINE (the earliest pending deadline first, cases without one last). A cursor belongs to its order."
    cases(first: Int, after: String, filter: CaseFilter, orderBy: CaseOrder): CaseConnection!
    "Counts of the cases you may see, on the same filter: by state and outcome, overdue, and by when the next deadline falls."
    caseCounts(filter: CaseFilter): CaseCounts!
    "A year's appraisal draws, each re-run from its seed to show it is reproducible."
    appraisalDraws(year: Int!): [AppraisalDraw!]!
    "Drawn cases and their appraisal results."
    appraisals(first: Int, after: String, filter: AppraisalFilter): AppraisalConnection!
  }

  type Mutation {
    "The assigned provider records work on a case (the first one moves it into progress)."
    recordCaseActivity(input: RecordCaseActivityInput!): CaseCommandPayload!
    "The assigned provider records a hearing date or a procedural body's defence-counsel deadline."
    scheduleCaseDeadline(input: ScheduleCaseDeadlineInput!): CaseCommandPayload!
    "Start, suspend (reason and resume date) or resume a case."
    changeCaseState(input: ChangeCaseStateInput!): CaseCommandPayload!
    "Close a case with its outcome."
    closeCase(input: CloseCaseInput!): CaseCommandPayload!
    "Take a case from its provider; matching refers the request again."
    transferCase(input: TransferCaseInput!): CaseCommandPayload!
    "Draw the year's share of closed cases for quality appraisal (reproducible from the seed)."
    drawAppraisalSample(input: DrawAppraisalSampleInput!): AppraisalDraw!
    "Record whether a drawn case meets quality."
    recordAppraisal(input: RecordAppraisalInput!): Appraisal!
  }

  input CaseFilter {
    state: CaseState
    providerId: ID
    organisationId: ID
    centreId: ID
    outcome: CaseOutcome
    overdue: Boolean
    period: PeriodInput
  }
  enum PeriodOn { OPENED CLOSED }
  type CaseCounts {
    total: Int!
    "A deadline passed unmet and is still unmet."
    overdue: Int!
    byState: [Count!]!
    byOutcome: [Count!]!
    "Cases by when their next pending deadline falls (cases without one are in no bucket)."
    nextDeadline: DeadlineBuckets!
  }
  "Viet Nam calendar days, both included (YYYY-MM-DD)."
  input PeriodInput { from: String!, to: String!, on: PeriodOn }

  input HearingInput { date: String!, court: String! }
  input AttachmentInput { name: String!, mediaType: String!, sha256: String!, sizeBytes: Float }
  input RecordCaseActivityInput {
    caseId: ID!
    kind: ActivityKind!
    performedAt: DateTime!
    hours: Float!
    note: String
    hearing: HearingInput
    attachments: [AttachmentInput!]
    expectedVersion: Int
  }
  enum ScheduledDeadlineKind { HEARING DEFENCE_COUNSEL }
  input ScheduleCaseDeadlineInput { caseId: ID!, kind: ScheduledDeadlineKind!, at: DateTime!, court: String, expectedVersion: Int }
  enum CaseStateTarget { IN_PROGRESS SUSPENDED }
  input ChangeCaseStateInput { caseId: ID!, to: CaseStateTarget!, reason: SuspensionReason, resumeOn: String, expectedVersion: Int }
  input CloseCaseInput {
    caseId: ID!
    outcome: ClosingOutcome!
    summary: String!
    totalHours: Float!
    policyFeedbackTag: PolicyFeedbackTag
    expectedVersion: Int
  }
  input TransferCaseInput { caseId: ID!, reason: TransferReason!, expectedVersion: Int }
  input DrawAppraisalSampleInput { year: Int!, share: Float, seed: String }
  input RecordAppraisalInput { caseId: ID!, result: AppraisalResult!, findingCodes: [AppraisalFinding!], findings: String }
  enum AppraisalStatus { PENDING APPRAISED }
  input AppraisalFilter { year: Int, status: AppraisalStatus, result: AppraisalResult }

  type CaseCommandPayload {
    caseId: ID!
    state: CaseState!
    version: Int!
    "The activity or deadline the command created, if any."
    refId: ID
    "The case after the command."
    case: Case
  }

  type NextDeadline { kind: DeadlineKind!, dueAt: DateTime! }
  type Suspension { reason: SuspensionReason!, resumeOn: String!, since: DateTime! }
  type Closure {
    outcome: CaseOutcome!
    "Withheld (null) from readers who may not see free text."
    summary: String
    totalHours: Float!
    policyFeedbackTag: PolicyFeedbackTag
    closedAt: DateTime!
    closedBy: ID!
    closedByName: String
  }
  type Hearing { date: String!, court: String }
  type Attachment { name: String, mediaType: String!, sha256: String!, sizeBytes: Float }
  type Activity {
    activityId: ID!
    kind: ActivityKind!
    performedAt: DateTime!
    recordedAt: DateTime!
    hours: Float!
    authorId: ID!
    authorName: String
    hearing: Hearing
    note: String
    attachments: [Attachment!]!
  }
  type Deadline {
    deadlineId: ID!
    kind: DeadlineKind!
    status: DeadlineStatus!
    dueAt: DateTime!
    remindAt: DateTime!
    remindedAt: DateTime
    breachedAt: DateTime
    satisfiedAt: DateTime
    eventAt: DateTime
    court: String
  }
  type TimelineEntry {
    at: DateTime!
    type: TimelineEntryType!
    actorId: ID!
    "The name of who acted, when they signed in with one (null otherwise)."
    actorName: String
    refId: ID
    state: CaseState
    activityKind: ActivityKind
    deadlineKind: DeadlineKind
  }

  type Case {
    id: ID!
    caseId: ID!
    requestId: ID!
    referralId: ID!
    applicantRef: String!
    providerId: ID!
    organisationId: ID!
    centreId: ID!
    fieldOfLaw: FieldOfLaw!
    aidForm: AidForm!
    urgent: Boolean!
    custody: Boolean!
    state: CaseState!
    outcome: CaseOutcome
    openedAt: DateTime!
    firstContactAt: DateTime
    closedAt: DateTime
    activityHours: Float!
    "A deadline passed unmet and is still unmet."
    overdue: Boolean!
    nextDeadline: NextDeadline
    version: Int!
    suspension: Suspension
    closure: Closure
    transferReason: TransferReason
    activities: [Activity!]!
    deadlines: [Deadline!]!
    timeline: [TimelineEntry!]!
    "True when free text was withheld from you."
    redacted: Boolean!
    "The request this case serves, as intake shows it to you."
    request: LegalAidRequest
    "The provider handling the case (matching's profile; one call per page of cases)."
    provider: Provider
    "The provider's organisation."
    organisation: Organisation
  }

  type AppraisalDraw {
    drawId: ID!
    year: Int!
    seed: String!
    share: Float!
    eligibleCount: Int!
    previouslyDrawnCount: Int!
    selectedCaseIds: [ID!]!
    drawnAt: DateTime!
    drawnBy: ID!
    "Whether re-running the draw from its seed gives the same cases (appraisalDraws only)."
    reproducible: Boolean
  }

  type Appraisal {
    appraisalId: ID!
    caseId: ID!
    drawId: ID!
    year: Int!
    providerId: ID!
    organisationId: ID!
    centreId: ID!
    fieldOfLaw: FieldOfLaw!
    aidForm: AidForm!
    outcome: CaseOutcome!
    status: AppraisalStatus!
    result: AppraisalResult
    findingCodes: [AppraisalFinding!]!
    findings: String
    appraiserId: ID
    drawnAt: DateTime!
    appraisedAt: DateTime
  }
`,
].join('\n');

type Input = { input: Record<string, unknown> };
type CaseParent = { caseId: string } & Partial<CaseView>;

/** The full case behind a list item, read once per request. */
export const fullCase = (ctx: GatewayContext, caseId: string) => once(ctx, `case:${caseId}`, () => call(ctx, CasesRpc.case, { caseId }));
const detail =
  <K extends keyof CaseView>(key: K) =>
  async (parent: CaseParent, _: unknown, ctx: GatewayContext) =>
    parent[key] !== undefined ? parent[key] : (await fullCase(ctx, parent.caseId))[key];

export const casesResolvers = {
  Query: {
    case: (_: unknown, args: { id: string }, ctx: GatewayContext) => fullCase(ctx, args.id),
    cases: (_: unknown, args: ConnectionArgs & { filter?: Record<string, unknown> | null; orderBy?: string | null }, ctx: GatewayContext) =>
      connection(args, (page) => call(ctx, CasesRpc.cases, { ...(args.filter ?? {}), ...(args.orderBy ? { orderBy: args.orderBy } : {}), ...page } as never)),
    caseCounts: async (_: unknown, args: { filter?: Record<string, unknown> | null }, ctx: GatewayContext) => {
      const c = await call(ctx, CasesRpc.caseCounts, (args.filter ?? {}) as never);
      return { ...c, byState: toCounts(c.byState), byOutcome: toCounts(c.byOutcome) };
    },
    appraisalDraws: (_: unknown, args: { year: number }, ctx: GatewayContext) => call(ctx, CasesRpc.appraisalDraws, { year: args.year }),
    appraisals: (_: unknown, args: ConnectionArgs & { filter?: Record<string, unknown> | null }, ctx: GatewayContext) =>
      connection(args, (page) => call(ctx, CasesRpc.appraisals, { ...(args.filter ?? {}), ...page } as never)),
  },
  Mutation: {
    recordCaseActivity: (_: unknown, a: Input, ctx: GatewayContext) => call(ctx, CasesRpc.recordCaseActivity, a.input as never),
    scheduleCaseDeadline: (_: unknown, a: Input, ctx: GatewayContext) => call(ctx, CasesRpc.scheduleCaseDeadline, a.input as never),
    changeCaseState: (_: unknown, a: Input, ctx: GatewayContext) => call(ctx, CasesRpc.changeCaseState, a.input as never),
    closeCase: (_: unknown, a: Input, ctx: GatewayContext) => call(ctx, CasesRpc.closeCase, a.input as never),
    transferCase: (_: unknown, a: Input, ctx: GatewayContext) => call(ctx, CasesRpc.transferCase, a.input as never),
    drawAppraisalSample: (_: unknown, a: Input, ctx: GatewayContext) => call(ctx, CasesRpc.drawAppraisalSample, a.input as never),
    recordAppraisal: (_: unknown, a: Input, ctx: GatewayContext) => call(ctx, CasesRpc.recordAppraisal, a.input as never),
  },
  CaseCommandPayload: {
    // Read after the write: the command's own service answers, so the view includes it.
    case: (parent: { caseId: string }, _: unknown, ctx: GatewayContext) => call(ctx, CasesRpc.case, { caseId: parent.caseId }),
  },
  TimelineEntry: { actorName: (p: { actorId: string }, _: unknown, ctx: GatewayContext) => actorName(ctx, p.actorId) },
  Closure: { closedByName: (p: { closedBy: string }, _: unknown, ctx: GatewayContext) => actorName(ctx, p.closedBy) },
  Activity: { authorName: (p: { authorId: string }, _: unknown, ctx: GatewayContext) => actorName(ctx, p.authorId) },
  Case: {
    id: (parent: CaseParent) => parent.caseId,
    suspension: detail('suspension'),
    closure: detail('closure'),
    transferReason: detail('transferReason'),
    activities: detail('activities'),
    deadlines: detail('deadlines'),
    timeline: detail('timeline'),
    redacted: detail('redacted'),
    request: (parent: CaseParent, _: unknown, ctx: GatewayContext) =>
      once(ctx, `request:${parent.requestId}`, () => call(ctx, IntakeRpc.get, { requestId: parent.requestId! })),
    provider: joined(loadProvider, (p: CaseParent) => p.providerId),
    organisation: joined(loadOrganisation, (p: CaseParent) => p.organisationId),
  },
};
