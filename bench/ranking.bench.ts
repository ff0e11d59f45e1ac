/**
 * Ranking speed: one request ranked against 1,000 / 10,000 / 100,000
 * registered providers held in the in-memory index, as a matching replica
 * holds them. Reports milliseconds per ranking and the growth between sizes.
 * Target (issue 4): well under 50 ms at 100,000.
 *
 *   npm run bench -- ranking            (builds everything first)
 *   node bench/dist/run.js ranking      (after building matching and bench/)
 */
import { performance } from 'node:perf_hooks';
import { FieldsOfLaw, type AidForm, type FieldOfLaw } from '@legalaid/contracts';
import { loadKindAidForms } from '@legalaid/matching/domain/kind-aid-forms';
import { ProviderIndex } from '@legalaid/matching/domain/provider-index';
import { registerProvider, type Provider } from '@legalaid/matching/domain/provider';
import { DEFAULT_RANK_POLICY, rank, type RankRequest } from '@legalaid/matching/domain/ranking';
import { report, round, summarise } from './support.js';

const SIZES = (process.env.BENCH_SIZES ?? '1000,10000,100000').split(',').map(Number);
const RUNS = Number(process.env.BENCH_RUNS ?? 50);

/** A deterministic pseudo-random sequence, so every run ranks the same registry. */
function rng(seed: number) {
  let s = seed >>> 0;
  return () => ((s = (s * 1664525 + 1013904223) >>> 0) / 2 ** 32);
}

const FIELDS = FieldsOfLaw.terms.map((t) => t.code).filter((c) => c !== 'BUSINESS_COMMERCE') as FieldOfLaw[];
const KINDS = ['LEGAL_AID_OFFICER', 'CONTRACT_LAWYER', 'ORGANISATION_LAWYER', 'PRO_BONO_LAWYER', 'LEGAL_ADVISER', 'COLLABORATOR'] as const;
const PROVINCES = ['79', '01', '48', '92', '75', '31'];
const communes = (province: string) => Array.from({ length: 120 }, (_, i) => String(Number(province) * 1000 + i).padStart(5, '0'));

function makeProviders(n: number): Provider[] {
  const r = rng(n);
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(r() * xs.length)];
  const now = new Date('2025-09-01T00:00:00Z');
  return Array.from({ length: n }, (_, i) => {
    const province = r() < 0.5 ? '79' : pick(PROVINCES);
    const wholeProvince = r() < 0.4;
    const p = registerProvider(
      {
        providerId: `p${i}`,
        organisationId: `org${i % 500}`,
        kind: pick(KINDS),
        displayName: `Provider ${i}`,
        gender: r() < 0.5 ? 'FEMALE' : 'MALE',
        fieldsOfLaw: Array.from({ length: 1 + Math.floor(r() * 3) }, () => pick(FIELDS)),
        aidForms: (r() < 0.6 ? ['PROCEEDINGS', 'ADVICE', 'OUT_OF_COURT'] : ['ADVICE']) as AidForm[],
        languages: r() < 0.1 ? ['vie', pick(['khm', 'hre', 'cmo'])] : ['vie'],
        areas: wholeProvince
          ? [{ provinceCode: province, communeCode: null }]
          : Array.from({ length: 1 + Math.floor(r() * 5) }, () => ({ provinceCode: province, communeCode: pick(communes(province)) })),
        remoteAdvice: r() < 0.2,
        capacity: 3 + Math.floor(r() * 8),
        proBono: r() < 0.5 ? { unit: 'HOURS', annualTarget: 40 } : null,
        declaredConflicts: r() < 0.05 ? [`ph_${String(i).padStart(20, '0')}`] : [],
      },
      now,
    );
    return {
      ...p,
      openCaseKeys: Array.from({ length: Math.floor(r() * 4) }, (_, k) => `c${i}-${k}`),
      casesByField: { [pick(FIELDS)]: Math.floor(r() * 20) },
      offersMade: Math.floor(r() * 30),
      offersAccepted: Math.floor(r() * 15),
      lastOfferedAt: r() < 0.8 ? new Date(now.getTime() - Math.floor(r() * 60) * 86_400_000) : null,
      available: r() > 0.05,
    };
  });
}

function requests(): RankRequest[] {
  const r = rng(7);
  return Array.from({ length: RUNS }, () => ({
    fieldOfLaw: FIELDS[Math.floor(r() * FIELDS.length)],
    aidForm: r() < 0.5 ? 'PROCEEDINGS' : 'ADVICE',
    provinceCode: '79',
    communeCode: communes('79')[Math.floor(r() * 120)],
    language: 'vie',
    needsInterpreter: false,
    parties: { applicant: { strong: ['ph_00000000000000000001'], nameBirth: null }, opposing: [{ strong: ['ph_00000000000000000042'], nameBirth: 'ph_00000000000000000777' }] },
    preferredGender: r() < 0.2 ? 'FEMALE' : null,
    exclude: new Set<string>(),
    now: new Date('2025-09-10T03:00:00Z'),
  }));
}

const policy = { ...DEFAULT_RANK_POLICY, kindForms: loadKindAidForms() };
const rows: Record<string, unknown>[] = [];
let previous: number | undefined;
for (const size of SIZES) {
  const index = new ProviderIndex();
  const built = performance.now();
  for (const p of makeProviders(size)) index.upsert(p);
  const indexMs = performance.now() - built;
  const reqs = requests();
  for (const req of reqs.slice(0, 10)) rank(index.values(), req, policy); // warm-up
  const times: number[] = [];
  let candidates = 0;
  for (const req of reqs) {
    const t = performance.now();
    const result = rank(index.values(), req, policy);
    times.push(performance.now() - t);
    candidates += result.candidateCount;
  }
  const s = summarise(times);
  const mean = times.reduce((a, b) => a + b, 0) / times.length;
  rows.push({
    providers: size,
    msPerRanking: { mean: round(mean), ...s },
    meanCandidatesPassingFilters: Math.round(candidates / reqs.length),
    indexBuildMs: round(indexMs),
    growthFromPreviousSize: previous ? round(mean / previous) : null,
  });
  previous = mean;
}
report('ranking', { runsPerSize: RUNS, targetMsAt100k: 50, results: rows });
