import { z } from 'zod';
import { defineEvent } from './envelope.js';
import { AidForms, ApplicantRefSchema, FieldsOfLaw } from './vocabulary.js';

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

import { defineRpc } from './rpc.js';

export const ReferralViewSchema = z
  .object({
    referralId: z.string(),
    requestId: z.string().uuid(),
    status: z.enum(['PENDING', 'OFFERED', 'ASSIGNED', 'ESCALATED', 'CANCELLED']),
    fieldOfLaw: FieldsOfLaw.schema,
    aidForm: AidForms.schema,
    createdAt: z.string().datetime({ offset: true }),
  })
  .strict();

export const MatchingRpc = {
  referralForRequest: defineRpc({
    context: 'matching',
    name: 'referralForRequest',
    description: "The referral matching holds for a request, or null while it has none.",
    input: z.object({ requestId: z.string().uuid() }).strict(),
    output: ReferralViewSchema.nullable(),
  }),
} as const;

/** Every matching event, for the registry. */
export const MATCHING_EVENTS = [MatchingReferralCreated] as const;
