import {
  AdministrativeUnits,
  AidForms,
  bundledAdminUnits,
  CASE_OUTCOME_LABELS,
  DomainError,
  EligibilityGroups,
  FieldsOfLaw,
  OversightRpc,
  periodKind,
  type CaseOutcome,
  type PublishedStatistics,
} from '@legalaid/contracts';
import { badRequest, callPublic, onlyParams, send, sendJson, type OpenDataContext } from './http.js';

/**
 * Published statistics: a public page (plain HTML, Vietnamese and English)
 * and machine-readable files (CSV with a byte-order mark, JSON, and a data
 * dictionary) of requests, acceptances and cases by fixed calendar period
 * and by province, eligible group, field of law, form of aid and outcome.
 * Oversight computes and suppresses the figures (every table of a year
 * together); this only lays them out.
 */

type Lang = 'vi' | 'en';
type Grouping = PublishedStatistics['periods'][number]['tables'][number]['groupBy'];
type Row = PublishedStatistics['periods'][number]['tables'][number]['rows'][number];

const units = new AdministrativeUnits(bundledAdminUnits);

const GROUPING_LABELS: Record<Grouping, { vi: string; en: string }> = {
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
export function keyLabel(groupBy: Grouping, key: string | null): { vi: string; en: string } {
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
export const DICTIONARY = [
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

export function dictionaryCsv(): string {
  return csv([['column', 'type', 'description_vi', 'description_en'], ...DICTIONARY.map((d) => [d.column, d.type, d.vi, d.en])]);
}

const esc = (s: string) => s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

const TEXT = {
  vi: {
    title: 'Số liệu trợ giúp pháp lý công khai',
    intro: (y: number, t: number) =>
      `Số yêu cầu tiếp nhận, được thụ lý và đã phân công người thực hiện trong năm ${y}, theo kỳ cố định (tháng, quý, năm, giờ Việt Nam). Ô có dưới ${t} người, và các ô cần ẩn kèm để không suy ra được chúng, được ghi “ẩn”.`,
    files: 'Tệp dữ liệu',
    none: 'Chưa có kỳ nào kết thúc trong năm này.',
    hidden: 'ẩn',
    hiddenTitle: 'Ẩn để bảo vệ danh tính người được trợ giúp',
    cols: ['Yêu cầu', 'Thụ lý', 'Vụ việc'],
    other: 'English',
    years: 'Năm khác',
  },
  en: {
    title: 'Published legal aid statistics',
    intro: (y: number, t: number) =>
      `Requests received, accepted and assigned to a provider in ${y}, by fixed period (month, quarter, year, Viet Nam time). Cells with fewer than ${t} people, and the cells hidden with them so they cannot be worked out, show “hidden”.`,
    files: 'Data files',
    none: 'No period of this year has ended yet.',
    hidden: 'hidden',
    hiddenTitle: 'Hidden to protect the people helped',
    cols: ['Requests', 'Accepted', 'Cases'],
    other: 'Tiếng Việt',
    years: 'Other years',
  },
} as const;

export function statisticsPage(s: PublishedStatistics, lang: Lang, years: number[]): string {
  const T = TEXT[lang];
  const other: Lang = lang === 'vi' ? 'en' : 'vi';
  const fig = (r: Row, m: 'requests' | 'accepted' | 'cases') =>
    r.suppressed || r[m] === null ? `<td><abbr title="${esc(T.hiddenTitle)}">${T.hidden}</abbr></td>` : `<td>${r[m]}</td>`;
  // Quarters and the year that have ended, as columns; months are in the files.
  const periods = s.periods.filter((p) => periodKind(p.period) !== 'MONTH');
  const tables = (['NONE', 'PROVINCE', 'ELIGIBILITY_GROUP', 'FIELD_OF_LAW', 'AID_FORM', 'OUTCOME'] as const).map((g) => {
    const keys = [...new Set(periods.flatMap((p) => p.tables.find((t) => t.groupBy === g)!.rows.map((r) => r.key)))];
    const rowsOf = (key: string | null | 'TOTAL') =>
      periods.map((p) => {
        const t = p.tables.find((x) => x.groupBy === g)!;
        const r = key === 'TOTAL' ? t.total : t.rows.find((x) => x.key === key) ?? { key, suppressed: false, requests: 0, accepted: 0, cases: 0 };
        return fig(r, 'requests') + fig(r, 'accepted') + fig(r, 'cases');
      });
    const body = [...(g === 'NONE' ? [] : keys), 'TOTAL' as const]
      .map((k) => `<tr><th scope="row">${esc(k === 'TOTAL' ? GROUPING_LABELS.NONE[lang] : keyLabel(g, k)[lang])}</th>${rowsOf(k).join('')}</tr>`)
      .join('\n');
    return `<table>
<caption>${esc(GROUPING_LABELS[g][lang])} — ${s.year}</caption>
<thead><tr><th scope="col" rowspan="2">${esc(GROUPING_LABELS[g][lang])}</th>${periods.map((p) => `<th scope="colgroup" colspan="3">${p.period}</th>`).join('')}</tr>
<tr>${periods.map(() => T.cols.map((c) => `<th scope="col">${c}</th>`).join('')).join('')}</tr></thead>
<tbody>
${body}
</tbody>
</table>`;
  });
  return `<!doctype html>
<html lang="${lang}">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${esc(T.title)} ${s.year}</title>
<style>body{font-family:system-ui,sans-serif;max-width:72rem;margin:1rem auto;padding:0 1rem;line-height:1.5;color:#111}table{border-collapse:collapse;margin:1.5rem 0;display:block;overflow-x:auto}th,td{border:1px solid #666;padding:.25rem .5rem;text-align:right}th[scope=row],caption{text-align:left}caption{font-weight:bold;font-size:1.1rem}a{color:#0645ad}</style>
</head>
<body>
<main>
<h1>${esc(T.title)} ${s.year}</h1>
<p><a href="/open-data/statistics?year=${s.year}&amp;lang=${other}" lang="${other}" hreflang="${other}">${T.other}</a></p>
<p>${esc(T.intro(s.year, s.threshold))}</p>
<h2>${esc(T.files)}</h2>
<ul>
<li><a href="/open-data/statistics/${s.year}.csv">${s.year}.csv</a> (CSV, UTF-8)</li>
<li><a href="/open-data/statistics/${s.year}.json">${s.year}.json</a> (JSON)</li>
<li><a href="/open-data/statistics/dictionary.csv">dictionary.csv</a>, <a href="/open-data/statistics/dictionary.json">dictionary.json</a></li>
</ul>
<nav aria-label="${esc(T.years)}"><p>${esc(T.years)}: ${years.map((y) => (y === s.year ? `<strong aria-current="page">${y}</strong>` : `<a href="/open-data/statistics?year=${y}&amp;lang=${lang}">${y}</a>`)).join(' · ')}</p></nav>
${periods.length === 0 ? `<p>${esc(T.none)}</p>` : tables.join('\n')}
</main>
</body>
</html>
`;
}

function yearFrom(raw: string | null, now: Date): number {
  const current = Number(new Date(now.getTime() + 7 * 3600_000).toISOString().slice(0, 4));
  if (raw === null) return current;
  if (!/^\d{4}$/.test(raw)) throw badRequest('year must be four digits, e.g. 2026', 'year');
  const y = Number(raw);
  if (y < 2000) throw badRequest('year must be 2000 or later', 'year');
  if (y > current) throw new DomainError('NOT_FOUND', `no figures are published for ${y}: it has not begun`);
  return y;
}

/** Answers `/open-data/statistics...`; false when the path is not one of its files. */
export async function serveStatistics(ctx: OpenDataContext, path: string, now = new Date()): Promise<boolean> {
  const { res, url, req } = ctx;
  const rest = path.replace(/^\/open-data\/statistics\/?/, '');
  if (rest === '') {
    onlyParams(url, ['year', 'lang']);
    const langParam = url.searchParams.get('lang');
    if (langParam !== null && langParam !== 'vi' && langParam !== 'en') throw badRequest('lang must be vi or en', 'lang');
    const lang: Lang = (langParam as Lang | null) ?? (/^en\b/i.test(req.headers['accept-language'] ?? '') ? 'en' : 'vi');
    const year = yearFrom(url.searchParams.get('year'), now);
    const data = await callPublic(ctx, OversightRpc.publishedStatistics, { year });
    const current = yearFrom(null, now);
    const years = [current, current - 1, current - 2];
    send(res, 200, 'text/html; charset=utf-8', statisticsPage(data, lang, years), { 'content-language': lang });
    return true;
  }
  onlyParams(url, []);
  if (rest === 'dictionary.json') {
    sendJson(res, 200, { columns: DICTIONARY, groupings: GROUPING_LABELS });
    return true;
  }
  if (rest === 'dictionary.csv') {
    send(res, 200, 'text/csv; charset=utf-8', dictionaryCsv(), { 'content-disposition': 'attachment; filename="dictionary.csv"' });
    return true;
  }
  const file = /^(\d{4})\.(json|csv)$/.exec(rest);
  if (!file) return false;
  const year = yearFrom(file[1], now);
  const data = await callPublic(ctx, OversightRpc.publishedStatistics, { year });
  if (file[2] === 'json') sendJson(res, 200, { ...data, dictionary: 'dictionary.json' });
  else send(res, 200, 'text/csv; charset=utf-8', statisticsCsv(data), { 'content-disposition': `attachment; filename="legal-aid-statistics-${year}.csv"` });
  return true;
}
