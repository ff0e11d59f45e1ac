import { describe, expect, it } from '@jest/globals';
import { AdministrativeUnits } from '@legalaid/contracts';
import { buildUnitsFile, formerRowsFromWardMappings, parseCsv } from '../src/cli/units-csv.js';
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

describe('importing former communes (correspondence table of quangtam/vietnam-address-converter)', () => {
  const current = `Tỉnh / Thành Phố,Mã TP,Tên,Mã,Cấp
Tỉnh An Giang,91,Đặc khu Kiên Hải,31108,Đặc khu
Tỉnh Đồng Nai,75,Phường An Lộc,25333,Phường
`;
  const provincesBefore = 'Mã;Tên\n70;Tỉnh Bình Phước\n91;Tỉnh Kiên Giang\n';
  const row = (old: string, name: string, district: string, province: string, next: string) => ({
    id: '1', old_ward_code: old, old_ward_name: name, old_district_name: district, old_province_name: province, new_ward_code: next, new_ward_name: 'x', new_province_name: 'x',
  });
  const exportOf = (rows: unknown[]) => [{ type: 'header', version: '5.2.0' }, { type: 'database', name: 'address' }, { type: 'table', name: 'ward_mappings', database: 'address', data: rows }];

  it('reads the ward_mappings table: district and province at the time (by name, before or after the reform), successors; skips codes a new unit took over', () => {
    const rows = formerRowsFromWardMappings(
      exportOf([
        row('31115', 'Xã Nam Du', 'Huyện Kiên Hải', 'Tỉnh Kiên Giang', '31108'),
        row('31108', 'Xã Hòn Tre', 'Huyện Kiên Hải', 'Tỉnh Kiên Giang', '31108'),
        row('25336', 'Xã Thanh Phú', 'Thị xã Bình Long', 'Tỉnh Bình Phước', '25333'),
        { id: '2', old_ward_code: '', old_ward_name: null, old_district_name: null, old_province_name: null, new_ward_code: '20333', new_ward_name: 'Đặc khu Hoàng Sa', new_province_name: 'x' },
      ]),
    );
    const file = buildUnitsFile(current, rows, { effectiveFrom: '2025-07-01', source: 't', provincesBefore });
    expect(file.formerUnits).toEqual([
      { code: '31115', name: 'Xã Nam Du', level: 'COMMUNE', provinceCode: '91', districtName: 'Huyện Kiên Hải', until: '2025-06-30', successorCodes: ['31108'] },
      { code: '25336', name: 'Xã Thanh Phú', level: 'COMMUNE', provinceCode: '70', districtName: 'Thị xã Bình Long', until: '2025-06-30', successorCodes: ['25333'] },
    ]);
  });

  it('refuses a province name it cannot place, and a file without the table, with a clear message', () => {
    const rows = formerRowsFromWardMappings(exportOf([row('31115', 'Xã Nam Du', 'Huyện Kiên Hải', 'Tỉnh Không Có', '31108')]));
    expect(() => buildUnitsFile(current, rows, { effectiveFrom: '2025-07-01', source: 't', provincesBefore })).toThrow(/row 1: no province named "Tỉnh Không Có"/);
    expect(() => formerRowsFromWardMappings([{ type: 'table', name: 'wards', data: [] }])).toThrow(/no table "ward_mappings"/);
    expect(() => formerRowsFromWardMappings(exportOf([{ old_ward_code: 1 }]))).toThrow(/ward_mappings row 1/);
  });

  it('takes several former-unit sources at once (provinces CSV and communes CSV)', () => {
    const communes = 'Mã cũ;Tên cũ;Cấp cũ;Quận/huyện cũ;Tỉnh cũ;Mã mới\n31115;Xã Nam Du;Xã;Huyện Kiên Hải;Tỉnh Kiên Giang;31108\n';
    const provinces = 'Mã cũ;Tên cũ;Cấp cũ;Mã mới\n70;Tỉnh Bình Phước;Tỉnh;75\n';
    const file = buildUnitsFile(current, [provinces, communes], { effectiveFrom: '2025-07-01', source: 't', provincesBefore });
    expect(file.formerUnits.map((f) => [f.code, f.level, f.successorCodes])).toEqual([
      ['70', 'PROVINCE', ['75']],
      ['31115', 'COMMUNE', ['31108']],
    ]);
  });
});
