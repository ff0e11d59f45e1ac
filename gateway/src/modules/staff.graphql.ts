import type { Envelope } from '@legalaid/contracts';
import { IntakeRequestReceived, IntakeRpc, MatchingReferralEscalated } from '@legalaid/contracts';
import { call, type GatewayContext } from '../context.js';
import { withRequest } from './intake.graphql.js';
import { feed, notice, str } from './subscriptions.graphql.js';

/**
 * What a centre's daily work needs beyond the services' own modules:
 * role-wide live feeds (gap G7) — every new request for the centre, and
 * every escalation of one of its referrals, narrowed by the access matrix to
 * the subscriber's own centre (or queue), carrying the facts the console's
 * queues count and never personal data — and recording the applicant's safe
 * contact after intake (G11).
 */
export const staffTypeDefs = /* GraphQL */ `
  extend type Mutation {
    "Record how the applicant may now be reached safely (replaces the whole record; every later message honours it). The request's centre only."
    updateContactSafety(input: UpdateContactSafetyInput!): RequestCommandPayload!
  }

  input UpdateContactSafetyInput {
    requestId: ID!
    contactSafety: ContactSafetyInput!
    "The request's version you read; a newer change is refused (VERSION_CONFLICT) instead of overwritten."
    expectedVersion: Int
  }

  extend type Subscription {
    "A new request for your centre, the moment intake records it (from any channel, not yet screened)."
    requestReceived: RequestArrival!
    "A referral escalated: into your organisation's own queue (organisationId is yours), or, for a centre, one of its referrals sent to the bar organisation."
    referralEscalated: ReferralEscalationNotice!
  }

  type RequestArrival {
    event: EventNotice!
    requestId: ID!
    centreId: ID!
    channel: Channel!
    fieldOfLaw: FieldOfLaw!
    aidForm: AidForm!
    urgent: Boolean!
    "True when intake flagged open requests of the same applicant."
    possibleDuplicate: Boolean!
    receivedAt: DateTime!
  }

  type ReferralEscalationNotice {
    event: EventNotice!
    referralId: ID!
    requestId: ID!
    centreId: ID!
    "The organisation whose queue it now waits in."
    organisationId: ID!
    target: EscalationTarget!
    reason: EscalationReason!
    escalatedAt: DateTime!
    "By when the queue must place it before it moves up."
    dueAt: DateTime
  }
`;

export const STAFF_FEED_SELECTORS = {
  requestReceived: (e: Envelope) => e.type === IntakeRequestReceived.type,
  referralEscalated: (e: Envelope) => e.type === MatchingReferralEscalated.type,
};

export const staffResolvers = {
  Mutation: {
    updateContactSafety: async (_: unknown, a: { input: Record<string, unknown> }, ctx: GatewayContext) => withRequest(ctx)(await call(ctx, IntakeRpc.updateContactSafety, a.input as never)),
  },
  Subscription: {
    requestReceived: {
      subscribe: feed(STAFF_FEED_SELECTORS.requestReceived),
      resolve: (e: Envelope) => {
        const d = e.data as { requestId: string; centreId: string; channel: string; fieldOfLaw: string; aidForm: string; urgency: { urgent: boolean }; possibleDuplicateOf: string[]; receivedAt: string };
        return { event: notice(e), requestId: d.requestId, centreId: d.centreId, channel: d.channel, fieldOfLaw: d.fieldOfLaw, aidForm: d.aidForm, urgent: d.urgency.urgent, possibleDuplicate: d.possibleDuplicateOf.length > 0, receivedAt: d.receivedAt };
      },
    },
    referralEscalated: {
      subscribe: feed(STAFF_FEED_SELECTORS.referralEscalated),
      resolve: (e: Envelope) => {
        const d = e.data as Record<string, unknown>;
        return { event: notice(e), referralId: d.referralId, requestId: d.requestId, centreId: d.centreId, organisationId: d.organisationId, target: d.target, reason: d.reason, escalatedAt: d.escalatedAt, dueAt: str(d.dueAt) };
      },
    },
  },
};
