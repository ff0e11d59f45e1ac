import { makeExecutableSchema } from '@graphql-tools/schema';
import { vocabularyTypeDefs } from './modules/vocabulary.graphql.js';
import { intakeResolvers, intakeTypeDefs } from './modules/intake.graphql.js';

/** The whole network in one schema, one module per service (type definitions and resolvers side by side). */
export function buildSchema() {
  return makeExecutableSchema({
    typeDefs: [vocabularyTypeDefs, intakeTypeDefs],
    resolvers: [intakeResolvers],
  });
}
