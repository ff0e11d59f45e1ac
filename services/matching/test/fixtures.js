import { registerProvider } from '../src/domain/provider.js';
export const NOW = new Date('2025-09-10T03:00:00.000Z'); // Wednesday 10:00 in Viet Nam
export const ph = (n) => `ph_${String(n).padStart(16, '0')}`;
/** A provider who passes every filter for `request()` unless the overrides say otherwise. */
export function provider(id, overrides = {}) {
    const base = registerProvider({
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
    }, new Date('2025-01-01T00:00:00Z'));
    return { ...base, ...overrides };
}
export function request(overrides = {}) {
    return {
        fieldOfLaw: 'MARRIAGE_FAMILY',
        aidForm: 'PROCEEDINGS',
        provinceCode: '79',
        communeCode: '26734',
        language: 'vie',
        opposingPartyHashes: [ph(1)],
        preferredGender: null,
        exclude: new Set(),
        now: NOW,
        ...overrides,
    };
}
//# sourceMappingURL=fixtures.js.map