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
    contact: { type: Schema.Types.Mixed, default: null },
    registeredAt: Date,
    appliedEventIds: [String],
    ...outboxSchemaFields,
  },
  { collection: 'organisations', versionKey: false },
);

@Injectable()
export class OrganisationRepository extends AggregateStore<Organisation> {
  constructor(@Inject(MONGO) conn: Connection, @Inject(RELAY) relay: OutboxRelay) {
    super(conn.models.Organisation ?? conn.model('Organisation', OrganisationSchema), relay.onEvents);
  }
}
