import { Inject, Injectable } from '@nestjs/common';
import { Schema, type Connection } from 'mongoose';
import { AggregateStore, MONGO, RELAY, outboxSchemaFields, type OutboxRelay } from '@legalaid/infra';
import type { FeedbackInvitation } from '../domain/feedback.js';
import { olderThan, type Cursor } from './cursor.js';

const InvitationSchema = new Schema(
  {
    _id: String,
    version: { type: Number, required: true },
    caseId: String,
    requestId: String,
    applicantRef: String,
    organisationId: String,
    providerId: String,
    invitedAt: Date,
    expiresAt: Date,
    status: String,
    feedback: Schema.Types.Mixed,
    complaint: Schema.Types.Mixed,
    complaintFiledAt: { type: Date, index: true },
    complaintOrganisationId: { type: String, index: true },
    appliedEventIds: [String],
    ...outboxSchemaFields,
  },
  { collection: 'feedback_invitations', versionKey: false },
);

export type InvitationDoc = FeedbackInvitation & { complaintFiledAt?: Date | null; complaintOrganisationId?: string | null };

/** Feedback invitations under the token's hash, with the answer and any complaint in the same document. */
@Injectable()
export class FeedbackRepository extends AggregateStore<InvitationDoc> {
  constructor(@Inject(MONGO) conn: Connection, @Inject(RELAY) relay: OutboxRelay) {
    super(conn.models.FeedbackInvitation ?? conn.model('FeedbackInvitation', InvitationSchema), relay.onEvents);
  }

  /** Answered invitations, newest answer first (G23). */
  async responses(first: number, after: Cursor | null, f: { organisationId?: string; providerId?: string; maxRating?: number; withComment?: boolean }): Promise<InvitationDoc[]> {
    const filter: Record<string, unknown> = { feedback: { $ne: null }, ...olderThan('feedback.receivedAt', after) };
    if (f.organisationId) filter.organisationId = f.organisationId;
    if (f.providerId) filter.providerId = f.providerId;
    if (f.maxRating) filter['feedback.rating'] = { $lte: f.maxRating };
    if (f.withComment) filter['feedback.comment'] = { $type: 'string', $ne: '' };
    return this.model.find(filter, { outbox: 0 }).sort({ 'feedback.receivedAt': -1, _id: -1 }).limit(first).lean<InvitationDoc[]>();
  }

  /** Complaints newest first. */
  async complaints(first: number, after: Cursor | null, organisationId?: string): Promise<InvitationDoc[]> {
    const filter: Record<string, unknown> = { complaintFiledAt: { $ne: null }, ...olderThan('complaintFiledAt', after) };
    if (organisationId) filter.complaintOrganisationId = organisationId;
    return this.model.find(filter, { outbox: 0 }).sort({ complaintFiledAt: -1, _id: -1 }).limit(first).lean<InvitationDoc[]>();
  }
}
