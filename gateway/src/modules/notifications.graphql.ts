import { NOTIFICATION_KINDS, NotificationRpc } from '@legalaid/contracts';
import { call, type GatewayContext } from '../context.js';

/**
 * The console's inbox: messages to the signed-in lawyer (offers, deadlines),
 * to their organisation or centre (escalations, breaches, recommendations,
 * call-back tasks) or to the supervisors (complaints), with read state. New
 * ones arrive live through `notificationReceived`.
 */
export const notificationsTypeDefs = /* GraphQL */ `
  enum NotificationKind { ${NOTIFICATION_KINDS.join(' ')} }

  type Query {
    "The signed-in user's inbox, newest first."
    myNotifications(unreadOnly: Boolean, first: Int): NotificationInbox!
  }

  type Mutation {
    "Marks one of your notifications read (again: no change)."
    markNotificationRead(id: ID!): Notification!
  }

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

export const notificationsResolvers = {
  Query: {
    myNotifications: (_: unknown, a: { unreadOnly?: boolean | null; first?: number | null }, ctx: GatewayContext) =>
      call(ctx, NotificationRpc.myNotifications, { unreadOnly: a.unreadOnly ?? false, first: a.first ?? 20 }),
  },
  Mutation: {
    markNotificationRead: (_: unknown, a: { id: string }, ctx: GatewayContext) => call(ctx, NotificationRpc.markNotificationRead, { id: a.id }),
  },
};
