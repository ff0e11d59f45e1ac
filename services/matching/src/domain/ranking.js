import { AidForms, FieldsOfLaw, vnDate } from '@legalaid/contracts';
/**
 * Ranking (DESIGN.md §3 matching): hard filters, then a score whose every
 * point is explained. Pure: the caller passes the providers (the in-memory
 * index), the request and the time.
 */
const FIELD_BIT = new Map(FieldsOfLaw.terms.map((t, i) => [t.code, 1 << i]));
const FORM_BIT = new Map(AidForms.terms.map((t, i) => [t.code, 1 << i]));
const mask = (codes, bits) => codes.reduce((m, c) => m | (bits.get(c) ?? 0), 0);
export function toIndexed(p) {
    const communes = new Set();
    const provinces = new Set();
    const communeProvinces = new Set();
    for (const a of p.areas) {
        if (a.communeCode) {
            communes.add(`${a.provinceCode}:${a.communeCode}`);
            communeProvinces.add(a.provinceCode);
        }
        else
            provinces.add(a.provinceCode);
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
        proBono: p.proBono,
        delivered: p.proBonoDelivered,
        offersMade: p.offersMade,
        offersAccepted: p.offersAccepted,
        lastOfferedAt: p.lastOfferedAt ? new Date(p.lastOfferedAt).getTime() : 0,
        casesByField: p.casesByField ?? {},
    };
}
export const DEFAULT_RANK_POLICY = { keep: 20, excludedKept: 50, band: 5 };
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
    /** Waiting since the last offer earns up to this many points (full after `waitingDays`; never offered: full). */
    waiting: 15,
    waitingDays: 14,
};
export const FILTER_ORDER = [
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
function prepare(req, policy) {
    const kindAllowed = new Set();
    for (const [kind, forms] of Object.entries(policy.kindForms))
        if (forms.includes(req.aidForm))
            kindAllowed.add(kind);
    return {
        req,
        fieldBit: FIELD_BIT.get(req.fieldOfLaw) ?? 0,
        formBit: FORM_BIT.get(req.aidForm) ?? 0,
        communeKey: req.communeCode ? `${req.provinceCode}:${req.communeCode}` : null,
        nowMs: req.now.getTime(),
        year: Number(vnDate(req.now).slice(0, 4)),
        kindAllowed,
        tier: null,
    };
}
/** How close the provider is: the commune itself, the province, or remote advice from elsewhere; null when not served. */
function tierOf(p, x) {
    if (x.communeKey && p.communes.has(x.communeKey))
        return 'COMMUNE';
    if (p.provinces.has(x.req.provinceCode))
        return 'PROVINCE';
    // Without a commune in the request, a provider serving some commune of the province is close enough.
    if (!x.communeKey && p.communeProvinces.has(x.req.provinceCode))
        return 'PROVINCE';
    if (p.remoteAdvice && x.req.aidForm === 'ADVICE')
        return 'ELSEWHERE';
    return null;
}
function onLeave(p, nowMs) {
    for (const l of p.leave)
        if (l.from <= nowMs && nowMs < l.to)
            return true;
    return false;
}
function hasConflict(p, hashes) {
    if (p.conflicts.size === 0)
        return false;
    for (const h of hashes)
        if (p.conflicts.has(h))
            return true;
    return false;
}
/**
 * The first hard filter a provider fails, in FILTER_ORDER, or null. This is
 * the hot loop of a ranking: no allocation, cheapest and most selective
 * checks first.
 */
function firstFailure(p, x) {
    x.tier = null;
    if (x.req.exclude.size > 0 && x.req.exclude.has(p.id))
        return 'ALREADY_TRIED';
    if (!p.active)
        return 'SUSPENDED';
    if ((p.fieldMask & x.fieldBit) === 0)
        return 'FIELD_OF_LAW';
    if ((p.formMask & x.formBit) === 0)
        return 'AID_FORM';
    if (!x.kindAllowed.has(p.kind))
        return 'KIND_MAY_NOT_PERFORM_FORM';
    if ((x.tier = tierOf(p, x)) === null)
        return 'AREA';
    if (!p.languages.includes(x.req.language))
        return 'LANGUAGE';
    if (!p.available)
        return 'UNAVAILABLE';
    if (p.leave.length > 0 && onLeave(p, x.nowMs))
        return 'ON_LEAVE';
    if (p.openCases >= p.capacity)
        return 'CAPACITY';
    if (hasConflict(p, x.req.opposingPartyHashes))
        return 'CONFLICT_OF_INTEREST';
    return null;
}
/** Every hard filter a provider fails, in FILTER_ORDER (for explanations). */
function allFailures(p, x) {
    const checks = [
        ['ALREADY_TRIED', x.req.exclude.has(p.id)],
        ['SUSPENDED', !p.active],
        ['FIELD_OF_LAW', (p.fieldMask & x.fieldBit) === 0],
        ['AID_FORM', (p.formMask & x.formBit) === 0],
        ['KIND_MAY_NOT_PERFORM_FORM', !x.kindAllowed.has(p.kind)],
        ['AREA', tierOf(p, x) === null],
        ['LANGUAGE', !p.languages.includes(x.req.language)],
        ['UNAVAILABLE', !p.available],
        ['ON_LEAVE', onLeave(p, x.nowMs)],
        ['CAPACITY', p.openCases >= p.capacity],
        ['CONFLICT_OF_INTEREST', hasConflict(p, x.req.opposingPartyHashes)],
    ];
    return checks.filter(([, failed]) => failed).map(([reason]) => reason);
}
function pointsOf(p, x, tier) {
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
    // Ageing: whoever waited longest gains, so a newcomer without experience is never starved.
    const waitedDays = p.lastOfferedAt ? Math.max(0, x.nowMs - p.lastOfferedAt) / 86_400_000 : WEIGHTS.waitingDays;
    const waiting = (WEIGHTS.waiting * Math.min(waitedDays, WEIGHTS.waitingDays)) / WEIGHTS.waitingDays;
    return { distance, load, proBono, experience, acceptance, gender, waiting };
}
const total = (s) => s.distance + s.load + s.proBono + s.experience + s.acceptance + s.gender + s.waiting;
const round2 = (n) => Math.round(n * 100) / 100;
function explain(p, x, tier, s) {
    const days = p.lastOfferedAt ? Math.floor((x.nowMs - p.lastOfferedAt) / 86_400_000) : null;
    const reasons = [
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
    return reasons;
}
/** Negative when a ranks before b: a band nearer the best score, then least recently offered, then higher score, then id. */
function compare(a, b) {
    if (a.band !== b.band)
        return a.band - b.band;
    if (a.p.lastOfferedAt !== b.p.lastOfferedAt)
        return a.p.lastOfferedAt - b.p.lastOfferedAt;
    if (a.score !== b.score)
        return b.score - a.score;
    return a.p.id < b.p.id ? -1 : a.p.id > b.p.id ? 1 : 0;
}
/** Which hard filters one provider fails for a request (all of them), e.g. before offering to the next candidate. */
export function exclusionsFor(p, req, policy) {
    return allFailures(p, prepare(req, { ...DEFAULT_RANK_POLICY, ...policy }));
}
/** Ranks providers for one request. Linear in the number of providers; keeps only the best `keep` in order. */
export function rank(providers, req, policy) {
    const x = prepare(req, policy);
    const top = [];
    const excludedByReason = {};
    const excluded = [];
    let considered = 0;
    let candidateCount = 0;
    // First pass: hard filters and scores; the best score anchors the bands.
    const passed = [];
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
        const tier = x.tier;
        const points = pointsOf(p, x, tier);
        const score = total(points);
        if (score > best)
            best = score;
        passed.push({ p, tier, points, score, band: 0 });
    }
    candidateCount = passed.length;
    // Second pass: bands counted down from the best score (no cliff at fixed boundaries), keeping the best `keep`.
    for (const s of passed) {
        s.band = Math.floor((best - s.score) / policy.band + 1e-9);
        if (top.length === policy.keep && compare(s, top[top.length - 1]) >= 0)
            continue;
        let lo = 0;
        let hi = top.length;
        while (lo < hi) {
            const mid = (lo + hi) >> 1;
            if (compare(top[mid], s) <= 0)
                lo = mid + 1;
            else
                hi = mid;
        }
        top.splice(lo, 0, s);
        if (top.length > policy.keep)
            top.pop();
    }
    return {
        considered,
        candidateCount,
        candidates: top.map((s, i) => ({
            rank: i + 1,
            providerId: s.p.id,
            organisationId: s.p.organisationId,
            score: round2(s.score),
            reasons: explain(s.p, x, s.tier, s.points),
        })),
        excludedByReason,
        excluded,
    };
}
//# sourceMappingURL=ranking.js.map