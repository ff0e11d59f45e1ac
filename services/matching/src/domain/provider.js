import { DomainError, vnDate, } from '@legalaid/contracts';
/** How many party hashes and released case keys a provider keeps (bounded documents). */
export const ACTED_FOR_KEPT = 2000;
export const RELEASED_KEYS_KEPT = 500;
const uniq = (xs) => [...new Set(xs)];
function normalise(p) {
    const areas = uniq(p.areas.map((a) => `${a.provinceCode}:${a.communeCode ?? ''}`)).map((k) => {
        const [provinceCode, communeCode] = k.split(':');
        return { provinceCode, communeCode: communeCode || null };
    });
    return {
        ...p,
        fieldsOfLaw: uniq(p.fieldsOfLaw),
        aidForms: uniq(p.aidForms),
        languages: uniq(p.languages),
        areas,
        declaredConflicts: uniq(p.declaredConflicts),
    };
}
export function registerProvider(input, now) {
    const profile = normalise(input);
    return {
        _id: input.providerId,
        version: 1,
        organisationId: input.organisationId,
        kind: input.kind,
        ...profile,
        contact: profile.contact ?? null,
        areaProvinceCodes: uniq(profile.areas.map((a) => a.provinceCode)),
        available: true,
        leave: [],
        status: 'ACTIVE',
        suspendedReason: null,
        actedForPartyHashes: [],
        openCaseKeys: [],
        releasedCaseKeys: [],
        casesByField: {},
        proBonoDelivered: { year: Number(vnDate(now).slice(0, 4)), hours: 0, cases: 0 },
        offersMade: 0,
        offersAccepted: 0,
        lastOfferedAt: null,
        registeredAt: now,
        updatedAt: now,
    };
}
/** Applies a partial profile change; returns the new state and the names of what changed. */
export function updateProfile(p, patch, now) {
    const merged = normalise({
        displayName: patch.displayName ?? p.displayName,
        gender: patch.gender ?? p.gender,
        fieldsOfLaw: patch.fieldsOfLaw ?? p.fieldsOfLaw,
        aidForms: patch.aidForms ?? p.aidForms,
        languages: patch.languages ?? p.languages,
        areas: patch.areas ?? p.areas,
        remoteAdvice: patch.remoteAdvice ?? p.remoteAdvice,
        capacity: patch.capacity ?? p.capacity,
        proBono: patch.proBono === undefined ? p.proBono : patch.proBono,
        declaredConflicts: patch.declaredConflicts ?? p.declaredConflicts,
        contact: patch.contact === undefined ? (p.contact ?? null) : patch.contact,
    });
    const changed = Object.keys(merged).filter((k) => JSON.stringify(merged[k]) !== JSON.stringify(p[k]));
    return {
        provider: { ...p, ...merged, areaProvinceCodes: uniq(merged.areas.map((a) => a.provinceCode)), updatedAt: now },
        changed,
    };
}
export function setAvailability(p, available, leave, now) {
    const changed = [];
    if (p.available !== available)
        changed.push('available');
    // Leave that already ended is dropped: the document stays small.
    const nextLeave = (leave ?? p.leave).filter((l) => l.to.getTime() > now.getTime()).sort((a, b) => a.from.getTime() - b.from.getTime());
    if (JSON.stringify(nextLeave) !== JSON.stringify(p.leave))
        changed.push('leave');
    return { provider: { ...p, available, leave: nextLeave, updatedAt: now }, changed };
}
export function suspend(p, reason, now) {
    if (p.status === 'SUSPENDED')
        throw new DomainError('ILLEGAL_TRANSITION', `provider ${p._id} is already suspended`);
    return { ...p, status: 'SUSPENDED', suspendedReason: reason, updatedAt: now };
}
export function reinstate(p, now) {
    if (p.status !== 'SUSPENDED')
        throw new DomainError('ILLEGAL_TRANSITION', `provider ${p._id} is not suspended`);
    return { ...p, status: 'ACTIVE', suspendedReason: null, updatedAt: now };
}
/** The pro bono year runs by Vietnamese calendar year; a new year starts from zero. */
function deliveredFor(p, now) {
    const year = Number(vnDate(now).slice(0, 4));
    return p.proBonoDelivered.year === year ? p.proBonoDelivered : { year, hours: 0, cases: 0 };
}
export function recordOfferMade(p, offeredAt, now) {
    const last = p.lastOfferedAt && p.lastOfferedAt.getTime() > offeredAt.getTime() ? p.lastOfferedAt : offeredAt;
    return { ...p, offersMade: p.offersMade + 1, lastOfferedAt: last, updatedAt: now };
}
export function recordOfferAccepted(p, now) {
    return { ...p, offersAccepted: p.offersAccepted + 1, updatedAt: now };
}
/** A matter was assigned: it counts toward load and experience, and its applicant is a party acted for. */
export function recordAssignment(p, a, now) {
    const open = p.releasedCaseKeys.includes(a.requestId) || p.openCaseKeys.includes(a.requestId) ? p.openCaseKeys : [...p.openCaseKeys, a.requestId];
    const acted = a.applicantPartyHash && !p.actedForPartyHashes.includes(a.applicantPartyHash)
        ? [...p.actedForPartyHashes, a.applicantPartyHash].slice(-ACTED_FOR_KEPT)
        : p.actedForPartyHashes;
    return {
        ...p,
        openCaseKeys: open,
        actedForPartyHashes: acted,
        casesByField: { ...p.casesByField, [a.fieldOfLaw]: (p.casesByField[a.fieldOfLaw] ?? 0) + 1 },
        updatedAt: now,
    };
}
/** Case-tracking opened the case: counted once whatever arrives first. */
export function recordCaseOpened(p, requestId, now) {
    if (p.openCaseKeys.includes(requestId) || p.releasedCaseKeys.includes(requestId))
        return p;
    return { ...p, openCaseKeys: [...p.openCaseKeys, requestId], updatedAt: now };
}
/** The case closed or moved to another provider: it no longer counts toward load. */
export function recordCaseReleased(p, requestId, closedWithProBono, now) {
    const delivered = deliveredFor(p, now);
    return {
        ...p,
        openCaseKeys: p.openCaseKeys.filter((k) => k !== requestId),
        releasedCaseKeys: p.releasedCaseKeys.includes(requestId) ? p.releasedCaseKeys : [...p.releasedCaseKeys, requestId].slice(-RELEASED_KEYS_KEPT),
        proBonoDelivered: closedWithProBono ? { ...delivered, cases: delivered.cases + 1 } : delivered,
        updatedAt: now,
    };
}
export function recordHours(p, hours, now) {
    const delivered = deliveredFor(p, now);
    return { ...p, proBonoDelivered: { ...delivered, hours: Math.round((delivered.hours + hours) * 100) / 100 }, updatedAt: now };
}
export function providerFacts(p) {
    return {
        providerId: p._id,
        organisationId: p.organisationId,
        kind: p.kind,
        gender: p.gender,
        fieldsOfLaw: p.fieldsOfLaw,
        aidForms: p.aidForms,
        languages: p.languages,
        areas: p.areas,
        remoteAdvice: p.remoteAdvice,
        capacity: p.capacity,
        available: p.available,
        leave: p.leave.map((l) => ({ from: new Date(l.from).toISOString(), to: new Date(l.to).toISOString() })),
        proBono: p.proBono,
        status: p.status,
    };
}
export function providerView(p) {
    return {
        ...providerFacts(p),
        displayName: p.displayName,
        declaredConflictCount: p.declaredConflicts.length,
        openCases: p.openCaseKeys.length,
        proBonoDelivered: p.proBonoDelivered,
        offersMade: p.offersMade,
        offersAccepted: p.offersAccepted,
        lastOfferedAt: p.lastOfferedAt ? new Date(p.lastOfferedAt).toISOString() : null,
        version: p.version,
        registeredAt: new Date(p.registeredAt).toISOString(),
        updatedAt: new Date(p.updatedAt).toISOString(),
    };
}
//# sourceMappingURL=provider.js.map