import { z } from 'zod';
import { text } from '../text.js';
import { hungKingsDay, lunarNewYear } from './lunar.js';

/**
 * A year's official decision on days off for public bodies (lịch nghỉ lễ,
 * Tết): the holidays of Labour Code 2019 art. 112, the days the Prime
 * Minister fixes for Tết and Quốc khánh, swaps (hoán đổi) and the make-up
 * working days (làm bù) that pay for them. Each year is announced by one or
 * more official documents (a notice of the Ministry of Home Affairs or of
 * Labour, or a letter of the Government Office); every day cites the one
 * that decided it. Administrators load and correct these at run time
 * (`loadCalendarDecision`); a year without one is counted provisionally from
 * the statute alone (`statutoryDaysOff`).
 */
const LocalDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'date must be YYYY-MM-DD');

export const DayOffKinds = ['HOLIDAY', 'SWAP', 'COMPENSATORY'] as const;

export const CalendarDocumentSchema = z
  .object({
    /** The document's number and symbol, e.g. "9441/TB-BNV". */
    number: text(80),
    /** The day it was signed, when known. */
    issuedOn: LocalDate.optional(),
    issuer: text(200),
    title: text(500).optional(),
  })
  .strict();

export const CalendarDecisionSchema = z
  .object({
    year: z.number().int().min(2000).max(2199),
    documents: z.array(CalendarDocumentSchema).min(1).max(10),
    daysOff: z
      .array(
        z
          .object({
            date: LocalDate,
            name: text(200),
            /** HOLIDAY: the statutory day; SWAP: a working day moved to a make-up day; COMPENSATORY: a holiday that fell on a weekend (nghỉ bù). */
            kind: z.enum(DayOffKinds),
            /** The number of the document that decided it (one of `documents`). */
            document: text(80).optional(),
          })
          .strict(),
      )
      .max(60),
    makeUpWorkingDays: z
      .array(z.object({ date: LocalDate, replaces: LocalDate.optional(), document: text(80).optional() }).strict())
      .max(20),
    note: text(1000).optional(),
  })
  .strict()
  .superRefine((d, ctx) => {
    const inYear = (date: string) => date.startsWith(`${d.year}-`) && !Number.isNaN(Date.parse(`${date}T00:00:00Z`)) && new Date(`${date}T00:00:00Z`).toISOString().startsWith(date);
    const numbers = new Set(d.documents.map((doc) => doc.number));
    const off = new Set<string>();
    d.daysOff.forEach((day, i) => {
      if (!inYear(day.date)) ctx.addIssue({ code: 'custom', path: ['daysOff', i, 'date'], message: `${day.date} is not a date of ${d.year}` });
      if (off.has(day.date)) ctx.addIssue({ code: 'custom', path: ['daysOff', i, 'date'], message: `${day.date} is listed twice` });
      if (day.document && !numbers.has(day.document)) ctx.addIssue({ code: 'custom', path: ['daysOff', i, 'document'], message: `${day.document} is not one of the decision's documents` });
      off.add(day.date);
    });
    const makeUp = new Set<string>();
    d.makeUpWorkingDays.forEach((day, i) => {
      if (!inYear(day.date)) ctx.addIssue({ code: 'custom', path: ['makeUpWorkingDays', i, 'date'], message: `${day.date} is not a date of ${d.year}` });
      else if (!isWeekend(day.date)) ctx.addIssue({ code: 'custom', path: ['makeUpWorkingDays', i, 'date'], message: `${day.date} is not a Saturday or Sunday: only a weekly rest day can become a make-up working day` });
      if (off.has(day.date) || makeUp.has(day.date)) ctx.addIssue({ code: 'custom', path: ['makeUpWorkingDays', i, 'date'], message: `${day.date} is already listed` });
      if (day.replaces && !off.has(day.replaces)) ctx.addIssue({ code: 'custom', path: ['makeUpWorkingDays', i, 'replaces'], message: `${day.replaces} is not one of the days off` });
      if (day.document && !numbers.has(day.document)) ctx.addIssue({ code: 'custom', path: ['makeUpWorkingDays', i, 'document'], message: `${day.document} is not one of the decision's documents` });
      makeUp.add(day.date);
    });
  });
export type CalendarDecision = z.infer<typeof CalendarDecisionSchema>;
export type CalendarDayOff = CalendarDecision['daysOff'][number];

/** A loaded decision as services keep it: each load of a year is a new version; the earlier ones stay. */
export const LoadedCalendarDecisionSchema = z
  .object({
    decision: CalendarDecisionSchema,
    version: z.number().int().min(1),
    loadedAt: z.string().datetime({ offset: true }),
    loadedBy: z.string().min(1).max(200),
  })
  .strict();
export type LoadedCalendarDecision = z.infer<typeof LoadedCalendarDecisionSchema>;

export function isWeekend(date: string): boolean {
  const dow = new Date(`${date}T00:00:00Z`).getUTCDay();
  return dow === 0 || dow === 6;
}

export function addDays(date: string, days: number): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/**
 * The days off the statute alone gives a year (Labour Code 2019 art. 112):
 * 1 January; Tết, five days, taken here as the last day of the old lunar
 * year and the first four of the new one (the usual choice; the Prime
 * Minister fixes it each year); the Hùng Kings' day (10/3 lunar); 30 April;
 * 1 May; 2 September and the day before it (the Prime Minister chooses the
 * day before or after). A holiday on a Saturday or Sunday — public bodies'
 * weekly rest days — is taken on the next working day (art. 112(3)). This is
 * what a year without a loaded decision is counted by, marked provisional.
 */
export function statutoryDaysOff(year: number): CalendarDayOff[] {
  const tet = lunarNewYear(year);
  const holidays: { date: string; name: string }[] = [
    { date: `${year}-01-01`, name: 'Tết Dương lịch' },
    ...[-1, 0, 1, 2, 3].map((d) => ({ date: addDays(tet, d), name: 'Tết Nguyên đán' })),
    { date: hungKingsDay(year), name: 'Giỗ Tổ Hùng Vương' },
    { date: `${year}-04-30`, name: 'Ngày Chiến thắng' },
    { date: `${year}-05-01`, name: 'Quốc tế Lao động' },
    { date: `${year}-09-01`, name: 'Quốc khánh' },
    { date: `${year}-09-02`, name: 'Quốc khánh' },
  ].sort((a, b) => a.date.localeCompare(b.date));
  const taken = new Set(holidays.map((h) => h.date));
  const out: CalendarDayOff[] = holidays.map((h) => ({ ...h, kind: 'HOLIDAY' as const }));
  for (const h of holidays) {
    if (!isWeekend(h.date)) continue;
    let day = addDays(h.date, 1);
    while (isWeekend(day) || taken.has(day)) day = addDays(day, 1);
    taken.add(day);
    out.push({ date: day, name: `${h.name} (nghỉ bù)`, kind: 'COMPENSATORY' });
  }
  return out.sort((a, b) => a.date.localeCompare(b.date));
}
