import type { Envelope } from '@legalaid/contracts';
import { CasesDeadlineBreached, IntakeRpc, MatchingNotificationSent, MatchingOfferMade, NotificationRpc, type Actor } from '@legalaid/contracts';
import { eventVisible, getPath } from '../access.js';
import { call, type GatewayContext } from '../context.js';
import type { GuardedContext } from '../guard.js';
import { fullCase } from './cases.graphql.js';

/**
 * Live updates over server-sent events, fed by the gateway's event feed (a
 * core NATS subscription per replica). Each subscriber receives only events
 * the access matrix lets them see (offers to their provider id, their
 * centre's requests and cases, breaches of their centre or organisation).
 */
export const subscriptionTypeDefs = /* GraphQL */ `
  type Subscription {
    "A new offer to the signed-in lawyer, the moment matching makes it."
    offerReceived: OfferNotice!
    "Every event about one request (screening, referral, case), as it happens."
    legalAidRequestUpdated(id: ID!): LegalAidRequestUpdate!
    "Every event about one case."
    caseUpdated(id: ID!): CaseUpdate!
    "A statutory or service deadline passed without the step it guards."
    deadlineBreached: DeadlineBreach!
    "A new message in the signed-in user's console inbox."
    notificationReceived: NotificationNotice!
  }

  type NotificationNotice {
    event: EventNotice!
    notificationId: ID!
    kind: NotificationKind!
    "The notification as your inbox holds it."
    notification: Notification
  }

  "What happened, without its data: the update's other fields, or a query, give the current state."
  type EventNotice { id: ID!, type: String!, occurredAt: DateTime! }

  type OfferNotice {
    event: EventNotice!
    offerId: ID
    referralId: ID
    requestId: ID
    fieldOfLaw: FieldOfLaw
    aidForm: AidForm
    urgent: Boolean
    expiresAt: DateTime
  }

  type LegalAidRequestUpdate {
    event: EventNotice!
    requestId: ID!
    "The request as intake shows it to you now."
    request: LegalAidRequest
  }

  type CaseUpdate {
    event: EventNotice!
    caseId: ID!
    "The case's state after the event, when the event says it."
    status: CaseState
    "The case as case-tracking shows it to you now."
    case: Case
  }

  type DeadlineBreach {
    event: EventNotice!
    deadline: DeadlineKind!
    requestId: ID!
    caseId: ID!
    centreId: ID!
    providerId: ID!
    dueAt: DateTime!
    breachedAt: DateTime!
  }
`;

export const str = (v: unknown) => (typeof v === 'string' ? v : null);
export const notice = (e: Envelope) => ({ id: e.id, type: e.type, occurredAt: e.occurredAt });

/** Which events feed which subscription. */
export const SELECTORS = {
  offerReceived: (e: Envelope) => e.type === MatchingOfferMade.type,
  legalAidRequestUpdated: (e: Envelope, args: { id: string }) => getPath(e.data, 'requestId') === args.id,
  caseUpdated: (e: Envelope, args: { id: string }) => e.type.startsWith('cases.') && getPath(e.data, 'caseId') === args.id,
  deadlineBreached: (e: Envelope) => e.type === CasesDeadlineBreached.type,
  notificationReceived: (e: Envelope, _args: unknown, actor: Actor | null) => e.type === MatchingNotificationSent.type && getPath(e.data, 'channel') === 'INBOX' && inboxFor(actor, str(getPath(e.data, 'recipientType'))),
};

/** Which recipient kinds a role's inbox holds (the id itself is matched by the access matrix). */
function inboxFor(actor: Actor | null, recipientType: string | null): boolean {
  if (!actor || !recipientType) return false;
  if (actor.role === 'LAWYER') return recipientType === 'PROVIDER';
  if (actor.role === 'SUPERVISOR') return recipientType === 'SUPERVISORS';
  return recipientType === 'ORGANISATION' || recipientType === 'CENTRE';
}

/** The events `select` picks that the access matrix lets this subscriber see. */
export function feed<A>(select: (e: Envelope, args: A, actor: Actor | null) => boolean) {
  return (_: unknown, args: A, ctx: GuardedContext) => ctx.events.events((e) => select(e, args, ctx.actor) && eventVisible(ctx.ownership, ctx.actor, e.data));
}

export const subscriptionResolvers = {
  Subscription: {
    offerReceived: {
      subscribe: feed(SELECTORS.offerReceived),
      resolve: (e: Envelope) => {
        const d = e.data as Record<string, unknown>;
        return {
          event: notice(e),
          offerId: str(d.offerId),
          referralId: str(d.referralId),
          requestId: str(d.requestId),
          fieldOfLaw: str(d.fieldOfLaw),
          aidForm: str(d.aidForm),
          urgent: typeof d.urgent === 'boolean' ? d.urgent : null,
          expiresAt: str(d.expiresAt),
        };
      },
    },
    legalAidRequestUpdated: {
      subscribe: feed(SELECTORS.legalAidRequestUpdated),
      resolve: (e: Envelope) => ({ event: notice(e), requestId: getPath(e.data, 'requestId') }),
    },
    caseUpdated: {
      subscribe: feed(SELECTORS.caseUpdated),
      resolve: (e: Envelope) => ({ event: notice(e), caseId: getPath(e.data, 'caseId'), status: str(getPath(e.data, 'to')) ?? str(getPath(e.data, 'state')) }),
    },
    notificationReceived: {
      subscribe: feed(SELECTORS.notificationReceived),
      resolve: (e: Envelope) => ({ event: notice(e), notificationId: getPath(e.data, 'deliveryId'), kind: getPath(e.data, 'kind') }),
    },
    deadlineBreached: {
      subscribe: feed(SELECTORS.deadlineBreached),
      resolve: (e: Envelope) => {
        const d = e.data as Record<string, unknown>;
        return { event: notice(e), deadline: d.kind, requestId: d.requestId, caseId: d.caseId, centreId: d.centreId, providerId: d.providerId, dueAt: d.dueAt, breachedAt: d.breachedAt };
      },
    },
  },
  NotificationNotice: {
    notification: (parent: { notificationId: string }, _: unknown, ctx: GatewayContext) => call(ctx, NotificationRpc.getNotification, { id: parent.notificationId }),
  },
  CaseUpdate: {
    case: (parent: { caseId: string }, _: unknown, ctx: GatewayContext) => fullCase(ctx, parent.caseId),
  },
  LegalAidRequestUpdate: {
    request: (parent: { requestId: string }, _: unknown, ctx: GatewayContext) => call(ctx, IntakeRpc.get, { requestId: parent.requestId }),
  },
};
