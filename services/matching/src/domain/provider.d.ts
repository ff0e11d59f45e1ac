import { type AidForm, type FieldOfLaw, type ProviderFacts, type ProviderKind, type ProviderView, type ProBonoSchema, type ProfessionalContact } from '@legalaid/contracts';
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
export declare const ACTED_FOR_KEPT = 2000;
export declare const RELEASED_KEYS_KEPT = 500;
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
    proBonoDelivered: {
        year: number;
        hours: number;
        cases: number;
    };
    offersMade: number;
    offersAccepted: number;
    lastOfferedAt: Date | null;
    registeredAt: Date;
    updatedAt: Date;
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
}
export declare function registerProvider(input: ProviderProfile & {
    providerId: string;
    organisationId: string;
    kind: ProviderKind;
}, now: Date): Provider;
/** Applies a partial profile change; returns the new state and the names of what changed. */
export declare function updateProfile(p: Provider, patch: Partial<ProviderProfile>, now: Date): {
    provider: Provider;
    changed: string[];
};
export declare function setAvailability(p: Provider, available: boolean, leave: LeavePeriod[] | undefined, now: Date): {
    provider: Provider;
    changed: string[];
};
export declare function suspend(p: Provider, reason: string, now: Date): Provider;
export declare function reinstate(p: Provider, now: Date): Provider;
export declare function recordOfferMade(p: Provider, offeredAt: Date, now: Date): Provider;
export declare function recordOfferAccepted(p: Provider, now: Date): Provider;
/** A matter was assigned: it counts toward load and experience, and its applicant is a party acted for. */
export declare function recordAssignment(p: Provider, a: {
    requestId: string;
    fieldOfLaw: FieldOfLaw;
    applicantPartyHash: string | null;
}, now: Date): Provider;
/** Case-tracking opened the case: counted once whatever arrives first. */
export declare function recordCaseOpened(p: Provider, requestId: string, now: Date): Provider;
/** The case closed or moved to another provider: it no longer counts toward load. */
export declare function recordCaseReleased(p: Provider, requestId: string, closedWithProBono: boolean, now: Date): Provider;
export declare function recordHours(p: Provider, hours: number, now: Date): Provider;
export declare function providerFacts(p: Provider): ProviderFacts;
export declare function providerView(p: Provider): ProviderView;
