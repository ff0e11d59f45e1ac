import { type AidForm, type ExclusionReason, type FieldOfLaw, type ProviderKind } from '@legalaid/contracts';
import type { KindAidForms } from './kind-aid-forms.js';
import type { Provider } from './provider.js';
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
    leave: readonly {
        from: number;
        to: number;
    }[];
    active: boolean;
    conflicts: ReadonlySet<string>;
    proBono: Provider['proBono'];
    delivered: Provider['proBonoDelivered'];
    offersMade: number;
    offersAccepted: number;
    /** Epoch ms of the last offer, 0 when never offered. */
    lastOfferedAt: number;
    casesByField: Partial<Record<FieldOfLaw, number>>;
}
export declare function toIndexed(p: Provider): IndexedProvider;
export interface RankRequest {
    fieldOfLaw: FieldOfLaw;
    aidForm: AidForm;
    provinceCode: string;
    communeCode: string | null;
    language: string;
    opposingPartyHashes: readonly string[];
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
export declare const DEFAULT_RANK_POLICY: Omit<RankPolicy, 'kindForms'>;
/** Points each factor can earn; documented in the service README. */
export declare const WEIGHTS: {
    readonly sameCommune: 30;
    readonly sameProvince: 20;
    readonly elsewhere: 0;
    readonly load: 20;
    readonly proBono: 10;
    readonly experience: 15;
    readonly experienceCases: 10;
    readonly acceptance: 10;
    readonly gender: 25;
    /** Waiting since the last offer earns up to this many points (full after `waitingDays`; never offered: full). */
    readonly waiting: 15;
    readonly waitingDays: 14;
};
export type ScoreFactor = 'DISTANCE' | 'LOAD' | 'PRO_BONO_FAIRNESS' | 'RECENCY' | 'EXPERIENCE' | 'ACCEPTANCE' | 'GENDER';
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
}
export interface Ranking {
    considered: number;
    candidateCount: number;
    candidates: RankedCandidate[];
    /** Each excluded provider counted once, under the first filter it failed (in the order of FILTER_ORDER). */
    excludedByReason: Partial<Record<ExclusionReason, number>>;
    excluded: {
        providerId: string;
        reasons: ExclusionReason[];
    }[];
}
export declare const FILTER_ORDER: readonly ExclusionReason[];
/** Which hard filters one provider fails for a request (all of them), e.g. before offering to the next candidate. */
export declare function exclusionsFor(p: IndexedProvider, req: RankRequest, policy: Pick<RankPolicy, 'kindForms'>): ExclusionReason[];
/** Ranks providers for one request. Linear in the number of providers; keeps only the best `keep` in order. */
export declare function rank(providers: Iterable<IndexedProvider>, req: RankRequest, policy: RankPolicy): Ranking;
