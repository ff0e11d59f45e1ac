/** CSV for Excel users: RFC 4180, CRLF, a UTF-8 byte-order mark so Vietnamese shows correctly. */
export const BOM = '\uFEFF';

export interface CsvColumn<T> {
  header: string;
  value: (row: T) => string | number | boolean | null | undefined;
}

function cell(value: string | number | boolean | null | undefined): string {
  if (value === null || value === undefined) return '';
  const s = typeof value === 'number' ? String(value) : String(value);
  // A leading = + - @ would be run as a formula by spreadsheets; quote and prefix it.
  const safe = /^[=+\-@\t\r]/.test(s) && typeof value !== 'number' ? `'${s}` : s;
  return /[",\r\n;]/.test(safe) || safe !== s ? `"${safe.replace(/"/g, '""')}"` : safe;
}

export function toCsv<T>(rows: readonly T[], columns: readonly CsvColumn<T>[]): string {
  const lines = [columns.map((c) => cell(c.header)).join(',')];
  for (const row of rows) lines.push(columns.map((c) => cell(c.value(row))).join(','));
  return BOM + lines.join('\r\n') + '\r\n';
}

/** A statistics row whose small cells the service suppressed: the value is empty and `suppressed` says so. */
export interface CountCell {
  value: number | null;
  suppressed: boolean;
}

export function countColumns<T>(header: string, pick: (row: T) => CountCell): CsvColumn<T>[] {
  return [
    { header, value: (r) => (pick(r).suppressed ? '' : pick(r).value) },
    { header: `${header}_suppressed`, value: (r) => (pick(r).suppressed ? 'true' : 'false') },
  ];
}

/** Tab-separated copy for pasting into a spreadsheet whatever its list separator. */
export function toTsv<T>(rows: readonly T[], columns: readonly CsvColumn<T>[]): string {
  const clean = (v: unknown) => (v === null || v === undefined ? '' : String(v).replace(/[\t\r\n]+/g, ' '));
  return [columns.map((c) => clean(c.header)).join('\t'), ...rows.map((r) => columns.map((c) => clean(c.value(r))).join('\t'))].join('\n');
}
