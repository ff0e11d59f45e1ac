import { makeExecutableSchema } from '@graphql-tools/schema';
import { guardResolvers, type ResolverMap } from './guard.js';
import { vocabularyTypeDefs } from './modules/vocabulary.graphql.js';
import { relayTypeDefs } from './modules/relay.js';
import { identityResolvers, identityTypeDefs } from './modules/identity.graphql.js';
import { intakeResolvers, intakeTypeDefs } from './modules/intake.graphql.js';
import { matchingResolvers, matchingTypeDefs } from './modules/matching.graphql.js';
import { casesResolvers, casesTypeDefs } from './modules/cases.graphql.js';
import { oversightResolvers, oversightTypeDefs } from './modules/oversight.graphql.js';
import { adminResolvers, adminTypeDefs } from './modules/admin.graphql.js';
import { calendarResolvers, calendarTypeDefs } from './modules/calendar.graphql.js';
import { subscriptionResolvers, subscriptionTypeDefs } from './modules/subscriptions.graphql.js';
import { staffResolvers, staffTypeDefs } from './modules/staff.graphql.js';
import { notificationsResolvers, notificationsTypeDefs } from './modules/notifications.graphql.js';
import { workFeedResolvers, workFeedTypeDefs } from './modules/work-feeds.graphql.js';
import { hoursResolvers, hoursTypeDefs } from './modules/hours.graphql.js';

const MODULES = [
  { typeDefs: identityTypeDefs, resolvers: identityResolvers },
  { typeDefs: intakeTypeDefs, resolvers: intakeResolvers },
  { typeDefs: matchingTypeDefs, resolvers: matchingResolvers },
  { typeDefs: casesTypeDefs, resolvers: casesResolvers },
  { typeDefs: oversightTypeDefs, resolvers: oversightResolvers },
  { typeDefs: adminTypeDefs, resolvers: adminResolvers },
  { typeDefs: notificationsTypeDefs, resolvers: notificationsResolvers },
  { typeDefs: calendarTypeDefs, resolvers: calendarResolvers },
  { typeDefs: subscriptionTypeDefs, resolvers: subscriptionResolvers },
  { typeDefs: workFeedTypeDefs, resolvers: workFeedResolvers },
  { typeDefs: hoursTypeDefs, resolvers: hoursResolvers },
  { typeDefs: staffTypeDefs, resolvers: staffResolvers },
];

/**
 * The whole network in one schema, one module per service (type definitions
 * and resolvers side by side). Every root field passes the access matrix.
 */
export function buildSchema() {
  return makeExecutableSchema({
    typeDefs: [vocabularyTypeDefs, relayTypeDefs, ...MODULES.map((m) => m.typeDefs)],
    resolvers: guardResolvers(MODULES.map((m) => m.resolvers) as unknown as ResolverMap[]) as never,
  });
}
