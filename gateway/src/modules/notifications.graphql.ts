import { DELIVERY_RPCS, DeliveryStatusSchema, NOTIFICATION_CHANNELS, NOTIFICATION_KINDS, NOTIFICATION_SENDERS, NotificationRpc, RecipientTypeSchema, type FailedDelivery, type NotificationSender } from '@legalaid/contracts';
import { call, type GatewayContext } from '../context.js';

/**
 * The console's inbox: messages to the signed-in lawyer (offers, deadlines),
 * to their organisation or centre (escalations, breaches, recommendations,
 * call-back tasks) or to the supervisors (complaints), with read state. New
 * ones arrive live through `notificationReceived`.
 */
export const notificationsTypeDefs = /* GraphQL */ `
  enum NotificationKind { ${NOTIFICATION_KINDS.join(' ')} }

  enum NotificationChannel { ${NOTIFICATION_CHANNELS.join(' ')} }
  enum NotificationRecipientType { ${RecipientTypeSchema.options.join(' ')} }
  "The service that keeps a delivery: intake (applicants, guardians, referring officers) or matching (providers, organisations, centres, supervisors)."
  enum NotificationSender { ${NOTIFICATION_SENDERS.map((s) => s.toUpperCase()).join(' ')} }
  enum DeliveryStatus { ${DeliveryStatusSchema.options.join(' ')} }

  type Query {
    "The signed-in user's inbox, newest first."
    myNotifications(unreadOnly: Boolean, first: Int): NotificationInbox!
    "Messages that failed for good after their retries (dead-lettered), newest first: your centre's, or any centre's for an administrator. No address or text."
    failedNotificationDeliveries(centreId: ID, first: Int): [FailedNotificationDelivery!]!
  }

  type Mutation {
    "Marks one of your notifications read (again: no change)."
    markNotificationRead(id: ID!): Notification!
    "Puts a failed message back in the queue and attempts it at once. Again, or on a message that is not failed: no change (retried: false)."
    retryNotificationDelivery(sender: NotificationSender!, deliveryId: ID!): NotificationDeliveryRetry!
  }

  type FailedNotificationDelivery {
    deliveryId: ID!
    sender: NotificationSender!
    kind: NotificationKind!
    channel: NotificationChannel!
    recipientType: NotificationRecipientType!
    requestId: ID
    centreId: ID
    attempts: Int!
    "Why the last attempt failed (the provider's answer, no content)."
    lastError: String
    createdAt: DateTime!
  }

  type NotificationDeliveryRetry { deliveryId: ID!, retried: Boolean!, status: DeliveryStatus!, attempts: Int! }

  type NotificationInbox { items: [Notification!]!, unread: Int! }

  type Notification {
    id: ID!
    kind: NotificationKind!
    subject: String!
    body: String!
    requestId: ID
    createdAt: DateTime!
    readAt: DateTime
  }
`;

const senderOut = (d: FailedDelivery) => ({ ...d, sender: d.sender.toUpperCase() });

export const notificationsResolvers = {
  Query: {
    myNotifications: (_: unknown, a: { unreadOnly?: boolean | null; first?: number | null }, ctx: GatewayContext) =>
      call(ctx, NotificationRpc.myNotifications, { unreadOnly: a.unreadOnly ?? false, first: a.first ?? 20 }),
    /** Both senders' failed deliveries, merged newest first. */
    failedNotificationDeliveries: async (_: unknown, a: { centreId?: string | null; first?: number | null }, ctx: GatewayContext) => {
      const first = a.first ?? 50;
      const input = { first, ...(a.centreId ? { centreId: a.centreId } : {}) };
      const lists = await Promise.all(NOTIFICATION_SENDERS.map((s) => call(ctx, DELIVERY_RPCS[s].failedDeliveries, input)));
      return lists
        .flatMap((l) => l.items)
        .sort((x, y) => y.createdAt.localeCompare(x.createdAt))
        .slice(0, first)
        .map(senderOut);
    },
  },
  Mutation: {
    markNotificationRead: (_: unknown, a: { id: string }, ctx: GatewayContext) => call(ctx, NotificationRpc.markNotificationRead, { id: a.id }),
    retryNotificationDelivery: (_: unknown, a: { sender: string; deliveryId: string }, ctx: GatewayContext) =>
      call(ctx, DELIVERY_RPCS[a.sender.toLowerCase() as NotificationSender].retryDelivery, { deliveryId: a.deliveryId }),
  },
};
