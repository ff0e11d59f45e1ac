import { Inject, Injectable } from '@nestjs/common';
import { Schema, type Connection } from 'mongoose';
import { AggregateStore, MONGO, RELAY, outboxSchemaFields, type OutboxRelay } from '@legalaid/infra';
import type { LegalAidRequest } from '../domain/legal-aid-request.js';

const RequestSchema = new Schema(
  {
    _id: String,
    version: { type: Number, required: true },
    status: { type: String, required: true, index: true },
    channel: String,
    centreId: { type: String, index: true },
    applicantRef: { type: String, index: true },
    personal: { type: Schema.Types.Mixed, required: true },
    idNumberIndex: { type: String, index: true },
    phoneIndex: { type: String, index: true },
    fieldOfLaw: String,
    aidForm: String,
    eligibilityGroup: String,
    provinceCode: String,
    communeCode: String,
    language: String,
    urgency: Schema.Types.Mixed,
    opposingPartyHashes: [String],
    registerNumber: String,
    ruleSetId: String,
    receivedAt: { type: Date, index: true },
    acceptedAt: Date,
    receivedBy: String,
    appliedEventIds: [String],
    ...outboxSchemaFields,
  },
  { collection: 'requests', versionKey: false, minimize: false },
);

const CounterSchema = new Schema({ _id: String, seq: Number }, { collection: 'register_counters', versionKey: false });

/** Requests and the acceptance register's numbering. */
@Injectable()
export class RequestRepository extends AggregateStore<LegalAidRequest> {
  private readonly counters;

  constructor(@Inject(MONGO) conn: Connection, @Inject(RELAY) relay: OutboxRelay) {
    super(conn.models.LegalAidRequest ?? conn.model('LegalAidRequest', RequestSchema), () => relay.notify());
    this.counters = conn.models.RegisterCounter ?? conn.model('RegisterCounter', CounterSchema);
  }

  /** Next number in a centre's acceptance register (sổ thụ lý) for the year. */
  async nextRegisterNumber(centreId: string, year: number): Promise<string> {
    const doc = await this.counters
      .findOneAndUpdate({ _id: `${centreId}:${year}` }, { $inc: { seq: 1 } }, { upsert: true, returnDocument: 'after' })
      .lean<{ seq: number }>();
    return `${year}/${centreId}/${String(doc!.seq).padStart(5, '0')}`;
  }
}
