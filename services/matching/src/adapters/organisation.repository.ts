import { Inject, Injectable } from '@nestjs/common';
import { Schema, type Connection } from 'mongoose';
import { AggregateStore, MONGO, RELAY, outboxSchemaFields, type OutboxRelay } from '@legalaid/infra';

import type { Organisation } from '../domain/organisation.js';

const OrganisationSchema = new Schema(
  {
    _id: String,
    version: { type: Number, required: true },
    kind: String,
    name: String,
    provinceCode: String,
    parentOrganisationId: String,
    escalationOrganisationId: String,
    registeredAt: Date,
    contact: { type: Schema.Types.Mixed, default: null },
    appliedEventIds: [String],
    ...outboxSchemaFields,
  },
  { collection: 'organisations', versionKey: false },
);
// The directory narrows by kind (and province) before it orders by id.
OrganisationSchema.index({ kind: 1, provinceCode: 1, _id: 1 });
OrganisationSchema.index({ provinceCode: 1, _id: 1 });

@Injectable()
export class OrganisationRepository extends AggregateStore<Organisation> {
  constructor(@Inject(MONGO) conn: Connection, @Inject(RELAY) relay: OutboxRelay) {
    super(conn.models.Organisation ?? conn.model('Organisation', OrganisationSchema), relay.onEvents);
  }

  /** A page of the directory: equality on kind and province, ordered by id, after the last id seen. */
  async list(filter: { kind?: string; provinceCode?: string }, after: string | null, limit: number): Promise<Organisation[]> {
    const q: Record<string, unknown> = {};
    if (filter.kind) q.kind = filter.kind;
    if (filter.provinceCode) q.provinceCode = filter.provinceCode;
    if (after) q._id = { $gt: after };
    return this.model.find(q, { outbox: 0, hasOutbox: 0 }).sort({ _id: 1 }).limit(limit).lean<Organisation[]>();
  }
}
