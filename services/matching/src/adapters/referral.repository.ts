import { Inject, Injectable } from '@nestjs/common';
import { Schema, type Connection } from 'mongoose';
import { AggregateStore, MONGO, RELAY, outboxSchemaFields, type OutboxRelay } from '@legalaid/infra';
import type { Referral } from '../domain/referral.js';

const ReferralSchema = new Schema(
  {
    _id: String,
    version: { type: Number, required: true },
    requestId: { type: String, required: true, unique: true },
    applicantRef: String,
    centreId: { type: String, index: true },
    fieldOfLaw: String,
    aidForm: String,
    status: { type: String, index: true },
    createdAt: Date,
    appliedEventIds: [String],
    ...outboxSchemaFields,
  },
  { collection: 'referrals', versionKey: false },
);

@Injectable()
export class ReferralRepository extends AggregateStore<Referral> {
  constructor(@Inject(MONGO) conn: Connection, @Inject(RELAY) relay: OutboxRelay) {
    super(conn.models.Referral ?? conn.model('Referral', ReferralSchema), () => relay.notify());
  }

  async findByRequest(requestId: string): Promise<Referral | null> {
    return (await this.model.findOne({ requestId }, { outbox: 0, outboxLease: 0 }).lean()) as Referral | null;
  }
}
