import { z } from 'zod';
import { defineEvent } from './envelope.js';
import { defineRpc } from './rpc.js';
import { DateOnlySchema, DeadlineBucketsSchema, IsoDateTimeSchema, PageInputSchema, text } from './text.js';
import {
  AidForms,
  ApplicantRefSchema,
  Channels,
  EligibilityGroups,
  FieldsOfLaw,
  LanguageSchema,
  MatterPartiesSchema,
  PartyHashSchema,
  UnitCodeSchema,
  UrgencyReasons,
  UrgencySchema,
} from './vocabulary.js';
import { EvidenceKindSchema, LegalBasisSchema } from './reference/eligibility.js';
import { ContactSafetySchema } from './notifications.js';

/**
 * Intake: the LegalAidRequest (yêu cầu trợ giúp pháp lý) and the only place
 * where an applicant's personal data lives. Events carry the pseudonymous
 * `applicantRef` and what matching and oversight need; never a name, ID
 * number, phone, address or the applicant's own words (DESIGN.md §3, §6).
 */

const Uuid = z.string().uuid();
/** Ids of centres, organisations, providers: the same characters actors use (no operators, no dots-with-dollars). */
const OrgId = z.string().min(1).max(128).regex(/^[A-Za-z0-9_.:@-]+$/, 'identifier has characters outside [A-Za-z0-9_.:@-]');
const IdNumber = z.string().regex(/^\d{9}(\d{3})?$/, 'ID number must be 9 or 12 digits');
const Phone = z.string().regex(/^\+?\d{8,15}$/, 'phone must be 8 to 15 digits');

// ---------------------------------------------------------------------------
// Vocabulary owned by intake

/** Statuses while intake owns the request. */
export const REQUEST_STATUSES = ['RECEIVED', 'DOCUMENTS_REQUESTED', 'ACCEPTED', 'REJECTED', 'WITHDRAWN'] as const;
export const RequestStatusSchema = z.enum(REQUEST_STATUSES);
export type RequestStatus = z.infer<typeof RequestStatusSchema>;

/** What happened downstream, learnt from matching's and case-tracking's events; only moves forward. */
export const DOWNSTREAM_STATUSES = ['NONE', 'REFERRED', 'ASSIGNED', 'CASE_OPEN', 'CLOSED'] as const;
export const DownstreamStatusSchema = z.enum(DOWNSTREAM_STATUSES);
export type DownstreamStatus = z.infer<typeof DownstreamStatusSchema>;

/** Grounds for refusing a request in writing (từ chối thụ lý), with free text beside them, and the legal basis a rejection letter cites (Vietnamese and English). */
export const RejectionGrounds = [
  { code: 'NOT_ELIGIBLE_PERSON', vi: 'Người yêu cầu không thuộc diện người được trợ giúp pháp lý', en: 'The applicant is not an eligible person', basis: { vi: 'Luật Trợ giúp pháp lý 2017, Điều 7', en: 'Law on Legal Aid 2017, Art. 7' } },
  { code: 'BUSINESS_COMMERCE', vi: 'Vụ việc thuộc lĩnh vực kinh doanh, thương mại', en: 'The matter is in business and commerce', basis: { vi: 'Luật Trợ giúp pháp lý 2017, Điều 27 khoản 1', en: 'Law on Legal Aid 2017, Art. 27(1)' } },
  { code: 'OUTSIDE_SCOPE', vi: 'Vụ việc không liên quan trực tiếp đến quyền, lợi ích hợp pháp của người yêu cầu', en: "The matter does not directly concern the applicant's lawful rights and interests", basis: { vi: 'Luật Trợ giúp pháp lý 2017', en: 'Law on Legal Aid 2017' } },
  { code: 'DOCUMENTS_NOT_PROVIDED', vi: 'Không bổ sung giấy tờ trong thời hạn', en: 'Requested documents were not provided in time', basis: { vi: 'Luật Trợ giúp pháp lý 2017; Thông tư 12/2018/TT-BTP', en: 'Law on Legal Aid 2017; Circular 12/2018/TT-BTP' } },
  { code: 'CONFLICT_OF_INTEREST', vi: 'Quyền lợi đối lập với người được trợ giúp pháp lý khác trong cùng vụ việc', en: "Interests conflict with another assisted person's in the same matter", basis: { vi: 'Luật Trợ giúp pháp lý 2017', en: 'Law on Legal Aid 2017' } },
  { code: 'ALREADY_ASSISTED', vi: 'Vụ việc đang được tổ chức khác trợ giúp hoặc đã có luật sư', en: 'Another organisation or a lawyer already assists in the matter', basis: { vi: 'Luật Trợ giúp pháp lý 2017', en: 'Law on Legal Aid 2017' } },
  { code: 'MATTER_ALREADY_DECIDED', vi: 'Vụ việc đã được giải quyết bằng bản án, quyết định có hiệu lực pháp luật', en: 'The matter was decided by a final judgment or decision', basis: { vi: 'Luật Trợ giúp pháp lý 2017', en: 'Law on Legal Aid 2017' } },
  { code: 'OTHER', vi: 'Lý do khác (ghi rõ)', en: 'Other reason (stated in the note)', basis: { vi: 'nêu trong phần ghi chú', en: 'stated in the note' } },
] as const;
export const RejectionGroundSchema = z.enum(RejectionGrounds.map((g) => g.code) as unknown as [(typeof RejectionGrounds)[number]['code'], ...string[]]) as z.ZodType<
  (typeof RejectionGrounds)[number]['code']
>;
export type RejectionGround = z.infer<typeof RejectionGroundSchema>;

/** Purposes an applicant consents to (Decree 13/2023 art. 11). */
export const ConsentPurposeSchema = z.enum(['LEGAL_AID_PROCESSING', 'REFERRAL_TO_PROVIDER', 'FEEDBACK_CONTACT']);
export type ConsentPurpose = z.infer<typeof ConsentPurposeSchema>;

/** Kinds of referring organisation; police, procuracy and court are procedural bodies. */
export const ReferrerKindSchema = z.enum(['FRONT', 'NGO', 'COMMUNE', 'POLICE', 'PROCURACY', 'COURT']);
export const ProceduralStageSchema = z.enum(['DETENTION', 'INVESTIGATION', 'PROSECUTION', 'FIRST_INSTANCE', 'APPEAL', 'REVIEW', 'ENFORCEMENT']);

/** Why personal data was read; the access log and its event say this, never the data. */
export const AccessPurposeSchema = z.enum(['CASE_HANDLING', 'CONTACT_APPLICANT', 'IDENTITY_LOOKUP', 'FEEDBACK_INVITATION', 'NOTIFICATION']);

// ---------------------------------------------------------------------------
// Events

/**
 * What other contexts may know about a request: the pseudonymous reference
 * and what matching and oversight need (group, field, form, commune,
 * language, urgency).
 */
export const RequestFactsSchema = z
  .object({
    requestId: Uuid,
    applicantRef: ApplicantRefSchema,
    channel: Channels.schema,
    centreId: z.string().min(1).max(128),
    eligibilityGroup: EligibilityGroups.schema.nullable(),
    fieldOfLaw: FieldsOfLaw.schema,
    aidForm: AidForms.schema,
    provinceCode: UnitCodeSchema,
    communeCode: UnitCodeSchema.nullable(),
    language: LanguageSchema,
    needsInterpreter: z.boolean(),
    urgency: UrgencySchema,
  })
  .strict();
export type RequestFacts = z.infer<typeof RequestFactsSchema>;

/** Published by intake when a request is recorded, from any channel (not yet screened). */
export const IntakeRequestReceived = defineEvent({
  context: 'intake',
  aggregate: 'request',
  event: 'received',
  version: 1,
  description: 'A legal aid request was recorded by intake (not yet screened). possibleDuplicateOf lists open requests of the same applicant in the same field, flagged for staff.',
  data: RequestFactsSchema.extend({
    claimedEligibilityGroup: EligibilityGroups.schema.nullable(),
    possibleDuplicateOf: z.array(Uuid).max(20),
    receivedAt: IsoDateTimeSchema,
  }).strict(),
});

/**
 * Published by intake when a request, just stored, turns out to have open
 * requests of the same person that were being stored at the same moment (so
 * its `received` event could not list them).
 */
export const IntakeRequestDuplicateFlagged = defineEvent({
  context: 'intake',
  aggregate: 'request',
  event: 'duplicate-flagged',
  version: 1,
  description: 'Open requests of the same applicant in the same field, stored at the same moment as this one, are flagged for staff (possibleDuplicateOf is the whole list now).',
  data: z
    .object({
      requestId: Uuid,
      applicantRef: ApplicantRefSchema,
      centreId: z.string().min(1).max(128),
      possibleDuplicateOf: z.array(Uuid).max(20),
    })
    .strict(),
});

/** Published by intake when staff ask for missing documents; the request waits until `dueAt`. */
export const IntakeRequestDocumentsRequested = defineEvent({
  context: 'intake',
  aggregate: 'request',
  event: 'documents-requested',
  version: 1,
  description: 'Staff asked the applicant for missing documents; the request waits for them until dueAt (working days).',
  data: z
    .object({
      requestId: Uuid,
      applicantRef: ApplicantRefSchema,
      centreId: z.string().min(1).max(128),
      documentKinds: z.array(EvidenceKindSchema).min(1).max(20),
      requestedAt: IsoDateTimeSchema,
      dueAt: IsoDateTimeSchema,
    })
    .strict(),
});

/**
 * Published when the documents' time limit of a waiting request is counted
 * again because a year's official calendar decision was loaded or corrected.
 */
export const IntakeRequestDocumentsDueRecomputed = defineEvent({
  context: 'intake',
  aggregate: 'request',
  event: 'documents-due-recomputed',
  version: 1,
  description: "The documents' time limit of a waiting request was counted again by a year's newly loaded (or corrected) official calendar decision.",
  data: z
    .object({
      requestId: Uuid,
      applicantRef: ApplicantRefSchema,
      centreId: z.string().min(1).max(128),
      previousDueAt: IsoDateTimeSchema,
      dueAt: IsoDateTimeSchema,
      /** Still counted over a year with no official decision loaded. */
      provisional: z.boolean(),
      calendarYear: z.number().int().min(2000).max(2199),
      calendarVersion: z.number().int().min(0),
      recomputedAt: IsoDateTimeSchema,
    })
    .strict(),
});

/** Published by intake when the missing documents arrived; the request is back for screening. */
export const IntakeRequestDocumentsCompleted = defineEvent({
  context: 'intake',
  aggregate: 'request',
  event: 'documents-completed',
  version: 1,
  description: 'The requested documents arrived; the request is back to screening.',
  data: z
    .object({
      requestId: Uuid,
      applicantRef: ApplicantRefSchema,
      centreId: z.string().min(1).max(128),
      documentKinds: z.array(EvidenceKindSchema).max(50),
      completedAt: IsoDateTimeSchema,
      /** Arrived after the due date (staff may still accept). */
      late: z.boolean(),
    })
    .strict(),
});

/** Published by intake when staff accept (thụ lý) a request; matching starts a referral on it. */
export const IntakeRequestAccepted = defineEvent({
  context: 'intake',
  aggregate: 'request',
  event: 'accepted',
  version: 1,
  description: 'A request was screened eligible and accepted into the register; matching should refer it.',
  data: RequestFactsSchema.extend({
    eligibilityGroup: EligibilityGroups.schema,
    registerNumber: z.string().min(1).max(64),
    /** The version of Article 7's list the decision applied, and the evidence it relied on. */
    ruleSetId: z.string().min(1).max(64),
    evidence: z.array(EvidenceKindSchema).max(30),
    /**
     * The applicant and the opposing parties as keyed hashes (strong, and name + birth date):
     * matching checks them against providers' declared conflicts and the parties they acted for,
     * and learns from the applicant whom the assigned provider acts for.
     */
    parties: MatterPartiesSchema,
    preferredProviderGender: z.enum(['FEMALE', 'MALE']).nullable(),
    /**
     * The hearing the referring court or procedural body named, however far away
     * (`urgency` says only whether it is near); case-tracking schedules its HEARING deadline from it.
     * Absent (like `defenceCounselDueAt`) on acceptances published before it was carried.
     */
    hearingAt: IsoDateTimeSchema.nullable().optional(),
    /** A procedural body's deadline for defence counsel, when it asked for counsel (`INTAKE_DEFENCE_COUNSEL_HOURS` after receipt). */
    defenceCounselDueAt: IsoDateTimeSchema.nullable().optional(),
    acceptedAt: IsoDateTimeSchema,
  }).strict(),
});

/** Published by intake when staff refuse a request in writing. The free-text note stays in intake. */
export const IntakeRequestRejected = defineEvent({
  context: 'intake',
  aggregate: 'request',
  event: 'rejected',
  version: 1,
  description: 'Staff refused the request in writing on a statutory ground (the note stays in intake).',
  data: z
    .object({
      requestId: Uuid,
      applicantRef: ApplicantRefSchema,
      centreId: z.string().min(1).max(128),
      channel: Channels.schema,
      fieldOfLaw: FieldsOfLaw.schema,
      ground: RejectionGroundSchema,
      ruleSetId: z.string().min(1).max(64).nullable(),
      rejectedAt: IsoDateTimeSchema,
    })
    .strict(),
});

/** Published by intake when the applicant withdraws; case-tracking closes the case, matching cancels offers. */
export const IntakeRequestWithdrawn = defineEvent({
  context: 'intake',
  aggregate: 'request',
  event: 'withdrawn',
  version: 1,
  description: 'The applicant withdrew the request before closure; case-tracking closes any case as withdrawn, matching cancels open offers.',
  data: z
    .object({
      requestId: Uuid,
      applicantRef: ApplicantRefSchema,
      centreId: z.string().min(1).max(128),
      previousStatus: RequestStatusSchema,
      downstreamStatus: DownstreamStatusSchema,
      withdrawnAt: IsoDateTimeSchema,
    })
    .strict(),
});

/** Published by intake when the applicant withdraws consent for some purposes. */
export const IntakeRequestConsentWithdrawn = defineEvent({
  context: 'intake',
  aggregate: 'request',
  event: 'consent-withdrawn',
  version: 1,
  description: 'The applicant (or guardian) withdrew consent for the listed purposes.',
  data: z
    .object({ requestId: Uuid, applicantRef: ApplicantRefSchema, centreId: z.string().min(1).max(128), purposes: z.array(ConsentPurposeSchema).min(1), withdrawnAt: IsoDateTimeSchema })
    .strict(),
});

/** Published by intake when the centre records a change to how the applicant may be reached safely. Carries no contact data. */
export const IntakeRequestContactSafetyChanged = defineEvent({
  context: 'intake',
  aggregate: 'request',
  event: 'contact-safety-changed',
  version: 1,
  description: "The centre changed how the applicant may be reached safely (the channels, times and note stay in intake, encrypted); every later message honours it.",
  data: z.object({ requestId: Uuid, applicantRef: ApplicantRefSchema, centreId: z.string().min(1).max(128), changedAt: IsoDateTimeSchema }).strict(),
});

/** Published by intake for every read of personal data (who: the envelope's actor). Carries no data. */
export const IntakeRequestPersonalDataAccessed = defineEvent({
  context: 'intake',
  aggregate: 'request',
  event: 'personal-data-accessed',
  version: 1,
  description: "Someone read an applicant's personal data (the actor says who); for the oversight ledger. Names the fields, never their values.",
  data: z
    .object({
      accessId: Uuid,
      /** Null for an identity lookup that matched no request. */
      requestId: Uuid.nullable(),
      applicantRef: ApplicantRefSchema.nullable(),
      centreId: z.string().min(1).max(128).nullable(),
      purpose: AccessPurposeSchema,
      fields: z.array(z.string().regex(/^[a-zA-Z]+$/)).max(30),
      accessedAt: IsoDateTimeSchema,
    })
    .strict(),
});

/** Published by intake when a lawyer gains or loses sight of the applicant's contact details. */
export const IntakeRequestContactAccessChanged = defineEvent({
  context: 'intake',
  aggregate: 'request',
  event: 'contact-access-changed',
  version: 1,
  description: "A provider was granted (on assignment) or lost (on transfer, closure, withdrawal) access to the applicant's contact details.",
  data: z
    .object({
      requestId: Uuid,
      applicantRef: ApplicantRefSchema,
      providerId: z.string().min(1).max(128),
      change: z.enum(['GRANTED', 'REVOKED']),
      reason: z.enum(['ASSIGNED', 'TRANSFERRED', 'CLOSED', 'WITHDRAWN', 'CONSENT_WITHDRAWN']),
      at: IsoDateTimeSchema,
    })
    .strict(),
});

/** Published by intake when a request's personal data was erased after the retention period. */
export const IntakeRequestErased = defineEvent({
  context: 'intake',
  aggregate: 'request',
  event: 'erased',
  version: 1,
  description: 'Personal data of a finished request was erased after the retention period; pseudonymous facts remain.',
  data: z.object({ requestId: Uuid, applicantRef: ApplicantRefSchema, centreId: z.string().min(1).max(128), erasedAt: IsoDateTimeSchema }).strict(),
});

/**
 * Published by intake when a case closes and the applicant agreed to be asked
 * for feedback: intake sent them a one-time token through its notification
 * port; this event carries only the token's SHA-256 (hex) and its expiry.
 * Oversight accepts a submitted token whose SHA-256 matches, once, before expiry.
 */
export const IntakeFeedbackInvited = defineEvent({
  context: 'intake',
  aggregate: 'feedback',
  event: 'invited',
  version: 1,
  description: 'A citizen was sent a one-time feedback link; only the token hash and expiry travel.',
  data: z
    .object({
      invitationId: z.string().regex(/^fi_[A-Za-z0-9-]{8,64}$/),
      requestId: Uuid,
      caseId: z.string().min(1).max(128).nullable(),
      applicantRef: ApplicantRefSchema,
      centreId: z.string().min(1).max(128),
      providerId: z.string().min(1).max(128).nullable(),
      tokenHash: z.string().regex(/^[0-9a-f]{64}$/, 'SHA-256 of the token, hex'),
      hashAlgorithm: z.literal('sha256'),
      expiresAt: IsoDateTimeSchema,
      invitedAt: IsoDateTimeSchema,
    })
    .strict(),
});

/** Every intake event, for the registry. */
export const INTAKE_EVENTS = [
  IntakeRequestReceived,
  IntakeRequestDuplicateFlagged,
  IntakeRequestDocumentsRequested,
  IntakeRequestDocumentsDueRecomputed,
  IntakeRequestDocumentsCompleted,
  IntakeRequestAccepted,
  IntakeRequestRejected,
  IntakeRequestWithdrawn,
  IntakeRequestConsentWithdrawn,
  IntakeRequestContactSafetyChanged,
  IntakeRequestPersonalDataAccessed,
  IntakeRequestContactAccessChanged,
  IntakeRequestErased,
  IntakeFeedbackInvited,
] as const;

// ---------------------------------------------------------------------------
// Request/reply operations intake answers for the gateway.

export const AddressInputSchema = z.object({ provinceCode: UnitCodeSchema, communeCode: UnitCodeSchema.optional(), line: text(300).optional() }).strict();

export const GuardianInputSchema = z
  .object({
    fullName: text(200),
    relationship: z.enum(['PARENT', 'GUARDIAN', 'OTHER']),
    idNumber: IdNumber.optional(),
    phone: Phone.optional(),
  })
  .strict();

export const ApplicantInputSchema = z
  .object({
    fullName: text(200),
    /** Căn cước: 12 digits (9 for the old identity card). */
    idNumber: IdNumber.optional(),
    birthDate: DateOnlySchema.optional(),
    gender: z.enum(['FEMALE', 'MALE', 'OTHER']).optional(),
    phone: Phone.optional(),
    email: z.string().max(200).email().optional(),
    address: AddressInputSchema,
    language: LanguageSchema.default('vie'),
    needsInterpreter: z.boolean().default(false),
    /** Disability or other access needs, as the applicant states them. */
    accessNeeds: text(500).optional(),
    /** Present when a guardian acts for a child. */
    guardian: GuardianInputSchema.optional(),
    /** How the applicant (or guardian) may be reached safely; every message honours it. */
    contactSafety: ContactSafetySchema.optional(),
  })
  .strict();

export const ReferralInputSchema = z
  .object({
    referrerKind: ReferrerKindSchema,
    organisation: text(200),
    officer: text(200).optional(),
    officerPhone: Phone.optional(),
    /** Where the referring body learns who was appointed. */
    officerEmail: z.string().max(200).email().optional(),
    /** The referring body's document number. */
    documentNumber: text(100).optional(),
    /** For police, procuracy and court. */
    proceduralStage: ProceduralStageSchema.optional(),
    hearingAt: IsoDateTimeSchema.optional(),
    custodySince: DateOnlySchema.optional(),
    /** A procedural body asks for defence counsel: its own deadline applies (INTAKE_DEFENCE_COUNSEL_HOURS). */
    defenceCounselRequested: z.boolean().default(false),
  })
  .strict();

export const ConsentInputSchema = z
  .object({
    purposes: z.array(ConsentPurposeSchema).min(1).max(3),
    givenBy: z.enum(['APPLICANT', 'GUARDIAN', 'REPRESENTATIVE']),
    method: z.enum(['WRITTEN', 'ORAL_RECORDED', 'ELECTRONIC']),
  })
  .strict();

export const SubmitRequestInputSchema = z
  .object({
    channel: Channels.schema,
    centreId: OrgId,
    applicant: ApplicantInputSchema,
    fieldOfLaw: FieldsOfLaw.schema,
    aidForm: AidForms.schema,
    summary: text(4000),
    attachedDocuments: z.array(z.object({ kind: EvidenceKindSchema, title: text(200).optional() }).strict()).max(50).default([]),
    /** A party's ID number or birth date lets conflict checks find them (a name alone matches namesakes). */
    opposingParties: z.array(z.object({ fullName: text(200), idNumber: IdNumber.optional(), birthDate: DateOnlySchema.optional() }).strict()).max(20).default([]),
    urgencyReasons: z.array(UrgencyReasons.schema).max(5).default([]),
    /** A latest time for help to start, when one is known. */
    deadlineAt: IsoDateTimeSchema.optional(),
    /** Required for the referral channels. */
    referral: ReferralInputSchema.optional(),
    consent: ConsentInputSchema,
    /** What the applicant says they are; screening decides. */
    claimedEligibilityGroup: EligibilityGroups.schema.optional(),
    /** Some victims ask for a provider of a given gender; matching ranks by it. */
    preferredProviderGender: z.enum(['FEMALE', 'MALE']).optional(),
  })
  .strict();

const ExpectedVersion = z.number().int().min(1).optional();

export const RequestDocumentsInputSchema = z
  .object({
    requestId: Uuid,
    documents: z.array(z.object({ kind: EvidenceKindSchema, description: text(300).optional() }).strict()).min(1).max(20),
    expectedVersion: ExpectedVersion,
  })
  .strict();

export const CompleteDocumentsInputSchema = z
  .object({
    requestId: Uuid,
    receivedDocuments: z.array(z.object({ kind: EvidenceKindSchema, title: text(200).optional() }).strict()).min(1).max(50),
    expectedVersion: ExpectedVersion,
  })
  .strict();

export const AcceptRequestInputSchema = z
  .object({
    requestId: Uuid,
    eligibilityGroup: EligibilityGroups.schema,
    /** The documents staff saw; checked against the rule set in force on the request's date. */
    evidence: z.array(EvidenceKindSchema).min(1).max(30),
    /**
     * The applicant's preference about the provider's gender, as staff asked it at screening;
     * required for a victim of violence or trafficking whose submission recorded none.
     */
    providerGenderPreference: z.enum(['FEMALE', 'MALE', 'NO_PREFERENCE']).optional(),
    /**
     * What the matter is about, written by staff for the lawyers it is offered to, without names,
     * numbers or addresses. Free text all the same: sealed in intake with the personal data, never
     * in an event; read by the providers offered the matter and the assigned one (intake.offerBrief), logged.
     */
    brief: text(1000).optional(),
    expectedVersion: ExpectedVersion,
  })
  .strict();

export const RejectRequestInputSchema = z
  .object({ requestId: Uuid, ground: RejectionGroundSchema, note: text(2000).optional(), expectedVersion: ExpectedVersion })
  .strict();

export const WithdrawRequestInputSchema = z.object({ requestId: Uuid, reason: text(1000).optional(), expectedVersion: ExpectedVersion }).strict();

export const WithdrawConsentInputSchema = z.object({ requestId: Uuid, purposes: z.array(ConsentPurposeSchema).min(1).max(3) }).strict();

/** The applicant's safe contact as the centre now records it (replaces the whole record); expectedVersion guards against overwriting a newer change. */
export const UpdateContactSafetyInputSchema = z.object({ requestId: Uuid, contactSafety: ContactSafetySchema, expectedVersion: z.number().int().min(1).optional() }).strict();

export const CommandResultSchema = z.object({ requestId: Uuid, status: RequestStatusSchema, version: z.number().int() }).strict();

const Iso = IsoDateTimeSchema;

export const RequestSummarySchema = z
  .object({
    id: Uuid,
    status: RequestStatusSchema,
    downstreamStatus: DownstreamStatusSchema,
    channel: Channels.schema,
    centreId: z.string(),
    applicantRef: ApplicantRefSchema,
    fieldOfLaw: FieldsOfLaw.schema,
    aidForm: AidForms.schema,
    claimedEligibilityGroup: EligibilityGroups.schema.nullable(),
    eligibilityGroup: EligibilityGroups.schema.nullable(),
    provinceCode: UnitCodeSchema,
    communeCode: UnitCodeSchema.nullable(),
    language: LanguageSchema,
    needsInterpreter: z.boolean(),
    urgency: UrgencySchema,
    registerNumber: z.string().nullable(),
    receivedAt: Iso,
    documentsDueAt: Iso.nullable(),
    /** The documents' time limit was counted over a year without an official calendar decision loaded. */
    documentsDueProvisional: z.boolean(),
    possibleDuplicateOf: z.array(Uuid),
    version: z.number().int(),
  })
  .strict();
export type RequestSummary = z.infer<typeof RequestSummarySchema>;

export const ApplicantViewSchema = z
  .object({
    fullName: z.string(),
    idNumber: z.string().nullable(),
    birthDate: z.string().nullable(),
    gender: z.string().nullable(),
    phone: z.string().nullable(),
    email: z.string().nullable(),
    address: z.object({ provinceCode: z.string(), communeCode: z.string().nullable(), line: z.string().nullable() }).strict(),
    language: z.string(),
    needsInterpreter: z.boolean(),
    accessNeeds: z.string().nullable(),
    guardian: z.object({ fullName: z.string(), relationship: z.string(), phone: z.string().nullable() }).strict().nullable(),
    contactSafety: ContactSafetySchema.nullable(),
  })
  .strict();

export const TimelineEntrySchema = z
  .object({ status: z.union([RequestStatusSchema, DownstreamStatusSchema, z.literal('DOCUMENTS_COMPLETED')]), at: Iso })
  .strict();

export const RequestViewSchema = RequestSummarySchema.extend({
  ruleSetId: z.string().nullable(),
  /** The legal basis the acceptance cited. */
  eligibilityBasis: z.string().nullable(),
  evidence: z.array(EvidenceKindSchema),
  acceptedAt: Iso.nullable(),
  rejection: z.object({ ground: RejectionGroundSchema, note: z.string().nullable(), rejectedAt: Iso }).strict().nullable(),
  withdrawnAt: Iso.nullable(),
  documentsRequested: z.array(EvidenceKindSchema),
  referral: z
    .object({
      referrerKind: ReferrerKindSchema,
      organisation: z.string(),
      proceduralStage: ProceduralStageSchema.nullable(),
      hearingAt: Iso.nullable(),
      custodySince: z.string().nullable(),
      defenceCounselRequested: z.boolean(),
    })
    .strict()
    .nullable(),
  consent: z
    .object({
      purposes: z.array(ConsentPurposeSchema),
      givenBy: z.string(),
      method: z.string(),
      recordedAt: Iso,
      recordedBy: z.string(),
      withdrawn: z.array(z.object({ purpose: ConsentPurposeSchema, at: Iso }).strict()),
    })
    .strict(),
  timeline: z.array(TimelineEntrySchema),
  erasedAt: Iso.nullable(),
  /** Present only when asked for and allowed (centre staff of the request's centre); the read is logged. */
  applicant: ApplicantViewSchema.nullable(),
}).strict();
export type RequestView = z.infer<typeof RequestViewSchema>;

export const RequestFilterSchema = z
  .object({
    /** ADMIN and SUPERVISOR only; centre staff always see their own centre. */
    centreId: OrgId.optional(),
    status: z.array(RequestStatusSchema).min(1).max(5).optional(),
    downstreamStatus: z.array(DownstreamStatusSchema).min(1).max(5).optional(),
    channel: z.array(Channels.schema).min(1).max(12).optional(),
    eligibilityGroup: z.array(EligibilityGroups.schema).min(1).max(20).optional(),
    fieldOfLaw: z.array(FieldsOfLaw.schema).min(1).max(9).optional(),
    aidForm: z.array(AidForms.schema).min(1).max(3).optional(),
    provinceCode: UnitCodeSchema.optional(),
    communeCode: UnitCodeSchema.optional(),
    receivedFrom: Iso.optional(),
    receivedTo: Iso.optional(),
    urgent: z.boolean().optional(),
    possibleDuplicate: z.boolean().optional(),
    /** The acceptance register's number (số thụ lý), e.g. 2026/centre-hcm/00012: at most one request. */
    registerNumber: z.string().min(1).max(64).regex(/^[A-Za-z0-9_.:@/-]+$/, 'register number has characters outside [A-Za-z0-9_.:@/-]').optional(),
  })
  .strict();
export type RequestFilter = z.infer<typeof RequestFilterSchema>;

/**
 * Orders of the request list: newest or oldest received first; the earliest
 * documents due date first (requests without one last); urgent first, then
 * the earliest urgency deadline, then the oldest.
 */
export const REQUEST_ORDERS = ['RECEIVED_AT_DESC', 'RECEIVED_AT_ASC', 'DOCUMENTS_DUE_AT', 'URGENCY'] as const;
export const RequestOrderSchema = z.enum(REQUEST_ORDERS);
export type RequestOrder = z.infer<typeof RequestOrderSchema>;

const Counts = z.record(z.string(), z.number().int().min(0));

export const ContactSchema = z
  .object({
    requestId: Uuid,
    fullName: z.string(),
    phone: z.string().nullable(),
    email: z.string().nullable(),
    addressLine: z.string().nullable(),
    communeCode: z.string().nullable(),
    language: z.string(),
    needsInterpreter: z.boolean(),
    accessNeeds: z.string().nullable(),
    guardian: z.object({ fullName: z.string(), phone: z.string().nullable() }).strict().nullable(),
    /** Safe contact: read before calling or writing. */
    contactSafety: ContactSafetySchema.nullable(),
  })
  .strict();

/**
 * What was said about the matter when the request was recorded: the
 * applicant's account, the opposing parties, the titles of the documents
 * brought and the referring officer. Personal data, sealed in intake: the
 * request's centre reads all of it, the assigned lawyer the summary only
 * (the rest is null for them); every read is logged.
 */
export const RequestDetailsSchema = z
  .object({
    requestId: Uuid,
    summary: z.string(),
    opposingParties: z.array(z.object({ fullName: z.string(), idNumber: z.string().nullable() }).strict()).nullable(),
    attachedDocuments: z.array(z.object({ kind: EvidenceKindSchema, title: z.string().nullable() }).strict()).nullable(),
    referralOfficer: z.object({ officer: z.string().nullable(), officerPhone: z.string().nullable(), documentNumber: z.string().nullable() }).strict().nullable(),
  })
  .strict();

export const AccessLogEntrySchema = z
  .object({
    accessId: Uuid,
    requestId: Uuid.nullable(),
    actorId: z.string(),
    actorRole: z.string(),
    purpose: AccessPurposeSchema,
    fields: z.array(z.string()),
    accessedAt: Iso,
  })
  .strict();

const PageInfo = z.object({ endCursor: z.string().nullable(), hasNextPage: z.boolean() }).strict();

export const IntakeRpc = {
  partyHash: defineRpc({
    context: 'intake',
    name: 'partyHash',
    kind: 'query',
    description:
      "The keyed hashes of a party as conflict checks compare them (from the ID number, and from the name with the birth date): how a provider declares a conflict without matching ever seeing the name. Declare every hash returned. Staff, organisation admins, lawyers and ADMIN.",
    input: z
      .object({ fullName: text(200), idNumber: IdNumber.optional(), birthDate: DateOnlySchema.optional() })
      .strict()
      .refine((p) => p.idNumber !== undefined || p.birthDate !== undefined, { message: 'give the ID number or the birth date: a name alone would match every namesake', path: ['idNumber'] }),
    output: z.object({ partyHashes: z.array(PartyHashSchema).min(1).max(5) }).strict(),
  }),
  recordFeedbackText: defineRpc({
    context: 'intake',
    name: 'recordFeedbackText',
    kind: 'command',
    description:
      "The original text of a citizen's feedback comment or complaint, kept sealed with intake (oversight keeps only a masked copy). Authorised by the feedback token, once (actor CITIZEN, through the gateway's submitFeedback).",
    input: z
      .object({
        token: z.string().regex(/^[A-Za-z0-9_-]{20,128}$/),
        comment: text(2000).optional(),
        complaint: text(4000).optional(),
      })
      .strict(),
    output: z.object({ stored: z.boolean() }).strict(),
  }),
  submit: defineRpc({
    context: 'intake',
    name: 'submitRequest',
    kind: 'command',
    description: 'Record a legal aid request from any channel (lands RECEIVED for staff to screen).',
    input: SubmitRequestInputSchema,
    output: z.object({ requestId: Uuid, status: RequestStatusSchema, possibleDuplicateOf: z.array(Uuid) }).strict(),
  }),
  requestDocuments: defineRpc({
    context: 'intake',
    name: 'requestDocuments',
    kind: 'command',
    description: 'Ask the applicant for missing documents; the request waits until they arrive.',
    input: RequestDocumentsInputSchema,
    output: CommandResultSchema.extend({ documentsDueAt: Iso, documentsDueProvisional: z.boolean() }).strict(),
  }),
  completeDocuments: defineRpc({
    context: 'intake',
    name: 'completeDocuments',
    kind: 'command',
    description: 'Record that the missing documents arrived; the request returns to screening.',
    input: CompleteDocumentsInputSchema,
    output: CommandResultSchema,
  }),
  accept: defineRpc({
    context: 'intake',
    name: 'acceptRequest',
    kind: 'command',
    description: 'Accept (thụ lý) a request into the register under the rule set in force on its date.',
    input: AcceptRequestInputSchema,
    output: CommandResultSchema.extend({ registerNumber: z.string(), ruleSetId: z.string(), basis: z.string() }).strict(),
  }),
  reject: defineRpc({
    context: 'intake',
    name: 'rejectRequest',
    kind: 'command',
    description: 'Refuse a request in writing on a statutory ground, with a note.',
    input: RejectRequestInputSchema,
    output: CommandResultSchema,
  }),
  withdraw: defineRpc({
    context: 'intake',
    name: 'withdrawRequest',
    kind: 'command',
    description: "Record the applicant's withdrawal (any time before closure).",
    input: WithdrawRequestInputSchema,
    output: CommandResultSchema,
  }),
  withdrawConsent: defineRpc({
    context: 'intake',
    name: 'withdrawConsent',
    kind: 'command',
    description: "Record the withdrawal of the applicant's consent for some purposes.",
    input: WithdrawConsentInputSchema,
    output: CommandResultSchema,
  }),
  updateContactSafety: defineRpc({
    context: 'intake',
    name: 'updateContactSafety',
    kind: 'command',
    description: "Record how the applicant may be reached safely (channels, messages, times, a note); the request's centre only.",
    input: UpdateContactSafetyInputSchema,
    output: CommandResultSchema,
  }),
  get: defineRpc({
    context: 'intake',
    name: 'getRequest',
    kind: 'query',
    description: 'A request by id; personal data only when asked for and allowed, and every such read is logged.',
    input: z.object({ requestId: Uuid, withPersonalData: z.boolean().default(false) }).strict(),
    output: RequestViewSchema,
  }),
  list: defineRpc({
    context: 'intake',
    name: 'listRequests',
    kind: 'query',
    description: 'Requests matching filters, in the order asked for (newest first by default), with cursor pagination (no personal data).',
    input: z.object({ filter: RequestFilterSchema.default({}), orderBy: RequestOrderSchema.default('RECEIVED_AT_DESC'), page: PageInputSchema.default({ first: 20 }) }).strict(),
    output: z.object({ items: z.array(RequestSummarySchema), pageInfo: PageInfo }).strict(),
  }),
  counts: defineRpc({
    context: 'intake',
    name: 'requestCounts',
    kind: 'query',
    description: 'Counts of requests matching filters, by status, channel, group, field and downstream status, for dashboards.',
    input: z.object({ filter: RequestFilterSchema.default({}) }).strict(),
    output: z
      .object({
        total: z.number().int(),
        urgent: z.number().int(),
        possibleDuplicates: z.number().int(),
        byStatus: Counts,
        byDownstreamStatus: Counts,
        byChannel: Counts,
        byEligibilityGroup: Counts,
        byFieldOfLaw: Counts,
        /** Requests waiting for documents, by when the documents are due. */
        documentsDue: DeadlineBucketsSchema,
      })
      .strict(),
  }),
  findByIdentity: defineRpc({
    context: 'intake',
    name: 'findRequestsByIdentity',
    kind: 'query',
    description: "A centre's requests for a person, looked up by ID number or phone through the blind index (logged).",
    input: z
      .object({ idNumber: IdNumber.optional(), phone: Phone.optional() })
      .strict()
      .refine((v) => v.idNumber !== undefined || v.phone !== undefined, 'give an ID number or a phone'),
    output: z.object({ items: z.array(RequestSummarySchema) }).strict(),
  }),
  revealContact: defineRpc({
    context: 'intake',
    name: 'revealApplicantContact',
    kind: 'query',
    description: "The applicant's contact details, for the assigned lawyer (or the centre's staff); every call is logged.",
    input: z.object({ requestId: Uuid }).strict(),
    output: ContactSchema,
  }),
  requestDetails: defineRpc({
    context: 'intake',
    name: 'requestDetails',
    kind: 'query',
    description: "A request's summary, opposing parties, attached document titles and referring officer: the request's centre (all) and the assigned lawyer (summary); every read is logged.",
    input: z.object({ requestId: Uuid }).strict(),
    output: RequestDetailsSchema,
  }),
  offerBrief: defineRpc({
    context: 'intake',
    name: 'offerBrief',
    kind: 'query',
    description:
      "The de-identified brief staff wrote at acceptance: the request's centre, a provider while the matter is offered to them (not while a possible conflict awaits their answer) and the assigned provider; every read is logged. Null when staff wrote none.",
    input: z.object({ requestId: Uuid }).strict(),
    output: z.object({ requestId: Uuid, brief: z.string().nullable() }).strict(),
  }),
  accessLog: defineRpc({
    context: 'intake',
    name: 'personalDataAccessLog',
    kind: 'query',
    description: 'Who read personal data, when, of which request (never the data), newest first; filtered by request, actor, purpose and period [accessedFrom, accessedTo).',
    input: z
      .object({
        requestId: Uuid.optional(),
        actorId: z.string().min(1).max(200).optional(),
        purpose: AccessPurposeSchema.optional(),
        accessedFrom: Iso.optional(),
        accessedTo: Iso.optional(),
        page: PageInputSchema.default({ first: 20 }),
      })
      .strict()
      .refine((i) => !i.accessedFrom || !i.accessedTo || i.accessedFrom < i.accessedTo, { message: 'accessedFrom must be before accessedTo', path: ['accessedTo'] }),
    output: z.object({ items: z.array(AccessLogEntrySchema), pageInfo: PageInfo }).strict(),
  }),
  eraseExpired: defineRpc({
    context: 'intake',
    name: 'eraseExpiredPersonalData',
    kind: 'command',
    description: 'Erase personal data of requests finished before the retention cut-off; pseudonymous facts remain (ADMIN).',
    input: z.object({ finishedBefore: Iso.optional(), limit: z.number().int().min(1).max(1000).default(200), dryRun: z.boolean().default(false) }).strict(),
    output: z.object({ cutoff: Iso, requestIds: z.array(Uuid), erased: z.number().int() }).strict(),
  }),
  rotateDataKeys: defineRpc({
    context: 'intake',
    name: 'rotateDataKeys',
    kind: 'command',
    description: 'Re-seal personal data written under older keys with the active key (ADMIN); run until remaining is 0.',
    input: z.object({ limit: z.number().int().min(1).max(1000).default(200) }).strict(),
    output: z.object({ activeKeyId: z.string(), resealed: z.number().int(), remaining: z.number().int() }).strict(),
  }),
  units: defineRpc({
    context: 'intake',
    name: 'administrativeUnits',
    kind: 'query',
    description:
      'Administrative units from the reference data intake has loaded (current ones, and former ones with successors); `search` matches names without diacritics (Vietnamese or English), of current units and of former ones.',
    input: z
      .object({
        provinceCode: UnitCodeSchema.optional(),
        includeFormer: z.boolean().default(false),
        search: text(100).optional(),
        /** The unit with this code, current or former (a former one with its successors). */
        code: UnitCodeSchema.optional(),
      })
      .strict(),
    output: z
      .object({
        effectiveFrom: z.string(),
        provinces: z.array(z.object({ code: z.string(), name: z.string(), nameEn: z.string().optional(), kind: z.string() }).strict()),
        units: z.array(z.object({ code: z.string(), name: z.string(), nameEn: z.string().optional(), kind: z.string(), provinceCode: z.string() }).strict()),
        /** Former units (the one asked for by `code`, those matching `search`, or all with `includeFormer`), each with the current units that took over its area. */
        former: z.array(
          z
            .object({
              code: z.string(),
              name: z.string(),
              level: z.string(),
              until: z.string(),
              /** The province it belonged to at the time (itself possibly a former province). */
              provinceCode: z.string().optional(),
              districtName: z.string().optional(),
              successorCodes: z.array(z.string()),
              successors: z.array(z.object({ code: z.string(), name: z.string(), nameEn: z.string().optional(), kind: z.string(), provinceCode: z.string().optional() }).strict()).optional(),
            })
            .strict(),
        ),
      })
      .strict(),
  }),
  ruleSets: defineRpc({
    context: 'intake',
    name: 'eligibilityRuleSets',
    kind: 'query',
    description: 'The versions of the eligible-persons list, with each group’s required evidence.',
    input: z.object({}).strict(),
    output: z.object({
      ruleSets: z.array(
        z
          .object({
            id: z.string(),
            title: z.string(),
            effectiveFrom: z.string(),
            groups: z.array(
              z
                .object({ group: EligibilityGroups.schema, clause: z.string(), basis: LegalBasisSchema, citation: z.string(), evidence: z.array(z.array(EvidenceKindSchema)), financialDifficulty: z.boolean() })
                .strict(),
            ),
          })
          .strict(),
      ),
    }).strict(),
  }),
} as const;
