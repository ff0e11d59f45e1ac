import { CONTEXTS, DEAD_LETTER_RPCS, type Context } from '@legalaid/contracts';
import { call, type GatewayContext } from '../context.js';

/** Operators' tools: dead letters of each service's consumers (inspect, replay into the one consumer that failed). */
export const adminTypeDefs = /* GraphQL */ `
  enum ServiceContext { ${CONTEXTS.map((c) => c.toUpperCase()).join(' ')} }
  enum DeadLetterReason { CONTRACT_VIOLATION HANDLER_FAILED }

  type Query {
    "Dead letters of a service's consumers, oldest first."
    deadLetters(service: ServiceContext!, limit: Int): [DeadLetter!]!
    "One dead letter with its payload (events carry no personal data)."
    deadLetter(service: ServiceContext!, sequence: Int!): DeadLetterDetail!
  }

  type Mutation {
    "Runs the failed consumer's handler on the dead letter; on success it is removed."
    replayDeadLetter(service: ServiceContext!, sequence: Int!): DeadLetterReplay!
  }

  type DeadLetter {
    sequence: Int!
    consumer: String!
    originalSubject: String!
    stream: String!
    streamSequence: Int!
    deliveryCount: Int!
    reason: DeadLetterReason!
    error: String!
    failedAt: DateTime!
    eventId: ID
    eventType: String
  }
  type DeadLetterHeader { name: String!, values: [String!]! }
  type DeadLetterDetail {
    sequence: Int!
    consumer: String!
    originalSubject: String!
    stream: String!
    streamSequence: Int!
    deliveryCount: Int!
    reason: DeadLetterReason!
    error: String!
    failedAt: DateTime!
    eventId: ID
    eventType: String
    payload: String!
    headers: [DeadLetterHeader!]!
  }
  type DeadLetterReplay { sequence: Int!, replayed: Boolean!, error: String }
`;

const rpcs = (service: string) => DEAD_LETTER_RPCS[service.toLowerCase() as Context];

export const adminResolvers = {
  Query: {
    deadLetters: (_: unknown, a: { service: string; limit?: number | null }, ctx: GatewayContext) => call(ctx, rpcs(a.service).list, a.limit ? { limit: a.limit } : {}),
    deadLetter: async (_: unknown, a: { service: string; sequence: number }, ctx: GatewayContext) => {
      const d = await call(ctx, rpcs(a.service).show, { sequence: a.sequence });
      return { ...d, headers: Object.entries(d.headers).map(([name, values]) => ({ name, values })) };
    },
  },
  Mutation: {
    replayDeadLetter: (_: unknown, a: { service: string; sequence: number }, ctx: GatewayContext) => call(ctx, rpcs(a.service).replay, { sequence: a.sequence }),
  },
};
