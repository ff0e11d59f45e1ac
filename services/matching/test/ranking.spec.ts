import { describe, expect, it } from '@jest/globals';
import { loadKindAidForms } from '../src/domain/kind-aid-forms.js';
import { DEFAULT_RANK_POLICY, exclusionsFor, rank, toIndexed, withActedFor, WEIGHTS, type RankPolicy } from '../src/domain/ranking.js';
import { actedForBy } from '../src/domain/referral.js';
import type { Provider } from '../src/domain/provider.js';
import { NOW, party, ph, provider, request } from './fixtures.js';

const policy: RankPolicy = { ...DEFAULT_RANK_POLICY, kindForms: loadKindAidForms() };
const day = 86_400_000;

describe('hard filters', () => {
  const cases: [string, Partial<Provider>, Parameters<typeof request>[0], string[]][] = [
    ['passes every filter', {}, {}, []],
    ['suspended', { status: 'SUSPENDED' }, {}, ['SUSPENDED']],
    ['field of law not practised', { fieldsOfLaw: ['LAND'] }, {}, ['FIELD_OF_LAW']],
    ['form of aid not offered', { aidForms: ['ADVICE'] }, {}, ['AID_FORM']],
    ['collaborator may not take part in proceedings', { kind: 'COLLABORATOR' }, {}, ['KIND_MAY_NOT_PERFORM_FORM']],
    ['collaborator may give advice', { kind: 'COLLABORATOR' }, { aidForm: 'ADVICE' }, []],
    ['legal adviser may represent out of court', { kind: 'LEGAL_ADVISER' }, { aidForm: 'OUT_OF_COURT' }, []],
    ['legal adviser may not take part in proceedings', { kind: 'LEGAL_ADVISER' }, {}, ['KIND_MAY_NOT_PERFORM_FORM']],
    ['another province', { areas: [{ provinceCode: '01', communeCode: null }] }, {}, ['AREA']],
    ['another commune of the province', { areas: [{ provinceCode: '79', communeCode: '26737' }] }, {}, ['AREA']],
    ['the commune itself', { areas: [{ provinceCode: '79', communeCode: '26734' }] }, {}, []],
    ['remote advice from elsewhere', { areas: [{ provinceCode: '01', communeCode: null }], remoteAdvice: true }, { aidForm: 'ADVICE' }, []],
    ['remote advice is not proceedings', { areas: [{ provinceCode: '01', communeCode: null }], remoteAdvice: true }, {}, ['AREA']],
    ['language not spoken', {}, { language: 'khm' }, ['LANGUAGE']],
    ['needs an interpreter: a Vietnamese speaker works through one', {}, { language: 'khm', needsInterpreter: true }, []],
    ['needs an interpreter: a speaker of the language needs none', { languages: ['khm'] }, { language: 'khm', needsInterpreter: true }, []],
    ['needs an interpreter: neither the language nor Vietnamese', { languages: ['eng'] }, { language: 'khm', needsInterpreter: true }, ['LANGUAGE']],
    ['unavailable', { available: false }, {}, ['UNAVAILABLE']],
    ['on leave now', { leave: [{ from: new Date(NOW.getTime() - day), to: new Date(NOW.getTime() + day) }] }, {}, ['ON_LEAVE']],
    ['leave later', { leave: [{ from: new Date(NOW.getTime() + day), to: new Date(NOW.getTime() + 2 * day) }] }, {}, []],
    ['at capacity', { capacity: 2, openCaseKeys: ['a', 'b'] }, {}, ['CAPACITY']],
    ['below capacity', { capacity: 3, openCaseKeys: ['a', 'b'] }, {}, []],
    ['declared conflict with an opposing party', { declaredConflicts: [ph(1)] }, {}, ['CONFLICT_OF_INTEREST']],
    ['acted for an opposing party before', { actedForPartyHashes: [ph(1)] }, {}, ['CONFLICT_OF_INTEREST']],
    ['acted for someone else', { actedForPartyHashes: [ph(2)] }, {}, []],
    ['declared a conflict with the applicant', { declaredConflicts: [ph(900)] }, {}, ['CONFLICT_OF_INTEREST']],
    ['acted for the applicant before: no conflict', { actedForPartyHashes: [ph(900)] }, {}, []],
    ['an opposing party known by ID in one request and by name and birth date here: only a possible conflict', { actedForPartyHashes: [ph(1), ph(11)] }, { parties: { applicant: party(900), opposing: [party(null, 11)] } }, []],
    ['namesakes with different birth dates do not match', { actedForPartyHashes: [ph(11)] }, { parties: { applicant: party(900), opposing: [party(null, 12)] } }, []],
    ['already tried for this referral', {}, { exclude: new Set(['p1']) }, ['ALREADY_TRIED']],
    ['several failures are all reported', { status: 'SUSPENDED', languages: ['eng'], available: false }, {}, ['SUSPENDED', 'LANGUAGE', 'UNAVAILABLE']],
  ];
  it.each(cases)('%s', (_name, overrides, req, expected) => {
    expect(exclusionsFor(toIndexed(provider('p1', overrides)), request(req), policy)).toEqual(expected);
  });

  it('counts every excluded provider once, under its first failed filter', () => {
    const r = rank(
      [provider('a'), provider('b', { status: 'SUSPENDED', available: false }), provider('c', { available: false }), provider('d', { fieldsOfLaw: ['LAND'] })].map(toIndexed),
      request(),
      policy,
    );
    expect(r.considered).toBe(4);
    expect(r.candidateCount).toBe(1);
    expect(r.candidates.map((c) => c.providerId)).toEqual(['a']);
    expect(r.excludedByReason).toEqual({ SUSPENDED: 1, UNAVAILABLE: 1, FIELD_OF_LAW: 1 });
    // Near ones (same field or area) are kept with all their reasons.
    expect(r.excluded).toEqual(
      expect.arrayContaining([
        { providerId: 'b', reasons: ['SUSPENDED', 'UNAVAILABLE'] },
        { providerId: 'c', reasons: ['UNAVAILABLE'] },
      ]),
    );
  });
});

describe('possible conflicts (a match on name and birth date only)', () => {
  const candidate = (overrides: Partial<Provider>, req: Parameters<typeof request>[0]) => rank([toIndexed(provider('p1', overrides))], request(req), policy).candidates[0];

  it('the same person recorded with an ID in one request and without it in another is a possible conflict the provider must confirm', () => {
    // Acted for the opposing party before, whose request carried an ID number (ph 1) and name + birth date (ph 11).
    const c = candidate({ actedForPartyHashes: [ph(1), ph(11)] }, { parties: { applicant: party(900), opposing: [party(null, 11)] } });
    expect(c.possibleConflict).toBe(true);
    expect(c.reasons).toContainEqual({ factor: 'CONFLICT_CHECK', points: 0, detail: expect.stringContaining('possible conflict') });
  });

  it('a match on a strong identifier is a conflict, not a possible one', () => {
    expect(rank([toIndexed(provider('p1', { actedForPartyHashes: [ph(1)] }))], request({ parties: { applicant: party(900), opposing: [party(1, 11)] } }), policy).excludedByReason).toEqual({ CONFLICT_OF_INTEREST: 1 });
  });

  it('a matter assigned a moment ago counts before the provider record learns of it: acted for the opposing party in an assigned referral', () => {
    const assigned = [
      { assignedProviderId: 'p1', parties: { applicant: party(1, 11), opposing: [] }, applicantPartyHash: null },
      { assignedProviderId: 'p2', parties: { applicant: party(5), opposing: [] }, applicantPartyHash: null },
      // A referral opened before parties were kept: one hash for the applicant.
      { assignedProviderId: 'p3', parties: undefined, applicantPartyHash: ph(1) },
      { assignedProviderId: null, parties: { applicant: party(1), opposing: [] }, applicantPartyHash: null },
    ];
    const acted = actedForBy([ph(1), ph(11)], assigned);
    expect([...acted.entries()]).toEqual([
      ['p1', [ph(1), ph(11)]],
      ['p3', [ph(1)]],
    ]);
    const req = request({ parties: { applicant: party(900), opposing: [party(1, 11)] } });
    const providers = ['p1', 'p2', 'p3'].map((id) => withActedFor(toIndexed(provider(id)), acted.get(id)));
    const r = rank(providers, req, policy);
    expect(r.candidates.map((c) => c.providerId)).toEqual(['p2']);
    expect(r.excludedByReason).toEqual({ CONFLICT_OF_INTEREST: 2 });
    // Without the overlay the index alone would offer all three.
    expect(rank(['p1', 'p2', 'p3'].map((id) => toIndexed(provider(id))), req, policy).candidates).toHaveLength(3);
  });

  it('the applicant against a conflict the provider declared by name and birth date', () => {
    expect(candidate({ declaredConflicts: [ph(901)] }, { parties: { applicant: party(null, 901), opposing: [] } }).possibleConflict).toBe(true);
  });

  it('namesakes with different birth dates raise nothing', () => {
    const c = candidate({ actedForPartyHashes: [ph(11)], declaredConflicts: [ph(13)] }, { parties: { applicant: party(null, 14), opposing: [party(null, 12)] } });
    expect(c.possibleConflict).toBe(false);
    expect(c.reasons.map((r) => r.factor)).not.toContain('CONFLICT_CHECK');
  });
});

describe('score', () => {
  const points = (p: Provider, req = request()) => {
    const r = rank([toIndexed(p)], req, policy);
    const c = r.candidates[0];
    return { score: c.score, by: Object.fromEntries(c.reasons.map((x) => [x.factor, x.points])) };
  };

  const cases: [string, Partial<Provider>, Parameters<typeof request>[0], string, number][] = [
    ['serves the commune', { areas: [{ provinceCode: '79', communeCode: '26734' }] }, {}, 'DISTANCE', WEIGHTS.sameCommune],
    ['serves the whole province', {}, {}, 'DISTANCE', WEIGHTS.sameProvince],
    ['remote advice', { areas: [{ provinceCode: '01', communeCode: null }], remoteAdvice: true }, { aidForm: 'ADVICE' }, 'DISTANCE', 0],
    ['no open cases', {}, {}, 'LOAD', WEIGHTS.load],
    ['half loaded', { capacity: 4, openCaseKeys: ['a', 'b'] }, {}, 'LOAD', WEIGHTS.load / 2],
    ['no pro bono commitment is neutral', {}, {}, 'PRO_BONO_FAIRNESS', WEIGHTS.proBono / 2],
    ['nothing delivered of the commitment', { proBono: { unit: 'HOURS', annualTarget: 40 } }, {}, 'PRO_BONO_FAIRNESS', WEIGHTS.proBono],
    ['three quarters delivered', { proBono: { unit: 'HOURS', annualTarget: 40 }, proBonoDelivered: { year: 2025, hours: 30, cases: 0 } }, {}, 'PRO_BONO_FAIRNESS', WEIGHTS.proBono / 4],
    ['last year\'s delivery does not count', { proBono: { unit: 'CASES', annualTarget: 4 }, proBonoDelivered: { year: 2024, hours: 0, cases: 4 } }, {}, 'PRO_BONO_FAIRNESS', WEIGHTS.proBono],
    ['no experience in the field', {}, {}, 'EXPERIENCE', 0],
    ['some experience', { casesByField: { MARRIAGE_FAMILY: 5 } }, {}, 'EXPERIENCE', WEIGHTS.experience / 2],
    ['experience is capped', { casesByField: { MARRIAGE_FAMILY: 50 } }, {}, 'EXPERIENCE', WEIGHTS.experience],
    ['experience in another field does not count', { casesByField: { CIVIL: 50 } }, {}, 'EXPERIENCE', 0],
    ['newcomer acceptance is one half', {}, {}, 'ACCEPTANCE', WEIGHTS.acceptance / 2],
    ['accepts everything', { offersMade: 8, offersAccepted: 8 }, {}, 'ACCEPTANCE', WEIGHTS.acceptance * 0.9],
    ['declines everything', { offersMade: 8, offersAccepted: 0 }, {}, 'ACCEPTANCE', WEIGHTS.acceptance * 0.1],
    ['never offered: full waiting points', {}, {}, 'RECENCY', WEIGHTS.waiting],
    ['offered a week ago: half', { lastOfferedAt: new Date(NOW.getTime() - 7 * day) }, {}, 'RECENCY', WEIGHTS.waiting / 2],
    ['offered just now: none', { lastOfferedAt: NOW }, {}, 'RECENCY', 0],
    ['requested gender', {}, { preferredGender: 'FEMALE' }, 'GENDER', WEIGHTS.gender],
    ['not the requested gender', { gender: 'MALE' }, { preferredGender: 'FEMALE' }, 'GENDER', 0],
    ['speaks the language of an applicant who needs an interpreter', { languages: ['vie', 'khm'] }, { language: 'khm', needsInterpreter: true }, 'LANGUAGE', WEIGHTS.ownLanguage],
    ['works through an interpreter', {}, { language: 'khm', needsInterpreter: true }, 'LANGUAGE', 0],
  ];
  it.each(cases)('%s', (_name, overrides, req, factor, expected) => {
    expect(points(provider('p1', overrides), request(req)).by[factor]).toBeCloseTo(expected, 2);
  });

  it('an applicant who needs an interpreter is offered first to a provider who speaks their language, and the reasons say why', () => {
    const r = rank([provider('vie-only', { casesByField: { MARRIAGE_FAMILY: 10 } }), provider('speaks-khmer', { languages: ['vie', 'khm'] })].map(toIndexed), request({ language: 'khm', needsInterpreter: true }), policy);
    expect(r.candidates.map((c) => c.providerId)).toEqual(['speaks-khmer', 'vie-only']);
    expect(r.candidates[0].reasons).toContainEqual({ factor: 'LANGUAGE', points: WEIGHTS.ownLanguage, detail: 'speaks khm: no interpreter needed' });
    expect(r.candidates[1].reasons).toContainEqual({ factor: 'LANGUAGE', points: 0, detail: 'does not speak khm: works through an interpreter' });
  });

  it('without a need for an interpreter the language is not scored', () => {
    expect(points(provider('p1')).by.LANGUAGE).toBeUndefined();
  });

  it('the score is the sum of the stated reasons', () => {
    const { score, by } = points(provider('p1', { casesByField: { MARRIAGE_FAMILY: 3 }, offersMade: 3, offersAccepted: 2, capacity: 5, openCaseKeys: ['x'] }));
    expect(score).toBeCloseTo(Object.values(by).reduce((a, b) => a + b, 0), 1);
  });

  it('a clearly better score ranks first; among similar scores the least recently offered goes first; waiting raises a score', () => {
    const recent = new Date(NOW.getTime() - day);
    const long = new Date(NOW.getTime() - 30 * day);
    const r = rank(
      [
        provider('near', { areas: [{ provinceCode: '79', communeCode: '26734' }], lastOfferedAt: new Date(NOW.getTime() - 20 * day) }),
        provider('similar-recent', { lastOfferedAt: recent }),
        provider('similar-long-ago', { lastOfferedAt: long }),
        provider('similar-never'),
      ].map(toIndexed),
      request(),
      policy,
    );
    expect(r.candidates.map((c) => c.providerId)).toEqual(['near', 'similar-never', 'similar-long-ago', 'similar-recent']);
    expect(r.candidates.map((c) => c.rank)).toEqual([1, 2, 3, 4]);
  });

  it('keeps only the best `keep` candidates but counts them all', () => {
    const many = Array.from({ length: 50 }, (_, i) => provider(`p${String(i).padStart(2, '0')}`, { casesByField: { MARRIAGE_FAMILY: i % 11 } }));
    const r = rank(many.map(toIndexed), request(), { ...policy, keep: 5 });
    expect(r.candidateCount).toBe(50);
    expect(r.candidates).toHaveLength(5);
    const full = rank(many.map(toIndexed), request(), { ...policy, keep: 50 });
    expect(r.candidates.map((c) => c.providerId)).toEqual(full.candidates.slice(0, 5).map((c) => c.providerId));
  });
});
