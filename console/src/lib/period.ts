/**
 * The fixed calendar periods the statistics contract accepts (a year
 * "2026", a quarter "2026-Q1", a month "2026-03", Viet Nam time), as the
 * statistics screen's picker chooses them. Mirrors contracts/src/calendar/periods.ts.
 */
export type PeriodKind = 'year' | 'quarter' | 'month';

export interface PeriodChoice {
  kind: PeriodKind;
  year: number;
  /** Quarter 1–4 or month 1–12; ignored for a year. */
  part: number;
}

const PERIOD = /^((?:19|20)\d{2})(?:-Q([1-4])|-(0[1-9]|1[0-2]))?$/;
const VN_OFFSET_MS = 7 * 3_600_000;

export function periodCode(c: PeriodChoice): string {
  if (c.kind === 'year') return String(c.year);
  if (c.kind === 'quarter') return `${c.year}-Q${c.part}`;
  return `${c.year}-${String(c.part).padStart(2, '0')}`;
}

export function parsePeriod(code: string | null | undefined): PeriodChoice | null {
  const m = PERIOD.exec(code ?? '');
  if (!m) return null;
  const year = Number(m[1]);
  if (m[2]) return { kind: 'quarter', year, part: Number(m[2]) };
  if (m[3]) return { kind: 'month', year, part: Number(m[3]) };
  return { kind: 'year', year, part: 1 };
}

/** The period's first and last day (inclusive), as YYYY-MM-DD in Viet Nam. */
export function periodDays(code: string): { from: string; to: string } {
  const c = parsePeriod(code);
  if (!c) throw new Error(`not a statistics period: ${code}`);
  const firstMonth = c.kind === 'year' ? 1 : c.kind === 'quarter' ? 3 * c.part - 2 : c.part;
  const months = c.kind === 'year' ? 12 : c.kind === 'quarter' ? 3 : 1;
  const day = (y: number, m: number, d: number) => new Date(Date.UTC(y, m - 1, d)).toISOString().slice(0, 10);
  return { from: day(c.year, firstMonth, 1), to: day(c.year, firstMonth + months, 0) };
}

/** The period of this kind that holds `now` (Viet Nam time). */
export function periodAt(kind: PeriodKind, now: Date): PeriodChoice {
  const vn = new Date(now.getTime() + VN_OFFSET_MS);
  const year = vn.getUTCFullYear();
  const month = vn.getUTCMonth() + 1;
  return { kind, year, part: kind === 'quarter' ? Math.ceil(month / 3) : kind === 'month' ? month : 1 };
}

/** A period from an older URL's from= date (the year it falls in), or null. */
export function periodFromDate(date: string | null | undefined): PeriodChoice | null {
  return /^\d{4}-\d{2}-\d{2}$/.test(date ?? '') ? parsePeriod(date!.slice(0, 4)) : null;
}
