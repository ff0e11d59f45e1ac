import { registerProvider, type Provider } from '../src/domain/provider.js';
import type { RankRequest } from '../src/domain/ranking.js';

export const NOW = new Date('2025-09-10T03:00:00.000Z'); // Wednesday 10:00 in Viet Nam

export const ph = (n: number) => `ph_${String(n).padStart(16, '0')}`;
/** A party known by an identifier (strong hash `ph(n)`) and, when given, by name and birth date (`ph(nb)`). */
export const party = (n: number | null, nb: number | null = null) => ({ strong: n === null ? [] : [ph(n)], nameBirth: nb === null ? null : ph(nb) });

/** A provider who passes every filter for `request()` unless the overrides say otherwise. */
export function provider(id: string, overrides: Partial<Provider> = {}): Provider {
  const base = registerProvider(
    {
      providerId: id,
      organisationId: 'bar-hcm',
      kind: 'PRO_BONO_LAWYER',
      displayName: `Luật sư ${id}`,
      gender: 'FEMALE',
      fieldsOfLaw: ['MARRIAGE_FAMILY', 'CIVIL'],
      aidForms: ['PROCEEDINGS', 'ADVICE', 'OUT_OF_COURT'],
      languages: ['vie'],
      areas: [{ provinceCode: '79', communeCode: null }],
      remoteAdvice: false,
      capacity: 5,
      proBono: null,
      declaredConflicts: [],
    },
    new Date('2025-01-01T00:00:00Z'),
  );
  return { ...base, ...overrides };
}

export function request(overrides: Partial<RankRequest> = {}): RankRequest {
  return {
    fieldOfLaw: 'MARRIAGE_FAMILY',
    aidForm: 'PROCEEDINGS',
    provinceCode: '79',
    communeCode: '26734',
    language: 'vie',
    needsInterpreter: false,
    parties: { applicant: party(900), opposing: [party(1)] },
    preferredGender: null,
    exclude: new Set(),
    now: NOW,
    ...overrides,
  };
}
