import { describe, expect, it } from '@jest/globals';
import { AdministrativeUnits } from '@legalaid/contracts';
import { buildUnitsFile, parseCsv } from '../src/cli/units-csv.js';

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
