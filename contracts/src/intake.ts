import { z } from 'zod';
import { defineEvent } from './envelope.js';
import {
  AidForms,
  ApplicantRefSchema,
  Channels,
  EligibilityGroups,
  FieldsOfLaw,
  LanguageSchema,
  PartyHashSchema,
  UnitCodeSchema,
  UrgencySchema,
} from './vocabulary.js';

/**
 * What other contexts may know about a request. No name, ID number, phone or
 * address ever appears here: only the pseudonymous `applicantRef` and what
 * matching and oversight need (DESIGN.md §3 intake).
 */
export const RequestFactsSchema = z
  .object({
    requestId: z.string().uuid(),
    applicantRef: ApplicantRefSchema,
    channel: Channels.schema,
    centreId: z.string().min(1).max(128),
    eligibilityGroup: EligibilityGroups.schema.nullable(),
    fieldOfLaw: FieldsOfLaw.schema,
    aidForm: AidForms.schema,
    provinceCode: UnitCodeSchema,
    communeCode: UnitCodeSchema.nullable(),
    language: LanguageSchema,
    urgency: UrgencySchema,
  })
  .strict();
export type RequestFacts = z.infer<typeof RequestFactsSchema>;

/** Published by intake when a request is recorded, from any channel. */
export const IntakeRequestReceived = defineEvent({
  context: 'intake',
  aggregate: 'request',
  event: 'received',
  version: 1,
  description: 'A legal aid request was recorded by intake (not yet screened).',
  data: RequestFactsSchema,
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
    ruleSetId: z.string().min(1).max(64),
    opposingPartyHashes: z.array(PartyHashSchema).max(20),
    acceptedAt: z.string().datetime({ offset: true }),
  }).strict(),
});

// ---------------------------------------------------------------------------
// Request/reply operations intake answers for the gateway.

import { defineRpc } from './rpc.js';
import { DateOnlySchema, IsoDateTimeSchema, text } from './text.js';

export const ApplicantInputSchema = z
  .object({
    fullName: text(200),
    /** Căn cước công dân: 12 digits. */
    idNumber: z.string().regex(/^\d{9}(\d{3})?$/, 'ID number must be 9 or 12 digits').optional(),
    birthDate: DateOnlySchema.optional(),
    gender: z.enum(['FEMALE', 'MALE', 'OTHER']).optional(),
    phone: z.string().regex(/^\+?\d{8,15}$/, 'phone must be 8 to 15 digits').optional(),
    address: z
      .object({ provinceCode: UnitCodeSchema, communeCode: UnitCodeSchema.optional(), line: text(300).optional() })
      .strict(),
    language: LanguageSchema.default('vie'),
    needsInterpreter: z.boolean().default(false),
  })
  .strict();

export const SubmitRequestInputSchema = z
  .object({
    channel: Channels.schema,
    centreId: z.string().min(1).max(128),
    applicant: ApplicantInputSchema,
    fieldOfLaw: FieldsOfLaw.schema,
    aidForm: AidForms.schema,
    summary: text(4000),
    opposingParties: z
      .array(z.object({ fullName: text(200), idNumber: z.string().regex(/^\d{9}(\d{3})?$/).optional() }).strict())
      .max(20)
      .default([]),
    urgencyReasons: z.array(UrgencySchema.shape.reasons.element).max(5).default([]),
    deadlineAt: IsoDateTimeSchema.optional(),
    /** Screening input for the walking skeleton: an eligible group accepts at once. */
    claimedEligibilityGroup: EligibilityGroups.schema.optional(),
  })
  .strict();

export const RequestViewSchema = z
  .object({
    id: z.string().uuid(),
    status: z.enum(['RECEIVED', 'DOCUMENTS_REQUESTED', 'ACCEPTED', 'REJECTED', 'WITHDRAWN']),
    channel: Channels.schema,
    centreId: z.string(),
    applicantRef: ApplicantRefSchema,
    fieldOfLaw: FieldsOfLaw.schema,
    aidForm: AidForms.schema,
    eligibilityGroup: EligibilityGroups.schema.nullable(),
    provinceCode: UnitCodeSchema,
    communeCode: UnitCodeSchema.nullable(),
    urgency: UrgencySchema,
    registerNumber: z.string().nullable(),
    receivedAt: IsoDateTimeSchema,
    acceptedAt: IsoDateTimeSchema.nullable(),
    version: z.number().int(),
    /** Present only for actors allowed to read the applicant's personal data. */
    applicant: z.object({ fullName: z.string(), phone: z.string().nullable() }).strict().nullable(),
  })
  .strict();
export type RequestView = z.infer<typeof RequestViewSchema>;

export const IntakeRpc = {
  submit: defineRpc({
    context: 'intake',
    name: 'submitRequest',
    description: 'Record a legal aid request from any channel.',
    input: SubmitRequestInputSchema,
    output: z.object({ requestId: z.string().uuid(), status: RequestViewSchema.shape.status }).strict(),
  }),
  get: defineRpc({
    context: 'intake',
    name: 'getRequest',
    description: 'A request by id, with personal data only for those allowed to see it.',
    input: z.object({ requestId: z.string().uuid() }).strict(),
    output: RequestViewSchema,
  }),
} as const;

/** Every intake event, for the registry. */
export const INTAKE_EVENTS = [IntakeRequestReceived, IntakeRequestAccepted] as const;
