import { z } from 'zod';
import { defineEvent } from '../envelope.js';
import { defineRpc } from '../rpc.js';
import { CalendarDecisionSchema, CalendarDocumentSchema, DayOffKinds, LoadedCalendarDecisionSchema } from './decisions.js';

/**
 * The working-day calendar's messages. Case-tracking keeps the versions of
 * each year's official decision (the owner); every service that counts
 * working days (intake, matching, case-tracking, oversight) consumes
 * `cases.calendar.decision-loaded` into its own copy — services never read
 * another's database.
 */

const Year = z.number().int().min(2000).max(2199);

/** Published when an administrator loads (or corrects) a year's official decision: a new version of that year. */
export const CasesCalendarDecisionLoaded = defineEvent({
  context: 'cases',
  aggregate: 'calendar',
  event: 'decision-loaded',
  version: 1,
  description: "A year's official days off and make-up working days were loaded as a new version; every service counting working days uses it from now on.",
  data: LoadedCalendarDecisionSchema,
});

const CalendarYearViewSchema = z
  .object({
    year: Year,
    /** No official decision loaded: the days come from the statute alone (lunar holidays computed). */
    provisional: z.boolean(),
    /** The loaded version in use (0: the decision shipped with the network; null: none). */
    version: z.number().int().min(0).nullable(),
    daysOff: z.array(z.object({ date: z.string(), name: z.string(), kind: z.enum(DayOffKinds), document: z.string().optional() }).strict()),
    makeUpWorkingDays: z.array(z.object({ date: z.string(), replaces: z.string().optional(), document: z.string().optional() }).strict()),
    /** The documents of the decision in use (none when provisional). */
    documents: z.array(CalendarDocumentSchema),
  })
  .strict();
export type CalendarYearView = z.infer<typeof CalendarYearViewSchema>;

export const CalendarRpc = {
  loadCalendarDecision: defineRpc({
    context: 'cases',
    name: 'loadCalendarDecision',
    kind: 'command',
    description: "An administrator loads a year's official decision (days off, swaps, make-up working days, the documents); each load is a new version, the earlier ones are kept.",
    input: z.object({ decision: CalendarDecisionSchema }).strict(),
    output: z.object({ year: Year, version: z.number().int().min(1), loadedAt: z.string() }).strict(),
  }),
  calendarDecisions: defineRpc({
    context: 'cases',
    name: 'calendarDecisions',
    kind: 'query',
    description: "Every loaded version of a year's decision, newest first.",
    input: z.object({ year: Year }).strict(),
    output: z.object({ versions: z.array(LoadedCalendarDecisionSchema) }).strict(),
  }),
  calendarYear: defineRpc({
    context: 'cases',
    name: 'calendarYear',
    kind: 'query',
    description: "A year's days off and make-up working days as deadlines count them (official, or provisional).",
    input: z.object({ year: Year }).strict(),
    output: CalendarYearViewSchema,
  }),
} as const;
