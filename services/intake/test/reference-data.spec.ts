import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from '@jest/globals';
import { AdministrativeUnits, bundledAdminUnits, DomainError } from '@legalaid/contracts';
import { parseCsv } from '../src/cli/units-csv.js';
import { ReferenceQuery } from '../src/queries/reference.query.js';

const units = new AdministrativeUnits(bundledAdminUnits);

describe('administrative units (reference data, 2025 reorganisation)', () => {
  it('ships the national list: 34 provinces and 3,321 commune-level units with English names', () => {
    expect(units.listProvinces()).toHaveLength(34);
    expect(units.listProvinces().map((p) => p.code).reduce((n, c) => n + units.list(c).length, 0)).toBe(3321);
    expect(units.province('48')).toMatchObject({ name: 'Thành phố Đà Nẵng', nameEn: 'Da Nang City', kind: 'CITY' });
    expect(units.unit('26737')).toMatchObject({ name: 'Phường Tân Định', nameEn: 'Tan Dinh Ward', kind: 'WARD', provinceCode: '79' });
  });

  it('knows Hồ Chí Minh City with wards, communes and the Côn Đảo special zone, effective 1 July 2025', () => {
    expect(units.effectiveFrom).toBe('2025-07-01');
    expect(units.province('79')?.name).toBe('Thành phố Hồ Chí Minh');
    const kinds = new Set(units.list('79').map((u) => u.kind));
    expect(kinds).toEqual(new Set(['WARD', 'COMMUNE', 'SPECIAL_ZONE']));
  });

  it('accepts a current province and commune', () => {
    expect(() => units.assertAddress('79', '26737')).not.toThrow();
    expect(() => units.assertAddress('79')).not.toThrow();
  });

  it.each([
    ['99', undefined, /no administrative unit with code 99/],
    ['79', '99999', /no administrative unit with code 99999/],
    ['74', undefined, /Tỉnh Bình Dương \(74\) no longer exists since 2025-06-30; use one of its successors: 79/],
    ['77', undefined, /Tỉnh Bà Rịa - Vũng Tàu \(77\) no longer exists since 2025-06-30; use one of its successors: 79/],
    ['49', undefined, /Tỉnh Quảng Nam \(49\) no longer exists.*successors: 48/],
  ])('refuses province %s / commune %s with UNKNOWN_UNIT', (p, c, message) => {
    try {
      units.assertAddress(p, c);
      throw new Error('expected a refusal');
    } catch (err) {
      expect(err).toBeInstanceOf(DomainError);
      expect((err as DomainError).code).toBe('UNKNOWN_UNIT');
      expect((err as DomainError).message).toMatch(message);
    }
  });

  it('refuses a commune given with the wrong province', () => {
    expect(() => units.assertAddress('01', '26737')).toThrow(/not in province 01/);
  });

  it('keeps former units as history pointing at current successors', () => {
    for (const f of units.listFormer()) for (const s of f.successorCodes) expect(units.isCurrent(s)).toBe(true);
  });

  it('refuses a file whose codes collide or name unknown provinces', () => {
    expect(() => new AdministrativeUnits({ ...bundledAdminUnits, units: [...bundledAdminUnits.units, bundledAdminUnits.units[0]] })).toThrow(/appears twice/);
    expect(() => new AdministrativeUnits({ ...bundledAdminUnits, units: [{ code: '11111', name: 'X', kind: 'WARD', provinceCode: '02' }] })).toThrow(/unknown province/);
    expect(() => new AdministrativeUnits({ ...bundledAdminUnits, formerUnits: [{ code: '26737', name: 'X', level: 'COMMUNE', until: '2025-06-30', successorCodes: ['26740'] }] })).toThrow(/reuses a current code/);
  });

  it.each([
    ['74', 'Tỉnh Bình Dương', ['79']],
    ['93', 'Tỉnh Hậu Giang', ['92']],
    ['27', 'Tỉnh Bắc Ninh', ['24']],
    ['10', 'Tỉnh Lào Cai', ['15']],
  ])('a province merged in 2025 (%s, %s) resolves to its successor %j, so old records resolve', (code, name, successors) => {
    const r = units.resolve(code);
    expect(r?.current).toBeNull();
    expect(r && 'former' in r && r.former?.name).toBe(name);
    expect(r && 'successors' in r ? r.successors.map((s) => s.code) : []).toEqual(successors);
  });

  it('keeps every one of the 63 former provinces resolvable: 34 current, 29 former', () => {
    expect(units.listFormer().filter((f) => f.level === 'PROVINCE')).toHaveLength(29);
    expect(units.resolve('79')?.current?.name).toBe('Thành phố Hồ Chí Minh');
    expect(units.resolve('99')).toBeUndefined();
  });

  it.each([
    ['ho chi minh', '79', 'Thành phố Hồ Chí Minh'],
    ['HO CHI MINH', '79', 'Thành phố Hồ Chí Minh'],
    ['thu duc', '26824', 'Phường Thủ Đức'],
    ['da nang', '48', 'Thành phố Đà Nẵng'],
    ['Đà Nẵng', '48', 'Thành phố Đà Nẵng'],
    ['tan  dinh', '26737', 'Phường Tân Định'],
    ['Tan Dinh Ward', '26737', 'Phường Tân Định'],
  ])('search %j without diacritics finds %s (%s)', (query, code, name) => {
    const found = units.search(query);
    expect(found.find((u) => u.code === code)?.name).toBe(name);
  });

  it('search folds đ to d and narrows to a province', () => {
    expect(units.search('dong da', { provinceCode: '01' }).map((u) => u.name)).toContain('Phường Đống Đa');
    expect(units.search('thu duc', { provinceCode: '01' })).toEqual([]);
    expect(units.search('   ')).toEqual([]);
  });
});

const REFERENCE_DIR = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..', 'contracts', 'src', 'reference');
const csvRows = (file: string) => parseCsv(readFileSync(join(REFERENCE_DIR, file), 'utf8')).slice(1);

describe('former units before the 1 July 2025 reform, for old records', () => {
  it('names every former province as the pre-reform list does (63 provinces, each current or former)', () => {
    const before = new Map(csvRows('provinces-before-2025.csv').map(([code, name]) => [code, name]));
    expect(before.size).toBe(63);
    for (const f of units.listFormer().filter((x) => x.level === 'PROVINCE')) expect(before.get(f.code)).toBe(f.name.replace('Hòa Bình', 'Hoà Bình'));
    // Every pre-reform code is now either a current province (which took it over) or a former one.
    for (const code of before.keys()) expect(units.isCurrent(code) || units.formerUnit(code)?.level === 'PROVINCE').toBe(true);
  });

  it.each([
    // code, former name, district then, province then, successor (code, name)
    ['11917', 'Thị trấn Cát Hải', 'Huyện Cát Hải', '31', '11914', 'Đặc khu Cát Hải'],
    ['31115', 'Xã Nam Du', 'Huyện Kiên Hải', '91', '31108', 'Đặc khu Kiên Hải'],
    ['25336', 'Xã Thanh Phú', 'Thị xã Bình Long', '70', '25333', 'Phường An Lộc'],
    ['27118', 'Phường Thủ Thiêm', 'Thành phố Thủ Đức', '79', '27094', 'Phường An Khánh'],
  ])('former commune %s (%s) shows its former name and resolves to its successor', (code, name, district, province, successor, successorName) => {
    const r = units.resolve(code);
    expect(r?.current).toBeNull();
    expect(r && 'former' in r ? r.former : null).toMatchObject({ code, name, level: 'COMMUNE', districtName: district, provinceCode: province, until: '2025-06-30' });
    expect(r && 'successors' in r ? r.successors.map((s) => [s.code, s.name]) : []).toEqual([[successor, successorName]]);
  });

  it('refuses a former commune on a new address, naming its successor', () => {
    expect(() => units.assertAddress('31', '11917')).toThrow(/Thị trấn Cát Hải \(11917\) no longer exists since 2025-06-30; use one of its successors: 11914/);
  });

  it('a code a new unit took over means the new unit (Phường 2, Bảo Lộc, is now Phường 2 Bảo Lộc)', () => {
    expect(units.resolve('24820')?.current?.name).toBe('Phường 2 Bảo Lộc');
    expect(units.formerUnit('24820')).toBeUndefined();
  });

  it.each([
    ['cat hai', '11917'],
    ['nghia lo cat hai', '11920'],
    ['THU THIEM', '27118'],
    ['nam du', '31115'],
    ['lien bat', '10375'],
    ['thanh phu binh long', '25336'],
  ])('search %j without diacritics finds the former unit %s', (query, code) => {
    expect(units.searchFormer(query).map((f) => f.code)).toContain(code);
  });

  it('former-unit search narrows to the province the area is now in', () => {
    expect(units.searchFormer('thu thiem', { provinceCode: '79' }).map((f) => f.code)).toEqual(['27118']);
    expect(units.searchFormer('thu thiem', { provinceCode: '01' })).toEqual([]);
    // A former province is found by its old name too.
    expect(units.searchFormer('binh duong').map((f) => f.code)).toContain('74');
  });

  it('administrativeUnits answers a former code with the former name and the successor, and searches former names', () => {
    const query = new ReferenceQuery({ units } as never);
    const req = (input: Record<string, unknown>) => ({ input: { includeFormer: false, ...input } }) as never;
    expect(query.units(req({ code: '11917' }))).toMatchObject({
      units: [{ code: '11914', name: 'Đặc khu Cát Hải' }],
      former: [{ code: '11917', name: 'Thị trấn Cát Hải', level: 'COMMUNE', districtName: 'Huyện Cát Hải', successors: [{ code: '11914', name: 'Đặc khu Cát Hải', kind: 'SPECIAL_ZONE', provinceCode: '31' }] }],
    });
    const searched = query.units(req({ search: 'nam du' }));
    expect(searched.former.map((f) => [f.code, f.name, f.successors?.map((s) => s.name)])).toContainEqual(['31115', 'Xã Nam Du', ['Đặc khu Kiên Hải']]);
  });
});

