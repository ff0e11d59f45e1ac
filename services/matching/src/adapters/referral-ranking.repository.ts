import { Inject, Injectable } from '@nestjs/common';
import { Schema, type Connection, type Model } from 'mongoose';
import { isDuplicateKey, MONGO } from '@legalaid/infra';

import { rankingKey, type Referral, type RoundRanking, type StoredRanking } from '../domain/referral.js';

/**
 * Each ranking round's full ranking (candidates and excluded providers with
 * their reasons), insert-only and apart from the referral: the referral is
 * read and rewritten on every step, and FerretDB decodes and re-encodes a
 * whole document for each, so the reasons stay out of it. Read only by
 * `_id`, the one filter FerretDB v1 hands to SQLite instead of decoding every document itself.
 */
const RankingSchema = new Schema(
  {
    _id: String,
    referralId: String,
    round: Number,
    rankingId: String,
    rankedAt: Date,
  },
  { collection: 'referral_rankings', versionKey: false, strict: false, minimize: false },
);

@Injectable()
export class ReferralRankingRepository {
  private readonly model: Model<any>;

  constructor(@Inject(MONGO) conn: Connection) {
    this.model = conn.models.ReferralRanking ?? conn.model('ReferralRanking', RankingSchema);
  }

  /**
   * Stores a ranking before the referral that points at it is saved (there
   * are no multi-document transactions): if that save then loses a race or
   * the process dies, this document is simply never referenced.
   */
  async insert(ranking: StoredRanking): Promise<void> {
    try {
      await this.model.create([ranking]);
    } catch (err) {
      // The key carries a fresh ranking id, so only a retried insert of this same ranking gets here.
      if (!isDuplicateKey(err)) throw err;
    }
  }

  /**
   * The full ranking of each of the referral's rounds, in order: one read by
   * `_id` per round (a query by referral would scan the whole collection on
   * FerretDB v1). A round written before rankings were stored apart has its
   * ranking inline in the referral.
   */
  async ofReferral(r: Referral): Promise<RoundRanking[]> {
    const found = await Promise.all(
      r.rounds.map(async (k) =>
        k.rankingId
          ? await this.model.findById(rankingKey(r._id, k.round, k.rankingId)).lean<StoredRanking>()
          : (r.rankings?.find((inline) => inline.round === k.round) ?? null),
      ),
    );
    return found.filter((k): k is RoundRanking => k !== null);
  }
}
