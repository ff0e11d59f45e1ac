import { describe, expect, it } from '@jest/globals';
import { AdministrativeUnits, bundledAdminUnits, DomainError } from '@legalaid/contracts';

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
