import { Inject, Injectable } from '@nestjs/common';
import { Schema, type Connection } from 'mongoose';
import { AggregateStore, databaseGauge, MONGO, RELAY, outboxSchemaFields, type OutboxRelay } from '@legalaid/infra';

import type { Referral } from '../domain/referral.js';

/**
 * Referrals with their offers and rankings in one document, so every state
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
// The expiry timer's query: OFFERED referrals by due time.
ReferralSchema.index({ status: 1, offerDueAt: 1 });
ReferralSchema.index({ escalationOrganisationId: 1, status: 1 });

const NO_OUTBOX = { outbox: 0, hasOutbox: 0 };

@Injectable()
export class ReferralRepository extends AggregateStore<Referral> {
  constructor(@Inject(MONGO) conn: Connection, @Inject(RELAY) relay: OutboxRelay) {
    super(conn.models.Referral ?? conn.model('Referral', ReferralSchema), () => relay.notify());
    // Referrals waiting on an open offer, for operators (read when /metrics is scraped).
    databaseGauge('legalaid_open_offers', 'Referrals with an open offer', () => this.model.countDocuments({ status: 'OFFERED' }));
    databaseGauge('legalaid_escalated_referrals', 'Referrals waiting in an escalation queue', () => this.model.countDocuments({ status: 'ESCALATED' }));
  }

  async findByRequest(requestId: string): Promise<Referral | null> {
    return (await this.model.findOne({ requestId }, NO_OUTBOX).lean()) as Referral | null;
  }

  async findByOffer(offerId: string): Promise<Referral | null> {
    return (await this.model.findOne({ offerIds: offerId }, NO_OUTBOX).lean()) as Referral | null;
  }

  /** Ids of referrals whose open offer is due at `now`. */
  async dueIds(now: Date, limit: number): Promise<string[]> {
    const docs = await this.model.find({ status: 'OFFERED', offerDueAt: { $lte: now } }, { _id: 1 }).sort({ offerDueAt: 1 }).limit(limit).lean<{ _id: string }[]>();
    return docs.map((d) => d._id);
  }

  /** Referrals that offered the provider something (open ones only unless includeClosed), by id. */
  async offeredTo(providerId: string, includeClosed: boolean, after: string | null, limit: number): Promise<Referral[]> {
    const filter: Record<string, unknown> = includeClosed ? { offeredProviderIds: providerId } : { openOfferProviderId: providerId };
    if (after) filter._id = { $gt: after };
    return (await this.model.find(filter, NO_OUTBOX).sort({ _id: 1 }).limit(limit).lean<Referral[]>());
  }

  async escalatedTo(organisationId: string, after: string | null, limit: number): Promise<Referral[]> {
    const filter: Record<string, unknown> = { escalationOrganisationId: organisationId, status: 'ESCALATED' };
    if (after) filter._id = { $gt: after };
    return (await this.model.find(filter, NO_OUTBOX).sort({ _id: 1 }).limit(limit).lean<Referral[]>());
  }
}
