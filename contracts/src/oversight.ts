/**
 * Events and request/reply operations of the oversight service: the
 * tamper-evident audit ledger, statistics, citizens' feedback and the
 * Fatherland Front's supervision (giám sát). No event here carries free text
 * or personal data: ids, codes, counts and times only.
 */
import { z } from 'zod';
import { defineEvent, type EventDefinition } from './envelope.js';
import { defineRpc } from './rpc.js';
import { DateOnlySchema, IsoDateTimeSchema, PageInputSchema, text, TotalCountSchema, WithTotalCountSchema } from './text.js';
import { AidForms, ApplicantRefSchema, Channels, EligibilityGroups, FieldsOfLaw, LanguageSchema, UnitCodeSchema } from './vocabulary.js';
import { ActorSchema } from './actor.js';
import { CalendarPeriodSchema } from './calendar/periods.js';

const Id = z.string().min(1).max(128).regex(/^[A-Za-z0-9_.:@-]+$/, 'identifier has characters outside [A-Za-z0-9_.:@-]');
const Sha256Hex = z.string().regex(/^[0-9a-f]{64}$/, 'must be a SHA-256 hash in lowercase hex');
const Uuid = z.string().uuid();
/** Case ids as case-tracking issues them. */
const CaseId = z.string().min(1).max(128);

// ---------------------------------------------------------------------------
// Shared shapes

/** Answers to the fixed feedback questions; null when the citizen skipped one. */
export const FeedbackAnswersSchema = z
  .object({
    /** Could the citizen reach the lawyer or officer? */
    lawyerReachable: z.boolean().nullable(),
    /** Was the outcome explained? */
    outcomeExplained: z.boolean().nullable(),
    /** Was any payment asked for? Legal aid is free: a yes is flagged to supervisors at once. */
    paymentRequested: z.boolean().nullable(),
  })
  .strict();

export const ComplaintKinds = ['COMPLAINT', 'PAYMENT_REQUEST'] as const;
export const FindingCategories = ['DEADLINE', 'QUALITY', 'ACCESS', 'FEES', 'CONDUCT', 'RECORDS', 'OTHER'] as const;
export const FindingSeverities = ['LOW', 'MEDIUM', 'HIGH'] as const;
export const RecommendationStatuses = ['ISSUED', 'OVERDUE', 'RESPONDED', 'ACCEPTED'] as const;
/**
 * A supervisor's follow-up on a recommendation: ACCEPT an answer (the
 * recommendation is settled), REOPEN an answer found wanting, REISSUE one left
 * overdue; both of the latter ask for an answer again by a new deadline.
 */
export const RecommendationFollowUps = ['ACCEPT', 'REOPEN', 'REISSUE'] as const;

// ---------------------------------------------------------------------------
// Events

/** Published by oversight each time it signs the ledger's latest hash (every N entries, or on demand). */
export const OversightCheckpointSigned = defineEvent({
  context: 'oversight',
  aggregate: 'checkpoint',
  event: 'signed',
  version: 1,
  description: 'The audit ledger up to `sequence` was signed with the oversight Ed25519 key.',
  data: z
    .object({ sequence: z.number().int().positive(), hash: Sha256Hex, keyId: z.string().regex(/^[0-9a-f]{16}$/), signature: z.string().min(1).max(200), signedAt: IsoDateTimeSchema })
    .strict(),
});

/** Published by oversight when a citizen answers a feedback invitation (no comment text: only whether there was one). */
export const OversightFeedbackReceived = defineEvent({
  context: 'oversight',
  aggregate: 'feedback',
  event: 'received',
  version: 1,
  description: 'A citizen rated the help received on a closed case.',
  data: z
    .object({
      feedbackId: Uuid,
      caseId: CaseId.nullable(),
      requestId: Uuid,
      applicantRef: ApplicantRefSchema,
      organisationId: Id.nullable(),
      providerId: Id.nullable(),
      rating: z.number().int().min(1).max(5),
      answers: FeedbackAnswersSchema,
      language: LanguageSchema,
      hasComment: z.boolean(),
      complaintFiled: z.boolean(),
    })
    .strict(),
});

/** Published by oversight at once when feedback carries a complaint or reports a payment request; supervisors are alerted. */
export const OversightComplaintFiled = defineEvent({
  context: 'oversight',
  aggregate: 'complaint',
  event: 'filed',
  version: 1,
  description: 'A citizen filed a complaint or reported being asked to pay; supervisors should look at it.',
  data: z
    .object({
      complaintId: Uuid,
      feedbackId: Uuid,
      caseId: CaseId.nullable(),
      requestId: Uuid,
      organisationId: Id.nullable(),
      providerId: Id.nullable(),
      kinds: z.array(z.enum(ComplaintKinds)).min(1).max(2),
      filedAt: IsoDateTimeSchema,
    })
    .strict(),
});

const ScopeShape = {
  periodFrom: DateOnlySchema,
  periodTo: DateOnlySchema,
  provinceCodes: z.array(UnitCodeSchema).max(50),
  organisationIds: z.array(Id).max(50),
};

/** Published by oversight when a supervisor creates a supervision plan (kế hoạch giám sát). */
export const OversightPlanCreated = defineEvent({
  context: 'oversight',
  aggregate: 'plan',
  event: 'created',
  version: 1,
  description: 'A supervision plan was created with its scope (period, area, organisations).',
  data: z.object({ planId: Uuid, ...ScopeShape }).strict(),
});

/** Published by oversight when the plan's sample of closed cases is drawn (reproducible from seed and population). */
export const OversightSampleDrawn = defineEvent({
  context: 'oversight',
  aggregate: 'plan',
  event: 'sample-drawn',
  version: 1,
  description: 'A reproducible random sample of closed cases in the plan scope was drawn.',
  data: z
    .object({ planId: Uuid, seed: z.string().min(1).max(64), size: z.number().int().min(0), population: z.number().int().min(0), populationHash: Sha256Hex, caseIds: z.array(CaseId).max(500) })
    .strict(),
});

/** Published by oversight when a supervisor records a finding on a sampled case (the note stays in oversight). */
export const OversightFindingRecorded = defineEvent({
  context: 'oversight',
  aggregate: 'plan',
  event: 'finding-recorded',
  version: 1,
  description: 'A supervisor recorded a finding on a case of a supervision plan.',
  data: z.object({ planId: Uuid, findingId: Uuid, caseId: CaseId, category: z.enum(FindingCategories), severity: z.enum(FindingSeverities) }).strict(),
});

/** Published by oversight when a recommendation (kiến nghị) is issued to an organisation with a response deadline. */
export const OversightRecommendationIssued = defineEvent({
  context: 'oversight',
  aggregate: 'recommendation',
  event: 'issued',
  version: 1,
  description: 'A recommendation was issued to an organisation, which must respond by the deadline.',
  data: z.object({ recommendationId: Uuid, planId: Uuid, organisationId: Id, findingIds: z.array(Uuid).min(1).max(50), responseDueAt: IsoDateTimeSchema }).strict(),
});

/** Published by oversight when the organisation's admin responds to a recommendation. */
export const OversightRecommendationResponded = defineEvent({
  context: 'oversight',
  aggregate: 'recommendation',
  event: 'responded',
  version: 1,
  description: 'The organisation responded to a recommendation (late when after the deadline).',
  data: z.object({ recommendationId: Uuid, planId: Uuid, organisationId: Id, respondedAt: IsoDateTimeSchema, late: z.boolean() }).strict(),
});

/** Published by oversight when a supervisor accepts an answer, reopens it, or reissues an overdue recommendation. */
export const OversightRecommendationFollowedUp = defineEvent({
  context: 'oversight',
  aggregate: 'recommendation',
  event: 'followed-up',
  version: 1,
  description: 'A supervisor accepted the answer to a recommendation, or asked again (reopened or reissued) with a new deadline.',
  data: z
    .object({ recommendationId: Uuid, planId: Uuid, organisationId: Id, action: z.enum(RecommendationFollowUps), responseDueAt: IsoDateTimeSchema.nullable() })
    .strict(),
});

/** Published by oversight's timer when a recommendation's response deadline passed unanswered. */
export const OversightRecommendationOverdue = defineEvent({
  context: 'oversight',
  aggregate: 'recommendation',
  event: 'overdue',
  version: 1,
  description: 'A recommendation was not answered by its deadline.',
  data: z.object({ recommendationId: Uuid, planId: Uuid, organisationId: Id, responseDueAt: IsoDateTimeSchema }).strict(),
});

// ---------------------------------------------------------------------------
// Ledger views

/** One ledger entry as exported: `canonical` is the RFC 8785 string whose SHA-256 is `hash`. */
export const LedgerEntryViewSchema = z
  .object({
    sequence: z.number().int().positive(),
    eventId: z.string().min(1).max(200),
    type: z.string().min(1).max(200),
    occurredAt: IsoDateTimeSchema,
    actor: ActorSchema,
    /** Pseudonymised payload; null when erased or when the entry is only a link in a trail export. */
    payload: z.record(z.string(), z.unknown()).nullable(),
    payloadHash: Sha256Hex,
    prevHash: Sha256Hex,
    hash: Sha256Hex,
    canonical: z.string(),
    /** In a trail export: whether the entry concerns the request or case (otherwise it only links the chain). */
    inTrail: z.boolean(),
  })
  .strict();
export type LedgerEntryView = z.infer<typeof LedgerEntryViewSchema>;

export const CheckpointViewSchema = z
  .object({
    sequence: z.number().int().positive(),
    hash: Sha256Hex,
    signedAt: IsoDateTimeSchema,
    keyId: z.string(),
    algorithm: z.literal('Ed25519'),
    /** The exact string signed (RFC 8785 JSON of sequence, hash, signedAt, keyId). */
    message: z.string(),
    /** Base64 Ed25519 signature of `message`. */
    signature: z.string(),
  })
  .strict();
export type CheckpointView = z.infer<typeof CheckpointViewSchema>;

export const PublicKeyViewSchema = z
  .object({ keyId: z.string(), algorithm: z.literal('Ed25519'), publicKeyPem: z.string(), current: z.boolean(), firstSeenAt: IsoDateTimeSchema })
  .strict();

export const LedgerBreakReasons = [
  'MISSING_ENTRY',
  'SEQUENCE_MISMATCH',
  'HASH_MISMATCH',
  'CANONICAL_MISMATCH',
  'PREV_HASH_MISMATCH',
  'PAYLOAD_MISMATCH',
  'CHECKPOINT_MISMATCH',
  'CHECKPOINT_SIGNATURE_INVALID',
] as const;

export const VerificationResultSchema = z
  .object({
    ok: z.boolean(),
    fromSequence: z.number().int().min(0),
    toSequence: z.number().int().min(0),
    checkedEntries: z.number().int().min(0),
    checkpointsChecked: z.number().int().min(0),
    firstBroken: z.object({ sequence: z.number().int(), reason: z.enum(LedgerBreakReasons), detail: z.string() }).strict().nullable(),
  })
  .strict();
export type VerificationResult = z.infer<typeof VerificationResultSchema>;

/** A case's or request's trail, verifiable offline with the oversight verify-trail command. */
export const TrailExportSchema = z
  .object({
    format: z.literal('legalaid-audit-trail/1'),
    exportedAt: IsoDateTimeSchema,
    subject: z.object({ requestIds: z.array(z.string()), caseIds: z.array(z.string()) }).strict(),
    entries: z.array(LedgerEntryViewSchema),
    /** The signed checkpoint that anchors the end of `entries`, if one covers them. */
    checkpoint: CheckpointViewSchema.nullable(),
    publicKeys: z.array(PublicKeyViewSchema),
  })
  .strict();
export type TrailExport = z.infer<typeof TrailExportSchema>;

// ---------------------------------------------------------------------------
// Statistics

export const StatisticsGroupings = ['NONE', 'PROVINCE', 'COMMUNE', 'ELIGIBILITY_GROUP', 'FIELD_OF_LAW', 'AID_FORM', 'CHANNEL', 'ORGANISATION', 'PROVIDER', 'OUTCOME'] as const;

const Breakdown = z.array(z.object({ key: z.string(), count: z.number().int().nullable() }).strict());

/** One cell of the statistics; every figure is null when the cell is suppressed. */
export const StatisticsCellSchema = z
  .object({
    key: z.string().nullable(),
    suppressed: z.boolean(),
    people: z.number().int().nullable(),
    requests: z.number().int().nullable(),
    accepted: z.number().int().nullable(),
    rejected: z.number().int().nullable(),
    /** Requests assigned to a provider (a case opened). */
    cases: z.number().int().nullable(),
    rejectionsByGround: Breakdown,
    medianHoursToAssignment: z.number().nullable(),
    p90HoursToAssignment: z.number().nullable(),
    medianHoursToFirstContact: z.number().nullable(),
    p90HoursToFirstContact: z.number().nullable(),
    deadlineBreaches: z.number().int().nullable(),
    offersDeclined: z.number().int().nullable(),
    offersExpired: z.number().int().nullable(),
    outcomes: Breakdown,
    appraisals: Breakdown,
    ratingCount: z.number().int().nullable(),
    ratingAverage: z.number().nullable(),
  })
  .strict();
/** A cell of a centre's report: the statistics cell and indicator 1301's figure (times aid was given: accepted requests). */
export const CentreReportCellSchema = StatisticsCellSchema.extend({ aidTurns: z.number().int().nullable() }).strict();
export type StatisticsCell = z.infer<typeof StatisticsCellSchema>;

export const StatisticsInputSchema = z
  .object({
    /**
     * Requests received in this fixed calendar period form the cohort every
     * figure is about. Arbitrary instants are refused: two overlapping
     * windows could isolate one person.
     */
    period: CalendarPeriodSchema,
    groupBy: z.enum(StatisticsGroupings).default('NONE'),
    filter: z
      .object({
        provinceCode: UnitCodeSchema.optional(),
        communeCode: UnitCodeSchema.optional(),
        eligibilityGroup: EligibilityGroups.schema.optional(),
        fieldOfLaw: FieldsOfLaw.schema.optional(),
        aidForm: AidForms.schema.optional(),
        channel: Channels.schema.optional(),
        organisationId: Id.optional(),
        providerId: Id.optional(),
      })
      .strict()
      .default({}),
  })
  .strict();

export const StatisticsSchema = z
  .object({
    period: CalendarPeriodSchema,
    from: IsoDateTimeSchema,
    to: IsoDateTimeSchema,
    groupBy: z.enum(StatisticsGroupings),
    /** Cells with fewer distinct people than this are suppressed. */
    threshold: z.number().int(),
    rows: z.array(StatisticsCellSchema),
    total: StatisticsCellSchema,
  })
  .strict();

/** The groupings the public files are published by. */
export const PublishedGroupings = ['NONE', 'PROVINCE', 'ELIGIBILITY_GROUP', 'FIELD_OF_LAW', 'AID_FORM', 'OUTCOME'] as const;

/** One published figure set: counts only, null where suppressed. */
export const PublishedCellSchema = z
  .object({
    key: z.string().nullable(),
    suppressed: z.boolean(),
    requests: z.number().int().nullable(),
    accepted: z.number().int().nullable(),
    cases: z.number().int().nullable(),
  })
  .strict();

export const PublishedStatisticsSchema = z
  .object({
    year: z.number().int(),
    threshold: z.number().int(),
    /** Only periods that have ended are published; a period in progress would change under readers' eyes. */
    periods: z.array(
      z
        .object({
          period: CalendarPeriodSchema,
          from: IsoDateTimeSchema,
          to: IsoDateTimeSchema,
          tables: z.array(z.object({ groupBy: z.enum(PublishedGroupings), rows: z.array(PublishedCellSchema), total: PublishedCellSchema }).strict()),
        })
        .strict(),
    ),
  })
  .strict();
export type PublishedStatistics = z.infer<typeof PublishedStatisticsSchema>;

export const STATISTICS_FILE_FORMATS = ['json', 'csv'] as const;

/** What a stored publication is: which year, up to which ended month, when and why it was computed, and each file's size and hash. */
export const StatisticsPublicationSchema = z
  .object({
    year: z.number().int(),
    /** The last month of the year that had ended when the files were computed; null: none had. */
    through: CalendarPeriodSchema.nullable(),
    computedAt: IsoDateTimeSchema,
    trigger: z.enum(['PERIOD_ENDED', 'ADMIN']),
    files: z.array(z.object({ format: z.enum(STATISTICS_FILE_FORMATS), bytes: z.number().int().min(0), sha256: z.string().regex(/^[0-9a-f]{64}$/) }).strict()),
  })
  .strict();
export type StatisticsPublication = z.infer<typeof StatisticsPublicationSchema>;

/** One stored file, as served: its text exactly as stored, and its hash (the HTTP ETag). */
export const StoredStatisticsFileSchema = z
  .object({
    year: z.number().int(),
    format: z.enum(STATISTICS_FILE_FORMATS),
    through: CalendarPeriodSchema.nullable(),
    computedAt: IsoDateTimeSchema,
    sha256: z.string().regex(/^[0-9a-f]{64}$/),
    content: z.string(),
  })
  .strict();
export type StoredStatisticsFile = z.infer<typeof StoredStatisticsFileSchema>;

// ---------------------------------------------------------------------------
// Feedback, complaints, supervision views

export const ComplaintViewSchema = z
  .object({
    complaintId: Uuid,
    feedbackId: Uuid,
    caseId: z.string().nullable(),
    requestId: Uuid,
    organisationId: z.string().nullable(),
    providerId: z.string().nullable(),
    kinds: z.array(z.enum(ComplaintKinds)),
    /** Complaint text with names, numbers, phones and addresses masked. */
    text: z.string().nullable(),
    /** Feedback comment, masked the same way. */
    comment: z.string().nullable(),
    rating: z.number().int(),
    language: z.string(),
    filedAt: IsoDateTimeSchema,
  })
  .strict();

/** A citizen's answer to a feedback invitation (complaint or not), comment masked (G23). */
export const FeedbackResponseViewSchema = z
  .object({
    feedbackId: Uuid,
    caseId: z.string().nullable(),
    requestId: Uuid,
    organisationId: z.string().nullable(),
    providerId: z.string().nullable(),
    rating: z.number().int(),
    answers: z.object({ lawyerReachable: z.boolean().nullable(), outcomeExplained: z.boolean().nullable(), paymentRequested: z.boolean().nullable() }).strict(),
    /** Names, numbers, phones and addresses masked. */
    comment: z.string().nullable(),
    language: z.string(),
    receivedAt: IsoDateTimeSchema,
    /** The answer also filed a complaint or a payment report (listed by complaints). */
    complaintFiled: z.boolean(),
  })
  .strict();

export const FindingViewSchema = z
  .object({
    findingId: Uuid,
    caseId: z.string(),
    category: z.enum(FindingCategories),
    severity: z.enum(FindingSeverities),
    note: z.string(),
    recordedAt: IsoDateTimeSchema,
    recordedBy: z.string(),
  })
  .strict();

export const PlanViewSchema = z
  .object({
    planId: Uuid,
    title: z.string(),
    scope: z.object(ScopeShape).strict(),
    status: z.enum(['OPEN', 'SAMPLED']),
    createdAt: IsoDateTimeSchema,
    createdBy: z.string(),
    sample: z
      .object({ seed: z.string(), size: z.number().int(), population: z.number().int(), populationHash: Sha256Hex, caseIds: z.array(z.string()), drawnAt: IsoDateTimeSchema })
      .strict()
      .nullable(),
    findings: z.array(FindingViewSchema),
    version: z.number().int(),
  })
  .strict();
export type PlanView = z.infer<typeof PlanViewSchema>;

const RecommendationResponseSchema = z.object({ text: z.string(), respondedAt: IsoDateTimeSchema, respondedBy: z.string(), late: z.boolean() }).strict();

export const RecommendationViewSchema = z
  .object({
    recommendationId: Uuid,
    planId: Uuid,
    organisationId: z.string(),
    findingIds: z.array(Uuid),
    text: z.string(),
    issuedAt: IsoDateTimeSchema,
    issuedBy: z.string(),
    responseDueAt: IsoDateTimeSchema,
    status: z.enum(RecommendationStatuses),
    overdueAt: IsoDateTimeSchema.nullable(),
    response: RecommendationResponseSchema.nullable(),
    /** The supervisor's follow-ups, oldest first, each with the answer or the overdue time it closed. */
    followUps: z.array(
      z
        .object({
          action: z.enum(RecommendationFollowUps),
          note: z.string(),
          at: IsoDateTimeSchema,
          by: z.string(),
          previousResponse: RecommendationResponseSchema.nullable(),
          previousResponseDueAt: IsoDateTimeSchema,
          previousOverdueAt: IsoDateTimeSchema.nullable(),
        })
        .strict(),
    ),
    version: z.number().int(),
    /** The findings behind it (category, severity, note), for the supervisors and the organisation it is addressed to (recommendations only). */
    findings: z.array(FindingViewSchema).optional(),
  })
  .strict();
export type RecommendationView = z.infer<typeof RecommendationViewSchema>;

function page<T extends z.ZodTypeAny>(item: T) {
  return z.object({ items: z.array(item), nextCursor: z.string().nullable() }).strict();
}

/** A one-time feedback token as the citizen received it (base64url, never stored: only its SHA-256). */
export const FeedbackTokenSchema = z.string().regex(/^[A-Za-z0-9_-]{20,128}$/, 'token must be the base64url string from the invitation');

// ---------------------------------------------------------------------------
// Request/reply operations oversight answers for the gateway

export const OversightRpc = {
  auditTrail: defineRpc({
    context: 'oversight',
    name: 'auditTrail',
    kind: 'query',
    description: "The pseudonymised ledger trail of one request or case, as an export verifiable offline (supervisors, admins).",
    input: z
      .object({ requestId: Uuid.optional(), caseId: CaseId.optional() })
      .strict()
      .refine((i) => (i.requestId ? 1 : 0) + (i.caseId ? 1 : 0) === 1, { message: 'give exactly one of requestId or caseId' }),
    output: TrailExportSchema,
  }),
  verifyAuditLedger: defineRpc({
    context: 'oversight',
    name: 'verifyAuditLedger',
    kind: 'query',
    description: 'Verifies the whole ledger or a range, with every signed checkpoint in it, and reports the first broken link.',
    input: z
      .object({ fromSequence: z.number().int().min(1).optional(), toSequence: z.number().int().min(1).optional() })
      .strict()
      .refine((i) => i.fromSequence === undefined || i.toSequence === undefined || i.fromSequence <= i.toSequence, { message: 'fromSequence must not exceed toSequence', path: ['toSequence'] }),
    output: VerificationResultSchema,
  }),
  checkpoints: defineRpc({
    context: 'oversight',
    name: 'checkpoints',
    kind: 'query',
    description: 'Signed checkpoints of the ledger, newest first.',
    input: PageInputSchema,
    output: page(CheckpointViewSchema),
  }),
  createCheckpoint: defineRpc({
    context: 'oversight',
    name: 'createCheckpoint',
    kind: 'command',
    description: "Signs the ledger's latest entry now (supervisors, admins).",
    input: z.object({}).strict(),
    output: CheckpointViewSchema,
  }),
  publicKey: defineRpc({
    context: 'oversight',
    name: 'publicKey',
    kind: 'query',
    description: 'The Ed25519 public keys checkpoints are signed with (current and earlier ones).',
    input: z.object({}).strict(),
    output: z.object({ current: PublicKeyViewSchema, keys: z.array(PublicKeyViewSchema) }).strict(),
  }),
  centreReport: defineRpc({
    context: 'oversight',
    name: 'centreReport',
    kind: 'query',
    description:
      "A legal aid centre's report to the Ministry of Justice for a calendar year or quarter (indicator 1301, times eligible persons were given legal aid, and the people helped, by eligible group, form of aid and field of law): exact for the centre's own staff and admins, small cells suppressed for everyone else; with CSV.",
    input: z.object({ centreId: Id, year: z.number().int().min(2018).max(2199), quarter: z.number().int().min(1).max(4).optional() }).strict(),
    output: z
      .object({
        centreId: z.string(),
        year: z.number().int(),
        quarter: z.number().int().nullable(),
        from: IsoDateTimeSchema,
        to: IsoDateTimeSchema,
        exact: z.boolean(),
        threshold: z.number().int(),
        /** The Ministry's indicator the report gives (code, name, legal basis) and the figure that carries it. */
        indicator: z.object({ code: z.string(), name: z.string(), nameEn: z.string(), basis: z.string(), column: z.literal('aidTurns') }).strict(),
        total: CentreReportCellSchema,
        sections: z.array(z.object({ groupBy: z.enum(StatisticsGroupings), title: z.string(), rows: z.array(CentreReportCellSchema) }).strict()),
        csv: z.string(),
      })
      .strict(),
  }),
  statistics: defineRpc({
    context: 'oversight',
    name: 'statistics',
    kind: 'query',
    description: 'Figures for the requests received in a period, grouped by one dimension, with small cells suppressed.',
    input: StatisticsInputSchema,
    output: StatisticsSchema,
  }),
  publishedStatisticsFile: defineRpc({
    context: 'oversight',
    name: 'publishedStatisticsFile',
    kind: 'query',
    description:
      "A year's public figures (every ended month, quarter and the year, by province, eligible group, field of law, form of aid and outcome, suppressed together so no combination of them reveals a person) as the stored file: computed when a period ends or an administrator asks, never on reading (any role, CITIZEN for the public). STATISTICS_NOT_COMPUTED when the year's files have not been computed.",
    input: z.object({ year: z.number().int().min(2000).max(2100), format: z.enum(STATISTICS_FILE_FORMATS) }).strict(),
    output: StoredStatisticsFileSchema,
  }),
  publishStatistics: defineRpc({
    context: 'oversight',
    name: 'publishStatistics',
    kind: 'command',
    description:
      "Computes a year's public files now, from every period of it that has ended, and stores them in place of the earlier ones (ADMIN: for the current year between period ends, or a year whose figures came in late).",
    input: z.object({ year: z.number().int().min(2000).max(2100) }).strict(),
    output: StatisticsPublicationSchema,
  }),
  submitFeedback: defineRpc({
    context: 'oversight',
    name: 'submitFeedback',
    kind: 'command',
    description: "A citizen's answer to a feedback invitation, by its one-time token (actor CITIZEN).",
    input: z
      .object({
        token: FeedbackTokenSchema,
        rating: z.number().int().min(1).max(5),
        answers: FeedbackAnswersSchema,
        comment: text(2000).optional(),
        language: LanguageSchema.default('vie'),
        complaint: text(4000).optional(),
      })
      .strict(),
    output: z.object({ feedbackId: Uuid, complaintFiled: z.boolean() }).strict(),
  }),
  complaints: defineRpc({
    context: 'oversight',
    name: 'complaints',
    kind: 'query',
    description: 'Complaints and payment-request reports from citizens, newest first, with texts masked (supervisors, admins).',
    input: PageInputSchema.extend({ organisationId: Id.optional() }).strict(),
    output: page(ComplaintViewSchema),
  }),
  feedbackResponses: defineRpc({
    context: 'oversight',
    name: 'feedbackResponses',
    kind: 'query',
    description: "Citizens' answers to feedback invitations, complaints or not, newest first, comments masked; by organisation, provider and rating (supervisors, admins).",
    input: PageInputSchema.extend({
      organisationId: Id.optional(),
      providerId: Id.optional(),
      maxRating: z.number().int().min(1).max(5).optional(),
      withComment: z.boolean().optional(),
    }).strict(),
    output: page(FeedbackResponseViewSchema),
  }),
  createSupervisionPlan: defineRpc({
    context: 'oversight',
    name: 'createSupervisionPlan',
    kind: 'command',
    description: 'Creates a supervision plan with its scope (supervisors).',
    input: z
      .object({ title: text(200), ...ScopeShape, provinceCodes: ScopeShape.provinceCodes.default([]), organisationIds: ScopeShape.organisationIds.default([]) })
      .strict()
      .refine((i) => i.periodFrom <= i.periodTo, { message: 'periodFrom must not be after periodTo', path: ['periodTo'] }),
    output: PlanViewSchema,
  }),
  supervisionPlans: defineRpc({
    context: 'oversight',
    name: 'supervisionPlans',
    kind: 'query',
    description: 'Supervision plans, newest first, or one plan by id (supervisors, admins).',
    input: PageInputSchema.extend({ planId: Uuid.optional() }).strict(),
    output: page(PlanViewSchema),
  }),
  drawSupervisionSample: defineRpc({
    context: 'oversight',
    name: 'drawSupervisionSample',
    kind: 'command',
    description: 'Draws a reproducible random sample of closed cases in the plan scope (supervisors).',
    input: z
      .object({ planId: Uuid, size: z.number().int().min(1).max(500), seed: z.string().regex(/^[A-Za-z0-9_-]{1,64}$/, 'seed must be 1-64 letters, digits, _ or -').optional() })
      .strict(),
    output: PlanViewSchema,
  }),
  recordFinding: defineRpc({
    context: 'oversight',
    name: 'recordFinding',
    kind: 'command',
    description: 'Records a finding on a sampled case of a plan (supervisors).',
    input: z.object({ planId: Uuid, caseId: CaseId, category: z.enum(FindingCategories), severity: z.enum(FindingSeverities), note: text(2000) }).strict(),
    output: z.object({ findingId: Uuid, plan: PlanViewSchema }).strict(),
  }),
  issueRecommendation: defineRpc({
    context: 'oversight',
    name: 'issueRecommendation',
    kind: 'command',
    description: 'Issues a recommendation (kiến nghị) to an organisation from findings, with a response deadline (supervisors).',
    input: z
      .object({
        planId: Uuid,
        organisationId: Id,
        findingIds: z.array(Uuid).min(1).max(50),
        text: text(4000),
        /** Deadline as a time, or as working days after today (Asia/Ho_Chi_Minh calendar). Exactly one. */
        responseDueAt: IsoDateTimeSchema.optional(),
        responseWorkingDays: z.number().int().min(1).max(90).optional(),
      })
      .strict()
      .refine((i) => (i.responseDueAt ? 1 : 0) + (i.responseWorkingDays ? 1 : 0) === 1, { message: 'give exactly one of responseDueAt or responseWorkingDays', path: ['responseDueAt'] }),
    output: RecommendationViewSchema,
  }),
  respondToRecommendation: defineRpc({
    context: 'oversight',
    name: 'respondToRecommendation',
    kind: 'command',
    description: "The target organisation's response to a recommendation (ORG_ADMIN of that organisation).",
    input: z.object({ recommendationId: Uuid, text: text(4000) }).strict(),
    output: RecommendationViewSchema,
  }),
  followUpRecommendation: defineRpc({
    context: 'oversight',
    name: 'followUpRecommendation',
    kind: 'command',
    description: 'A supervisor accepts the answer to a recommendation, reopens it, or reissues an overdue one with a new deadline in working days (supervisors).',
    input: z
      .object({ recommendationId: Uuid, action: z.enum(RecommendationFollowUps), note: text(2000), responseWorkingDays: z.number().int().min(1).max(90).optional(), expectedVersion: z.number().int().min(1).optional() })
      .strict()
      .refine((i) => (i.action === 'ACCEPT') === (i.responseWorkingDays === undefined), { message: 'REOPEN and REISSUE need responseWorkingDays; ACCEPT takes none', path: ['responseWorkingDays'] }),
    output: RecommendationViewSchema,
  }),
  recommendations: defineRpc({
    context: 'oversight',
    name: 'recommendations',
    kind: 'query',
    description: 'Recommendations, newest first; an ORG_ADMIN sees those addressed to their organisation.',
    input: PageInputSchema.extend({
      planId: Uuid.optional(),
      organisationId: Id.optional(),
      status: z.enum(RecommendationStatuses).optional(),
      recommendationId: Uuid.optional(),
      withTotalCount: WithTotalCountSchema,
    }).strict(),
    output: page(RecommendationViewSchema).extend({ totalCount: TotalCountSchema }).strict(),
  }),
} as const;

/** Every oversight event, for the registry. */
export const OVERSIGHT_EVENTS: readonly EventDefinition[] = [
  OversightCheckpointSigned,
  OversightFeedbackReceived,
  OversightComplaintFiled,
  OversightPlanCreated,
  OversightSampleDrawn,
  OversightFindingRecorded,
  OversightRecommendationIssued,
  OversightRecommendationResponded,
  OversightRecommendationFollowedUp,
  OversightRecommendationOverdue,
];
