import {
  CasesDeadlineBreached,
  CasesDeadlineReminder,
  MatchingOfferExpired,
  MatchingOfferMade,
  MatchingOfferWithdrawn,
  MatchingReferralAssigned,
  MatchingReferralEscalated,
  MatchingReferralEscalationReminder,
  type Envelope,
} from '@legalaid/contracts';
import { eventVisible } from '../access.js';
import type { GuardedContext } from '../guard.js';

/**
 * One live feed per role's work (G7), so a console tab holds a single role
 * stream beside the record on screen: the lawyer's offers and deadlines, the
 * organisation admin's escalation queue and members' breaches. Each event
 * reaches only the lawyer it names (providerId) or the organisation it names
 * (organisationId), by the access matrix's event rule. Notices carry codes
 * and ids, never personal data; a query gives the current state.
 */
export const workFeedTypeDefs = /* GraphQL */ `
  extend type Subscription {
    "The signed-in lawyer's work as it happens: offers made to them, lapsed or withdrawn, and reminders and breaches of their cases' deadlines."
    lawyerFeed: WorkNotice!
    "The signed-in organisation admin's work: referrals escalated to the organisation's queue and its reminders, referrals assigned to its members, breaches of its members' deadlines."
    organisationFeed: WorkNotice!
  }

  enum WorkNoticeKind { OFFER_MADE OFFER_EXPIRED OFFER_WITHDRAWN DEADLINE_REMINDER DEADLINE_BREACHED REFERRAL_ESCALATED ESCALATION_REMINDER REFERRAL_ASSIGNED }

  "What happened to the work in front of you; ids and codes only."
  type WorkNotice {
    event: EventNotice!
    kind: WorkNoticeKind!
    referralId: ID
    requestId: ID
    offerId: ID
    caseId: ID
    providerId: ID
    organisationId: ID
    "The case deadline reminded or breached."
    deadline: DeadlineKind
    "The queue an escalated referral waits in."
    target: EscalationTarget
    urgent: Boolean
    fieldOfLaw: FieldOfLaw
    aidForm: AidForm
    "When the deadline, the offer or the queue falls due."
    dueAt: DateTime
  }
`;

const LAWYER_KINDS: Record<string, string> = {
  [MatchingOfferMade.type]: 'OFFER_MADE',
  [MatchingOfferExpired.type]: 'OFFER_EXPIRED',
  [MatchingOfferWithdrawn.type]: 'OFFER_WITHDRAWN',
  [CasesDeadlineReminder.type]: 'DEADLINE_REMINDER',
  [CasesDeadlineBreached.type]: 'DEADLINE_BREACHED',
};
const ORGANISATION_KINDS: Record<string, string> = {
  [MatchingReferralEscalated.type]: 'REFERRAL_ESCALATED',
  [MatchingReferralEscalationReminder.type]: 'ESCALATION_REMINDER',
  [MatchingReferralAssigned.type]: 'REFERRAL_ASSIGNED',
  [CasesDeadlineBreached.type]: 'DEADLINE_BREACHED',
};

const str = (v: unknown) => (typeof v === 'string' ? v : null);

function workNotice(kinds: Record<string, string>) {
  return (e: Envelope) => {
    const d = e.data as Record<string, unknown>;
    return {
      event: { id: e.id, type: e.type, occurredAt: e.occurredAt },
      kind: kinds[e.type],
      referralId: str(d.referralId),
      requestId: str(d.requestId),
      offerId: str(d.offerId),
      caseId: str(d.caseId),
      providerId: str(d.providerId),
      organisationId: str(d.organisationId),
      deadline: e.type.startsWith('cases.') ? str(d.kind) : null,
      target: str(d.target),
      urgent: typeof d.urgent === 'boolean' ? d.urgent : null,
      fieldOfLaw: str(d.fieldOfLaw),
      aidForm: str(d.aidForm),
      dueAt: str(d.dueAt) ?? str(d.expiresAt),
    };
  };
}

function workFeed(kinds: Record<string, string>) {
  return {
    subscribe: (_: unknown, _args: unknown, ctx: GuardedContext) => ctx.events.events((e) => e.type in kinds && eventVisible(ctx.ownership, ctx.actor, e.data)),
    resolve: workNotice(kinds),
  };
}

export const workFeedResolvers = {
  Subscription: {
    lawyerFeed: workFeed(LAWYER_KINDS),
    organisationFeed: workFeed(ORGANISATION_KINDS),
  },
};

