import { describe, expect, it } from '@jest/globals';
import { AdministrativeUnits } from '@legalaid/contracts';
import { buildUnitsFile, parseCsv } from '../src/cli/units-csv.js';
import { fromProvincesDatabase } from '../src/cli/units-json.js';

const units = `\uFEFFTỉnh / Thành Phố,Mã TP,Tên,Mã,Cấp\r
Thành phố Hồ Chí Minh,79,Phường Sài Gòn,26740,Phường\r
Thành phố Hồ Chí Minh,79,"Phường Tân Định",26734,Phường\r
Thành phố Hồ Chí Minh,79,Đặc khu Côn Đảo,26732,Đặc khu\r
Thành phố Hồ Chí Minh,79,Xã Củ Chi,27496,Xã\r
Thành phố Hà Nội,1,Phường Hoàn Kiếm,70,Phường\r
`;
const former = `Mã cũ;Tên cũ;Cấp cũ;Mã mới
74;Tỉnh Bình Dương;Tỉnh;79
26737;Phường Đa Kao;Phường;26734
26737;Phường Đa Kao;Phường;26740
760;Quận 1;Quận;26740
`;

describe('importing the official list of administrative units', () => {
  it('parses quoted CSV with either separator', () => {
    expect(parseCsv('a,"b ""c""",d\n1,2,3')).toEqual([['a', 'b "c"', 'd'], ['1', '2', '3']]);
    expect(parseCsv('a;b\n1;2\n')).toEqual([['a', 'b'], ['1', '2']]);
  });

  it('builds a valid reference file, restores leading zeros, keeps history with successors', () => {
    const file = buildUnitsFile(units, former, { effectiveFrom: '2025-07-01', source: 'test.csv' });
    expect(file.provinces).toEqual([
      { code: '79', name: 'Thành phố Hồ Chí Minh', kind: 'CITY' },
      { code: '01', name: 'Thành phố Hà Nội', kind: 'CITY' },
    ]);
    expect(file.units.find((u) => u.code === '00070')).toMatchObject({ provinceCode: '01', kind: 'WARD' });
    expect(file.units.find((u) => u.code === '26732')?.kind).toBe('SPECIAL_ZONE');
    expect(file.units.find((u) => u.code === '27496')?.kind).toBe('COMMUNE');
    expect(file.formerUnits).toEqual([
      { code: '74', name: 'Tỉnh Bình Dương', level: 'PROVINCE', until: '2025-06-30', successorCodes: ['79'] },
      { code: '26737', name: 'Phường Đa Kao', level: 'COMMUNE', until: '2025-06-30', successorCodes: ['26734', '26740'] },
      { code: '760', name: 'Quận 1', level: 'DISTRICT', until: '2025-06-30', successorCodes: ['26740'] },
    ]);
    const loaded = new AdministrativeUnits(file);
    expect(() => loaded.assertAddress('74')).toThrow(/successors: 79/);
  });

  it('filters to chosen provinces', () => {
    const file = buildUnitsFile(units, former, { provinces: ['79'], effectiveFrom: '2025-07-01', source: 't' });
    expect(file.provinces.map((p) => p.code)).toEqual(['79']);
    expect(file.units).toHaveLength(4);
  });

  it('names the missing column or the bad line', () => {
    expect(() => buildUnitsFile('Name,Code\nX,1\n', null, { effectiveFrom: '2025-07-01', source: 't' })).toThrow(/no column for provinceCode/);
    expect(() => buildUnitsFile('Mã TP,Tỉnh / Thành Phố,Tên,Mã\n79,HCM,X,abc\n', null, { effectiveFrom: '2025-07-01', source: 't' })).toThrow(/line 2: "abc"/);
    expect(() => buildUnitsFile('Mã TP,Tỉnh / Thành Phố,Tên,Mã\n79,HCM,X,1\n79,HCM,Y,1\n', null, { effectiveFrom: '2025-07-01', source: 't' })).toThrow(/appears twice/);
  });
});

describe('importing the provinces database (JSON release of thanglequoc/vietnamese-provinces-database)', () => {
  const unit = (code: string, name: string, en: string, type: string, province: string) => ({
    Type: 'ward',
    Code: code,
    Name: name,
    FullName: `${type} ${name}`,
    FullNameEn: en,
    ProvinceCode: province,
    AdministrativeUnitShortName: type,
  });
  const db = [
    {
      Type: 'province',
      Code: '79',
      FullName: 'Thành phố Hồ Chí Minh',
      FullNameEn: 'Ho Chi Minh City',
      AdministrativeUnitShortName: 'Thành phố',
      Wards: [unit('26737', 'Tân Định', 'Tan Dinh Ward', 'Phường', '79'), unit('26732', 'Côn Đảo', 'Con Dao Special Zone', 'Đặc khu', '79'), unit('27496', 'Tân An Hội', 'Tan An Hoi Commune', 'Xã', '79')],
    },
  ];
  const formerCsv = 'Mã cũ;Tên cũ;Cấp cũ;Mã mới\n74;Tỉnh Bình Dương;Tỉnh;79\n02;Tỉnh Hà Giang;Tỉnh;08\n';

  it('keeps names in both languages, unit types, and the former provinces that point into the list', () => {
    const file = fromProvincesDatabase(db, formerCsv, { effectiveFrom: '2025-07-01', source: 'db.json' });
    expect(file.provinces).toEqual([{ code: '79', name: 'Thành phố Hồ Chí Minh', nameEn: 'Ho Chi Minh City', kind: 'CITY' }]);
    expect(file.units.map((u) => [u.code, u.kind, u.nameEn])).toEqual([
      ['26737', 'WARD', 'Tan Dinh Ward'],
      ['26732', 'SPECIAL_ZONE', 'Con Dao Special Zone'],
      ['27496', 'COMMUNE', 'Tan An Hoi Commune'],
    ]);
    expect(file.formerUnits.map((f) => f.code)).toEqual(['74']); // Hà Giang's successor is not in this list
    expect(file.description).toContain('thanglequoc/vietnamese-provinces-database');
  });

  it('refuses an unknown unit type or a unit filed under the wrong province', () => {
    const odd = [{ ...db[0], Wards: [unit('26737', 'Tân Định', 'x', 'Quận', '79')] }];
    expect(() => fromProvincesDatabase(odd, null, { effectiveFrom: '2025-07-01', source: 't' })).toThrow(/unknown unit type "Quận"/);
    const wrong = [{ ...db[0], Wards: [unit('26737', 'Tân Định', 'x', 'Phường', '01')] }];
    expect(() => fromProvincesDatabase(wrong, null, { effectiveFrom: '2025-07-01', source: 't' })).toThrow(/listed under province 79/);
  });
});
