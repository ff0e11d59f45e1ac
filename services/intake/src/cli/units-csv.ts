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
  oldCode: ['ma cu', 'old code', 'old_code', 'former code'],
  oldName: ['ten cu', 'old name', 'old_name', 'former name'],
  oldLevel: ['cap cu', 'old level', 'old_level'],
  newCode: ['ma moi', 'new code', 'new_code', 'successor code', 'successor_code'],
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
}

export function buildUnitsFile(unitsCsv: string, formerCsv: string | null, options: ImportOptions): AdminUnitsFile {
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
 * The reference file from current units and the former-units CSV (old code,
 * old name, old level, successor code): history is kept only where it points
 * into the imported units.
 */
export function unitsFile(
  provinces: AdminUnitsFile['provinces'],
  units: AdminUnitsFile['units'],
  formerCsv: string | null,
  options: ImportOptions,
  description: string,
): AdminUnitsFile {
  const formerUnits: AdminUnitsFile['formerUnits'] = [];
  if (formerCsv) {
    const [fh, ...frows] = parseCsv(formerCsv);
    const fc = columns(fh ?? [], ['oldCode', 'oldName', 'oldLevel', 'newCode', 'provinceCode', 'until'], ['oldCode', 'oldName', 'newCode']);
    const byCode = new Map<string, AdminUnitsFile['formerUnits'][number]>();
    frows.forEach((r, i) => {
      try {
        const raw = r[fc.oldCode].trim();
        const level = fc.oldLevel >= 0 && r[fc.oldLevel] ? fold(r[fc.oldLevel]) : '';
        const lvl: 'PROVINCE' | 'DISTRICT' | 'COMMUNE' =
          level.includes('tinh') || level.includes('province') || raw.length <= 2 ? 'PROVINCE' : level.includes('huyen') || level.includes('district') || raw.length === 3 ? 'DISTRICT' : 'COMMUNE';
        const oldCode = code(raw, lvl === 'PROVINCE' ? 2 : lvl === 'DISTRICT' ? 3 : 5);
        const successor = code(r[fc.newCode], lvl === 'PROVINCE' ? 2 : 5);
        const existing = byCode.get(oldCode);
        if (existing) {
          if (!existing.successorCodes.includes(successor)) existing.successorCodes.push(successor);
          return;
        }
        byCode.set(oldCode, {
          code: oldCode,
          name: r[fc.oldName].trim(),
          level: lvl,
          ...(fc.provinceCode >= 0 && r[fc.provinceCode]?.trim() ? { provinceCode: code(r[fc.provinceCode], 2) } : {}),
          until: fc.until >= 0 && r[fc.until]?.trim() ? r[fc.until].trim() : dayBefore(options.effectiveFrom),
          successorCodes: [successor],
        });
      } catch (err) {
        throw new Error(`former units CSV line ${i + 2}: ${(err as Error).message}`);
      }
    });
    // Keep only history that points into the imported units (when filtering by province).
    const current = new Set([...provinces.map((p) => p.code), ...units.map((u) => u.code)]);
    for (const f of byCode.values()) {
      f.successorCodes = f.successorCodes.filter((c) => current.has(c));
      if (f.successorCodes.length && !current.has(f.code)) formerUnits.push(f);
    }
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

function dayBefore(date: string): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() - 1);
  return d.toISOString().slice(0, 10);
}
