import { z } from 'zod';
import type { AdminUnitsFile } from '@legalaid/contracts';
import { unitsFile, type FormerSource, type ImportOptions } from './units-csv.js';

/**
 * Turns the JSON release of thanglequoc/vietnamese-provinces-database (MIT;
 * generated from the official registry of administrative units) into the
 * reference file format `legalaid.admin-units/v1`: provinces with their
 * wards, communes and special zones, Vietnamese and English names.
 */
const Unit = z.object({ Code: z.string().regex(/^\d+$/), FullName: z.string().min(1), FullNameEn: z.string().min(1), AdministrativeUnitShortName: z.string() });
const ProvincesDatabaseSchema = z.array(
  Unit.extend({
    Type: z.literal('province'),
    Wards: z.array(Unit.extend({ Type: z.literal('ward'), ProvinceCode: z.string() })).min(1),
  }),
);

const COMMUNE_KINDS: Record<string, AdminUnitsFile['units'][number]['kind']> = { Phường: 'WARD', Xã: 'COMMUNE', 'Đặc khu': 'SPECIAL_ZONE' };

export function fromProvincesDatabase(json: unknown, formerCsv: FormerSource | FormerSource[] | null, options: ImportOptions): AdminUnitsFile {
  const parsed = ProvincesDatabaseSchema.parse(json);
  const wanted = options.provinces?.length ? new Set(options.provinces) : null;
  const provinces: AdminUnitsFile['provinces'] = [];
  const units: AdminUnitsFile['units'] = [];
  for (const p of parsed) {
    if (wanted && !wanted.has(p.Code)) continue;
    provinces.push({ code: p.Code, name: p.FullName, nameEn: p.FullNameEn, kind: p.AdministrativeUnitShortName === 'Thành phố' ? 'CITY' : 'PROVINCE' });
    for (const w of p.Wards) {
      const kind = COMMUNE_KINDS[w.AdministrativeUnitShortName];
      if (!kind) throw new Error(`unit ${w.Code} (${w.FullName}) has an unknown unit type "${w.AdministrativeUnitShortName}"`);
      if (w.ProvinceCode !== p.Code) throw new Error(`unit ${w.Code} (${w.FullName}) is listed under province ${p.Code} but names ${w.ProvinceCode}`);
      units.push({ code: w.Code, name: w.FullName, nameEn: w.FullNameEn, kind, provinceCode: p.Code });
    }
  }
  return unitsFile(
    provinces,
    units,
    formerCsv,
    options,
    `Viet Nam's administrative units after the reorganisation in force from ${options.effectiveFrom} (two-level local government: provinces and commune-level units, no districts), with the former provinces and communes pointing at their successors. Units: ${options.source}, generated from the official registry by the open-source project thanglequoc/vietnamese-provinces-database (MIT licence, see NOTICE.md beside this file).`,
  );
}
