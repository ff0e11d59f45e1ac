import { z } from 'zod';
import { defineEvent } from './envelope.js';
import { defineRpc } from './rpc.js';
import { noticeSubject } from './subjects.js';
import { ProfessionalContactSchema } from './notifications.js';
import {
  HsdsExportSchema,
  HsdsListInputSchema,
  HsdsOrganizationBaseSchema,
  HsdsOrganizationSchema,
  HsdsServiceAtLocationListItemSchema,
  HsdsServiceListItemSchema,
  HsdsServiceSchema,
  hsdsPage,
} from './hsds.js';
import { IsoDateTimeSchema, PageInputSchema, text, TotalCountSchema, WithTotalCountSchema } from './text.js';
import {
  AidForms,
  ApplicantRefSchema,
  FieldsOfLaw,
  LanguageSchema,
  PartyHashSchema,
  UnitCodeSchema,
  type Term,
} from './vocabulary.js';

/**
 * Contracts of the matching context: the provider registry and the Referral
 * of each accepted request to one provider (DESIGN.md §3 matching).
 * Events carry `providerId` and `organisationId` where a provider is
 * concerned, so the gateway can filter subscriptions per subscriber.
 * Provider names never travel in events (oversight needs only ids).
 */

const Id = z.string().min(1).max(128).regex(/^[A-Za-z0-9_.:@-]+$/, 'identifier has characters outside [A-Za-z0-9_.:@-]');

// ---------------------------------------------------------------------------
// Vocabulary of the registry

/** Kinds of organisation taking part in the network. */
export const ORGANISATION_KINDS = [
  { code: 'LEGAL_AID_CENTRE', vi: 'Trung tâm trợ giúp pháp lý nhà nước', en: 'State legal aid centre' },
  { code: 'LEGAL_AID_BRANCH', vi: 'Chi nhánh Trung tâm trợ giúp pháp lý', en: 'Branch of a legal aid centre' },
  { code: 'BAR_ASSOCIATION', vi: 'Đoàn luật sư', en: 'Bar organisation' },
  { code: 'LAW_FIRM', vi: 'Tổ chức hành nghề luật sư', en: 'Law firm' },
  { code: 'LEGAL_CONSULTANCY', vi: 'Tổ chức tư vấn pháp luật', en: 'Legal consultancy organisation' },
  { code: 'NGO', vi: 'Tổ chức xã hội', en: 'Non-governmental organisation' },
  { code: 'FRONT_COMMITTEE', vi: 'Ủy ban Mặt trận Tổ quốc', en: 'Fatherland Front committee' },
] as const satisfies readonly Term[];
export const OrganisationKindSchema = z.enum(ORGANISATION_KINDS.map((t) => t.code) as [ (typeof ORGANISATION_KINDS)[number]['code'], ...(typeof ORGANISATION_KINDS)[number]['code'][] ]);
export type OrganisationKind = z.infer<typeof OrganisationKindSchema>;

/** Kinds of provider (người thực hiện trợ giúp pháp lý, Law on Legal Aid 2017 art. 17). */
export const PROVIDER_KINDS = [
  { code: 'LEGAL_AID_OFFICER', vi: 'Trợ giúp viên pháp lý', en: 'Legal aid officer' },
  { code: 'CONTRACT_LAWYER', vi: 'Luật sư ký hợp đồng với Trung tâm', en: 'Lawyer under contract with the centre' },
  { code: 'ORGANISATION_LAWYER', vi: 'Luật sư của tổ chức ký hợp đồng/đăng ký tham gia', en: 'Lawyer of a contracted or registered organisation' },
  { code: 'PRO_BONO_LAWYER', vi: 'Luật sư do Đoàn luật sư phân công', en: 'Pro bono lawyer assigned by the bar organisation' },
  { code: 'LEGAL_ADVISER', vi: 'Tư vấn viên pháp luật', en: 'Legal adviser' },
  { code: 'COLLABORATOR', vi: 'Cộng tác viên trợ giúp pháp lý', en: 'Legal aid collaborator' },
] as const satisfies readonly Term[];
export const ProviderKindSchema = z.enum(PROVIDER_KINDS.map((t) => t.code) as [ (typeof PROVIDER_KINDS)[number]['code'], ...(typeof PROVIDER_KINDS)[number]['code'][] ]);
export type ProviderKind = z.infer<typeof ProviderKindSchema>;

export const ProviderGenderSchema = z.enum(['FEMALE', 'MALE', 'OTHER']);

/** Why a provider declines an offer. `OTHER` requires a short text, kept in matching only. */
export const DeclineReasonSchema = z.enum(['CONFLICT', 'CAPACITY', 'OUTSIDE_EXPERTISE', 'OTHER']);
export type DeclineReason = z.infer<typeof DeclineReasonSchema>;

/** A place a provider serves: one commune/ward, or a whole province when `communeCode` is null. */
export const ServiceAreaSchema = z
  .object({ provinceCode: UnitCodeSchema, communeCode: UnitCodeSchema.nullable() })
  .strict();

export const LeavePeriodSchema = z
  .object({ from: IsoDateTimeSchema, to: IsoDateTimeSchema })
  .strict()
  .refine((p) => Date.parse(p.from) < Date.parse(p.to), 'leave must end after it starts');

/** Annual pro bono commitment (hours or cases) and what was delivered this year. */
export const ProBonoSchema = z
  .object({
    unit: z.enum(['HOURS', 'CASES']),
    annualTarget: z.number().int().min(0).max(10000),
  })
  .strict();

/** What every provider event says about the provider (no name: ids and professional facts only). */
export const ProviderFactsSchema = z
  .object({
    providerId: Id,
    organisationId: Id,
    kind: ProviderKindSchema,
    gender: ProviderGenderSchema,
    fieldsOfLaw: z.array(FieldsOfLaw.schema).min(1).max(9),
    aidForms: z.array(AidForms.schema).min(1).max(3),
    languages: z.array(LanguageSchema).min(1).max(10),
    areas: z.array(ServiceAreaSchema).min(1).max(200),
    remoteAdvice: z.boolean(),
    capacity: z.number().int().min(0).max(500),
    available: z.boolean(),
    leave: z.array(LeavePeriodSchema).max(20),
    proBono: ProBonoSchema.nullable(),
    status: z.enum(['ACTIVE', 'SUSPENDED']),
  })
  .strict();
export type ProviderFacts = z.infer<typeof ProviderFactsSchema>;

// ---------------------------------------------------------------------------
// Events: registry

/** Published by matching when an organisation joins the network. */
/**
 * A provider document changed (its counters too, which raise no event): the
 * other matching replicas reload it into their in-memory index. Carries ids
 * and a version only.
 */
export const ProviderChangedNotice = {
  subject: noticeSubject('matching', 'provider-changed'),
  schema: z.object({ providerId: Id, version: z.number().int().min(1) }).strict(),
};

export const MatchingOrganisationRegistered = defineEvent({
  context: 'matching',
  aggregate: 'organisation',
  event: 'registered',
  version: 1,
  description: 'An organisation (centre, branch, bar organisation, firm, NGO, Front committee) joined the network.',
  data: z
    .object({
      organisationId: Id,
      kind: OrganisationKindSchema,
      provinceCode: UnitCodeSchema,
      parentOrganisationId: Id.nullable(),
      escalationOrganisationId: Id.nullable(),
    })
    .strict(),
});

/** Published by matching when an organisation's contact or letterhead data changed; names the fields, not their values. */
export const MatchingOrganisationContactUpdated = defineEvent({
  context: 'matching',
  aggregate: 'organisation',
  event: 'contact-updated',
  version: 1,
  description: "An organisation's contact or letterhead data (address, phone, e-mail, signatory) changed; the fields changed are named.",
  data: z
    .object({
      organisationId: Id,
      changed: z.array(z.enum(['address', 'phone', 'email', 'signatoryName', 'signatoryTitle'])).min(1).max(5),
      updatedAt: IsoDateTimeSchema,
    })
    .strict(),
});

/** Published by matching when a provider is registered. */
export const MatchingProviderRegistered = defineEvent({
  context: 'matching',
  aggregate: 'provider',
  event: 'registered',
  version: 1,
  description: 'A provider (lawyer, legal aid officer, adviser, collaborator) was registered.',
  data: ProviderFactsSchema,
});

/** Published by matching when a provider's profile or availability changes. */
export const MatchingProviderUpdated = defineEvent({
  context: 'matching',
  aggregate: 'provider',
  event: 'updated',
  version: 1,
  description: "A provider's profile, availability or leave changed; carries the profile after the change.",
  data: ProviderFactsSchema.extend({ changed: z.array(z.string().max(40)).max(20) }).strict(),
});

/** Published by matching when a provider is suspended: no new offers reach them. */
export const MatchingProviderSuspended = defineEvent({
  context: 'matching',
  aggregate: 'provider',
  event: 'suspended',
  version: 1,
  description: 'A provider was suspended and receives no new offers; open offers stay until answered or expired.',
  data: z.object({ providerId: Id, organisationId: Id, suspendedAt: IsoDateTimeSchema }).strict(),
});

/** Published by matching when a suspended provider is reinstated. */
export const MatchingProviderReinstated = defineEvent({
  context: 'matching',
  aggregate: 'provider',
  event: 'reinstated',
  version: 1,
  description: 'A suspended provider was reinstated and may receive offers again.',
  data: z.object({ providerId: Id, organisationId: Id, reinstatedAt: IsoDateTimeSchema }).strict(),
});

// ---------------------------------------------------------------------------
// Events: referral and offers

/** Published by matching when it opens a referral for an accepted request. */
export const MatchingReferralCreated = defineEvent({
  context: 'matching',
  aggregate: 'referral',
  event: 'created',
  version: 1,
  description: 'Matching opened a referral for an accepted request and will rank providers for it.',
  data: z
    .object({
      referralId: z.string().min(1).max(128),
      requestId: z.string().uuid(),
      applicantRef: ApplicantRefSchema,
      centreId: z.string().min(1).max(128),
      fieldOfLaw: FieldsOfLaw.schema,
      aidForm: AidForms.schema,
      status: z.literal('PENDING'),
    })
    .strict(),
});

export const ExclusionReasonSchema = z.enum([
  'SUSPENDED',
  'KIND_MAY_NOT_PERFORM_FORM',
  'AID_FORM',
  'FIELD_OF_LAW',
  'AREA',
  'LANGUAGE',
  'CAPACITY',
  'UNAVAILABLE',
  'ON_LEAVE',
  'CONFLICT_OF_INTEREST',
  'ALREADY_TRIED',
]);
export type ExclusionReason = z.infer<typeof ExclusionReasonSchema>;

/** Published by matching after each ranking round, with counts only (the full explanation is read by RPC). */
export const MatchingReferralRanked = defineEvent({
  context: 'matching',
  aggregate: 'referral',
  event: 'ranked',
  version: 1,
  description: 'Providers were ranked for a referral: how many passed the hard filters and why the others did not.',
  data: z
    .object({
      referralId: z.string().min(1).max(128),
      requestId: z.string().uuid(),
      centreId: Id,
      round: z.number().int().min(1),
      considered: z.number().int().min(0),
      candidates: z.number().int().min(0),
      topProviderIds: z.array(Id).max(20),
      excludedByReason: z.partialRecord(ExclusionReasonSchema, z.number().int().min(0)),
    })
    .strict(),
});

const OfferRef = {
  referralId: z.string().min(1).max(128),
  offerId: Id,
  requestId: z.string().uuid(),
  centreId: Id,
  providerId: Id,
  organisationId: Id,
};

/** Published by matching when a matter is offered to a provider; it lapses at `expiresAt`. */
export const MatchingOfferMade = defineEvent({
  context: 'matching',
  aggregate: 'offer',
  event: 'made',
  version: 1,
  description: 'A matter was offered to a provider, who may accept or decline before it expires.',
  data: z
    .object({
      ...OfferRef,
      fieldOfLaw: FieldsOfLaw.schema,
      aidForm: AidForms.schema,
      urgent: z.boolean(),
      round: z.number().int().min(1),
      attempt: z.number().int().min(1),
      offeredAt: IsoDateTimeSchema,
      expiresAt: IsoDateTimeSchema,
      /**
       * PENDING: a party matches the provider's conflicts by name and birth date only; the offer's
       * brief stays withheld (intake reads this) until MatchingOfferConflictCleared. Absent on older events.
       */
      conflictCheck: z.literal('PENDING').nullable().optional(),
    })
    .strict(),
});

/** Published by matching when a provider accepts an offer (followed by `matching.referral.assigned`). */
export const MatchingOfferAccepted = defineEvent({
  context: 'matching',
  aggregate: 'offer',
  event: 'accepted',
  version: 1,
  description: 'The provider accepted the offer.',
  data: z.object({ ...OfferRef, acceptedAt: IsoDateTimeSchema }).strict(),
});

/** Published by matching when a provider declines an offer; the free text of `OTHER` stays in matching. */
export const MatchingOfferDeclined = defineEvent({
  context: 'matching',
  aggregate: 'offer',
  event: 'declined',
  version: 1,
  description: 'The provider declined the offer with a reason code; matching offers the matter to the next candidate.',
  data: z.object({ ...OfferRef, reason: DeclineReasonSchema, declinedAt: IsoDateTimeSchema }).strict(),
});

/**
 * Published by matching when the offered provider confirms that a possible conflict (a party
 * matching their conflicts by name and birth date only) is not one: the offer's brief is
 * shown and it may be accepted. For the oversight ledger: who cleared which check, when.
 */
export const MatchingOfferConflictCleared = defineEvent({
  context: 'matching',
  aggregate: 'offer',
  event: 'conflict-cleared',
  version: 1,
  description: 'The offered provider confirmed that a possible conflict of interest is not one; the offer may now be accepted.',
  data: z.object({ ...OfferRef, clearedAt: IsoDateTimeSchema }).strict(),
});

/** Published by matching when an offer lapses unanswered; fired exactly once by the expiry timer. */
export const MatchingOfferExpired = defineEvent({
  context: 'matching',
  aggregate: 'offer',
  event: 'expired',
  version: 1,
  description: 'The offer lapsed unanswered; matching offers the matter to the next candidate.',
  data: z.object({ ...OfferRef, expiredAt: IsoDateTimeSchema }).strict(),
});

/** Published by matching when an open offer is withdrawn (request withdrawn, centre reassigned, case transferred). */
export const MatchingOfferWithdrawn = defineEvent({
  context: 'matching',
  aggregate: 'offer',
  event: 'withdrawn',
  version: 1,
  description: 'An open offer was withdrawn before the provider answered it.',
  data: z
    .object({ ...OfferRef, reason: z.enum(['REQUEST_WITHDRAWN', 'REASSIGNED', 'CASE_TRANSFERRED']), withdrawnAt: IsoDateTimeSchema })
    .strict(),
});

/**
 * Published by matching when a referral is assigned to a provider (offer
 * accepted, organisation admin's assignment, or the centre's reassignment).
 * Case-tracking opens a case on it; intake grants the provider contact access.
 */
export const MatchingReferralAssigned = defineEvent({
  context: 'matching',
  aggregate: 'referral',
  event: 'assigned',
  version: 1,
  description: 'The referral was assigned to a provider; a case opens for them.',
  data: z
    .object({
      referralId: z.string().min(1).max(128),
      requestId: z.string().uuid(),
      applicantRef: ApplicantRefSchema,
      providerId: Id,
      organisationId: Id,
      centreId: Id,
      fieldOfLaw: FieldsOfLaw.schema,
      aidForm: AidForms.schema,
      opposingPartyHashes: z.array(PartyHashSchema).max(20),
      urgent: z.boolean(),
      /** The hearing intake's acceptance named (however far away), passed on so the case opens with it; absent on older events. */
      hearingAt: IsoDateTimeSchema.nullable().optional(),
      /** The procedural body's defence-counsel deadline intake's acceptance named. */
      defenceCounselDueAt: IsoDateTimeSchema.nullable().optional(),
      via: z.enum(['OFFER_ACCEPTED', 'ORGANISATION_ASSIGNMENT', 'CENTRE_REASSIGNMENT']),
      round: z.number().int().min(1),
      previousProviderId: Id.nullable(),
      assignedAt: IsoDateTimeSchema,
    })
    .strict(),
});

/** The queues an escalated referral waits in, in the order it moves up: the bar organisation, the centre's officers, the centre's director. */
export const EscalationTargetSchema = z.enum(['BAR_ASSOCIATION', 'CENTRE_OFFICERS', 'CENTRE_DIRECTOR']);

/** Published by matching when offers ran out, or a queue's deadline passed: the referral waits in an organisation's queue. */
export const MatchingReferralEscalated = defineEvent({
  context: 'matching',
  aggregate: 'referral',
  event: 'escalated',
  version: 1,
  description: "No provider took the matter: it waits in the bar organisation's queue or with the centre's own officers.",
  data: z
    .object({
      referralId: z.string().min(1).max(128),
      requestId: z.string().uuid(),
      centreId: Id,
      /** The organisation whose admins must assign it (bar organisation or the centre itself). */
      organisationId: Id,
      target: EscalationTargetSchema,
      /** DEADLINE_PASSED: the previous queue did not place it in time and it moved up. */
      reason: z.enum(['ATTEMPTS_EXHAUSTED', 'NO_CANDIDATE', 'DEADLINE_PASSED']),
      attempts: z.number().int().min(0),
      escalatedAt: IsoDateTimeSchema,
      /** By when this queue must place it (MATCHING_ESCALATION_WORKING_DAYS, or MATCHING_ESCALATION_URGENT_SECONDS); absent on older events. */
      dueAt: IsoDateTimeSchema.optional(),
      /** The queue it came from when it moved up; null for a first escalation. */
      previousTarget: EscalationTargetSchema.nullable().optional(),
    })
    .strict(),
});

/**
 * Published by matching's timer while a referral waits in a queue: halfway to the queue's
 * deadline (overdue false), and once when the deadline of the last queue, the centre
 * director's, has passed (overdue true). Earlier queues move up instead (`escalated`).
 */
export const MatchingReferralEscalationReminder = defineEvent({
  context: 'matching',
  aggregate: 'referral',
  event: 'escalation-reminder',
  version: 1,
  description: "An escalated referral still waits in a queue: a reminder before the queue's deadline, or the director's deadline passed.",
  data: z
    .object({
      referralId: z.string().min(1).max(128),
      requestId: z.string().uuid(),
      centreId: Id,
      organisationId: Id,
      target: EscalationTargetSchema,
      escalatedAt: IsoDateTimeSchema,
      dueAt: IsoDateTimeSchema,
      overdue: z.boolean(),
      remindedAt: IsoDateTimeSchema,
    })
    .strict(),
});

/** Published by matching when a referral is cancelled because intake's request was withdrawn. */
export const MatchingReferralCancelled = defineEvent({
  context: 'matching',
  aggregate: 'referral',
  event: 'cancelled',
  version: 1,
  description: 'The referral was cancelled (request withdrawn before assignment).',
  data: z
    .object({
      referralId: z.string().min(1).max(128),
      requestId: z.string().uuid(),
      centreId: Id,
      reason: z.literal('REQUEST_WITHDRAWN'),
      cancelledAt: IsoDateTimeSchema,
    })
    .strict(),
});

// ---------------------------------------------------------------------------
// Request/reply views

/** Days of the week as iCalendar writes them (HSDS schedules use the same). */
export const WeekdaySchema = z.enum(['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU']);
const ClockTime = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'time must be HH:MM');

/**
 * What an organisation publishes in the public directory (HSDS): how to
 * reach it and when. Organisations are public bodies and registered
 * organisations; none of this is about a person.
 */
/**
 * What an organisation publishes in the public directory beside its contact
 * profile. Its main phone and e-mail are the contact profile's
 * (OrganisationContact, `updateOrganisationContact`): one place, which the
 * directory, letters, messages and the console all read. `phones` are
 * further published numbers (a hotline, a reception desk).
 */
export const OrganisationDirectorySchema = z
  .object({
    /** Whether the organisation appears in the public directory (Fatherland Front committees never do: they refer, not advise). */
    listed: z.boolean().default(true),
    description: text(2000).nullable().default(null),
    website: z.string().url().max(500).refine((u) => /^https?:\/\//.test(u), 'website must be http(s)').nullable().default(null),
    phones: z.array(z.object({ number: z.string().regex(/^\+?[0-9 .()-]{3,30}$/, 'phone number has characters other than digits, spaces and + . ( ) -'), description: text(200).nullable().default(null) }).strict()).max(10).default([]),
    address: z
      .object({ street: text(300), communeCode: UnitCodeSchema, postalCode: z.string().regex(/^\d{5,6}$/).nullable().default(null) })
      .strict()
      .nullable()
      .default(null),
    openingHours: z
      .array(
        z
          .object({ days: z.array(WeekdaySchema).min(1).max(7), opensAt: ClockTime, closesAt: ClockTime })
          .strict()
          .refine((h) => h.opensAt < h.closesAt, 'closing time must be after opening time'),
      )
      .max(14)
      .default([]),
  })
  .strict();
export type OrganisationDirectory = z.infer<typeof OrganisationDirectorySchema>;

/**
 * How an organisation is reached and signs its letters (letterhead of the
 * Decree 30/2020 letters, the console's help panel): the organisation's own
 * professional data, not anyone's personal data. Null: not given yet.
 */
const ContactFields = {
  address: text(300).nullable(),
  phone: z.string().regex(/^\+?[\d .()-]{6,24}$/, 'phone must be digits (spaces, dots, dashes and brackets allowed)').nullable(),
  email: z.string().max(200).email().nullable(),
  /** Who signs: name and title (e.g. "Giám đốc"). */
  signatoryName: text(200).nullable(),
  signatoryTitle: text(200).nullable(),
};
export const OrganisationContactSchema = z
  .object({
    address: ContactFields.address.default(null),
    phone: ContactFields.phone.default(null),
    email: ContactFields.email.default(null),
    signatoryName: ContactFields.signatoryName.default(null),
    signatoryTitle: ContactFields.signatoryTitle.default(null),
  })
  .strict();
/** A change of contact data: the fields given are set (null clears one), the others stay. */
export const OrganisationContactPatchSchema = z.object(ContactFields).partial().strict();
export type OrganisationContact = z.infer<typeof OrganisationContactSchema>;
export const ORGANISATION_CONTACT_FIELDS = ['address', 'phone', 'email', 'signatoryName', 'signatoryTitle'] as const;

export const OrganisationViewSchema = z
  .object({
    organisationId: Id,
    kind: OrganisationKindSchema,
    name: z.string(),
    provinceCode: UnitCodeSchema,
    parentOrganisationId: Id.nullable(),
    escalationOrganisationId: Id.nullable(),
    directory: OrganisationDirectorySchema,
    registeredAt: IsoDateTimeSchema,
    updatedAt: IsoDateTimeSchema,
    contact: OrganisationContactSchema,
    version: z.number().int(),
  })
  .strict();
export type OrganisationView = z.infer<typeof OrganisationViewSchema>;

export const ProviderViewSchema = ProviderFactsSchema.extend({
  displayName: z.string(),
  publishInDirectory: z.boolean(),
  declaredConflictCount: z.number().int().min(0),
  openCases: z.number().int().min(0),
  proBonoDelivered: z.object({ year: z.number().int(), hours: z.number().min(0), cases: z.number().int().min(0) }).strict(),
  offersMade: z.number().int().min(0),
  offersAccepted: z.number().int().min(0),
  lastOfferedAt: IsoDateTimeSchema.nullable(),
  version: z.number().int(),
  registeredAt: IsoDateTimeSchema,
  updatedAt: IsoDateTimeSchema,
}).strict();
export type ProviderView = z.infer<typeof ProviderViewSchema>;

export const ReferralStatusSchema = z.enum(['PENDING', 'OFFERED', 'ASSIGNED', 'ESCALATED', 'CANCELLED']);

export const ReferralViewSchema = z
  .object({
    referralId: z.string(),
    requestId: z.string().uuid(),
    status: ReferralStatusSchema,
    fieldOfLaw: FieldsOfLaw.schema,
    aidForm: AidForms.schema,
    createdAt: IsoDateTimeSchema,
    centreId: z.string().optional(),
    assignedProviderId: z.string().nullable().optional(),
    assignedOrganisationId: z.string().nullable().optional(),
    round: z.number().int().optional(),
    version: z.number().int().optional(),
  })
  .strict();
export type ReferralView = z.infer<typeof ReferralViewSchema>;

/** One scored component of a candidate's ranking, with the points it earned. */
export const ScoreReasonSchema = z
  .object({ factor: z.enum(['DISTANCE', 'LOAD', 'PRO_BONO_FAIRNESS', 'RECENCY', 'EXPERIENCE', 'ACCEPTANCE', 'GENDER', 'LANGUAGE', 'CONFLICT_CHECK']), points: z.number(), detail: z.string() })
  .strict();

export const OfferViewSchema = z
  .object({
    offerId: Id,
    referralId: z.string(),
    requestId: z.string().uuid(),
    providerId: Id,
    organisationId: Id,
    fieldOfLaw: FieldsOfLaw.schema,
    aidForm: AidForms.schema,
    provinceCode: UnitCodeSchema,
    /** Withheld (null) while a possible conflict awaits the provider's answer, like `language`. */
    communeCode: UnitCodeSchema.nullable(),
    language: LanguageSchema.nullable(),
    urgent: z.boolean(),
    round: z.number().int(),
    attempt: z.number().int(),
    status: z.enum(['OPEN', 'ACCEPTED', 'DECLINED', 'EXPIRED', 'WITHDRAWN']),
    /**
     * PENDING: a party matches this provider's conflicts by name and birth date only ("possible
     * conflict — confirm"); the brief is withheld and the offer cannot be accepted until the
     * provider clears it (clearConflictCheck) or declines with CONFLICT. CLEARED once confirmed.
     */
    conflictCheck: z.enum(['PENDING', 'CLEARED']).nullable(),
    offeredAt: IsoDateTimeSchema,
    expiresAt: IsoDateTimeSchema,
    respondedAt: IsoDateTimeSchema.nullable(),
    declineReason: DeclineReasonSchema.nullable(),
    /** The hearing the referring court or procedural body named (from intake's acceptance); absent on older views. */
    hearingAt: IsoDateTimeSchema.nullable().optional(),
    /** By when help must start: the procedural body's defence-counsel deadline, else the matter's urgency deadline. */
    deadlineAt: IsoDateTimeSchema.nullable().optional(),
  })
  .strict();
export type OfferView = z.infer<typeof OfferViewSchema>;

/**
 * An offer as the offered provider reads it (myOffers): with why they were
 * chosen, their own place in the round's ranking (rank, score and reasons;
 * other candidates' scores stay the centre's). Null when the round's ranking is not stored.
 */
export const MyOfferViewSchema = OfferViewSchema.extend({
  choice: z.object({ rank: z.number().int(), score: z.number(), candidateCount: z.number().int(), reasons: z.array(ScoreReasonSchema) }).strict().nullable(),
}).strict();
export type MyOfferView = z.infer<typeof MyOfferViewSchema>;

/** What the provider who answered an offer may read afterwards: the referral's state and their own offer. */
export const OfferDecisionSchema = ReferralViewSchema.extend({ offer: OfferViewSchema }).strict();
export type OfferDecision = z.infer<typeof OfferDecisionSchema>;

export const RankingViewSchema = z
  .object({
    round: z.number().int(),
    rankedAt: IsoDateTimeSchema,
    considered: z.number().int(),
    candidates: z.array(
      z
        .object({
          rank: z.number().int(),
          providerId: Id,
          organisationId: Id,
          score: z.number(),
          reasons: z.array(ScoreReasonSchema),
          /** A party matches only by name and birth date: the offer asks the provider to confirm (absent on older rankings). */
          possibleConflict: z.boolean().optional(),
        })
        .strict(),
    ),
    candidateCount: z.number().int(),
    excludedByReason: z.partialRecord(ExclusionReasonSchema, z.number().int()),
    /** Providers close to the matter (same field of law or area) and why each was excluded; capped. */
    excluded: z.array(z.object({ providerId: Id, reasons: z.array(ExclusionReasonSchema) }).strict()),
  })
  .strict();

export const ReferralDetailViewSchema = ReferralViewSchema.extend({
  centreId: z.string(),
  provinceCode: UnitCodeSchema,
  communeCode: UnitCodeSchema.nullable(),
  language: LanguageSchema,
  urgent: z.boolean(),
  round: z.number().int(),
  version: z.number().int(),
  assignedProviderId: z.string().nullable(),
  assignedOrganisationId: z.string().nullable(),
  assignedAt: IsoDateTimeSchema.nullable(),
  escalation: z
    .object({
      organisationId: z.string(),
      target: EscalationTargetSchema,
      reason: z.enum(['ATTEMPTS_EXHAUSTED', 'NO_CANDIDATE', 'DEADLINE_PASSED']),
      escalatedAt: IsoDateTimeSchema,
      /** The queue's deadline and reminder (null on escalations recorded before deadlines). */
      dueAt: IsoDateTimeSchema.nullable(),
      remindedAt: IsoDateTimeSchema.nullable(),
    })
    .strict()
    .nullable(),
  offers: z.array(OfferViewSchema.extend({ declineText: z.string().nullable() }).strict()),
  rankings: z.array(RankingViewSchema),
}).strict();
export type ReferralDetailView = z.infer<typeof ReferralDetailViewSchema>;

const pageInfo = z.object({ endCursor: z.string().nullable(), hasNextPage: z.boolean() }).strict();
function connection<T extends z.ZodTypeAny>(node: T) {
  return z.object({ nodes: z.array(node), pageInfo, totalCount: TotalCountSchema }).strict();
}

// ---------------------------------------------------------------------------
// Request/reply inputs

export const RegisterOrganisationInputSchema = z
  .object({
    /** Chosen by the caller (e.g. "bar-hcm"), so references can be set up before registration. */
    organisationId: Id,
    kind: OrganisationKindSchema,
    name: text(200),
    provinceCode: UnitCodeSchema,
    parentOrganisationId: Id.nullable().default(null),
    /** For a centre: the bar organisation its unplaced referrals escalate to (null: its own officers). */
    escalationOrganisationId: Id.nullable().default(null),
    directory: OrganisationDirectorySchema.default(OrganisationDirectorySchema.parse({})),
    contact: OrganisationContactSchema.optional(),
  })
  .strict();

const ProviderProfileInput = {
  displayName: text(200),
  gender: ProviderGenderSchema,
  fieldsOfLaw: z.array(FieldsOfLaw.schema).min(1).max(9),
  aidForms: z.array(AidForms.schema).min(1).max(3),
  languages: z.array(LanguageSchema).min(1).max(10),
  areas: z.array(ServiceAreaSchema).min(1).max(200),
  remoteAdvice: z.boolean(),
  capacity: z.number().int().min(0).max(500),
  proBono: ProBonoSchema.nullable(),
  /** Keyed hashes of parties the provider declares a conflict with (hashed by intake's party index). */
  declaredConflicts: z.array(PartyHashSchema).max(500),
  /** Professional contacts for offers, reminders and deadline messages. */
  contact: ProfessionalContactSchema,
  /**
   * The provider agrees to be named in the public directory (name and kind,
   * beside their organisation's services). Off unless they say so; a
   * provider who has not agreed contributes nothing to the directory.
   */
  publishInDirectory: z.boolean(),
};

export const RegisterProviderInputSchema = z
  .object({
    providerId: Id,
    organisationId: Id,
    kind: ProviderKindSchema,
    ...ProviderProfileInput,
    remoteAdvice: z.boolean().default(false),
    proBono: ProBonoSchema.nullable().default(null),
    declaredConflicts: z.array(PartyHashSchema).max(500).default([]),
    contact: ProfessionalContactSchema.optional(),
    publishInDirectory: z.boolean().default(false),
  })
  .strict();

export const UpdateProviderInputSchema = z
  .object({
    providerId: Id,
    expectedVersion: z.number().int().min(1).optional(),
    patch: z.object(ProviderProfileInput).partial().strict(),
  })
  .strict();

export const SetAvailabilityInputSchema = z
  .object({
    providerId: Id,
    available: z.boolean(),
    leave: z.array(LeavePeriodSchema).max(20).optional(),
  })
  .strict();

export const ProvidersInputSchema = z
  .object({
    organisationId: Id.optional(),
    kind: ProviderKindSchema.optional(),
    fieldOfLaw: FieldsOfLaw.schema.optional(),
    aidForm: AidForms.schema.optional(),
    provinceCode: UnitCodeSchema.optional(),
    language: LanguageSchema.optional(),
    status: z.enum(['ACTIVE', 'SUSPENDED']).optional(),
    page: PageInputSchema.default({ first: 20 }),
  })
  .strict();

export const MatchingRpc = {
  registerOrganisation: defineRpc({
    context: 'matching',
    name: 'registerOrganisation',
    kind: 'command',
    description: 'Register an organisation taking part in the network (ADMIN).',
    input: RegisterOrganisationInputSchema,
    output: OrganisationViewSchema,
  }),
  updateOrganisationContact: defineRpc({
    context: 'matching',
    name: 'updateOrganisationContact',
    kind: 'command',
    description: "Change an organisation's contact and letterhead data (its own ORG_ADMIN, or ADMIN); fields left out stay as they are.",
    input: z
      .object({
        organisationId: Id,
        contact: OrganisationContactPatchSchema,
        expectedVersion: z.number().int().min(1).optional(),
      })
      .strict(),
    output: OrganisationViewSchema,
  }),
  organisations: defineRpc({
    context: 'matching',
    name: 'organisations',
    kind: 'query',
    description: 'Organisations of the network, by kind and province, ordered by id, with cursor pagination.',
    input: z
      .object({ kind: OrganisationKindSchema.optional(), provinceCode: UnitCodeSchema.optional(), page: PageInputSchema.default({ first: 20 }) })
      .strict(),
    output: connection(OrganisationViewSchema),
  }),
  organisation: defineRpc({
    context: 'matching',
    name: 'organisation',
    kind: 'query',
    description: 'An organisation by id.',
    input: z.object({ organisationId: Id }).strict(),
    output: OrganisationViewSchema,
  }),
  updateOrganisationDirectory: defineRpc({
    context: 'matching',
    name: 'updateOrganisationDirectory',
    kind: 'command',
    description: "Replace what an organisation publishes in the public directory (ADMIN, the organisation's admin or staff).",
    input: z.object({ organisationId: Id, directory: OrganisationDirectorySchema }).strict(),
    output: OrganisationViewSchema,
  }),
  directoryOrganizations: defineRpc({
    context: 'matching',
    name: 'directoryOrganizations',
    kind: 'query',
    description: 'Public directory (HSDS 3.0): listed organisations, by page, optionally only those changed since an instant (any role; CITIZEN for the public).',
    input: HsdsListInputSchema,
    output: hsdsPage(HsdsOrganizationBaseSchema),
  }),
  directoryOrganization: defineRpc({
    context: 'matching',
    name: 'directoryOrganization',
    kind: 'query',
    description: 'Public directory (HSDS 3.0): one organisation with its phones, locations and services, by its HSDS id.',
    input: z.object({ id: z.string().uuid() }).strict(),
    output: HsdsOrganizationSchema,
  }),
  directoryServices: defineRpc({
    context: 'matching',
    name: 'directoryServices',
    kind: 'query',
    description: 'Public directory (HSDS 3.0): services (one per organisation and form of aid), by page.',
    input: HsdsListInputSchema,
    output: hsdsPage(HsdsServiceListItemSchema),
  }),
  directoryService: defineRpc({
    context: 'matching',
    name: 'directoryService',
    kind: 'query',
    description: 'Public directory (HSDS 3.0): one service with everything about it, by its HSDS id.',
    input: z.object({ id: z.string().uuid() }).strict(),
    output: HsdsServiceSchema,
  }),
  directoryServiceAtLocations: defineRpc({
    context: 'matching',
    name: 'directoryServiceAtLocations',
    kind: 'query',
    description: 'Public directory (HSDS 3.0): services at the locations where they are given, by page.',
    input: HsdsListInputSchema,
    output: hsdsPage(HsdsServiceAtLocationListItemSchema),
  }),
  directoryExport: defineRpc({
    context: 'matching',
    name: 'directoryExport',
    kind: 'query',
    description: 'Public directory (HSDS 3.0): the whole directory as HSDS tables.',
    input: z.object({}).strict(),
    output: HsdsExportSchema,
  }),
  registerProvider: defineRpc({
    context: 'matching',
    name: 'registerProvider',
    kind: 'command',
    description: "Register a provider (ADMIN, the organisation's admin, or centre staff for their own officers).",
    input: RegisterProviderInputSchema,
    output: ProviderViewSchema,
  }),
  updateProvider: defineRpc({
    context: 'matching',
    name: 'updateProvider',
    kind: 'command',
    description: "Change a provider's profile (the provider, their organisation's admin, ADMIN).",
    input: UpdateProviderInputSchema,
    output: ProviderViewSchema,
  }),
  setProviderAvailability: defineRpc({
    context: 'matching',
    name: 'setProviderAvailability',
    kind: 'command',
    description: 'A provider (or their admin) sets availability and leave periods.',
    input: SetAvailabilityInputSchema,
    output: ProviderViewSchema,
  }),
  suspendProvider: defineRpc({
    context: 'matching',
    name: 'suspendProvider',
    kind: 'command',
    description: 'Suspend a provider: no new offers (ADMIN, organisation admin, centre staff).',
    input: z.object({ providerId: Id, reason: text(500) }).strict(),
    output: ProviderViewSchema,
  }),
  reinstateProvider: defineRpc({
    context: 'matching',
    name: 'reinstateProvider',
    kind: 'command',
    description: 'Reinstate a suspended provider.',
    input: z.object({ providerId: Id }).strict(),
    output: ProviderViewSchema,
  }),
  provider: defineRpc({
    context: 'matching',
    name: 'provider',
    kind: 'query',
    description: 'A provider by id.',
    input: z.object({ providerId: Id }).strict(),
    output: ProviderViewSchema,
  }),
  appointedPerformer: defineRpc({
    context: 'matching',
    name: 'appointedPerformer',
    kind: 'query',
    description:
      "The name an appointed provider works under and their organisation's name (public professional data), for the appointment notice intake sends to the referring body. Intake (SYSTEM) alone asks; the only call a service makes to another.",
    input: z.object({ providerId: Id }).strict(),
    output: z.object({ providerId: Id, displayName: z.string().min(1).max(200), organisationId: Id, organisationName: z.string().min(1).max(300) }).strict(),
  }),
  noteUser: defineRpc({
    context: 'matching',
    name: 'noteUser',
    kind: 'command',
    description: "Records the signed-in user's display name (the token's name claim) in the network's user directory, so timelines can name who acted. The user is the envelope's actor.",
    input: z.object({ displayName: text(200) }).strict(),
    output: z.object({ userId: Id, displayName: z.string() }).strict(),
  }),
  userNames: defineRpc({
    context: 'matching',
    name: 'userNames',
    kind: 'query',
    description: 'Display names of users (actor ids in timelines and logs) that have signed in, with their role and organisation; unknown ids are left out.',
    input: z.object({ userIds: z.array(Id).min(1).max(100) }).strict(),
    output: z
      .object({ users: z.array(z.object({ userId: Id, displayName: z.string(), role: z.string(), organisationId: Id.nullable() }).strict()) })
      .strict(),
  }),
  providersByIds: defineRpc({
    context: 'matching',
    name: 'providersByIds',
    kind: 'query',
    description: "Providers by id, for display joins (a page's providers in one call); those unknown or not open to the reader are left out.",
    input: z.object({ providerIds: z.array(Id).min(1).max(100) }).strict(),
    output: z.object({ providers: z.array(ProviderViewSchema) }).strict(),
  }),
  organisationsByIds: defineRpc({
    context: 'matching',
    name: 'organisationsByIds',
    kind: 'query',
    description: 'Organisations by id, for display joins; unknown ids are left out.',
    input: z.object({ organisationIds: z.array(Id).min(1).max(100) }).strict(),
    output: z.object({ organisations: z.array(OrganisationViewSchema) }).strict(),
  }),
  referralsByIds: defineRpc({
    context: 'matching',
    name: 'referralsByIds',
    kind: 'query',
    description: 'Referrals by id with offers (and rankings where the reader may see them), for display joins; those not open to the reader are left out.',
    input: z.object({ referralIds: z.array(z.string().min(1).max(128)).min(1).max(100) }).strict(),
    output: z.object({ referrals: z.array(ReferralDetailViewSchema) }).strict(),
  }),
  providers: defineRpc({
    context: 'matching',
    name: 'providers',
    kind: 'query',
    description: 'Providers with filters, ordered by id, with cursor pagination.',
    input: ProvidersInputSchema,
    output: connection(ProviderViewSchema),
  }),
  myOffers: defineRpc({
    context: 'matching',
    name: 'myOffers',
    kind: 'query',
    description: "The calling provider's offers (open ones by default).",
    input: z.object({ includeClosed: z.boolean().default(false), page: PageInputSchema.default({ first: 20 }), withTotalCount: WithTotalCountSchema }).strict(),
    output: connection(MyOfferViewSchema),
  }),
  acceptOffer: defineRpc({
    context: 'matching',
    name: 'acceptOffer',
    kind: 'command',
    description: 'The offered provider accepts; the referral is assigned to them.',
    input: z.object({ offerId: Id }).strict(),
    output: OfferDecisionSchema,
  }),
  declineOffer: defineRpc({
    context: 'matching',
    name: 'declineOffer',
    kind: 'command',
    description: 'The offered provider declines with a reason code (and text for OTHER); the next candidate gets it.',
    input: z
      .object({ offerId: Id, reason: DeclineReasonSchema, text: text(500).optional() })
      .strict()
      .refine((d) => d.reason !== 'OTHER' || d.text !== undefined, { message: 'a decline for OTHER reasons needs a text', path: ['text'] }),
    output: OfferDecisionSchema,
  }),
  clearConflictCheck: defineRpc({
    context: 'matching',
    name: 'clearConflictCheck',
    kind: 'command',
    description:
      'The offered provider confirms that a possible conflict (a party matching by name and birth date only) is not one: the offer shows its brief and may be accepted. If it is a conflict, declineOffer with CONFLICT instead.',
    input: z.object({ offerId: Id }).strict(),
    output: OfferDecisionSchema,
  }),
  referral: defineRpc({
    context: 'matching',
    name: 'referral',
    kind: 'query',
    description: 'A referral with its offers and the stored reasons of every ranking (centre, oversight, ADMIN).',
    input: z.object({ referralId: z.string().min(1).max(128) }).strict(),
    output: ReferralDetailViewSchema,
  }),
  referralForRequest: defineRpc({
    context: 'matching',
    name: 'referralForRequest',
    kind: 'query',
    description: 'The referral matching holds for a request, or null while it has none.',
    input: z.object({ requestId: z.string().uuid() }).strict(),
    output: ReferralViewSchema.nullable(),
  }),
  escalationQueue: defineRpc({
    context: 'matching',
    name: 'escalationQueue',
    kind: 'query',
    description: "Referrals waiting in an organisation's escalation queue, oldest first.",
    input: z.object({ organisationId: Id, page: PageInputSchema.default({ first: 20 }), withTotalCount: WithTotalCountSchema }).strict(),
    output: connection(
      ReferralViewSchema.extend({
        escalatedAt: IsoDateTimeSchema,
        urgent: z.boolean(),
        /** Which of the organisation's queues (a centre keeps its officers' and its director's). */
        target: EscalationTargetSchema,
        /** By when it must be placed before it moves up; null on escalations recorded before deadlines. */
        dueAt: IsoDateTimeSchema.nullable(),
      }).strict(),
    ),
  }),
  assignReferral: defineRpc({
    context: 'matching',
    name: 'assignReferral',
    kind: 'command',
    description: "An organisation admin assigns an escalated referral to one of the organisation's members.",
    input: z.object({ referralId: z.string().min(1).max(128), providerId: Id }).strict(),
    output: ReferralViewSchema,
  }),
  reassignReferral: defineRpc({
    context: 'matching',
    name: 'reassignReferral',
    kind: 'command',
    description:
      'The centre reassigns a referral not yet assigned: to a named provider, or (providerId null) by a new ranking round excluding providers already tried.',
    input: z.object({ referralId: z.string().min(1).max(128), providerId: Id.nullable().default(null) }).strict(),
    output: ReferralViewSchema,
  }),
} as const;

/** Every matching event, for the registry. */
export const MATCHING_EVENTS = [
  MatchingOrganisationRegistered,
  MatchingOrganisationContactUpdated,
  MatchingProviderRegistered,
  MatchingProviderUpdated,
  MatchingProviderSuspended,
  MatchingProviderReinstated,
  MatchingReferralCreated,
  MatchingReferralRanked,
  MatchingOfferMade,
  MatchingOfferAccepted,
  MatchingOfferDeclined,
  MatchingOfferConflictCleared,
  MatchingOfferExpired,
  MatchingOfferWithdrawn,
  MatchingReferralAssigned,
  MatchingReferralEscalated,
  MatchingReferralEscalationReminder,
  MatchingReferralCancelled,
] as const;
