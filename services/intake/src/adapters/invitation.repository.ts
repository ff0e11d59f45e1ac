import { Inject, Injectable } from '@nestjs/common';
import { Schema, type Connection } from 'mongoose';
import { AggregateStore, MONGO, RELAY, outboxSchemaFields, type OutboxRelay } from '@legalaid/infra';
import type { Sealed } from '../domain/personal-data-crypto.js';

/**
 * A feedback invitation. The token is kept sealed only until it is sent
 * (so a crash between recording and sending can resend the same token),
 * then removed; the hash is what oversight checks against.
 */
export interface FeedbackInvitation {
  _id: string;
  version: number;
  requestId: string;
  caseId: string | null;
  applicantRef: string;
  centreId: string;
  tokenSealed: Sealed | null;
  tokenHash: string;
  expiresAt: Date;
  invitedAt: Date;
  sentAt: Date | null;
  /** The citizen's original comment and complaint, sealed; oversight holds only a masked copy. */
  originalText?: Sealed | null;
  originalTextAt?: Date | null;
}

const InvitationSchema = new Schema(
  {
    _id: String,
    version: Number,
    requestId: { type: String, index: true },
    caseId: String,
    applicantRef: String,
    centreId: String,
    tokenSealed: { type: Schema.Types.Mixed, default: null },
    tokenHash: { type: String, index: true },
    originalText: { type: Schema.Types.Mixed, default: null },
    originalTextAt: { type: Date, default: null },
    expiresAt: Date,
    invitedAt: Date,
    sentAt: { type: Date, default: null },
    ...outboxSchemaFields,
  },
  { collection: 'feedback_invitations', versionKey: false, minimize: false },
);

@Injectable()
export class InvitationRepository extends AggregateStore<FeedbackInvitation> {
  constructor(@Inject(MONGO) conn: Connection, @Inject(RELAY) relay: OutboxRelay) {
    super(conn.models.FeedbackInvitation ?? conn.model('FeedbackInvitation', InvitationSchema), relay.onEvents);
  }

  /** The invitation's message is planned; the sealed token stays for its retries (erasure removes it). */
  async markSent(id: string, at: Date): Promise<void> {
    await this.model.updateOne({ _id: id, sentAt: null }, { $set: { sentAt: at } });
  }

  /** Erasure: unsent tokens of a request go with its personal data, and so does the citizen's original text. */
  async dropTokensOf(requestId: string): Promise<void> {
    await this.model.updateMany({ requestId }, { $set: { tokenSealed: null, originalText: null } });
  }

  async findByTokenHash(tokenHash: string): Promise<FeedbackInvitation | null> {
    return (await this.model.findOne({ tokenHash }, { outbox: 0, hasOutbox: 0 }).lean()) as FeedbackInvitation | null;
  }
}
