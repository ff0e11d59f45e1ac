import { z } from 'zod';
import { AdministrativeUnits, type AdminUnitsFile } from '@legalaid/contracts';
import { normalise } from '../domain/personal-data-crypto.js';

/**
 * Turns the official national list of administrative units (CSV, as the
 * statistics office publishes it, Vietnamese or English headers) into the
 * reference file format `legalaid.admin-units/v1`. Headers are matched
 * without case or diacritics, so "Mã xã", "MA XA" and "commune_code" all work.
 */
const HEADERS = {
  provinceCode: ['ma tinh', 'ma tp', 'ma tinh/tp', 'ma tinh thanh pho', 'province code', 'province_code', 'provincecode'],
  provinceName: ['tinh / thanh pho', 'tinh/thanh pho', 'ten tinh', 'tinh thanh pho', 'ten tinh/tp', 'province', 'province name', 'province_name'],
  code: ['ma xa', 'ma px', 'ma phuong xa', 'ma', 'code', 'commune code', 'commune_code', 'ward_code'],
  name: ['ten xa', 'phuong xa', 'ten phuong xa', 'ten', 'name', 'commune name', 'commune_name'],
  level: ['cap', 'level', 'loai', 'kind'],
  oldCode: ['ma cu', 'old code', 'old_code', 'former code', 'ma xa cu', 'old_ward_code'],
  oldName: ['ten cu', 'old name', 'old_name', 'former name', 'ten xa cu', 'old_ward_name'],
  oldLevel: ['cap cu', 'old level', 'old_level'],
  oldDistrict: ['quan/huyen cu', 'quan huyen cu', 'huyen cu', 'old district', 'old_district_name'],
  oldProvince: ['tinh cu', 'tinh/thanh pho cu', 'old province', 'old_province_name'],
  newCode: ['ma moi', 'new code', 'new_code', 'successor code', 'successor_code', 'ma xa moi', 'new_ward_code'],
  until: ['den ngay', 'until', 'valid until'],
} as const;

/** Case and diacritics folding for header matching: the same folding as blind indexes use. */
export const fold = normalise;

/** RFC 4180 CSV: quoted fields, doubled quotes, commas or semicolons, CRLF or LF, optional BOM. */
export function parseCsv(text: string): string[][] {
  const src = text.replace(/^\uFEFF/, '');
  const firstLine = src.split(/\r?\n/, 1)[0] ?? '';
  const sep = (firstLine.match(/;/g)?.length ?? 0) > (firstLine.match(/,/g)?.length ?? 0) ? ';' : ',';
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < src.length; i++) {
    const c = src[i];
    if (quoted) {
      if (c === '"' && src[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === sep) {
      row.push(field);
      field = '';
    } else if (c === '\n' || c === '\r') {
      if (c === '\r' && src[i + 1] === '\n') i++;
      row.push(field);
      if (row.some((f) => f.trim() !== '')) rows.push(row);
      row = [];
      field = '';
    } else field += c;
  }
  row.push(field);
  if (row.some((f) => f.trim() !== '')) rows.push(row);
  return rows;
}

function columns<K extends keyof typeof HEADERS>(header: string[], wanted: readonly K[], required: readonly K[]): Record<K, number> {
  const folded = header.map(fold);
  const out = {} as Record<K, number>;
  for (const key of wanted) {
    out[key] = folded.findIndex((h) => (HEADERS[key] as readonly string[]).includes(h));
    if (out[key] < 0 && required.includes(key)) throw new Error(`the CSV has no column for ${key} (accepted headers: ${HEADERS[key].join(', ')}); found: ${header.join(', ')}`);
  }
  return out;
}

/** Codes keep their leading zeros: spreadsheets drop them, so pad to the official width. */
function code(raw: string, width: number): string {
  const digits = raw.trim().replace(/\.0$/, '');
  if (!/^\d+$/.test(digits)) throw new Error(`"${raw}" is not an administrative unit code`);
  return digits.padStart(width, '0');
}

function kindOf(level: string, name: string): 'WARD' | 'COMMUNE' | 'SPECIAL_ZONE' {
  const l = fold(level || name);
  if (l.includes('dac khu') || l.includes('special')) return 'SPECIAL_ZONE';
  if (l.includes('phuong') || l.includes('ward')) return 'WARD';
  return 'COMMUNE';
}

export interface ImportOptions {
  provinces?: string[];
  effectiveFrom: string;
  source: string;
  /** The provinces before the 2025 reform (CSV `Mã;Tên`), to find a former commune's province by name. */
  provincesBefore?: string;
}

/** One line of history: an old unit and one unit that took over (part of) its area. */
export interface FormerRow {
  oldCode: string;
  oldName: string;
  oldLevel?: string;
  newCode: string;
  provinceCode?: string;
  provinceName?: string;
  districtName?: string;
  until?: string;
}

/**
 * Where former units come from: a CSV (`Mã cũ;Tên cũ;Cấp cũ;[Quận/huyện cũ;][Tỉnh cũ;]Mã mới`,
 * one line per successor) or rows already read (e.g. {@link formerRowsFromWardMappings}).
 */
export type FormerSource = string | FormerRow[];

export function formerRowsFromCsv(csv: string): FormerRow[] {
  const [fh, ...frows] = parseCsv(csv);
  const fc = columns(fh ?? [], ['oldCode', 'oldName', 'oldLevel', 'oldDistrict', 'oldProvince', 'newCode', 'provinceCode', 'until'], ['oldCode', 'oldName', 'newCode']);
  const cell = (r: string[], i: number) => (i >= 0 && r[i]?.trim() ? r[i].trim() : undefined);
  return frows.map((r) => ({
    oldCode: r[fc.oldCode] ?? '',
    oldName: r[fc.oldName] ?? '',
    oldLevel: cell(r, fc.oldLevel),
    newCode: r[fc.newCode] ?? '',
    provinceCode: cell(r, fc.provinceCode),
    provinceName: cell(r, fc.oldProvince),
    districtName: cell(r, fc.oldDistrict),
    until: cell(r, fc.until),
  }));
}

/**
 * The correspondence table of former and new communes as published by
 * quangtam/vietnam-address-converter (MIT; `src/data/address.json`, a
 * phpMyAdmin JSON export whose table `ward_mappings` has one row per old
 * commune and new commune: `old_ward_code`, `old_ward_name`,
 * `old_district_name`, `old_province_name`, `new_ward_code`).
 */
const WardMappingsExport = z.array(z.object({ type: z.string(), name: z.string().optional(), data: z.array(z.record(z.string(), z.unknown())).optional() }).passthrough());
const WardMappingRow = z.object({
  old_ward_code: z.string().nullable(),
  old_ward_name: z.string().nullable(),
  old_district_name: z.string().nullable(),
  old_province_name: z.string().nullable(),
  new_ward_code: z.string(),
});
export function formerRowsFromWardMappings(json: unknown): FormerRow[] {
  const table = WardMappingsExport.parse(json).find((t) => t.type === 'table' && t.name === 'ward_mappings');
  if (!table?.data) throw new Error('the file has no table "ward_mappings"');
  return table.data.flatMap((raw, i) => {
    const r = WardMappingRow.safeParse(raw);
    if (!r.success) throw new Error(`ward_mappings row ${i + 1}: ${r.error.issues.map((x) => `${x.path.join('.')}: ${x.message}`).join('; ')}`);
    const m = r.data;
    // A new unit formed from no earlier commune (e.g. Đặc khu Hoàng Sa) has an empty row.
    if (!m.old_ward_code?.trim() || !m.old_ward_name?.trim()) return [];
    return [{ oldCode: m.old_ward_code, oldName: m.old_ward_name, oldLevel: 'Xã', newCode: m.new_ward_code, provinceName: m.old_province_name ?? undefined, districtName: m.old_district_name ?? undefined }];
  });
}

export function buildUnitsFile(unitsCsv: string, formerCsv: FormerSource | FormerSource[] | null, options: ImportOptions): AdminUnitsFile {
  const [header, ...rows] = parseCsv(unitsCsv);
  if (!header) throw new Error('the units CSV is empty');
  const col = columns(header, ['provinceCode', 'provinceName', 'code', 'name', 'level'], ['provinceCode', 'provinceName', 'code', 'name']);
  const wanted = options.provinces?.length ? new Set(options.provinces.map((p) => code(p, 2))) : null;
  const provinces = new Map<string, AdminUnitsFile['provinces'][number]>();
  const units: AdminUnitsFile['units'] = [];
  rows.forEach((r, i) => {
    try {
      const provinceCode = code(r[col.provinceCode], 2);
      if (wanted && !wanted.has(provinceCode)) return;
      const provinceName = r[col.provinceName].trim();
      if (!provinces.has(provinceCode)) provinces.set(provinceCode, { code: provinceCode, name: provinceName, kind: fold(provinceName).startsWith('thanh pho') ? 'CITY' : 'PROVINCE' });
      const name = r[col.name].trim();
      units.push({ code: code(r[col.code], 5), name, kind: kindOf(col.level >= 0 ? (r[col.level] ?? '') : '', name), provinceCode });
    } catch (err) {
      throw new Error(`units CSV line ${i + 2}: ${(err as Error).message}`);
    }
  });
  return unitsFile([...provinces.values()], units, formerCsv, options, `Imported from the official list of administrative units (${options.source}).`);
}

/**
 * The reference file from current units and the former units (old code, old
 * name, old level, successor code; for a commune also its district and
 * province at the time): history is kept only where it points into the
 * imported units, and only for codes no current unit took over.
 */
export function unitsFile(
  provinces: AdminUnitsFile['provinces'],
  units: AdminUnitsFile['units'],
  former: FormerSource | FormerSource[] | null,
  options: ImportOptions,
  description: string,
): AdminUnitsFile {
  const sources: FormerSource[] = former === null ? [] : typeof former === 'string' || isRows(former) ? [former] : former;
  const provinceByName = provinceNames(provinces, options.provincesBefore);
  const byCode = new Map<string, AdminUnitsFile['formerUnits'][number]>();
  for (const source of sources) {
    const rows = typeof source === 'string' ? formerRowsFromCsv(source) : source;
    rows.forEach((r, i) => {
      try {
        const raw = r.oldCode.trim();
        const level = r.oldLevel ? fold(r.oldLevel) : '';
        const lvl: 'PROVINCE' | 'DISTRICT' | 'COMMUNE' =
          level.includes('tinh') || level.includes('province') || raw.length <= 2 ? 'PROVINCE' : level.includes('huyen') || level.includes('district') || raw.length === 3 ? 'DISTRICT' : 'COMMUNE';
        const oldCode = code(raw, lvl === 'PROVINCE' ? 2 : lvl === 'DISTRICT' ? 3 : 5);
        const successor = code(r.newCode, lvl === 'PROVINCE' ? 2 : 5);
        const existing = byCode.get(oldCode);
        if (existing) {
          if (!existing.successorCodes.includes(successor)) existing.successorCodes.push(successor);
          return;
        }
        const provinceCode = r.provinceCode ? code(r.provinceCode, 2) : r.provinceName ? provinceByName(r.provinceName) : undefined;
        byCode.set(oldCode, {
          code: oldCode,
          name: r.oldName.trim(),
          level: lvl,
          ...(provinceCode ? { provinceCode } : {}),
          ...(r.districtName?.trim() ? { districtName: r.districtName.trim() } : {}),
          until: r.until?.trim() || dayBefore(options.effectiveFrom),
          successorCodes: [successor],
        });
      } catch (err) {
        throw new Error(`former units${typeof source === 'string' ? ` CSV line ${i + 2}` : `, row ${i + 1}`}: ${(err as Error).message}`);
      }
    });
  }
  // Keep only history that points into the imported units (when filtering by province),
  // and not a code a current unit took over (its record then means the current unit).
  const current = new Set([...provinces.map((p) => p.code), ...units.map((u) => u.code)]);
  const formerUnits: AdminUnitsFile['formerUnits'] = [];
  for (const f of byCode.values()) {
    f.successorCodes = f.successorCodes.filter((c) => current.has(c));
    if (f.successorCodes.length && !current.has(f.code)) formerUnits.push(f);
  }
  const file: AdminUnitsFile = {
    format: 'legalaid.admin-units/v1',
    description,
    source: options.source,
    effectiveFrom: options.effectiveFrom,
    provinces,
    units,
    formerUnits,
  };
  new AdministrativeUnits(file); // refuses duplicates, unknown provinces, reused codes
  return file;
}

const isRows = (x: FormerSource | FormerSource[]): x is FormerRow[] => Array.isArray(x) && x.length > 0 && typeof x[0] === 'object' && !Array.isArray(x[0]);

/** A province's code from its name at the time ("Tỉnh Kiên Giang", "Thành phố Huế"), among the provinces before the reform and the current ones. */
function provinceNames(current: AdminUnitsFile['provinces'], before: string | undefined): (name: string) => string {
  const key = (name: string) => fold(name).replace(/^(tinh|thanh pho)\s+/, '');
  const byName = new Map<string, string>();
  for (const p of current) byName.set(key(p.name), p.code);
  if (before) {
    const [header, ...rows] = parseCsv(before);
    const c = columns(header ?? [], ['code', 'name'], ['code', 'name']);
    for (const r of rows) byName.set(key(r[c.name]), code(r[c.code], 2));
  }
  return (name) => {
    const found = byName.get(key(name));
    if (!found) throw new Error(`no province named "${name}" (before or after the 2025 reform)`);
    return found;
  };
}

function dayBefore(date: string): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() - 1);
  return d.toISOString().slice(0, 10);
}
