import type { Actor } from '@legalaid/contracts';
import { tabulate, type Cell, type Grouping, type RequestFolded } from './statistics.js';

/**
 * A legal aid centre's periodic report to the Ministry of Justice, over a
 * fixed calendar period (a year or a quarter, Viet Nam time), by eligible
 * group, by form of aid and by field of law. The centre files exact
 * figures, so its own staff and administrators read them exactly; anyone
 * else reads the same table with small cells suppressed (complementary
 * suppression, as every published statistic).
 *
 * The Ministry's figure is indicator 1301 of the justice sector's
 * statistical indicators (Circular 10/2017/TT-BTP, Appendix II, section 13):
 * "số lượt người được trợ giúp pháp lý", the number of TIMES eligible persons
 * were given free legal services — one person helped in two matters counts
 * twice. Each accepted request is one such time, so the report gives it as
 * `aidTurns` beside `people` (distinct persons, which the indicator does not
 * ask for). What could not be verified (the current form's number and
 * columns under the reporting regime of Circular 03/2019/TT-BTP or a later
 * one, its reporting periods) is listed in services/oversight/README.md ("A
 * centre's report to the Ministry"); the periods stay the fixed calendar ones.
 */
export const REPORT_INDICATOR = {
  code: '1301',
  name: 'Số lượt người được trợ giúp pháp lý',
  nameEn: 'Times eligible persons were given legal aid',
  basis: 'Thông tư 10/2017/TT-BTP, Phụ lục II, mục 13, chỉ tiêu 1301',
  /** The report's figure for it: accepted requests (one time each). */
  column: 'aidTurns',
} as const;

export const REPORT_SECTIONS = [
  ['ELIGIBILITY_GROUP', 'Người được trợ giúp pháp lý theo diện'],
  ['AID_FORM', 'Hình thức trợ giúp pháp lý'],
  ['FIELD_OF_LAW', 'Lĩnh vực pháp luật'],
] as const satisfies readonly (readonly [Grouping, string])[];

export interface CentreReport {
  centreId: string;
  year: number;
  quarter: number | null;
  from: Date;
  to: Date;
  exact: boolean;
  threshold: number;
  indicator: typeof REPORT_INDICATOR;
  total: ReportCell;
  sections: { groupBy: Grouping; title: string; rows: ReportCell[] }[];
}

/** A statistics cell with the indicator's figure: the times aid was given (accepted requests); null where suppressed. */
export type ReportCell = Cell & { aidTurns: number | null };
const withTurns = (c: Cell): ReportCell => ({ ...c, aidTurns: c.accepted });

/** The period [from, to) of a year or one of its quarters, in Viet Nam time. */
export function reportPeriod(year: number, quarter: number | null): { from: Date; to: Date } {
  const startMonth = quarter ? (quarter - 1) * 3 + 1 : 1;
  const endMonth = quarter ? startMonth + 3 : 13;
  const at = (y: number, m: number) => new Date(Date.parse(`${y + Math.floor((m - 1) / 12)}-${String(((m - 1) % 12) + 1).padStart(2, '0')}-01T00:00:00+07:00`));
  return { from: at(year, startMonth), to: at(year, endMonth) };
}

/** Exact figures for the centre's own staff and for administrators; suppressed for every other reader. */
export function readsExactly(actor: Actor, centreId: string): boolean {
  return actor.role === 'ADMIN' || (actor.role === 'CENTRE_STAFF' && actor.organisationId === centreId);
}

export function centreReport(
  cohort: RequestFolded[],
  args: { centreId: string; year: number; quarter: number | null; exact: boolean; threshold: number },
): CentreReport {
  const own = cohort.filter((r) => r.dims.centreId === args.centreId);
  // Exact: every cell of one person or more is shown (a figure needs at least one person behind it).
  const threshold = args.exact ? 1 : args.threshold;
  const { from, to } = reportPeriod(args.year, args.quarter);
  const sections = REPORT_SECTIONS.map(([groupBy, title]) => ({ groupBy, title, rows: tabulate(own, groupBy, threshold).rows.map(withTurns) }));
  return {
    centreId: args.centreId,
    year: args.year,
    quarter: args.quarter,
    from,
    to,
    exact: args.exact,
    threshold,
    indicator: REPORT_INDICATOR,
    total: withTurns(tabulate(own, 'NONE', threshold).total),
    sections,
  };
}

/**
 * The report as CSV (RFC 4180): section, key, people (distinct persons),
 * aid_turns_1301 (indicator 1301: times aid was given), requests, accepted,
 * rejected; a suppressed cell's figures are empty.
 */
export function reportCsv(report: CentreReport): string {
  const q = (v: string) => (/[",\r\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v);
  const n = (v: number | null) => (v === null ? '' : String(v));
  const line = (section: string, c: ReportCell) => [section, c.key ?? '', n(c.people), n(c.aidTurns), n(c.requests), n(c.accepted), n(c.rejected), c.suppressed ? 'suppressed' : ''].map(q).join(',');
  return [
    'section,key,people,aid_turns_1301,requests,accepted,rejected,note',
    line('TOTAL', report.total),
    ...report.sections.flatMap((s) => s.rows.map((c) => line(s.groupBy, c))),
  ].join('\r\n') + '\r\n';
}
