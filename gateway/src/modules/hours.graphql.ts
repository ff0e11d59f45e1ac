import { CasesRpc } from '@legalaid/contracts';
import { call, type GatewayContext } from '../context.js';

/** Hours recorded on cases, summed for a period (G19): the lawyer's hours page, the bar's and the centre's reporting. */
export const hoursTypeDefs = /* GraphQL */ `
  extend type Query {
    "Hours recorded on the cases you may see, for a period (Viet Nam calendar days YYYY-MM-DD, both included, at most 366): in all, by month and by provider."
    hoursSummary(providerId: ID, organisationId: ID, centreId: ID, from: String!, to: String!): HoursSummary!
  }
  type MonthHours { month: String!, hours: Float!, activities: Int!, cases: Int! }
  type ProviderHours { providerId: ID!, hours: Float!, activities: Int!, cases: Int! }
  type HoursSummary {
    from: String!
    to: String!
    hours: Float!
    activities: Int!
    cases: Int!
    "Months with recorded work (YYYY-MM, Viet Nam time), in order."
    byMonth: [MonthHours!]!
    byProvider: [ProviderHours!]!
  }
`;

export const hoursResolvers = {
  Query: {
    hoursSummary: (_: unknown, a: { providerId?: string | null; organisationId?: string | null; centreId?: string | null; from: string; to: string }, ctx: GatewayContext) =>
      call(ctx, CasesRpc.hoursSummary, {
        from: a.from,
        to: a.to,
        ...(a.providerId ? { providerId: a.providerId } : {}),
        ...(a.organisationId ? { organisationId: a.organisationId } : {}),
        ...(a.centreId ? { centreId: a.centreId } : {}),
      }),
  },
};
