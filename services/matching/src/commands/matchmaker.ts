import { Inject, Injectable } from '@nestjs/common';
import { createEvent, newId, type Actor, type DataOf, type Envelope, type EventDefinition } from '@legalaid/contracts';
import { CALENDAR, CLOCK, CONFIG, type CalendarCopy, type Clock } from '@legalaid/infra';
import type { MatchingConfig } from '../config.js';
import { loadKindAidForms, type KindAidForms } from '../domain/kind-aid-forms.js';
import { offerExpiry } from '../domain/offer-policy.js';
import { escalationTargetFor } from '../domain/organisation.js';
import { exclusionsFor, possibleConflictFor, rank, withActedFor, DEFAULT_RANK_POLICY, type IndexedProvider, type RankPolicy, type RankRequest, type Ranking } from '../domain/ranking.js';
import { actedForBy, excludedFromRanking, hashesOf, partiesOf, startRound, type CascadeContext, type PendingEvent, type Referral, type RoundStep } from '../domain/referral.js';
import { OrganisationRepository } from '../adapters/organisation.repository.js';
import { ProviderIndexService } from '../adapters/provider-index.service.js';
import { ReferralRepository } from '../adapters/referral.repository.js';
import { ReferralRankingRepository } from '../adapters/referral-ranking.repository.js';

export interface EventMetaInput {
  actor: Actor;
  correlationId: string;
  causationId?: string | null;
}

/**
 * What every referral use case needs besides the referral itself: a fresh
 * ranking from this replica's index, the cascade context (offer windows,
 * attempts, who is still eligible, where escalations go), and turning the
 * domain's pending events into validated envelopes.
 */
@Injectable()
export class Matchmaker {
  readonly kindForms: KindAidForms = loadKindAidForms();
  readonly rankPolicy: RankPolicy;

  constructor(
    private readonly providerIndex: ProviderIndexService,
    private readonly organisations: OrganisationRepository,
    private readonly rankings: ReferralRankingRepository,
    private readonly referrals: ReferralRepository,
    @Inject(CONFIG) private readonly config: MatchingConfig,
    @Inject(CLOCK) private readonly clock: Clock,
    @Inject(CALENDAR) private readonly calendar: CalendarCopy,
  ) {
    this.rankPolicy = { ...DEFAULT_RANK_POLICY, kindForms: this.kindForms, keep: config.MATCHING_RANKING_KEEP };
  }

  now(): Date {
    return this.clock();
  }

  requestOf(r: Referral, now: Date): RankRequest {
    return {
      fieldOfLaw: r.fieldOfLaw,
      aidForm: r.aidForm,
      provinceCode: r.provinceCode,
      communeCode: r.communeCode,
      language: r.language,
      needsInterpreter: r.needsInterpreter ?? false,
      parties: partiesOf(r),
      preferredGender: r.preferredGender,
      exclude: excludedFromRanking(r),
      now,
    };
  }

  /**
   * Whom each provider acts for among this matter's opposing parties, in
   * matters assigned now. The index learns it through events, a moment
   * later; a matter against a person must never reach that person's
   * provider in between.
   */
  async actedFor(r: Referral): Promise<Map<string, string[]>> {
    const opposing = partiesOf(r).opposing.flatMap(hashesOf);
    return actedForBy(opposing, await this.referrals.assignedForApplicants(opposing));
  }

  /** The provider as this replica indexes it, with the acted-for hashes the index may not have yet. */
  private async providers(r: Referral): Promise<{ all: () => Iterable<IndexedProvider>; get: (id: string) => IndexedProvider | undefined }> {
    const acted = await this.actedFor(r);
    const index = this.providerIndex.index;
    const get = (id: string) => {
      const p = index.get(id);
      return p && withActedFor(p, acted.get(id));
    };
    return {
      get,
      all: () => (acted.size === 0 ? index.values() : [...index.values()].map((p) => withActedFor(p, acted.get(p.id)))),
    };
  }

  /** Ranks from this replica's index (kept current by ProviderIndexService). */
  async rank(r: Referral, now: Date): Promise<Ranking> {
    return rank((await this.providers(r)).all(), this.requestOf(r, now), this.rankPolicy);
  }

  /**
   * Ranks a new round for a PENDING referral and offers the matter, storing
   * the full ranking first (no multi-document transactions): the referral
   * saved afterwards points only at a ranking that exists, and a ranking
   * whose referral save loses a race, or never happens, is never referenced.
   */
  async newRound(r: Referral, now: Date): Promise<RoundStep> {
    const ranking = await this.rank(r, now);
    const step = startRound(r, ranking, newId(), await this.cascade(r, now));
    await this.rankings.insert(step.ranking);
    return step;
  }

  async cascade(r: Referral, now: Date): Promise<CascadeContext> {
    const centre = await this.organisations.get(r.centreId);
    const providers = await this.providers(r);
    const req = this.requestOf(r, now);
    return {
      now,
      newOfferId: () => `off-${newId()}`,
      expiresAt: (urgency, at) =>
        offerExpiry(
          urgency,
          at,
          { custodySeconds: this.config.MATCHING_OFFER_CUSTODY_SECONDS, urgentSeconds: this.config.MATCHING_OFFER_URGENT_SECONDS, workingDays: this.config.MATCHING_OFFER_WORKING_DAYS },
          this.calendar.current,
        ),
      escalationDueAt: (urgency, at) =>
        urgency.urgent
          ? new Date(at.getTime() + this.config.MATCHING_ESCALATION_URGENT_SECONDS * 1000)
          : this.calendar.current.addWorkingDays(at, this.config.MATCHING_ESCALATION_WORKING_DAYS),
      maxAttempts: this.config.MATCHING_MAX_ATTEMPTS,
      stillEligible: (providerId) => {
        const p = providers.get(providerId);
        return !!p && exclusionsFor(p, { ...req, exclude: new Set() }, this.rankPolicy).length === 0;
      },
      possibleConflict: (providerId) => {
        const p = providers.get(providerId);
        return !!p && possibleConflictFor(p, req, this.rankPolicy);
      },
      escalationTarget: escalationTargetFor(r.centreId, centre),
    };
  }

  envelopes(events: readonly PendingEvent[], meta: EventMetaInput, occurredAt: Date): Envelope[] {
    return events.map((e) => envelope(e.def, e.data as DataOf<EventDefinition>, meta, occurredAt));
  }
}

export function envelope<D extends EventDefinition>(def: D, data: DataOf<D>, meta: EventMetaInput, occurredAt: Date): Envelope {
  return createEvent(def, data, { actor: meta.actor, correlationId: meta.correlationId, causationId: meta.causationId ?? null, occurredAt });
}
