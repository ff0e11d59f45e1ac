import { Inject, Injectable } from '@nestjs/common';
import { Schema, type Connection } from 'mongoose';
import { AggregateStore, CLOCK, type Clock, databaseGauge, MONGO, RELAY, outboxSchemaFields, type OutboxRelay } from '@legalaid/infra';

import { nextTimerAt, type Referral, type ReferralRound } from '../domain/referral.js';

/**
 * Referrals with their offers and ranking rounds (candidate ids only; the
 * reasons live in `referral_rankings`) in one document, so every state
 * change and its events are one single-document update. Nested values are
 * stored as given (strict: false); queried fields are top-level and indexed.
 */
const ReferralSchema = new Schema(
  {
    _id: String,
    version: { type: Number, required: true },
    requestId: { type: String, required: true, unique: true },
    centreId: String,
    status: String,
    offerDueAt: Date,
    offerIds: { type: [String], index: true },
    offeredProviderIds: { type: [String], index: true },
    openOfferProviderId: { type: String, index: true },
    escalationOrganisationId: String,
    appliedEventIds: [String],
    ...outboxSchemaFields,
  },
  { collection: 'referrals', versionKey: false, strict: false, minimize: false },
);
ReferralSchema.index({ escalationOrganisationId: 1, status: 1 });
// Whom an assigned provider acts for, for conflicts of interest before the provider's own record catches up.
ReferralSchema.index({ 'parties.applicant.strong': 1 });
ReferralSchema.index({ 'parties.applicant.nameBirth': 1 });
ReferralSchema.index({ applicantPartyHash: 1 });

const NO_OUTBOX = { outbox: 0, hasOutbox: 0 };

const offeredFilter = (providerId: string, includeClosed: boolean): Record<string, unknown> =>
  includeClosed ? { offeredProviderIds: providerId } : { openOfferProviderId: providerId };
const escalatedFilter = (organisationId: string): Record<string, unknown> => ({ escalationOrganisationId: organisationId, status: 'ESCALATED' });

/**
 * A referral written before rankings were stored apart has its rankings
 * whole in `rankings` and no `rounds`: the rounds the cascade walks are
 * derived from them on read (and written with the next save), while the
 * inline rankings stay for the views.
 */
function withRounds<R extends Referral | null>(r: R): R {
  if (!r || (r as Partial<Referral>).rounds) return r;
  const rounds: ReferralRound[] = (r.rankings ?? []).map((k) => ({
    round: k.round,
    rankingId: null,
    rankedAt: k.rankedAt,
    candidates: k.candidates.map((c) => ({ providerId: c.providerId, organisationId: c.organisationId })),
  }));
  return { ...r, rounds };
}

@Injectable()
export class ReferralRepository extends AggregateStore<Referral> {
  constructor(@Inject(MONGO) conn: Connection, @Inject(RELAY) relay: OutboxRelay, @Inject(CLOCK) clock: Clock) {
    // The timer is the open offer's expiry or the escalation's reminder or deadline (DESIGN.md §6); a provider
    // answers an offer by its id and intake's events name the request: both are indexed fields.
    super(conn.models.Referral ?? conn.model('Referral', ReferralSchema), relay.onEvents, { dueAt: nextTimerAt, clock });
    // Referrals waiting on an open offer, for operators (read when /metrics is scraped).
    databaseGauge('legalaid_open_offers', 'Referrals with an open offer', () => this.model.countDocuments({ status: 'OFFERED' }));
    databaseGauge('legalaid_escalated_referrals', 'Referrals waiting in an escalation queue', () => this.model.countDocuments({ status: 'ESCALATED' }));
  }

  override async get(id: string): Promise<Referral | null> {
    return withRounds(await super.get(id));
  }

  async findByRequest(requestId: string): Promise<Referral | null> {
    return withRounds(await this.findOneBy({ requestId }));
  }

  async findByOffer(offerId: string): Promise<Referral | null> {
    return withRounds(await this.findOneBy({ offerIds: offerId }));
  }

  /** Referrals that offered the provider something (open ones only unless includeClosed), by id. */
  async offeredTo(providerId: string, includeClosed: boolean, after: string | null, limit: number): Promise<Referral[]> {
    const filter: Record<string, unknown> = offeredFilter(providerId, includeClosed);
    if (after) filter._id = { $gt: after };
    return (await this.model.find(filter, NO_OUTBOX).sort({ _id: 1 }).limit(limit).lean<Referral[]>()).map(withRounds);
  }

  /** How many referrals `offeredTo` lists in all (for open offers: how many offers the provider has open). */
  countOfferedTo(providerId: string, includeClosed: boolean): Promise<number> {
    return this.model.countDocuments(offeredFilter(providerId, includeClosed));
  }

  /**
   * Assigned referrals whose applicant has one of these hashes: the providers
   * acting for them now. One indexed query per kind of hash (no `$or`, which
   * FerretDB would not answer from its indexes).
   */
  async assignedForApplicants(hashes: readonly string[]): Promise<Pick<Referral, 'assignedProviderId' | 'parties' | 'applicantPartyHash'>[]> {
    if (hashes.length === 0) return [];
    const projection = { assignedProviderId: 1, parties: 1, applicantPartyHash: 1 };
    const found = await Promise.all(
      ['parties.applicant.strong', 'parties.applicant.nameBirth', 'applicantPartyHash'].map((path) =>
        this.model.find({ [path]: { $in: [...hashes] }, status: 'ASSIGNED' }, projection).limit(1000).lean<Referral[]>(),
      ),
    );
    const byId = new Map(found.flat().map((r) => [r._id, r]));
    return [...byId.values()].filter((r) => r.assignedProviderId);
  }

  countEscalatedTo(organisationId: string): Promise<number> {
    return this.model.countDocuments(escalatedFilter(organisationId));
  }

  async escalatedTo(organisationId: string, after: string | null, limit: number): Promise<Referral[]> {
    const filter: Record<string, unknown> = escalatedFilter(organisationId);
    if (after) filter._id = { $gt: after };
    return (await this.model.find(filter, NO_OUTBOX).sort({ _id: 1 }).limit(limit).lean<Referral[]>()).map(withRounds);
  }
}
