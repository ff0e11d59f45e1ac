import {
  DomainError,
  GROUPING_LABELS,
  keyLabel,
  OversightRpc,
  periodKind,
  PublishedStatisticsSchema,
  statisticsDictionaryCsv,
  statisticsDictionaryJson,
  type PublishedStatistics,
  type StatisticsRow,
} from '@legalaid/contracts';
import { badRequest, callPublic, onlyParams, send, type OpenDataContext } from './http.js';

/**
 * Published statistics: a public page (plain HTML, Vietnamese and English)
 * and machine-readable files (CSV with a byte-order mark, JSON, and a data
 * dictionary) of requests, acceptances and cases by fixed calendar period
 * and by province, eligible group, field of law, form of aid and outcome.
 * Oversight computes and suppresses the figures (every table of a year
 * together) when a period ends and stores the files; this serves the
 * stored bytes (their hash is the ETag) and lays the page out from the
 * stored JSON. Nothing here computes a figure.
 */

type Lang = 'vi' | 'en';
type Row = StatisticsRow;

const esc = (s: string) => s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

const TEXT = {
  vi: {
    title: 'Số liệu trợ giúp pháp lý công khai',
    intro: (y: number, t: number) =>
      `Số yêu cầu tiếp nhận, được thụ lý và đã phân công người thực hiện trong năm ${y}, theo kỳ cố định (tháng, quý, năm, giờ Việt Nam). Ô có dưới ${t} người, và các ô cần ẩn kèm để không suy ra được chúng, được ghi “ẩn”.`,
    files: 'Tệp dữ liệu',
    none: 'Chưa có kỳ nào kết thúc trong năm này.',
    notComputed: (y: number) => `Số liệu năm ${y} chưa được tính. Số liệu được tính khi mỗi tháng kết thúc (năm nay và năm trước); các năm khác theo yêu cầu.`,
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
    notComputed: (y: number) => `The figures for ${y} have not been computed. They are computed as each month ends (this year and the last); other years on request.`,
    hidden: 'hidden',
    hiddenTitle: 'Hidden to protect the people helped',
    cols: ['Requests', 'Accepted', 'Cases'],
    other: 'Tiếng Việt',
    years: 'Other years',
  },
} as const;

export function statisticsPage(s: PublishedStatistics, lang: Lang, years: number[]): string {
  const T = TEXT[lang];
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
  const main = `<p>${esc(T.intro(s.year, s.threshold))}</p>
<h2>${esc(T.files)}</h2>
<ul>
<li><a href="/open-data/statistics/${s.year}.csv">${s.year}.csv</a> (CSV, UTF-8)</li>
<li><a href="/open-data/statistics/${s.year}.json">${s.year}.json</a> (JSON)</li>
<li><a href="/open-data/statistics/dictionary.csv">dictionary.csv</a>, <a href="/open-data/statistics/dictionary.json">dictionary.json</a></li>
</ul>
${yearsNav(s.year, lang, years)}
${periods.length === 0 ? `<p>${esc(T.none)}</p>` : tables.join('\n')}`;
  return pageShell(s.year, lang, main);
}

function yearsNav(year: number, lang: Lang, years: number[]): string {
  const T = TEXT[lang];
  return `<nav aria-label="${esc(T.years)}"><p>${esc(T.years)}: ${years.map((y) => (y === year ? `<strong aria-current="page">${y}</strong>` : `<a href="/open-data/statistics?year=${y}&amp;lang=${lang}">${y}</a>`)).join(' · ')}</p></nav>`;
}

function pageShell(year: number, lang: Lang, main: string): string {
  const T = TEXT[lang];
  const other: Lang = lang === 'vi' ? 'en' : 'vi';
  return `<!doctype html>
<html lang="${lang}">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${esc(T.title)} ${year}</title>
<style>body{font-family:system-ui,sans-serif;max-width:72rem;margin:1rem auto;padding:0 1rem;line-height:1.5;color:#111}table{border-collapse:collapse;margin:1.5rem 0;display:block;overflow-x:auto}th,td{border:1px solid #666;padding:.25rem .5rem;text-align:right}th[scope=row],caption{text-align:left}caption{font-weight:bold;font-size:1.1rem}a{color:#0645ad}</style>
</head>
<body>
<main>
<h1>${esc(T.title)} ${year}</h1>
<p><a href="/open-data/statistics?year=${year}&amp;lang=${other}" lang="${other}" hreflang="${other}">${T.other}</a></p>
${main}
</main>
</body>
</html>
`;
}

/** The page for a year whose files have not been computed (a 404 a reader can read). */
export function notComputedPage(year: number, lang: Lang, years: number[]): string {
  return pageShell(year, lang, `<p>${esc(TEXT[lang].notComputed(year))}</p>\n${yearsNav(year, lang, years)}`);
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

/** A year's stored file from oversight (STATISTICS_NOT_COMPUTED, a 404, when it has none yet). */
function storedFile(ctx: OpenDataContext, year: number, format: 'json' | 'csv') {
  return callPublic(ctx, OversightRpc.publishedStatisticsFile, { year, format });
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
    const current = yearFrom(null, now);
    const years = [current, current - 1, current - 2];
    const file = await storedFile(ctx, year, 'json').catch((err: unknown) => {
      if (err instanceof DomainError && err.code === 'STATISTICS_NOT_COMPUTED') return null;
      throw err;
    });
    if (!file) {
      send(res, 404, 'text/html; charset=utf-8', notComputedPage(year, lang, years), { 'content-language': lang });
      return true;
    }
    const { dictionary: _link, ...figures } = JSON.parse(file.content) as PublishedStatistics & { dictionary?: string };
    const data = PublishedStatisticsSchema.parse(figures);
    send(res, 200, 'text/html; charset=utf-8', statisticsPage(data, lang, years), { 'content-language': lang });
    return true;
  }
  onlyParams(url, []);
  if (rest === 'dictionary.json') {
    send(res, 200, 'application/json; charset=utf-8', statisticsDictionaryJson());
    return true;
  }
  if (rest === 'dictionary.csv') {
    send(res, 200, 'text/csv; charset=utf-8', statisticsDictionaryCsv(), { 'content-disposition': 'attachment; filename="dictionary.csv"' });
    return true;
  }
  const match = /^(\d{4})\.(json|csv)$/.exec(rest);
  if (!match) return false;
  const year = yearFrom(match[1], now);
  const format = match[2] as 'json' | 'csv';
  const file = await storedFile(ctx, year, format);
  const etag = `"${file.sha256}"`;
  const headers = { etag, 'last-modified': new Date(file.computedAt).toUTCString() };
  if (req.headers['if-none-match'] === etag) {
    res.writeHead(304, { ...headers, 'cache-control': 'public, max-age=300', 'access-control-allow-origin': '*' });
    res.end();
    return true;
  }
  if (format === 'json') send(res, 200, 'application/json; charset=utf-8', file.content, headers);
  else send(res, 200, 'text/csv; charset=utf-8', file.content, { ...headers, 'content-disposition': `attachment; filename="legal-aid-statistics-${year}.csv"` });
  return true;
}
