import { AdministrativeUnits, bundledAdminUnits } from './reference/admin-units.js';
import { CASE_OUTCOME_LABELS, type CaseOutcome } from './cases.js';
import { periodKind } from './calendar/periods.js';
import type { PublishedStatistics } from './oversight.js';
import { AidForms, EligibilityGroups, FieldsOfLaw } from './vocabulary.js';

/**
 * The public statistics files as bytes: a year's CSV (with a byte-order
 * mark, so spreadsheets read it as UTF-8) and JSON, and the data dictionary.
 * Oversight writes them once when a period ends (or an administrator asks)
 * and stores them; the gateway serves the stored bytes and lays out its
 * page with the labels here.
 */

export type StatisticsGrouping = PublishedStatistics['periods'][number]['tables'][number]['groupBy'];
export type StatisticsRow = PublishedStatistics['periods'][number]['tables'][number]['rows'][number];

const units = new AdministrativeUnits(bundledAdminUnits);

export const GROUPING_LABELS: Record<StatisticsGrouping, { vi: string; en: string }> = {
  NONE: { vi: 'Tổng số', en: 'Total' },
  PROVINCE: { vi: 'Tỉnh, thành phố', en: 'Province' },
  ELIGIBILITY_GROUP: { vi: 'Diện người được trợ giúp pháp lý', en: 'Eligible group' },
  FIELD_OF_LAW: { vi: 'Lĩnh vực pháp luật', en: 'Field of law' },
  AID_FORM: { vi: 'Hình thức trợ giúp pháp lý', en: 'Form of legal aid' },
  OUTCOME: { vi: 'Kết quả vụ việc', en: 'Outcome of the case' },
};

const UNKNOWN = { vi: 'Chưa xác định', en: 'Not known' };
const NOT_CLOSED = { vi: 'Chưa kết thúc', en: 'Not closed yet' };

/** The label of a row's key in both languages. */
export function keyLabel(groupBy: StatisticsGrouping, key: string | null): { vi: string; en: string } {
  if (key === null) return groupBy === 'OUTCOME' ? NOT_CLOSED : groupBy === 'NONE' ? GROUPING_LABELS.NONE : UNKNOWN;
  const term = (terms: readonly { code: string; vi: string; en: string }[]) => terms.find((t) => t.code === key);
  switch (groupBy) {
    case 'PROVINCE': {
      const name = units.province(key)?.name ?? key;
      return { vi: name, en: name };
    }
    case 'ELIGIBILITY_GROUP':
      return term(EligibilityGroups.terms) ?? { vi: key, en: key };
    case 'FIELD_OF_LAW':
      return term(FieldsOfLaw.terms) ?? { vi: key, en: key };
    case 'AID_FORM':
      return term(AidForms.terms) ?? { vi: key, en: key };
    case 'OUTCOME':
      return CASE_OUTCOME_LABELS[key as CaseOutcome] ?? { vi: key, en: key };
    default:
      return { vi: key, en: key };
  }
}

/** The data dictionary: every column of the files, in both languages. */
export const STATISTICS_DICTIONARY = [
  { column: 'period', type: 'string', vi: 'Kỳ số liệu: năm (2026), quý (2026-Q1) hoặc tháng (2026-03), theo giờ Việt Nam', en: 'Period: a year (2026), quarter (2026-Q1) or month (2026-03), Viet Nam time' },
  { column: 'period_kind', type: 'YEAR | QUARTER | MONTH', vi: 'Loại kỳ', en: 'Kind of period' },
  { column: 'from', type: 'date-time', vi: 'Thời điểm bắt đầu kỳ (bao gồm)', en: 'Start of the period (included)' },
  { column: 'to', type: 'date-time', vi: 'Thời điểm kết thúc kỳ (không bao gồm)', en: 'End of the period (excluded)' },
  { column: 'grouping', type: 'NONE | PROVINCE | ELIGIBILITY_GROUP | FIELD_OF_LAW | AID_FORM | OUTCOME', vi: 'Tiêu chí phân tổ', en: 'What the rows are broken down by' },
  { column: 'key', type: 'string', vi: 'Mã của dòng (mã tỉnh theo danh mục 2025, mã diện, lĩnh vực, hình thức, kết quả); TOTAL là dòng tổng; trống là chưa xác định', en: 'Code of the row (2025 province code, group, field, form, outcome); TOTAL is the total row; empty means not known' },
  { column: 'label_vi', type: 'string', vi: 'Tên của dòng bằng tiếng Việt', en: 'Name of the row in Vietnamese' },
  { column: 'label_en', type: 'string', vi: 'Tên của dòng bằng tiếng Anh', en: 'Name of the row in English' },
  { column: 'suppressed', type: 'boolean', vi: 'true: số liệu bị ẩn vì quá ít người (dưới ngưỡng) hoặc để không suy ra được ô bị ẩn khác', en: 'true: figures hidden because too few people are in the cell (below the threshold) or so that another hidden cell cannot be worked out' },
  { column: 'requests', type: 'integer or empty', vi: 'Số yêu cầu trợ giúp pháp lý tiếp nhận trong kỳ', en: 'Legal aid requests received in the period' },
  { column: 'accepted', type: 'integer or empty', vi: 'Trong số đó, số yêu cầu được thụ lý', en: 'Of those, requests accepted (thụ lý)' },
  { column: 'cases', type: 'integer or empty', vi: 'Trong số đó, số vụ việc đã phân công người thực hiện', en: 'Of those, matters assigned to a provider (cases opened)' },
] as const;

const csvCell = (v: unknown) => {
  const s = v === null || v === undefined ? '' : String(v);
  return /[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
};
const csv = (rows: unknown[][]) => '\uFEFF' + rows.map((r) => r.map(csvCell).join(',')).join('\r\n') + '\r\n';

export function statisticsCsv(s: PublishedStatistics): string {
  const rows: unknown[][] = [['period', 'period_kind', 'from', 'to', 'grouping', 'key', 'label_vi', 'label_en', 'suppressed', 'requests', 'accepted', 'cases']];
  for (const p of s.periods) {
    for (const t of p.tables) {
      for (const [key, r] of [['TOTAL', t.total] as const, ...t.rows.map((r) => [r.key, r] as const)]) {
        if (t.groupBy !== 'NONE' && key === 'TOTAL') continue; // one total per period, in the NONE rows
        const l = key === 'TOTAL' ? GROUPING_LABELS.NONE : keyLabel(t.groupBy, key);
        rows.push([p.period, periodKind(p.period), p.from, p.to, t.groupBy, key ?? '', l.vi, l.en, r.suppressed, r.requests, r.accepted, r.cases]);
      }
    }
  }
  return csv(rows);
}

export function statisticsDictionaryCsv(): string {
  return csv([['column', 'type', 'description_vi', 'description_en'], ...STATISTICS_DICTIONARY.map((d) => [d.column, d.type, d.vi, d.en])]);
}

/** A year's JSON file: the figures and where their dictionary is. */
export function statisticsJson(s: PublishedStatistics): string {
  return JSON.stringify({ ...s, dictionary: 'dictionary.json' });
}

/** The dictionary as JSON. */
export function statisticsDictionaryJson(): string {
  return JSON.stringify({ columns: STATISTICS_DICTIONARY, groupings: GROUPING_LABELS });
}
