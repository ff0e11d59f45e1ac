import { AidForms, FieldsOfLaw, vnDate, type AidForm, type ExclusionReason, type FieldOfLaw, type MatterParties, type ProviderKind } from '@legalaid/contracts';
import type { KindAidForms } from './kind-aid-forms.js';
import type { Provider } from './provider.js';

/**
 * Ranking (DESIGN.md §3 matching): hard filters, then a score whose every
 * point is explained. Pure: the caller passes the providers (the in-memory
 * index), the request and the time.
 */

const FIELD_BIT = new Map<string, number>(FieldsOfLaw.terms.map((t, i) => [t.code, 1 << i]));
const FORM_BIT = new Map<string, number>(AidForms.terms.map((t, i) => [t.code, 1 << i]));
const mask = (codes: readonly string[], bits: Map<string, number>) => codes.reduce((m, c) => m | (bits.get(c) ?? 0), 0);

/** A provider as the ranking reads it: flattened for speed, rebuilt whenever the stored provider changes. */
export interface IndexedProvider {
  id: string;
  organisationId: string;
  kind: ProviderKind;
  gender: Provider['gender'];
  fieldMask: number;
  formMask: number;
  languages: readonly string[];
  /** `province:commune` keys of the communes served. */
  communes: ReadonlySet<string>;
  /** Provinces served whole. */
  provinces: ReadonlySet<string>;
  /** Provinces where some commune is served. */
  communeProvinces: ReadonlySet<string>;
  remoteAdvice: boolean;
  capacity: number;
  openCases: number;
  available: boolean;
  leave: readonly { from: number; to: number }[];
  active: boolean;
  /** Parties the provider declared a conflict with, and parties they acted for: neither may be opposed. */
  conflicts: ReadonlySet<string>;
  /** Only the declared ones: the applicant is checked against these (acting for someone again is no conflict). */
  declared: ReadonlySet<string>;
  proBono: Provider['proBono'];
  delivered: Provider['proBonoDelivered'];
  offersMade: number;
  offersAccepted: number;
  /** Epoch ms of the last offer, 0 when never offered. */
  lastOfferedAt: number;
  casesByField: Partial<Record<FieldOfLaw, number>>;
}

/**
 * The provider as indexed, with the party hashes it acts for in matters
 * assigned since its record was last indexed (the index catches up through
 * events; an assignment must count from the moment it is made).
 */
export function withActedFor(p: IndexedProvider, hashes: readonly string[] | undefined): IndexedProvider {
  if (!hashes || hashes.every((h) => p.conflicts.has(h))) return p;
  return { ...p, conflicts: new Set([...p.conflicts, ...hashes]) };
}

export function toIndexed(p: Provider): IndexedProvider {
  const communes = new Set<string>();
  const provinces = new Set<string>();
  const communeProvinces = new Set<string>();
  for (const a of p.areas) {
    if (a.communeCode) {
      communes.add(`${a.provinceCode}:${a.communeCode}`);
      communeProvinces.add(a.provinceCode);
    } else provinces.add(a.provinceCode);
  }
  return {
    id: p._id,
    organisationId: p.organisationId,
    kind: p.kind,
    gender: p.gender,
    fieldMask: mask(p.fieldsOfLaw, FIELD_BIT),
    formMask: mask(p.aidForms, FORM_BIT),
    languages: p.languages,
    communes,
    provinces,
    communeProvinces,
    remoteAdvice: p.remoteAdvice,
    capacity: p.capacity,
    openCases: p.openCaseKeys.length,
    available: p.available,
    leave: p.leave.map((l) => ({ from: new Date(l.from).getTime(), to: new Date(l.to).getTime() })),
    active: p.status === 'ACTIVE',
    conflicts: new Set([...p.declaredConflicts, ...p.actedForPartyHashes]),
    declared: new Set(p.declaredConflicts),
    proBono: p.proBono,
    delivered: p.proBonoDelivered,
    offersMade: p.offersMade,
    offersAccepted: p.offersAccepted,
    lastOfferedAt: p.lastOfferedAt ? new Date(p.lastOfferedAt).getTime() : 0,
    casesByField: p.casesByField ?? {},
  };
}

export interface RankRequest {
  fieldOfLaw: FieldOfLaw;
  aidForm: AidForm;
  provinceCode: string;
  communeCode: string | null;
  language: string;
  /**
   * The applicant needs an interpreter: a provider who speaks Vietnamese may take the matter
   * through one, and one who speaks the applicant's language scores higher (LANGUAGE).
   * Without the need, the provider must speak the applicant's language.
   */
  needsInterpreter: boolean;
  /** The applicant and the opposing parties as keyed hashes (strong, and name + birth date). */
  parties: MatterParties;
  preferredGender: Provider['gender'] | null;
  /** Providers already tried for this referral (declined, expired, transferred away). */
  exclude: ReadonlySet<string>;
  now: Date;
}

export interface RankPolicy {
  kindForms: KindAidForms;
  /** How many ranked candidates are kept with their reasons. */
  keep: number;
  /** How many excluded providers close to the matter are kept with their reasons. */
  excludedKept: number;
  /**
   * Scores count as similar within bands of this many points, counted down
   * from the best score; within a band the least recently offered comes first.
   */
  band: number;
}

export const DEFAULT_RANK_POLICY: Omit<RankPolicy, 'kindForms'> = { keep: 20, excludedKept: 50, band: 5 };

/** Points each factor can earn; documented in the service README. */
export const WEIGHTS = {
  sameCommune: 30,
  sameProvince: 20,
  elsewhere: 0,
  load: 20,
  proBono: 10,
  experience: 15,
  experienceCases: 10,
  acceptance: 10,
  gender: 25,
  /** Speaks the language of an applicant who needs an interpreter (no interpreter in between). */
  ownLanguage: 20,
  /** Waiting since the last offer earns up to this many points (full after `waitingDays`; never offered: full). */
  waiting: 15,
  waitingDays: 14,
} as const;

export type ScoreFactor = 'DISTANCE' | 'LOAD' | 'PRO_BONO_FAIRNESS' | 'RECENCY' | 'EXPERIENCE' | 'ACCEPTANCE' | 'GENDER' | 'LANGUAGE' | 'CONFLICT_CHECK';
export interface ScoreReason {
  factor: ScoreFactor;
  points: number;
  detail: string;
}

export interface RankedCandidate {
  rank: number;
  providerId: string;
  organisationId: string;
  score: number;
  reasons: ScoreReason[];
  /** A party matches only by name and birth date: the provider confirms or denies a conflict before seeing the matter. */
  possibleConflict: boolean;
}

export interface Ranking {
  considered: number;
  candidateCount: number;
  candidates: RankedCandidate[];
  /** Each excluded provider counted once, under the first filter it failed (in the order of FILTER_ORDER). */
  excludedByReason: Partial<Record<ExclusionReason, number>>;
  excluded: { providerId: string; reasons: ExclusionReason[] }[];
}

export const FILTER_ORDER: readonly ExclusionReason[] = [
  'ALREADY_TRIED',
  'SUSPENDED',
  'FIELD_OF_LAW',
  'AID_FORM',
  'KIND_MAY_NOT_PERFORM_FORM',
  'AREA',
  'LANGUAGE',
  'UNAVAILABLE',
  'ON_LEAVE',
  'CAPACITY',
  'CONFLICT_OF_INTEREST',
];

type Tier = 'COMMUNE' | 'PROVINCE' | 'ELSEWHERE' | null;

/** Prepared once per ranking, so the loop over providers does no repeated work. */
interface Prepared {
  req: RankRequest;
  fieldBit: number;
  formBit: number;
  communeKey: string | null;
  nowMs: number;
  year: number;
  kindAllowed: Set<ProviderKind>;
  /** Hashes whose match is a conflict, and those whose match is only a possible one, against each of the provider's sets. */
  against: { conflicts: { strong: string[]; nameBirth: string[] }; declared: { strong: string[]; nameBirth: string[] } };
  /** Scratch: the tier firstFailure found for the provider it just checked. */
  tier: Tier;
}

function prepare(req: RankRequest, policy: RankPolicy): Prepared {
  const kindAllowed = new Set<ProviderKind>();
  for (const [kind, forms] of Object.entries(policy.kindForms)) if (forms.includes(req.aidForm)) kindAllowed.add(kind as ProviderKind);
  return {
    req,
    fieldBit: FIELD_BIT.get(req.fieldOfLaw) ?? 0,
    formBit: FORM_BIT.get(req.aidForm) ?? 0,
    communeKey: req.communeCode ? `${req.provinceCode}:${req.communeCode}` : null,
    nowMs: req.now.getTime(),
    year: Number(vnDate(req.now).slice(0, 4)),
    kindAllowed,
    against: {
      conflicts: { strong: req.parties.opposing.flatMap((o) => o.strong), nameBirth: req.parties.opposing.flatMap((o) => (o.nameBirth ? [o.nameBirth] : [])) },
      declared: { strong: req.parties.applicant.strong, nameBirth: req.parties.applicant.nameBirth ? [req.parties.applicant.nameBirth] : [] },
    },
    tier: null,
  };
}

/** How close the provider is: the commune itself, the province, or remote advice from elsewhere; null when not served. */
function tierOf(p: IndexedProvider, x: Prepared): Tier {
  if (x.communeKey && p.communes.has(x.communeKey)) return 'COMMUNE';
  if (p.provinces.has(x.req.provinceCode)) return 'PROVINCE';
  // Without a commune in the request, a provider serving some commune of the province is close enough.
  if (!x.communeKey && p.communeProvinces.has(x.req.provinceCode)) return 'PROVINCE';
  if (p.remoteAdvice && x.req.aidForm === 'ADVICE') return 'ELSEWHERE';
  return null;
}

/** The provider can work with the applicant: in their language, or through an interpreter from Vietnamese when one is needed. */
function speaks(p: IndexedProvider, req: RankRequest): boolean {
  return p.languages.includes(req.language) || (req.needsInterpreter && p.languages.includes(INTERPRETED_FROM));
}

/** The language an interpreter works from: the language of proceedings (Law on Legal Aid 2017, art. 8). */
const INTERPRETED_FROM = 'vie';

function onLeave(p: IndexedProvider, nowMs: number): boolean {
  for (const l of p.leave) if (l.from <= nowMs && nowMs < l.to) return true;
  return false;
}

function anyIn(set: ReadonlySet<string>, hashes: readonly string[]): boolean {
  if (set.size === 0) return false;
  for (const h of hashes) if (set.has(h)) return true;
  return false;
}

/** An opposing party among the provider's conflicts, or the applicant among their declared ones, by a strong identifier. */
function hasConflict(p: IndexedProvider, x: Prepared): boolean {
  return anyIn(p.conflicts, x.against.conflicts.strong) || anyIn(p.declared, x.against.declared.strong);
}

/** The same, by name and birth date only: a possible conflict (namesakes born the same day), for the provider to confirm. */
function hasPossibleConflict(p: IndexedProvider, x: Prepared): boolean {
  return anyIn(p.conflicts, x.against.conflicts.nameBirth) || anyIn(p.declared, x.against.declared.nameBirth);
}

/**
 * The first hard filter a provider fails, in FILTER_ORDER, or null. This is
 * the hot loop of a ranking: no allocation, cheapest and most selective
 * checks first.
 */
function firstFailure(p: IndexedProvider, x: Prepared): ExclusionReason | null {
  x.tier = null;
  if (x.req.exclude.size > 0 && x.req.exclude.has(p.id)) return 'ALREADY_TRIED';
  if (!p.active) return 'SUSPENDED';
  if ((p.fieldMask & x.fieldBit) === 0) return 'FIELD_OF_LAW';
  if ((p.formMask & x.formBit) === 0) return 'AID_FORM';
  if (!x.kindAllowed.has(p.kind)) return 'KIND_MAY_NOT_PERFORM_FORM';
  if ((x.tier = tierOf(p, x)) === null) return 'AREA';
  if (!speaks(p, x.req)) return 'LANGUAGE';
  if (!p.available) return 'UNAVAILABLE';
  if (p.leave.length > 0 && onLeave(p, x.nowMs)) return 'ON_LEAVE';
  if (p.openCases >= p.capacity) return 'CAPACITY';
  if (hasConflict(p, x)) return 'CONFLICT_OF_INTEREST';
  return null;
}

/** Every hard filter a provider fails, in FILTER_ORDER (for explanations). */
function allFailures(p: IndexedProvider, x: Prepared): ExclusionReason[] {
  const checks: [ExclusionReason, boolean][] = [
    ['ALREADY_TRIED', x.req.exclude.has(p.id)],
    ['SUSPENDED', !p.active],
    ['FIELD_OF_LAW', (p.fieldMask & x.fieldBit) === 0],
    ['AID_FORM', (p.formMask & x.formBit) === 0],
    ['KIND_MAY_NOT_PERFORM_FORM', !x.kindAllowed.has(p.kind)],
    ['AREA', tierOf(p, x) === null],
    ['LANGUAGE', !speaks(p, x.req)],
    ['UNAVAILABLE', !p.available],
    ['ON_LEAVE', onLeave(p, x.nowMs)],
    ['CAPACITY', p.openCases >= p.capacity],
    ['CONFLICT_OF_INTEREST', hasConflict(p, x)],
  ];
  return checks.filter(([, failed]) => failed).map(([reason]) => reason);
}

interface Points {
  distance: number;
  load: number;
  proBono: number;
  experience: number;
  acceptance: number;
  gender: number;
  language: number;
  waiting: number;
}

function pointsOf(p: IndexedProvider, x: Prepared, tier: Exclude<Tier, null>): Points {
  const distance = tier === 'COMMUNE' ? WEIGHTS.sameCommune : tier === 'PROVINCE' ? WEIGHTS.sameProvince : WEIGHTS.elsewhere;
  const load = p.capacity > 0 ? WEIGHTS.load * (1 - p.openCases / p.capacity) : 0;
  let proBono = WEIGHTS.proBono / 2; // no commitment: neutral
  if (p.proBono && p.proBono.annualTarget > 0) {
    const delivered = p.delivered.year === x.year ? (p.proBono.unit === 'HOURS' ? p.delivered.hours : p.delivered.cases) : 0;
    proBono = WEIGHTS.proBono * Math.max(0, 1 - delivered / p.proBono.annualTarget);
  }
  const inField = p.casesByField[x.req.fieldOfLaw] ?? 0;
  const experience = (WEIGHTS.experience * Math.min(inField, WEIGHTS.experienceCases)) / WEIGHTS.experienceCases;
  // Laplace-smoothed, so a newcomer starts at one half rather than at zero or one.
  const acceptance = (WEIGHTS.acceptance * (p.offersAccepted + 1)) / (p.offersMade + 2);
  const gender = x.req.preferredGender && p.gender === x.req.preferredGender ? WEIGHTS.gender : 0;
  const language = x.req.needsInterpreter && p.languages.includes(x.req.language) ? WEIGHTS.ownLanguage : 0;
  // Ageing: whoever waited longest gains, so a newcomer without experience is never starved.
  const waitedDays = p.lastOfferedAt ? Math.max(0, x.nowMs - p.lastOfferedAt) / 86_400_000 : WEIGHTS.waitingDays;
  const waiting = (WEIGHTS.waiting * Math.min(waitedDays, WEIGHTS.waitingDays)) / WEIGHTS.waitingDays;
  return { distance, load, proBono, experience, acceptance, gender, language, waiting };
}

const total = (s: Points) => s.distance + s.load + s.proBono + s.experience + s.acceptance + s.gender + s.language + s.waiting;
const round2 = (n: number) => Math.round(n * 100) / 100;

function explain(p: IndexedProvider, x: Prepared, tier: Exclude<Tier, null>, s: Points, possibleConflict: boolean): ScoreReason[] {
  const days = p.lastOfferedAt ? Math.floor((x.nowMs - p.lastOfferedAt) / 86_400_000) : null;
  const reasons: ScoreReason[] = [
    {
      factor: 'DISTANCE',
      points: round2(s.distance),
      detail: tier === 'COMMUNE' ? 'serves the commune' : tier === 'PROVINCE' ? 'serves the province' : 'remote advice from elsewhere',
    },
    { factor: 'LOAD', points: round2(s.load), detail: `${p.openCases} of ${p.capacity} open cases` },
    {
      factor: 'PRO_BONO_FAIRNESS',
      points: round2(s.proBono),
      detail: p.proBono && p.proBono.annualTarget > 0
        ? `${p.delivered.year === x.year ? (p.proBono.unit === 'HOURS' ? p.delivered.hours : p.delivered.cases) : 0} of ${p.proBono.annualTarget} ${p.proBono.unit.toLowerCase()} delivered this year`
        : 'no pro bono commitment',
    },
    { factor: 'EXPERIENCE', points: round2(s.experience), detail: `${p.casesByField[x.req.fieldOfLaw] ?? 0} earlier matters in ${x.req.fieldOfLaw}` },
    { factor: 'ACCEPTANCE', points: round2(s.acceptance), detail: `accepted ${p.offersAccepted} of ${p.offersMade} offers` },
    { factor: 'RECENCY', points: round2(s.waiting), detail: days === null ? 'never offered a matter' : `last offered ${days} days ago` },
  ];
  if (x.req.preferredGender) {
    reasons.push({ factor: 'GENDER', points: round2(s.gender), detail: p.gender === x.req.preferredGender ? 'gender requested by the applicant' : 'not the gender requested' });
  }
  if (x.req.needsInterpreter) {
    const own = p.languages.includes(x.req.language);
    reasons.push({ factor: 'LANGUAGE', points: round2(s.language), detail: own ? `speaks ${x.req.language}: no interpreter needed` : `does not speak ${x.req.language}: works through an interpreter` });
  }
  if (possibleConflict) {
    reasons.push({ factor: 'CONFLICT_CHECK', points: 0, detail: 'possible conflict: a party matches by name and birth date only; the provider confirms or denies it before seeing the matter' });
  }
  return reasons;
}

interface Scored {
  p: IndexedProvider;
  tier: Exclude<Tier, null>;
  points: Points;
  score: number;
  band: number;
}

/** Negative when a ranks before b: a band nearer the best score, then least recently offered, then higher score, then id. */
function compare(a: Scored, b: Scored): number {
  if (a.band !== b.band) return a.band - b.band;
  if (a.p.lastOfferedAt !== b.p.lastOfferedAt) return a.p.lastOfferedAt - b.p.lastOfferedAt;
  if (a.score !== b.score) return b.score - a.score;
  return a.p.id < b.p.id ? -1 : a.p.id > b.p.id ? 1 : 0;
}

/** Which hard filters one provider fails for a request (all of them), e.g. before offering to the next candidate. */
export function exclusionsFor(p: IndexedProvider, req: RankRequest, policy: Pick<RankPolicy, 'kindForms'>): ExclusionReason[] {
  return allFailures(p, prepare(req, { ...DEFAULT_RANK_POLICY, ...policy }));
}

/** Whether a provider who passes the hard filters has a possible conflict (a match by name and birth date only). */
export function possibleConflictFor(p: IndexedProvider, req: RankRequest, policy: Pick<RankPolicy, 'kindForms'>): boolean {
  return hasPossibleConflict(p, prepare(req, { ...DEFAULT_RANK_POLICY, ...policy }));
}

/** Ranks providers for one request. Linear in the number of providers; keeps only the best `keep` in order. */
export function rank(providers: Iterable<IndexedProvider>, req: RankRequest, policy: RankPolicy): Ranking {
  const x = prepare(req, policy);
  const top: Scored[] = [];
  const excludedByReason: Partial<Record<ExclusionReason, number>> = {};
  const excluded: Ranking['excluded'] = [];
  let considered = 0;
  let candidateCount = 0;
  // First pass: hard filters and scores; the best score anchors the bands.
  const passed: Scored[] = [];
  let best = -Infinity;
  for (const p of providers) {
    considered++;
    const first = firstFailure(p, x);
    if (first !== null) {
      excludedByReason[first] = (excludedByReason[first] ?? 0) + 1;
      // Keep the full reasons of providers close to the matter (its field of law or its place), not of everyone.
      if (excluded.length < policy.excludedKept && first !== 'ALREADY_TRIED' && ((p.fieldMask & x.fieldBit) !== 0 || tierOf(p, x) !== null)) {
        excluded.push({ providerId: p.id, reasons: allFailures(p, x) });
      }
      continue;
    }
    const tier = x.tier!;
    const points = pointsOf(p, x, tier);
    const score = total(points);
    if (score > best) best = score;
    passed.push({ p, tier, points, score, band: 0 });
  }
  candidateCount = passed.length;
  // Second pass: bands counted down from the best score (no cliff at fixed boundaries), keeping the best `keep`.
  for (const s of passed) {
    s.band = Math.floor((best - s.score) / policy.band + 1e-9);
    if (top.length === policy.keep && compare(s, top[top.length - 1]) >= 0) continue;
    let lo = 0;
    let hi = top.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (compare(top[mid], s) <= 0) lo = mid + 1;
      else hi = mid;
    }
    top.splice(lo, 0, s);
    if (top.length > policy.keep) top.pop();
  }
  return {
    considered,
    candidateCount,
    candidates: top.map((s, i) => {
      const possibleConflict = hasPossibleConflict(s.p, x);
      return { rank: i + 1, providerId: s.p.id, organisationId: s.p.organisationId, score: round2(s.score), reasons: explain(s.p, x, s.tier, s.points, possibleConflict), possibleConflict };
    }),
    excludedByReason,
    excluded,
  };
}

