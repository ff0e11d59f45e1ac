import { z } from 'zod';
import { DomainError } from '../errors.js';
import { foldVietnamese } from '../text.js';
import { UnitCodeSchema } from '../vocabulary.js';
import national from './units.vn-2025.json' with { type: 'json' };

/**
 * Administrative units as reference data (DESIGN.md §3 intake): provinces and
 * communes/wards as reorganised in 2025 (no districts from 1 July 2025), with
 * the former units kept as history pointing at their successors. Code never
 * hard-codes a unit: it asks this table, loaded from a file in the format
 * below (`legalaid.admin-units/v1`), which the import command builds from the
 * official national list.
 */
const LocalDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);
const Name = z.string().min(1).max(200);

export const UnitKinds = ['CITY', 'PROVINCE', 'WARD', 'COMMUNE', 'SPECIAL_ZONE'] as const;

export const AdminUnitsFileSchema = z
  .object({
    format: z.literal('legalaid.admin-units/v1'),
    description: z.string().optional(),
    source: z.string().optional(),
    /** The day this list came into force. */
    effectiveFrom: LocalDate,
    provinces: z.array(z.object({ code: UnitCodeSchema, name: Name, nameEn: Name.optional(), kind: z.enum(['CITY', 'PROVINCE']) }).strict()).min(1),
    /** Commune-level units: wards (phường), communes (xã) and special zones (đặc khu). */
    units: z
      .array(z.object({ code: UnitCodeSchema, name: Name, nameEn: Name.optional(), kind: z.enum(['WARD', 'COMMUNE', 'SPECIAL_ZONE']), provinceCode: UnitCodeSchema }).strict())
      .min(1),
    /** Units that no longer exist, each with the unit(s) that took over its area. */
    formerUnits: z
      .array(
        z
          .object({
            code: UnitCodeSchema,
            name: Name,
            level: z.enum(['PROVINCE', 'DISTRICT', 'COMMUNE']),
            /** The province the unit belonged to at the time (itself possibly a former province). */
            provinceCode: UnitCodeSchema.optional(),
            /** The district (quận, huyện, thị xã, thành phố thuộc tỉnh) a former commune belonged to. */
            districtName: Name.optional(),
            until: LocalDate,
            successorCodes: z.array(UnitCodeSchema).min(1),
          })
          .strict(),
      )
      .default([]),
  })
  .strict();
export type AdminUnitsFile = z.infer<typeof AdminUnitsFileSchema>;
export type Province = AdminUnitsFile['provinces'][number];
export type CommuneUnit = AdminUnitsFile['units'][number];
export type FormerUnit = AdminUnitsFile['formerUnits'][number];

export class AdministrativeUnits {
  private readonly provinces = new Map<string, Province>();
  private readonly units = new Map<string, CommuneUnit>();
  private readonly former = new Map<string, FormerUnit>();
  readonly effectiveFrom: string;

  constructor(data: unknown) {
    const parsed = AdminUnitsFileSchema.parse(data);
    this.effectiveFrom = parsed.effectiveFrom;
    for (const p of parsed.provinces) this.add(this.provinces, p.code, p);
    for (const u of parsed.units) {
      if (!this.provinces.has(u.provinceCode)) throw new Error(`unit ${u.code} names unknown province ${u.provinceCode}`);
      if (this.provinces.has(u.code)) throw new Error(`code ${u.code} is both a province and a commune-level unit`);
      this.add(this.units, u.code, u);
    }
    for (const f of parsed.formerUnits) {
      if (this.provinces.has(f.code) || this.units.has(f.code)) throw new Error(`former unit ${f.code} reuses a current code`);
      this.add(this.former, f.code, f);
    }
  }

  private add<T>(map: Map<string, T>, code: string, value: T): void {
    if (map.has(code)) throw new Error(`administrative unit code ${code} appears twice`);
    map.set(code, value);
  }

  province(code: string): Province | undefined {
    return this.provinces.get(code);
  }

  unit(code: string): CommuneUnit | undefined {
    return this.units.get(code);
  }

  formerUnit(code: string): FormerUnit | undefined {
    return this.former.get(code);
  }

  /** Current commune-level units, optionally of one province, in code order. */
  list(provinceCode?: string): CommuneUnit[] {
    return [...this.units.values()].filter((u) => !provinceCode || u.provinceCode === provinceCode).sort((a, b) => a.code.localeCompare(b.code));
  }

  listProvinces(): Province[] {
    return [...this.provinces.values()];
  }

  listFormer(): FormerUnit[] {
    return [...this.former.values()];
  }

  /**
   * Checks an address's unit codes: the province must exist now, the commune
   * (when given) must exist now and lie in that province. A former code is
   * refused with its successors named, so staff can correct it.
   */
  assertAddress(provinceCode: string, communeCode?: string | null): void {
    if (!this.provinces.has(provinceCode)) throw unknownUnit('provinceCode', provinceCode, this.former.get(provinceCode));
    if (communeCode === undefined || communeCode === null) return;
    const unit = this.units.get(communeCode);
    if (!unit) throw unknownUnit('communeCode', communeCode, this.former.get(communeCode));
    if (unit.provinceCode !== provinceCode) {
      throw new DomainError('UNKNOWN_UNIT', `unit ${communeCode} (${unit.name}) is not in province ${provinceCode}`, [
        { path: 'communeCode', message: `belongs to province ${unit.provinceCode}` },
      ]);
    }
  }

  /**
   * Current units whose Vietnamese or English name contains the query, case
   * and diacritics folded ("thu duc" finds Phường Thủ Đức, "da nang" Thành
   * phố Đà Nẵng); provinces first, then commune-level units, in code order.
   */
  search(query: string, opts: { provinceCode?: string; limit?: number } = {}): (Province | CommuneUnit)[] {
    const q = foldVietnamese(query);
    if (!q) return [];
    const matches = (u: { name: string; nameEn?: string }) => foldVietnamese(u.name).includes(q) || (u.nameEn !== undefined && foldVietnamese(u.nameEn).includes(q));
    const provinces = this.listProvinces().filter((p) => (!opts.provinceCode || p.code === opts.provinceCode) && matches(p));
    const units = this.list(opts.provinceCode).filter(matches);
    return [...provinces, ...units].slice(0, opts.limit ?? 50);
  }

  /**
   * Former units whose name and former district's name have a word starting
   * with each word of the query, folded the same way ("thu thiem" finds Phường Thủ Thiêm, now in
   * Phường An Khánh; "thanh phu binh long" the Thanh Phú of Bình Long),
   * optionally only those whose area is now in one province; in code order.
   */
  searchFormer(query: string, opts: { provinceCode?: string; limit?: number } = {}): FormerUnit[] {
    const words = foldVietnamese(query).split(' ').filter(Boolean);
    if (!words.length) return [];
    return this.listFormer()
      .filter((f) => {
        const text = foldVietnamese(`${f.name} ${f.districtName ?? ''}`).split(' ');
        return words.every((w) => text.some((t) => t.startsWith(w)));
      })
      .filter((f) => !opts.provinceCode || this.formerNowIn(f, opts.provinceCode))
      .sort((a, b) => a.code.localeCompare(b.code))
      .slice(0, opts.limit ?? 50);
  }

  /** True when a former unit's area lies (at least partly) in the current province. */
  formerNowIn(f: FormerUnit, provinceCode: string): boolean {
    return f.provinceCode === provinceCode || f.successorCodes.some((c) => c === provinceCode || this.units.get(c)?.provinceCode === provinceCode);
  }

  /**
   * What a code recorded at any time means now: a current unit itself, or a
   * former one (e.g. a province merged on 1 July 2025) with the current units
   * that took over its area, so old records still resolve.
   */
  resolve(code: string): { current: Province | CommuneUnit; former: null } | { current: null; former: FormerUnit; successors: (Province | CommuneUnit)[] } | undefined {
    const current = this.provinces.get(code) ?? this.units.get(code);
    if (current) return { current, former: null };
    const former = this.former.get(code);
    if (!former) return undefined;
    return { current: null, former, successors: former.successorCodes.map((c) => (this.provinces.get(c) ?? this.units.get(c))!).filter(Boolean) };
  }

  /** True when the code is a current province or commune-level unit. */
  isCurrent(code: string): boolean {
    return this.provinces.has(code) || this.units.has(code);
  }
}

function unknownUnit(path: string, code: string, former: FormerUnit | undefined): DomainError {
  const message = former
    ? `${former.name} (${code}) no longer exists since ${former.until}; use one of its successors: ${former.successorCodes.join(', ')}`
    : `no administrative unit with code ${code} in the reference data`;
  return new DomainError('UNKNOWN_UNIT', message, [{ path, message }]);
}

/**
 * The national list shipped with the network: 34 provinces and 3,321
 * commune-level units in force from 1 July 2025, with the 29 former
 * provinces and their successors (data: thanglequoc/vietnamese-provinces-database,
 * MIT) and the former communes of former-communes-2025.csv (data:
 * quangtam/vietnam-address-converter, MIT); see NOTICE.md.
 */
export const bundledAdminUnits = national as unknown as AdminUnitsFile;
