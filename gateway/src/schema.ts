import { makeExecutableSchema } from '@graphql-tools/schema';
import { guardResolvers, type ResolverMap } from './guard.js';
import { vocabularyTypeDefs } from './modules/vocabulary.graphql.js';
import { relayTypeDefs } from './modules/relay.js';
import { identityResolvers, identityTypeDefs } from './modules/identity.graphql.js';
import { intakeResolvers, intakeTypeDefs } from './modules/intake.graphql.js';
import { casesResolvers, casesTypeDefs } from './modules/cases.graphql.js';
import { subscriptionResolvers, subscriptionTypeDefs } from './modules/subscriptions.graphql.js';

/**
 * The whole network in one schema, one module per service (type definitions
 * and resolvers side by side). Every root field passes the access matrix.
 */
export function buildSchema() {
  return makeExecutableSchema({
    typeDefs: [vocabularyTypeDefs, relayTypeDefs, identityTypeDefs, intakeTypeDefs, casesTypeDefs, subscriptionTypeDefs],
    resolvers: guardResolvers([identityResolvers, intakeResolvers, casesResolvers, subscriptionResolvers] as ResolverMap[]) as never,
  });
}
