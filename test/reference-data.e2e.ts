import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { bundledAdminUnits, type AdminUnitsFile } from '@legalaid/contracts';
import { gql, startNetwork, type TestNetwork } from './support/network.js';
import { resetStreams, testServers } from './support/servers.js';

/**
 * The gateway's referenceData serves the administrative units intake has
 * loaded — here an imported file that differs from the bundled national list
 * (one province renamed, one unit fewer) — never a copy of its own; search
 * ignores case and diacritics; former codes (provinces and communes) resolve
 * to their successors, and former names are found too.
 */
const UNITS = `query($p: String, $s: String) { referenceData { administrativeUnitsEffectiveFrom administrativeUnits(provinceCode: $p, search: $s) { code level kind name nameEn parentCode } } }`;
const RESOLVE = `query($c: String!) { referenceData { administrativeUnit(code: $c) { code current { code name } former { code name level until } successors { code name level } } } }`;

describe('reference data served from what intake loaded', () => {
  let net: TestNetwork;
  const url = () => net.graphqlUrl!;
  const imported: AdminUnitsFile = {
    ...bundledAdminUnits,
    effectiveFrom: '2025-07-02',
    provinces: bundledAdminUnits.provinces.map((p) => (p.code === '48' ? { ...p, name: 'Thành phố Đà Nẵng (bản nhập)' } : p)),
    units: bundledAdminUnits.units.filter((u) => u.code !== '26740'),
  };

  beforeAll(async () => {
    await resetStreams(testServers().natsUrl);
    const file = join(mkdtempSync(join(tmpdir(), 'units-')), 'units.json');
    writeFileSync(file, JSON.stringify(imported));
    net = await startNetwork({ label: 'reference_e2e', services: ['intake'], gateway: true, extraEnv: { intake: { INTAKE_UNITS_FILE: file } } });
  });

  afterAll(async () => {
    await net?.stopAll();
  });

  it('serves the imported list, not the bundled one', async () => {
    const r = await gql<{ referenceData: { administrativeUnitsEffectiveFrom: string; administrativeUnits: { code: string; name: string }[] } }>(url(), UNITS, { p: '79' });
    expect(r.errors).toBeUndefined();
    expect(r.data!.referenceData.administrativeUnitsEffectiveFrom).toBe('2025-07-02');
    const codes = r.data!.referenceData.administrativeUnits.map((u) => u.code);
    expect(codes).toContain('26737');
    expect(codes).not.toContain('26740');
    const dn = await gql<{ referenceData: { administrativeUnits: { name: string }[] } }>(url(), UNITS, { p: '48' });
    expect(dn.data!.referenceData.administrativeUnits[0].name).toBe('Thành phố Đà Nẵng (bản nhập)');
  });

  it.each([
    ['ho chi minh', '79', 'PROVINCE'],
    ['thu duc', '26824', 'COMMUNE'],
    ['da nang', '48', 'PROVINCE'],
  ])('search %j without diacritics finds %s', async (s, code, level) => {
    const r = await gql<{ referenceData: { administrativeUnits: { code: string; level: string; nameEn: string | null }[] } }>(url(), UNITS, { s });
    expect(r.errors).toBeUndefined();
    const hit = r.data!.referenceData.administrativeUnits.find((u) => u.code === code);
    expect(hit).toMatchObject({ level });
    expect(hit?.nameEn).toBeTruthy();
  });

  it('resolves a province merged in 2025 to its successor, and a current code to itself', async () => {
    const merged = await gql<{ referenceData: { administrativeUnit: unknown } }>(url(), RESOLVE, { c: '74' });
    expect(merged.data!.referenceData.administrativeUnit).toEqual({
      code: '74',
      current: null,
      former: { code: '74', name: 'Tỉnh Bình Dương', level: 'PROVINCE', until: '2025-06-30' },
      successors: [{ code: '79', name: 'Thành phố Hồ Chí Minh', level: 'PROVINCE' }],
    });
    const current = await gql<{ referenceData: { administrativeUnit: { current: { name: string } } } }>(url(), RESOLVE, { c: '26737' });
    expect(current.data!.referenceData.administrativeUnit.current.name).toBe('Phường Tân Định');
    const none = await gql<{ referenceData: { administrativeUnit: unknown } }>(url(), RESOLVE, { c: '99' });
    expect(none.data!.referenceData.administrativeUnit).toBeNull();
  });

  it('resolves a former commune (before 1 July 2025) to its former name, district and successor, and finds former names without diacritics', async () => {
    const FORMER = `query($c: String!) { referenceData { administrativeUnit(code: $c) { code current { code } former { code name level until provinceCode districtName } successors { code name level parentCode } } } }`;
    const r = await gql<{ referenceData: { administrativeUnit: unknown } }>(url(), FORMER, { c: '27118' });
    expect(r.errors).toBeUndefined();
    expect(r.data!.referenceData.administrativeUnit).toEqual({
      code: '27118',
      current: null,
      former: { code: '27118', name: 'Phường Thủ Thiêm', level: 'COMMUNE', until: '2025-06-30', provinceCode: '79', districtName: 'Thành phố Thủ Đức' },
      successors: [{ code: '27094', name: 'Phường An Khánh', level: 'COMMUNE', parentCode: '79' }],
    });
    const SEARCH = `query($s: String!, $p: String) { referenceData { formerAdministrativeUnits(search: $s, provinceCode: $p) { code former { name districtName } successors { code name } } } }`;
    const found = await gql<{ referenceData: { formerAdministrativeUnits: { code: string; former: { name: string }; successors: { code: string }[] }[] } }>(url(), SEARCH, { s: 'thu thiem', p: '79' });
    expect(found.errors).toBeUndefined();
    expect(found.data!.referenceData.formerAdministrativeUnits).toEqual([{ code: '27118', former: { name: 'Phường Thủ Thiêm', districtName: 'Thành phố Thủ Đức' }, successors: [{ code: '27094', name: 'Phường An Khánh' }] }]);
  });

  it('refuses a malformed code or search with a clear error', async () => {
    const bad = await gql(url(), RESOLVE, { c: 'x' });
    expect(bad.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    const long = await gql(url(), UNITS, { s: 'x'.repeat(101) });
    expect(long.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
  });
});
