/**
 * Events and request/reply operations of the case-tracking service (context
 * token `cases`): the Case (vụ việc trợ giúp pháp lý) from assignment to
 * outcome, its deadlines, and the quality appraisal of closed cases
 * (Circular 12/2018/TT-BTP).
 *
 * No event carries free text: summaries, notes, court names, attachment names
 * and appraisal findings stay in case-tracking. Every event carries
 * `providerId`, `organisationId` and `centreId` so the gateway can filter
 * subscriptions, and the pseudonymous `applicantRef` for statistics.
 */
import { z } from 'zod';
import { defineEvent } from './envelope.js';
import { defineRpc } from './rpc.js';
import { DateOnlySchema, DeadlineBucketsSchema, IsoDateTimeSchema, PageInputSchema, text } from './text.js';
import { AidForms, ApplicantRefSchema, FieldsOfLaw } from './vocabulary.js';
import { CalendarRpc, CasesCalendarDecisionLoaded } from './calendar/calendar-messages.js';

const Id = z.string().min(1).max(128);

// ---------------------------------------------------------------------------
// Vocabulary of the case context. Each code has a Vietnamese and English label.

/** Life-cycle states of a Case. CLOSED, TRANSFERRED and WITHDRAWN are terminal. */
export const CASE_STATES = ['OPEN', 'IN_PROGRESS', 'SUSPENDED', 'CLOSED', 'TRANSFERRED', 'WITHDRAWN'] as const;
export const CaseStateSchema = z.enum(CASE_STATES);
export type CaseState = z.infer<typeof CaseStateSchema>;
export const TERMINAL_CASE_STATES = ['CLOSED', 'TRANSFERRED', 'WITHDRAWN'] as const satisfies readonly CaseState[];
export const CASE_STATE_LABELS: Record<CaseState, { vi: string; en: string }> = {
  OPEN: { vi: 'Đã phân công, chưa liên hệ', en: 'Assigned, not yet contacted' },
  IN_PROGRESS: { vi: 'Đang thực hiện', en: 'In progress' },
  SUSPENDED: { vi: 'Tạm dừng', en: 'Suspended' },
  CLOSED: { vi: 'Đã kết thúc', en: 'Closed' },
  TRANSFERRED: { vi: 'Đã chuyển người thực hiện khác', en: 'Transferred to another provider' },
  WITHDRAWN: { vi: 'Người được trợ giúp rút yêu cầu', en: 'Withdrawn by the applicant' },
};

/** Outcomes a case ends with (kết quả thực hiện vụ việc). */
export const CASE_OUTCOMES = [
  'SUCCESSFUL',
  'PARTLY_SUCCESSFUL',
  'UNSUCCESSFUL',
  'ADVICE_GIVEN',
  'WITHDRAWN',
  'TRANSFERRED',
  'TERMINATED',
] as const;
export const CaseOutcomeSchema = z.enum(CASE_OUTCOMES);
export type CaseOutcome = z.infer<typeof CaseOutcomeSchema>;
export const CASE_OUTCOME_LABELS: Record<CaseOutcome, { vi: string; en: string }> = {
  SUCCESSFUL: { vi: 'Thành công, hiệu quả', en: 'Successful and effective' },
  PARTLY_SUCCESSFUL: { vi: 'Thành công một phần', en: 'Partly successful' },
  UNSUCCESSFUL: { vi: 'Không thành công', en: 'Unsuccessful' },
  ADVICE_GIVEN: { vi: 'Đã tư vấn pháp luật', en: 'Advice given' },
  WITHDRAWN: { vi: 'Người được trợ giúp rút yêu cầu', en: 'Withdrawn by the applicant' },
  TRANSFERRED: { vi: 'Chuyển người thực hiện khác', en: 'Transferred to another provider' },
  TERMINATED: { vi: 'Chấm dứt theo căn cứ luật định', en: 'Terminated on statutory grounds' },
};
/**
 * Outcomes a provider closes with. WITHDRAWN comes only from intake's
 * withdrawal event and TRANSFERRED only from `transferCase`, so each has one
 * path that also tells the other services.
 */
export const CLOSING_OUTCOMES = ['SUCCESSFUL', 'PARTLY_SUCCESSFUL', 'UNSUCCESSFUL', 'ADVICE_GIVEN', 'TERMINATED'] as const satisfies readonly CaseOutcome[];
export const ClosingOutcomeSchema = z.enum(CLOSING_OUTCOMES);

/** Work recorded on a case. */
export const ACTIVITY_KINDS = [
  'FIRST_CONTACT',
  'CONSULTATION',
  'DOCUMENT_DRAFTED',
  'FILING',
  'HEARING_ATTENDED',
  'PROCEDURAL_BODY_MEETING',
  'NOTE',
] as const;
export const ActivityKindSchema = z.enum(ACTIVITY_KINDS);
export type ActivityKind = z.infer<typeof ActivityKindSchema>;
export const ACTIVITY_KIND_LABELS: Record<ActivityKind, { vi: string; en: string }> = {
  FIRST_CONTACT: { vi: 'Liên hệ lần đầu với người được trợ giúp', en: 'First contact with the person' },
  CONSULTATION: { vi: 'Tư vấn, gặp gỡ', en: 'Consultation' },
  DOCUMENT_DRAFTED: { vi: 'Soạn thảo văn bản', en: 'Document drafted' },
  FILING: { vi: 'Nộp hồ sơ, đơn từ', en: 'Filing' },
  HEARING_ATTENDED: { vi: 'Tham gia phiên tòa', en: 'Hearing attended' },
  PROCEDURAL_BODY_MEETING: { vi: 'Làm việc với cơ quan tiến hành tố tụng', en: 'Meeting with a procedural body' },
  NOTE: { vi: 'Ghi chú', en: 'Note' },
};

/** Deadlines a case is held to; each gets a reminder before and a breach after. */
export const DEADLINE_KINDS = ['FIRST_CONTACT', 'HEARING', 'DEFENCE_COUNSEL', 'INACTIVITY'] as const;
export const DeadlineKindSchema = z.enum(DEADLINE_KINDS);
export type DeadlineKind = z.infer<typeof DeadlineKindSchema>;
export const DEADLINE_KIND_LABELS: Record<DeadlineKind, { vi: string; en: string }> = {
  FIRST_CONTACT: { vi: 'Thời hạn liên hệ lần đầu', en: 'First contact' },
  HEARING: { vi: 'Phiên tòa', en: 'Hearing' },
  DEFENCE_COUNSEL: { vi: 'Thời hạn cử người bào chữa theo yêu cầu của cơ quan tiến hành tố tụng', en: "Procedural body's defence-counsel deadline" },
  INACTIVITY: { vi: 'Không có hoạt động', en: 'Inactivity' },
};
export const DEADLINE_STATUSES = ['PENDING', 'SATISFIED', 'BREACHED', 'CANCELLED'] as const;
export const DeadlineStatusSchema = z.enum(DEADLINE_STATUSES);

export const SUSPENSION_REASONS = ['PROCEEDINGS_SUSPENDED', 'AWAITING_DOCUMENTS', 'APPLICANT_UNREACHABLE', 'APPLICANT_REQUEST', 'OTHER'] as const;
export const SuspensionReasonSchema = z.enum(SUSPENSION_REASONS);
export type SuspensionReason = z.infer<typeof SuspensionReasonSchema>;

export const TRANSFER_REASONS = ['CONFLICT_OF_INTEREST', 'PROVIDER_UNAVAILABLE', 'APPLICANT_REQUEST', 'OUTSIDE_COMPETENCE', 'OTHER'] as const;
export const TransferReasonSchema = z.enum(TRANSFER_REASONS);
export type TransferReason = z.infer<typeof TransferReasonSchema>;

/** What a case shows about the law, for the Front's social feedback (phản biện xã hội). */
export const POLICY_FEEDBACK_TAGS = ['LAW_GAP', 'LAW_CONFLICT', 'LAW_UNCLEAR', 'PROCEDURE_BURDEN', 'IMPLEMENTATION_PROBLEM', 'SANCTION_INADEQUATE'] as const;
export const PolicyFeedbackTagSchema = z.enum(POLICY_FEEDBACK_TAGS);
export type PolicyFeedbackTag = z.infer<typeof PolicyFeedbackTagSchema>;

/** Quality appraisal results (Circular 12/2018/TT-BTP: đạt / không đạt chất lượng). */
export const APPRAISAL_RESULTS = ['MEETS_QUALITY', 'DOES_NOT_MEET_QUALITY'] as const;
export const AppraisalResultSchema = z.enum(APPRAISAL_RESULTS);
export type AppraisalResult = z.infer<typeof AppraisalResultSchema>;
export const APPRAISAL_FINDINGS = [
  'GOOD_PRACTICE',
  'PROCEDURE_BREACH',
  'LEGAL_ANALYSIS_WEAK',
  'DOCUMENTATION_INCOMPLETE',
  'LATE_ACTION',
  'COMMUNICATION_POOR',
  'ETHICS_CONCERN',
] as const;
export const AppraisalFindingSchema = z.enum(APPRAISAL_FINDINGS);
/** Forms of aid whose closed cases are drawn for appraisal. */
export const APPRAISABLE_AID_FORMS = ['PROCEEDINGS', 'OUT_OF_COURT'] as const;

// ---------------------------------------------------------------------------
// Events

/** Who and what a case is about; every case event starts with these. */
export const CaseRefSchema = z
  .object({
    caseId: Id,
    requestId: z.string().uuid(),
    applicantRef: ApplicantRefSchema,
    providerId: Id,
    organisationId: Id,
    centreId: Id,
  })
  .strict();
export type CaseRef = z.infer<typeof CaseRefSchema>;

/** Published when a case opens on matching's referral assignment. */
export const CasesCaseOpened = defineEvent({
  context: 'cases',
  aggregate: 'case',
  event: 'opened',
  version: 1,
  description: 'A case opened for the provider a referral was assigned to; the first-contact deadline runs.',
  data: CaseRefSchema.extend({
    referralId: Id,
    fieldOfLaw: FieldsOfLaw.schema,
    aidForm: AidForms.schema,
    urgent: z.boolean(),
    custody: z.boolean(),
    openedAt: IsoDateTimeSchema,
    firstContactDueAt: IsoDateTimeSchema,
  }).strict(),
});

/** Published when a provider records work on a case (no note text, no attachment names). */
export const CasesActivityRecorded = defineEvent({
  context: 'cases',
  aggregate: 'case',
  event: 'activity-recorded',
  version: 1,
  description: 'A provider recorded an activity (contact, consultation, filing, hearing...) with the hours spent.',
  data: CaseRefSchema.extend({
    activityId: Id,
    kind: ActivityKindSchema,
    performedAt: IsoDateTimeSchema,
    hours: z.number().min(0).max(24),
    authorId: Id,
    attachmentCount: z.number().int().min(0),
    hearingDate: DateOnlySchema.nullable(),
    state: CaseStateSchema,
  }).strict(),
});

/** Published on every change of a case's state (including the terminal ones). */
export const CasesCaseStateChanged = defineEvent({
  context: 'cases',
  aggregate: 'case',
  event: 'state-changed',
  version: 1,
  description: 'A case moved from one state to another.',
  data: CaseRefSchema.extend({
    from: CaseStateSchema,
    to: CaseStateSchema,
    suspensionReason: SuspensionReasonSchema.nullable(),
    resumeOn: DateOnlySchema.nullable(),
    changedAt: IsoDateTimeSchema,
  }).strict(),
});

const DeadlineFacts = {
  deadlineId: Id,
  kind: DeadlineKindSchema,
  dueAt: IsoDateTimeSchema,
  fieldOfLaw: FieldsOfLaw.schema,
  aidForm: AidForms.schema,
};

/** Published once, before a deadline falls due, while it is still unmet. */
export const CasesDeadlineReminder = defineEvent({
  context: 'cases',
  aggregate: 'case',
  event: 'deadline-reminder',
  version: 1,
  description: 'A case deadline (first contact, hearing, defence counsel, inactivity) falls due soon and is unmet.',
  data: CaseRefSchema.extend({ ...DeadlineFacts, remindedAt: IsoDateTimeSchema }).strict(),
});

/** Published once when a deadline passed unmet; visible to the centre and oversight. */
export const CasesDeadlineBreached = defineEvent({
  context: 'cases',
  aggregate: 'case',
  event: 'deadline-breached',
  version: 1,
  description: 'A case deadline passed unmet.',
  data: CaseRefSchema.extend({ ...DeadlineFacts, breachedAt: IsoDateTimeSchema }).strict(),
});

/**
 * Published when a pending working-day deadline is counted again because a
 * year's official calendar decision was loaded or corrected: where it falls
 * now and whether it is still provisional. Its id derives from the deadline,
 * the year's version and the new time, so replicas and redeliveries publish it once.
 */
export const CasesDeadlineRecomputed = defineEvent({
  context: 'cases',
  aggregate: 'case',
  event: 'deadline-recomputed',
  version: 1,
  description: "A pending working-day deadline was counted again by a year's newly loaded (or corrected) official calendar decision.",
  data: CaseRefSchema.extend({
    ...DeadlineFacts,
    previousDueAt: IsoDateTimeSchema,
    /** Still counted over a year with no official decision loaded. */
    provisional: z.boolean(),
    calendarYear: z.number().int().min(2000).max(2199),
    /** The year's decision version now in use (0: the one shipped with the network). */
    calendarVersion: z.number().int().min(0),
    recomputedAt: IsoDateTimeSchema,
  }).strict(),
});

/**
 * Published once when a case ends, whatever the way: closed by its provider,
 * transferred (outcome TRANSFERRED) or withdrawn (outcome WITHDRAWN). Carries
 * the facts oversight's statistics need; never the summary.
 */
export const CasesCaseClosed = defineEvent({
  context: 'cases',
  aggregate: 'case',
  event: 'closed',
  version: 1,
  description: 'A case ended with an outcome; facts for statistics and feedback, no free text.',
  data: CaseRefSchema.extend({
    state: z.enum(TERMINAL_CASE_STATES),
    outcome: CaseOutcomeSchema,
    fieldOfLaw: FieldsOfLaw.schema,
    aidForm: AidForms.schema,
    urgent: z.boolean(),
    totalHours: z.number().min(0),
    activityCount: z.number().int().min(0),
    openedAt: IsoDateTimeSchema,
    closedAt: IsoDateTimeSchema,
    firstContactAt: IsoDateTimeSchema.nullable(),
    /** Elapsed hours from opening to the first contact recorded, if any. */
    hoursToFirstContact: z.number().min(0).nullable(),
    /** Working days (Viet Nam calendar) from opening to first contact, if any. */
    workingDaysToFirstContact: z.number().int().min(0).nullable(),
    breachedDeadlines: z.number().int().min(0),
    policyFeedbackTag: PolicyFeedbackTagSchema.nullable(),
  }).strict(),
});

/** Published when a case is transferred away from its provider; matching re-refers the request. */
export const CasesCaseTransferred = defineEvent({
  context: 'cases',
  aggregate: 'case',
  event: 'transferred',
  version: 1,
  description: 'A case was taken from its provider; matching should rank providers again (excluding this one).',
  data: CaseRefSchema.extend({
    referralId: Id,
    reason: TransferReasonSchema,
    fieldOfLaw: FieldsOfLaw.schema,
    aidForm: AidForms.schema,
    transferredAt: IsoDateTimeSchema,
  }).strict(),
});

/** Published for each closed case drawn for quality appraisal. */
export const CasesAppraisalDrawn = defineEvent({
  context: 'cases',
  aggregate: 'appraisal',
  event: 'drawn',
  version: 1,
  description: 'A closed case was drawn at random for quality appraisal (Circular 12/2018/TT-BTP).',
  data: CaseRefSchema.extend({
    appraisalId: Id,
    drawId: Id,
    year: z.number().int(),
    fieldOfLaw: FieldsOfLaw.schema,
    aidForm: AidForms.schema,
    outcome: CaseOutcomeSchema,
    drawnAt: IsoDateTimeSchema,
  }).strict(),
});

/** Published when an appraiser records the result of a drawn case's appraisal (findings text stays here). */
export const CasesCaseAppraised = defineEvent({
  context: 'cases',
  aggregate: 'appraisal',
  event: 'appraised',
  version: 1,
  description: 'An appraiser recorded whether a drawn case meets quality, with finding codes.',
  data: CaseRefSchema.extend({
    appraisalId: Id,
    drawId: Id,
    year: z.number().int(),
    fieldOfLaw: FieldsOfLaw.schema,
    aidForm: AidForms.schema,
    result: AppraisalResultSchema,
    findingCodes: z.array(AppraisalFindingSchema).max(APPRAISAL_FINDINGS.length),
    appraiserId: Id,
    appraisedAt: IsoDateTimeSchema,
  }).strict(),
});

// ---------------------------------------------------------------------------
// Request/reply operations case-tracking answers for the gateway.

const CaseIdInput = z.string().min(1).max(128);
/** Optimistic concurrency from the client: refused with VERSION_CONFLICT if the case changed since it was read. */
const ExpectedVersion = z.number().int().min(1).optional();

export const AttachmentSchema = z
  .object({
    name: text(255),
    mediaType: z.string().regex(/^[a-z]+\/[a-z0-9.+-]+$/i, 'media type such as application/pdf').max(100),
    sha256: z.string().regex(/^[0-9a-f]{64}$/, 'sha256 must be 64 lowercase hex digits'),
    sizeBytes: z.number().int().min(0).max(1e10).optional(),
  })
  .strict();

export const RecordCaseActivityInputSchema = z
  .object({
    caseId: CaseIdInput,
    kind: ActivityKindSchema,
    performedAt: IsoDateTimeSchema,
    hours: z.number().min(0).max(24),
    note: text(4000).optional(),
    /** Required for HEARING_ATTENDED: the hearing's date and court. */
    hearing: z.object({ date: DateOnlySchema, court: text(200) }).strict().optional(),
    attachments: z.array(AttachmentSchema).max(20).default([]),
    expectedVersion: ExpectedVersion,
  })
  .strict()
  .refine((i) => i.kind !== 'HEARING_ATTENDED' || i.hearing !== undefined, { message: 'a hearing attended needs its date and court', path: ['hearing'] })
  .refine((i) => i.kind === 'HEARING_ATTENDED' || i.hearing === undefined, { message: 'hearing details belong only to HEARING_ATTENDED', path: ['hearing'] });

export const ScheduleCaseDeadlineInputSchema = z
  .object({
    caseId: CaseIdInput,
    /** HEARING: the hearing's date and time; DEFENCE_COUNSEL: the latest time the procedural body set. */
    kind: z.enum(['HEARING', 'DEFENCE_COUNSEL']),
    at: IsoDateTimeSchema,
    court: text(200).optional(),
    expectedVersion: ExpectedVersion,
  })
  .strict();

export const ChangeCaseStateInputSchema = z
  .object({
    caseId: CaseIdInput,
    /** IN_PROGRESS starts or resumes work; SUSPENDED needs a reason and a resume date. */
    to: z.enum(['IN_PROGRESS', 'SUSPENDED']),
    reason: SuspensionReasonSchema.optional(),
    resumeOn: DateOnlySchema.optional(),
    expectedVersion: ExpectedVersion,
  })
  .strict()
  .refine((i) => i.to !== 'SUSPENDED' || (i.reason !== undefined && i.resumeOn !== undefined), {
    message: 'suspending needs a reason and a resume date',
    path: ['reason'],
  })
  .refine((i) => i.to === 'SUSPENDED' || (i.reason === undefined && i.resumeOn === undefined), {
    message: 'reason and resume date belong only to SUSPENDED',
    path: ['reason'],
  });

export const CloseCaseInputSchema = z
  .object({
    caseId: CaseIdInput,
    outcome: ClosingOutcomeSchema,
    summary: text(4000),
    totalHours: z.number().min(0).max(10000),
    policyFeedbackTag: PolicyFeedbackTagSchema.nullable().optional(),
    expectedVersion: ExpectedVersion,
  })
  .strict();

export const TransferCaseInputSchema = z
  .object({ caseId: CaseIdInput, reason: TransferReasonSchema, expectedVersion: ExpectedVersion })
  .strict();

export const CaseCommandOutputSchema = z
  .object({ caseId: z.string(), state: CaseStateSchema, version: z.number().int(), refId: z.string().nullable() })
  .strict();

const DeadlineViewSchema = z
  .object({
    deadlineId: z.string(),
    kind: DeadlineKindSchema,
    status: DeadlineStatusSchema,
    dueAt: IsoDateTimeSchema,
    remindAt: IsoDateTimeSchema,
    remindedAt: IsoDateTimeSchema.nullable(),
    breachedAt: IsoDateTimeSchema.nullable(),
    satisfiedAt: IsoDateTimeSchema.nullable(),
    /** Hearing date/time for HEARING deadlines (dueAt is when attendance must be recorded by). */
    eventAt: IsoDateTimeSchema.nullable(),
    court: z.string().nullable(),
    /** Counted over a year without an official calendar decision loaded: the days off may still change. */
    provisional: z.boolean(),
  })
  .strict();

const ActivityViewSchema = z
  .object({
    activityId: z.string(),
    kind: ActivityKindSchema,
    performedAt: IsoDateTimeSchema,
    recordedAt: IsoDateTimeSchema,
    hours: z.number(),
    authorId: z.string(),
    hearing: z.object({ date: DateOnlySchema, court: z.string().nullable() }).strict().nullable(),
    /** Null for readers who may not see free text (supervisors). */
    note: z.string().nullable(),
    attachments: z.array(
      z.object({ name: z.string().nullable(), mediaType: z.string(), sha256: z.string(), sizeBytes: z.number().nullable() }).strict(),
    ),
  })
  .strict();

export const TIMELINE_ENTRY_TYPES = [
  'OPENED',
  'ACTIVITY',
  'STATE_CHANGED',
  'DEADLINE_SCHEDULED',
  'DEADLINE_REMINDER',
  'DEADLINE_BREACHED',
  'DEADLINE_SATISFIED',
  'DEADLINE_RECOMPUTED',
  'CLOSED',
  'TRANSFERRED',
  'DRAWN_FOR_APPRAISAL',
  'APPRAISED',
] as const;

const TimelineEntrySchema = z
  .object({
    at: IsoDateTimeSchema,
    type: z.enum(TIMELINE_ENTRY_TYPES),
    actorId: z.string(),
    refId: z.string().nullable(),
    state: CaseStateSchema.nullable(),
    activityKind: ActivityKindSchema.nullable(),
    deadlineKind: DeadlineKindSchema.nullable(),
  })
  .strict();

export const CaseSummaryViewSchema = z
  .object({
    caseId: z.string(),
    requestId: z.string().uuid(),
    referralId: z.string(),
    applicantRef: ApplicantRefSchema,
    providerId: z.string(),
    organisationId: z.string(),
    centreId: z.string(),
    fieldOfLaw: FieldsOfLaw.schema,
    aidForm: AidForms.schema,
    urgent: z.boolean(),
    custody: z.boolean(),
    state: CaseStateSchema,
    outcome: CaseOutcomeSchema.nullable(),
    openedAt: IsoDateTimeSchema,
    firstContactAt: IsoDateTimeSchema.nullable(),
    closedAt: IsoDateTimeSchema.nullable(),
    activityHours: z.number(),
    /** A deadline passed unmet and is still unmet. */
    overdue: z.boolean(),
    nextDeadline: z.object({ kind: DeadlineKindSchema, dueAt: IsoDateTimeSchema }).strict().nullable(),
    version: z.number().int(),
  })
  .strict();

export const CaseViewSchema = CaseSummaryViewSchema.extend({
  suspension: z.object({ reason: SuspensionReasonSchema, resumeOn: DateOnlySchema, since: IsoDateTimeSchema }).strict().nullable(),
  closure: z
    .object({
      outcome: CaseOutcomeSchema,
      /** Null for readers who may not see free text (supervisors), and for transfers and withdrawals. */
      summary: z.string().nullable(),
      totalHours: z.number(),
      policyFeedbackTag: PolicyFeedbackTagSchema.nullable(),
      closedAt: IsoDateTimeSchema,
      closedBy: z.string(),
    })
    .strict()
    .nullable(),
  transferReason: TransferReasonSchema.nullable(),
  activities: z.array(ActivityViewSchema),
  deadlines: z.array(DeadlineViewSchema),
  timeline: z.array(TimelineEntrySchema),
  /** True when free text was withheld from this reader. */
  redacted: z.boolean(),
}).strict();
export type CaseView = z.infer<typeof CaseViewSchema>;

const PageInfoSchema = z.object({ endCursor: z.string().nullable(), hasNextPage: z.boolean() }).strict();

/** Orders of the case list: newest opened first, or the earliest pending deadline first (cases without one last). */
export const CASE_ORDERS = ['OPENED_AT_DESC', 'NEXT_DEADLINE'] as const;
export const CaseOrderSchema = z.enum(CASE_ORDERS);

/** What the case list and its counts filter on. */
export const CaseFilterSchema = z
  .object({
    state: CaseStateSchema.optional(),
    providerId: Id.optional(),
    organisationId: Id.optional(),
    centreId: Id.optional(),
    outcome: CaseOutcomeSchema.optional(),
    overdue: z.boolean().optional(),
    /** Cases opened (or closed) from `from` to `to`, Viet Nam calendar days, both included. */
    period: z.object({ from: DateOnlySchema, to: DateOnlySchema, on: z.enum(['OPENED', 'CLOSED']).default('OPENED') }).strict().optional(),
  })
  .strict();

export const CasesQueryInputSchema = PageInputSchema.extend({
  /** The request's latest case (at most one: a transfer ends a case and a new one opens). */
  requestId: z.string().uuid().optional(),
  ...CaseFilterSchema.shape,
  orderBy: CaseOrderSchema.default('OPENED_AT_DESC'),
}).strict();

export const AppraisalDrawViewSchema = z
  .object({
    drawId: z.string(),
    year: z.number().int(),
    seed: z.string(),
    share: z.number(),
    /** Closed PROCEEDINGS and OUT_OF_COURT cases of the year when the draw ran. */
    eligibleCount: z.number().int(),
    /** Of those, already drawn by earlier draws of the year (never drawn twice). */
    previouslyDrawnCount: z.number().int(),
    selectedCaseIds: z.array(z.string()),
    drawnAt: IsoDateTimeSchema,
    drawnBy: z.string(),
  })
  .strict();

export const AppraisalViewSchema = z
  .object({
    appraisalId: z.string(),
    caseId: z.string(),
    drawId: z.string(),
    year: z.number().int(),
    providerId: z.string(),
    organisationId: z.string(),
    centreId: z.string(),
    fieldOfLaw: FieldsOfLaw.schema,
    aidForm: AidForms.schema,
    outcome: CaseOutcomeSchema,
    status: z.enum(['PENDING', 'APPRAISED']),
    result: AppraisalResultSchema.nullable(),
    findingCodes: z.array(AppraisalFindingSchema),
    /** Null for readers who may not see free text. */
    findings: z.string().nullable(),
    appraiserId: z.string().nullable(),
    drawnAt: IsoDateTimeSchema,
    appraisedAt: IsoDateTimeSchema.nullable(),
  })
  .strict();

export const CasesRpc = {
  ...CalendarRpc,
  recordCaseActivity: defineRpc({
    context: 'cases',
    name: 'recordCaseActivity',
    kind: 'command',
    description: 'The assigned provider records an activity; a first activity moves an open case into progress.',
    input: RecordCaseActivityInputSchema,
    output: CaseCommandOutputSchema,
  }),
  scheduleCaseDeadline: defineRpc({
    context: 'cases',
    name: 'scheduleCaseDeadline',
    kind: 'command',
    description: "The assigned provider records a hearing date or a procedural body's defence-counsel deadline.",
    input: ScheduleCaseDeadlineInputSchema,
    output: CaseCommandOutputSchema,
  }),
  changeCaseState: defineRpc({
    context: 'cases',
    name: 'changeCaseState',
    kind: 'command',
    description: 'The assigned provider starts, suspends (reason, resume date) or resumes a case.',
    input: ChangeCaseStateInputSchema,
    output: CaseCommandOutputSchema,
  }),
  closeCase: defineRpc({
    context: 'cases',
    name: 'closeCase',
    kind: 'command',
    description: 'The assigned provider closes a case with an outcome, a summary, total hours and an optional policy feedback tag.',
    input: CloseCaseInputSchema,
    output: CaseCommandOutputSchema,
  }),
  transferCase: defineRpc({
    context: 'cases',
    name: 'transferCase',
    kind: 'command',
    description: 'The provider, the referring centre or an admin takes a case from its provider; matching re-refers it.',
    input: TransferCaseInputSchema,
    output: CaseCommandOutputSchema,
  }),
  case: defineRpc({
    context: 'cases',
    name: 'case',
    kind: 'query',
    description: 'A case with its activities, deadlines and timeline, as the reader may see it.',
    input: z.object({ caseId: CaseIdInput }).strict(),
    output: CaseViewSchema,
  }),
  casesByIds: defineRpc({
    context: 'cases',
    name: 'casesByIds',
    kind: 'query',
    description: 'Cases by id as list rows (no free text), for display joins; those not open to the reader are left out.',
    input: z.object({ caseIds: z.array(CaseIdInput).min(1).max(100) }).strict(),
    output: z.object({ cases: z.array(CaseSummaryViewSchema) }).strict(),
  }),
  hoursSummary: defineRpc({
    context: 'cases',
    name: 'hoursSummary',
    kind: 'query',
    description:
      "Hours recorded on the cases the reader may see, for a period (Viet Nam calendar days, both included, at most 366): in all, by month and by provider (bar and pro bono reporting). A lawyer sees their own, an organisation's admin their members', a centre's staff their centre's.",
    input: z
      .object({ providerId: Id.optional(), organisationId: Id.optional(), centreId: Id.optional(), from: DateOnlySchema, to: DateOnlySchema })
      .strict()
      .refine((p) => p.from <= p.to, { message: 'the period ends before it starts', path: ['to'] })
      .refine((p) => Date.parse(p.to) - Date.parse(p.from) <= 366 * 86_400_000, { message: 'at most 366 days', path: ['to'] }),
    output: z
      .object({
        from: DateOnlySchema,
        to: DateOnlySchema,
        hours: z.number(),
        activities: z.number().int(),
        cases: z.number().int(),
        /** YYYY-MM in Viet Nam time, months with recorded work only, in order. */
        byMonth: z.array(z.object({ month: z.string(), hours: z.number(), activities: z.number().int(), cases: z.number().int() }).strict()),
        byProvider: z.array(z.object({ providerId: Id, hours: z.number(), activities: z.number().int(), cases: z.number().int() }).strict()),
      })
      .strict(),
  }),
  caseCounts: defineRpc({
    context: 'cases',
    name: 'caseCounts',
    kind: 'query',
    description: 'Counts of the cases the reader may see, filtered: by state and outcome, overdue, and by when the next pending deadline falls (Viet Nam working days).',
    input: CaseFilterSchema,
    output: z
      .object({
        total: z.number().int(),
        overdue: z.number().int(),
        byState: z.record(z.string(), z.number().int().min(0)),
        byOutcome: z.record(z.string(), z.number().int().min(0)),
        nextDeadline: DeadlineBucketsSchema,
      })
      .strict(),
  }),
  cases: defineRpc({
    context: 'cases',
    name: 'cases',
    kind: 'query',
    description: 'Cases the reader may see, filtered, newest first or by next deadline, with cursor pagination.',
    input: CasesQueryInputSchema,
    output: z.object({ items: z.array(CaseSummaryViewSchema), pageInfo: PageInfoSchema }).strict(),
  }),
  drawAppraisalSample: defineRpc({
    context: 'cases',
    name: 'drawAppraisalSample',
    kind: 'command',
    description:
      "Draws the year's share of closed PROCEEDINGS and OUT_OF_COURT cases for appraisal, reproducibly from a seed; the same seed returns the same draw.",
    input: z
      .object({
        year: z.number().int().min(2000).max(2100),
        share: z.number().gt(0).max(1).optional(),
        seed: z.string().regex(/^[A-Za-z0-9_-]{8,64}$/, 'seed must be 8-64 letters, digits, _ or -').optional(),
      })
      .strict(),
    output: AppraisalDrawViewSchema,
  }),
  appraisalDraws: defineRpc({
    context: 'cases',
    name: 'appraisalDraws',
    kind: 'query',
    description: "A year's appraisal draws, each re-run from its seed to show it is reproducible.",
    input: z.object({ year: z.number().int().min(2000).max(2100) }).strict(),
    output: z.array(AppraisalDrawViewSchema.extend({ reproducible: z.boolean() }).strict()),
  }),
  recordAppraisal: defineRpc({
    context: 'cases',
    name: 'recordAppraisal',
    kind: 'command',
    description: 'An appraiser records whether a drawn case meets quality, with finding codes and findings.',
    input: z
      .object({
        caseId: CaseIdInput,
        result: AppraisalResultSchema,
        findingCodes: z.array(AppraisalFindingSchema).max(APPRAISAL_FINDINGS.length).default([]),
        findings: text(4000).optional(),
      })
      .strict(),
    output: AppraisalViewSchema,
  }),
  appraisals: defineRpc({
    context: 'cases',
    name: 'appraisals',
    kind: 'query',
    description: 'Appraisals (drawn cases and results), filtered, with cursor pagination.',
    input: PageInputSchema.extend({
      year: z.number().int().min(2000).max(2100).optional(),
      status: z.enum(['PENDING', 'APPRAISED']).optional(),
      result: AppraisalResultSchema.optional(),
    }).strict(),
    output: z.object({ items: z.array(AppraisalViewSchema), pageInfo: PageInfoSchema }).strict(),
  }),
} as const;

/** Every case-tracking event, for the registry. */
export const CASES_EVENTS = [
  CasesCaseOpened,
  CasesActivityRecorded,
  CasesCaseStateChanged,
  CasesDeadlineReminder,
  CasesDeadlineBreached,
  CasesDeadlineRecomputed,
  CasesCaseClosed,
  CasesCaseTransferred,
  CasesAppraisalDrawn,
  CasesCaseAppraised,
  CasesCalendarDecisionLoaded,
] as const;
