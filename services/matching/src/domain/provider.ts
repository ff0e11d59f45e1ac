import {
  DomainError,
  vnDate,
  type AidForm,
  type CaseOutcome,
  type FieldOfLaw,
  type ProviderFacts,
  type ProviderKind,
  type ProviderView,
  type ProBonoSchema,
  type ProfessionalContact,
} from '@legalaid/contracts';
import type { z } from 'zod';

export type ProBono = z.infer<typeof ProBonoSchema>;

export interface ServiceArea {
  provinceCode: string;
  communeCode: string | null;
}

export interface LeavePeriod {
  from: Date;
  to: Date;
}

/** How many party hashes and released case keys a provider keeps (bounded documents). */
export const ACTED_FOR_KEPT = 2000;
export const RELEASED_KEYS_KEPT = 500;

/**
 * A provider of legal aid (người thực hiện trợ giúp pháp lý): lawyer, legal
 * aid officer, legal adviser or collaborator. Professional data only; the
 * counters (open cases, offers, pro bono delivered) are kept current from
 * matching's own events and case-tracking's.
 */
export interface Provider {
  _id: string;
  version: number;
  organisationId: string;
  kind: ProviderKind;
  displayName: string;
  gender: 'FEMALE' | 'MALE' | 'OTHER';
  fieldsOfLaw: FieldOfLaw[];
  aidForms: AidForm[];
  languages: string[];
  areas: ServiceArea[];
  /** Derived from areas, for the `providers` query's province filter. */
  areaProvinceCodes: string[];
  remoteAdvice: boolean;
  capacity: number;
  available: boolean;
  leave: LeavePeriod[];
  proBono: ProBono | null;
  /** Professional contacts for messages (offers, reminders); older documents have none. */
  contact?: ProfessionalContact | null;
  status: 'ACTIVE' | 'SUSPENDED';
  suspendedReason: string | null;
  declaredConflicts: string[];
  /** Keyed hashes of parties this provider acted for (learned from assignments). */
  actedForPartyHashes: string[];
  /** Requests whose case is open with this provider (a set: redelivery adds nothing). */
  openCaseKeys: string[];
  /** Requests whose case closed or moved away, so a late "opened" does not count them again. */
  releasedCaseKeys: string[];
  casesByField: Partial<Record<FieldOfLaw, number>>;
  proBonoDelivered: { year: number; hours: number; cases: number };
  offersMade: number;
  offersAccepted: number;
  lastOfferedAt: Date | null;
  registeredAt: Date;
  /** Moves with every change, counters included. */
  updatedAt: Date;
  /** The provider agreed to be named in the public directory (absent on documents written before: not agreed). */
  publishInDirectory?: boolean;
  /** Agreed and active: what the directory reads, by equality. */
  directoryListed?: boolean;
  /**
   * When what the directory shows of this provider last changed (its listing
   * too). Kept apart from `updatedAt`, which also moves when an offer is made
   * or a case opens: a public "modified after" on that would tell the world
   * when a lawyer was given a matter.
   */
  directoryUpdatedAt?: Date;
  appliedEventIds?: string[];
}

export interface ProviderProfile {
  displayName: string;
  gender: Provider['gender'];
  fieldsOfLaw: FieldOfLaw[];
  aidForms: AidForm[];
  languages: string[];
  areas: ServiceArea[];
  remoteAdvice: boolean;
  capacity: number;
  proBono: ProBono | null;
  declaredConflicts: string[];
  contact?: ProfessionalContact | null;
  /** Absent: not agreed. */
  publishInDirectory?: boolean;
}

const uniq = <T>(xs: readonly T[]): T[] => [...new Set(xs)];

function normalise(p: ProviderProfile): ProviderProfile {
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

/** What the public directory shows of a provider who agreed to be listed. */
const DIRECTORY_FIELDS = ['displayName', 'kind', 'organisationId', 'fieldsOfLaw', 'aidForms', 'languages', 'areas', 'remoteAdvice'] as const;

/** Recomputes the listing after a change; the directory's clock moves only when what it shows changes. */
function withDirectory(before: Provider | null, p: Provider, now: Date): Provider {
  const listed = p.publishInDirectory === true && p.status === 'ACTIVE';
  const shownChanged = before === null || DIRECTORY_FIELDS.some((k) => JSON.stringify(before[k]) !== JSON.stringify(p[k]));
  const moved = before === null || (before.directoryListed ?? false) !== listed || (listed && shownChanged);
  return { ...p, directoryListed: listed, directoryUpdatedAt: moved ? now : (before.directoryUpdatedAt ?? before.registeredAt) };
}

export function registerProvider(
  input: ProviderProfile & { providerId: string; organisationId: string; kind: ProviderKind },
  now: Date,
): Provider {
  const profile = normalise(input);
  return withDirectory(null, {
    _id: input.providerId,
    version: 1,
    organisationId: input.organisationId,
    kind: input.kind,
    ...profile,
    contact: profile.contact ?? null,
    publishInDirectory: input.publishInDirectory ?? false,
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
  }, now);
}

/** Applies a partial profile change; returns the new state and the names of what changed. */
export function updateProfile(p: Provider, patch: Partial<ProviderProfile>, now: Date): { provider: Provider; changed: string[] } {
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
    publishInDirectory: patch.publishInDirectory ?? p.publishInDirectory ?? false,
  });
  const changed = (Object.keys(merged) as (keyof ProviderProfile)[]).filter((k) => JSON.stringify(merged[k]) !== JSON.stringify(p[k] ?? (k === 'publishInDirectory' ? false : undefined)));
  return {
    provider: withDirectory(p, { ...p, ...merged, areaProvinceCodes: uniq(merged.areas.map((a) => a.provinceCode)), updatedAt: now }, now),
    changed,
  };
}

export function setAvailability(p: Provider, available: boolean, leave: LeavePeriod[] | undefined, now: Date): { provider: Provider; changed: string[] } {
  const changed: string[] = [];
  if (p.available !== available) changed.push('available');
  // Leave that already ended is dropped: the document stays small.
  const nextLeave = (leave ?? p.leave).filter((l) => l.to.getTime() > now.getTime()).sort((a, b) => a.from.getTime() - b.from.getTime());
  if (JSON.stringify(nextLeave) !== JSON.stringify(p.leave)) changed.push('leave');
  return { provider: { ...p, available, leave: nextLeave, updatedAt: now }, changed };
}

export function suspend(p: Provider, reason: string, now: Date): Provider {
  if (p.status === 'SUSPENDED') throw new DomainError('ILLEGAL_TRANSITION', `provider ${p._id} is already suspended`);
  return withDirectory(p, { ...p, status: 'SUSPENDED', suspendedReason: reason, updatedAt: now }, now);
}

export function reinstate(p: Provider, now: Date): Provider {
  if (p.status !== 'SUSPENDED') throw new DomainError('ILLEGAL_TRANSITION', `provider ${p._id} is not suspended`);
  return withDirectory(p, { ...p, status: 'ACTIVE', suspendedReason: null, updatedAt: now }, now);
}

/** The pro bono year runs by Vietnamese calendar year; a new year starts from zero. */
function deliveredFor(p: Provider, now: Date): Provider['proBonoDelivered'] {
  const year = Number(vnDate(now).slice(0, 4));
  return p.proBonoDelivered.year === year ? p.proBonoDelivered : { year, hours: 0, cases: 0 };
}

export function recordOfferMade(p: Provider, offeredAt: Date, now: Date): Provider {
  const last = p.lastOfferedAt && p.lastOfferedAt.getTime() > offeredAt.getTime() ? p.lastOfferedAt : offeredAt;
  return { ...p, offersMade: p.offersMade + 1, lastOfferedAt: last, updatedAt: now };
}

export function recordOfferAccepted(p: Provider, now: Date): Provider {
  return { ...p, offersAccepted: p.offersAccepted + 1, updatedAt: now };
}

/** A matter was assigned: it counts toward load and experience, and its applicant (every hash of them) is a party acted for. */
export function recordAssignment(p: Provider, a: { requestId: string; fieldOfLaw: FieldOfLaw; applicantPartyHashes: readonly string[] }, now: Date): Provider {
  const open = p.releasedCaseKeys.includes(a.requestId) || p.openCaseKeys.includes(a.requestId) ? p.openCaseKeys : [...p.openCaseKeys, a.requestId];
  const fresh = a.applicantPartyHashes.filter((h) => !p.actedForPartyHashes.includes(h));
  const acted = fresh.length ? [...p.actedForPartyHashes, ...fresh].slice(-ACTED_FOR_KEPT) : p.actedForPartyHashes;
  return {
    ...p,
    openCaseKeys: open,
    actedForPartyHashes: acted,
    casesByField: { ...p.casesByField, [a.fieldOfLaw]: (p.casesByField[a.fieldOfLaw] ?? 0) + 1 },
    updatedAt: now,
  };
}

/** Case-tracking opened the case: counted once whatever arrives first. */
export function recordCaseOpened(p: Provider, requestId: string, now: Date): Provider {
  if (p.openCaseKeys.includes(requestId) || p.releasedCaseKeys.includes(requestId)) return p;
  return { ...p, openCaseKeys: [...p.openCaseKeys, requestId], updatedAt: now };
}

/**
 * Kinds whose work on a matter is pro bono: a lawyer the bar organisation assigns
 * (Law on Lawyers, art. 21: the duty of pro bono legal aid). Legal aid officers are
 * salaried; contract lawyers, lawyers of contracted organisations and collaborators are
 * paid for each matter (Law on Legal Aid 2017, arts. 15 and 24): none of that is pro bono.
 */
const PRO_BONO_KINDS: ReadonlySet<ProviderKind> = new Set(['PRO_BONO_LAWYER']);

export function worksProBono(p: Pick<Provider, 'kind'>): boolean {
  return PRO_BONO_KINDS.has(p.kind);
}

/** Outcomes that are not a matter delivered by the provider. */
const NOT_DELIVERED: ReadonlySet<CaseOutcome> = new Set(['TRANSFERRED', 'WITHDRAWN']);

/**
 * The case closed or moved to another provider: it no longer counts toward load; a pro
 * bono matter carried to its end counts as delivered.
 */
export function recordCaseReleased(p: Provider, requestId: string, outcome: CaseOutcome, now: Date): Provider {
  const delivered = deliveredFor(p, now);
  const closedWithProBono = worksProBono(p) && !NOT_DELIVERED.has(outcome);
  return {
    ...p,
    openCaseKeys: p.openCaseKeys.filter((k) => k !== requestId),
    releasedCaseKeys: p.releasedCaseKeys.includes(requestId) ? p.releasedCaseKeys : [...p.releasedCaseKeys, requestId].slice(-RELEASED_KEYS_KEPT),
    proBonoDelivered: closedWithProBono ? { ...delivered, cases: delivered.cases + 1 } : delivered,
    updatedAt: now,
  };
}

/** Hours recorded on a case add to the year's pro bono hours only when the work is pro bono. */
export function recordHours(p: Provider, hours: number, now: Date): Provider {
  if (!worksProBono(p)) return { ...p, updatedAt: now };
  const delivered = deliveredFor(p, now);
  return { ...p, proBonoDelivered: { ...delivered, hours: Math.round((delivered.hours + hours) * 100) / 100 }, updatedAt: now };
}

export function providerFacts(p: Provider): ProviderFacts {
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

export function providerView(p: Provider): ProviderView {
  return {
    ...providerFacts(p),
    displayName: p.displayName,
    publishInDirectory: p.publishInDirectory ?? false,
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
