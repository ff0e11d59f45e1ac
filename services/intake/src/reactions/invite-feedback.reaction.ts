import { randomBytes } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { CasesCaseClosed, createEvent, IntakeFeedbackInvited, streamNameOf, systemActor, type EventOf } from '@legalaid/contracts';
import { CLOCK, CONFIG, EventConsumer, LOGGER, OnEvent, type Clock } from '@legalaid/infra';
import type { Logger } from 'pino';
import type { IntakeSettings } from '../config.js';
import { hashToken, invitationExpiry, invitationIdFor } from '../domain/feedback.js';
import { hasConsent } from '../domain/legal-aid-request.js';
import type { PersonalDataCrypto } from '../domain/personal-data-crypto.js';
import { CRYPTO } from '../adapters/crypto.provider.js';
import { InvitationRepository, type FeedbackInvitation } from '../adapters/invitation.repository.js';
import { ApplicantMessages } from '../adapters/applicant-messages.js';
import { RequestRepository } from '../adapters/request.repository.js';
import { isTransfer } from './track-cases.reaction.js';

/**
 * When a case closes, intake (which alone holds contact details) invites the
 * citizen to give feedback: a one-time token goes in a link
 * (`<CONSOLE_BASE_URL>/gop-y?hl=<lang>#<token>`, in the applicant's language)
 * through the notification dispatcher; the event carries only its SHA-256
 * and expiry, for oversight to check submitted tokens against. The
 * invitation's id derives from the closing event, and the token stays sealed
 * (for retries of the message), so a redelivery finds the same token rather
 * than a second one. The token is never logged.
 */
@Injectable()
@EventConsumer({ stream: streamNameOf('cases'), durable: 'intake-feedback' })
export class InviteFeedback {
  constructor(
    private readonly requests: RequestRepository,
    private readonly invitations: InvitationRepository,
    @Inject(CRYPTO) private readonly crypto: PersonalDataCrypto,
    private readonly messages: ApplicantMessages,
    @Inject(CONFIG) private readonly config: IntakeSettings,
    @Inject(CLOCK) private readonly clock: Clock,
    @Inject(LOGGER) private readonly logger: Logger,
  ) {}

  @OnEvent(CasesCaseClosed)
  async handle(event: EventOf<typeof CasesCaseClosed>): Promise<void> {
    const d = event.data;
    if (isTransfer(d)) return; // the matter goes on with another provider
    const id = invitationIdFor(event.id);
    let invitation = await this.invitations.get(id);
    if (invitation?.sentAt) return;
    const r = await this.requests.get(d.requestId);
    if (!r || !r.personal || !hasConsent(r, 'FEEDBACK_CONTACT')) {
      this.logger.info({ requestId: d.requestId, eventId: event.id }, 'no feedback invitation: no consent to feedback contact, or no personal data');
      return;
    }
    const now = this.clock();
    if (!invitation) {
      const token = randomBytes(32).toString('base64url');
      const fresh: FeedbackInvitation = {
        _id: id,
        version: 1,
        requestId: r._id,
        caseId: d.caseId,
        applicantRef: r.applicantRef,
        centreId: r.centreId,
        tokenSealed: this.crypto.seal(token, id),
        tokenHash: hashToken(token),
        expiresAt: invitationExpiry(now, this.config.INTAKE_FEEDBACK_TTL_DAYS),
        invitedAt: now,
        sentAt: null,
      };
      const invited = createEvent(
        IntakeFeedbackInvited,
        {
          invitationId: id,
          requestId: r._id,
          caseId: d.caseId,
          applicantRef: r.applicantRef,
          centreId: r.centreId,
          providerId: d.providerId,
          tokenHash: fresh.tokenHash,
          hashAlgorithm: 'sha256',
          expiresAt: fresh.expiresAt.toISOString(),
          invitedAt: now.toISOString(),
        },
        { actor: systemActor('intake'), correlationId: event.correlationId, causationId: event.id, occurredAt: now },
      );
      await this.invitations.insert(fresh, [invited]);
      invitation = await this.invitations.get(id);
    }
    if (!invitation || invitation.sentAt || !invitation.tokenSealed) return;
    // Delivered by the dispatcher (retries, safe contact, quiet hours); the token stays sealed until the invitation expires or the data is erased.
    await this.messages.toApplicant(event, r, 'FEEDBACK_INVITATION', { invitationId: id });
    await this.invitations.markSent(id, now);
    this.logger.info({ invitationId: id, requestId: r._id }, 'feedback invitation planned');
  }
}
