import { Inject, Injectable } from '@nestjs/common';
import { Schema, type Connection } from 'mongoose';
import { AggregateStore, MONGO, RELAY, outboxSchemaFields, type OutboxRelay } from '@legalaid/infra';

/** One read of personal data: who, when, which request, which fields (never their values). */
export interface AccessLogEntry {
  _id: string;
  version: number;
  requestId: string | null;
  applicantRef: string | null;
  centreId: string | null;
  actorId: string;
  actorRole: string;
  purpose: 'CASE_HANDLING' | 'CONTACT_APPLICANT' | 'IDENTITY_LOOKUP' | 'FEEDBACK_INVITATION' | 'NOTIFICATION';
  fields: string[];
  accessedAt: Date;
}

const AccessLogSchema = new Schema(
  {
    _id: String,
    version: Number,
    requestId: { type: String, index: true },
    applicantRef: String,
    centreId: { type: String, index: true },
    actorId: { type: String, index: true },
    actorRole: String,
    purpose: String,
    fields: [String],
    accessedAt: { type: Date, index: true },
    ...outboxSchemaFields,
  },
  { collection: 'personal_data_access', versionKey: false, minimize: false },
);

/**
 * The access log: each read writes its own document with its own outbox
 * (DESIGN.md §6), so logging never conflicts with commands on the request.
 */
@Injectable()
export class AccessLogRepository extends AggregateStore<AccessLogEntry> {
  constructor(@Inject(MONGO) conn: Connection, @Inject(RELAY) relay: OutboxRelay) {
    super(conn.models.PersonalDataAccess ?? conn.model('PersonalDataAccess', AccessLogSchema), relay.onEvents);
  }

  async page(filter: Record<string, unknown>, first: number, after: string | null): Promise<{ items: AccessLogEntry[]; hasNextPage: boolean }> {
    const q = after ? { ...filter, _id: { $lt: after } } : filter;
    const docs = (await this.model.find(q, { outbox: 0, hasOutbox: 0 }).sort({ _id: -1 }).limit(first + 1).lean()) as unknown as AccessLogEntry[];
    return { items: docs.slice(0, first), hasNextPage: docs.length > first };
  }
}
