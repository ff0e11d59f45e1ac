import { describe, expect, it } from '@jest/globals';
import { AdministrativeUnits, bundledAdminUnits, DomainError } from '@legalaid/contracts';

const units = new AdministrativeUnits(bundledAdminUnits);

describe('administrative units (reference data, 2025 reorganisation)', () => {
  it('knows Hồ Chí Minh City with wards, communes and the Côn Đảo special zone, effective 1 July 2025', () => {
    expect(units.effectiveFrom).toBe('2025-07-01');
    expect(units.province('79')?.name).toBe('Thành phố Hồ Chí Minh');
    const kinds = new Set(units.list('79').map((u) => u.kind));
    expect(kinds).toEqual(new Set(['WARD', 'COMMUNE', 'SPECIAL_ZONE']));
  });

  it('accepts a current province and commune', () => {
    expect(() => units.assertAddress('79', '26734')).not.toThrow();
    expect(() => units.assertAddress('79')).not.toThrow();
  });

  it.each([
    ['99', undefined, /no administrative unit with code 99/],
    ['79', '99999', /no administrative unit with code 99999/],
    ['74', undefined, /Tỉnh Bình Dương \(74\) no longer exists since 2025-06-30; use one of its successors: 79/],
    ['79', '26737', /Phường Đa Kao.*successors: 26734, 26740/],
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
    const other = { ...bundledAdminUnits, provinces: [...bundledAdminUnits.provinces, { code: '01', name: 'Thành phố Hà Nội', kind: 'CITY' as const }] };
    expect(() => new AdministrativeUnits(other).assertAddress('01', '26734')).toThrow(/not in province 01/);
  });

  it('keeps former units as history pointing at current successors', () => {
    for (const f of units.listFormer()) for (const s of f.successorCodes) expect(units.isCurrent(s)).toBe(true);
  });

  it('refuses a file whose codes collide or name unknown provinces', () => {
    expect(() => new AdministrativeUnits({ ...bundledAdminUnits, units: [...bundledAdminUnits.units, bundledAdminUnits.units[0]] })).toThrow(/appears twice/);
    expect(() => new AdministrativeUnits({ ...bundledAdminUnits, units: [{ code: '11111', name: 'X', kind: 'WARD', provinceCode: '02' }] })).toThrow(/unknown province/);
    expect(() => new AdministrativeUnits({ ...bundledAdminUnits, formerUnits: [{ code: '26734', name: 'X', level: 'COMMUNE', until: '2025-06-30', successorCodes: ['26740'] }] })).toThrow(/reuses a current code/);
  });
});
