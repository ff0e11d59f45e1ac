import { CasesRpc } from '@legalaid/contracts';
import { call, type GatewayContext } from '../context.js';

/**
 * The working-day calendar: each year's official decision (days off, swaps,
 * make-up working days, the documents that announced them), loaded by
 * administrators at run time and kept in versions by case-tracking; every
 * service counts deadlines by the newest version. A year with no decision
 * loaded is counted from the statute alone and its deadlines say so.
 */
export const calendarTypeDefs = /* GraphQL */ `
  type Query {
    "Every loaded version of a year's official calendar decision, newest first."
    calendarDecisions(year: Int!): [CalendarDecisionVersion!]!
  }

  type Mutation {
    "Load (or correct) a year's official days-off decision: a new version; deadlines computed from now on count by it."
    loadCalendarDecision(input: CalendarDecisionInput!): CalendarDecisionLoad!
  }

  extend type ReferenceData {
    "A year's days off and make-up working days as deadlines count them; no token needed (the console's deadline badges)."
    holidays(year: Int!): CalendarYear!
  }

  "HOLIDAY: the statutory day; SWAP: a working day moved to a make-up day; COMPENSATORY: a holiday on a weekend, taken on the next working day (nghỉ bù)."
  enum DayOffKind { HOLIDAY SWAP COMPENSATORY }

  input CalendarDocumentInput { number: String!, issuedOn: String, issuer: String!, title: String }
  input CalendarDayOffInput { date: String!, name: String!, kind: DayOffKind!, document: String }
  input MakeUpWorkingDayInput { date: String!, replaces: String, document: String }
  input CalendarDecisionInput {
    year: Int!
    documents: [CalendarDocumentInput!]!
    daysOff: [CalendarDayOffInput!]!
    makeUpWorkingDays: [MakeUpWorkingDayInput!]!
    note: String
  }

  type CalendarDocument { number: String!, issuedOn: String, issuer: String!, title: String }
  type CalendarDayOff { date: String!, name: String!, kind: DayOffKind!, document: String }
  type MakeUpWorkingDay { date: String!, replaces: String, document: String }
  type CalendarDecision {
    year: Int!
    documents: [CalendarDocument!]!
    daysOff: [CalendarDayOff!]!
    makeUpWorkingDays: [MakeUpWorkingDay!]!
    note: String
  }
  type CalendarDecisionVersion { version: Int!, loadedAt: DateTime!, loadedBy: String!, decision: CalendarDecision! }
  type CalendarDecisionLoad { year: Int!, version: Int!, loadedAt: DateTime! }
  type CalendarYear {
    year: Int!
    "No official decision loaded: the days come from the statute (lunar holidays computed) and may still change."
    provisional: Boolean!
    "The loaded version in use; 0 for the decision shipped with the network; null when provisional."
    version: Int
    daysOff: [CalendarDayOff!]!
    makeUpWorkingDays: [MakeUpWorkingDay!]!
    documents: [CalendarDocument!]!
  }
`;

export const calendarResolvers = {
  Query: {
    calendarDecisions: async (_: unknown, a: { year: number }, ctx: GatewayContext) => (await call(ctx, CasesRpc.calendarDecisions, { year: a.year })).versions,
  },
  Mutation: {
    loadCalendarDecision: (_: unknown, a: { input: unknown }, ctx: GatewayContext) => call(ctx, CasesRpc.loadCalendarDecision, { decision: a.input as never }),
  },
  ReferenceData: {
    holidays: (_: unknown, a: { year: number }, ctx: GatewayContext) => call(ctx, CasesRpc.calendarYear, { year: a.year }),
  },
};
