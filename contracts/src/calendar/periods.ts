import { z } from 'zod';
import { VN_OFFSET_MS } from './working-days.js';

/**
 * Fixed calendar periods of statistics: a year ("2026"), a quarter
 * ("2026-Q1") or a month ("2026-03"), counted in Asia/Ho_Chi_Minh. Figures
 * are only ever computed for these, never for arbitrary instants: two
 * overlapping windows that differ by a day would otherwise isolate the one
 * person received on that day.
 */
export const CALENDAR_PERIOD_MESSAGE =
  'statistics cover fixed calendar periods only: a year ("2026"), a quarter ("2026-Q1") or a month ("2026-03"), in Asia/Ho_Chi_Minh';

export const CalendarPeriodSchema = z.string().regex(/^(19|20)\d{2}(-Q[1-4]|-(0[1-9]|1[0-2]))?$/, CALENDAR_PERIOD_MESSAGE);
export type CalendarPeriod = z.infer<typeof CalendarPeriodSchema>;

export type PeriodKind = 'YEAR' | 'QUARTER' | 'MONTH';

export function periodKind(p: CalendarPeriod): PeriodKind {
  return p.length === 4 ? 'YEAR' : p.includes('Q') ? 'QUARTER' : 'MONTH';
}

/** Midnight in Viet Nam (UTC+7, no daylight saving) at the start of a month; `month` is 1-based and may run past 12. */
function vnMonthStart(year: number, month: number): Date {
  return new Date(Date.UTC(year, month - 1, 1) - VN_OFFSET_MS);
}

/** The period as [from, to): its first instant and the first instant after it. */
export function periodBounds(p: CalendarPeriod): { from: Date; to: Date } {
  const year = Number(p.slice(0, 4));
  const kind = periodKind(p);
  if (kind === 'YEAR') return { from: vnMonthStart(year, 1), to: vnMonthStart(year + 1, 1) };
  if (kind === 'QUARTER') {
    const q = Number(p.slice(6));
    return { from: vnMonthStart(year, 3 * q - 2), to: vnMonthStart(year, 3 * q + 1) };
  }
  const m = Number(p.slice(5));
  return { from: vnMonthStart(year, m), to: vnMonthStart(year, m + 1) };
}

/** The periods a period is exactly divided into: a year's quarters, a quarter's months; a month has none. */
export function periodParts(p: CalendarPeriod): CalendarPeriod[] {
  const year = p.slice(0, 4);
  const kind = periodKind(p);
  if (kind === 'YEAR') return [1, 2, 3, 4].map((q) => `${year}-Q${q}`);
  if (kind === 'QUARTER') {
    const q = Number(p.slice(6));
    return [0, 1, 2].map((i) => `${year}-${String(3 * q - 2 + i).padStart(2, '0')}`);
  }
  return [];
}

/** Every fixed period of a year: 12 months, 4 quarters and the year, in that order. */
export function periodsOfYear(year: number): CalendarPeriod[] {
  const y = String(year);
  return [...Array.from({ length: 12 }, (_, i) => `${y}-${String(i + 1).padStart(2, '0')}`), ...[1, 2, 3, 4].map((q) => `${y}-Q${q}`), y];
}
