import { Inject, Injectable } from '@nestjs/common';
import { MatchingReferralAssigned, streamNameOf, type EventOf } from '@legalaid/contracts';
import { EventConsumer, LOGGER, OnEvent } from '@legalaid/infra';
import type { Logger } from 'pino';
import { ApplicantMessages } from '../adapters/applicant-messages.js';
import { RequestRepository } from '../adapters/request.repository.js';

/**
 * When a referred matter is assigned, the referring body (police, court,
 * procuracy, Front or NGO officer recorded on the request) learns that a
 * provider was appointed. Intake holds the officer's contact, so intake
 * sends it, with the provider's name and organisation read from matching
 * when the notice goes out (public professional data; matching keeps it).
 */
@Injectable()
@EventConsumer({ stream: streamNameOf('matching'), durable: 'intake-notify-referrer' })
export class NotifyReferrer {
  constructor(
    private readonly requests: RequestRepository,
    private readonly messages: ApplicantMessages,
    @Inject(LOGGER) private readonly logger: Logger,
  ) {}

  @OnEvent(MatchingReferralAssigned)
  async assigned(event: EventOf<typeof MatchingReferralAssigned>): Promise<void> {
    const r = await this.requests.get(event.data.requestId);
    if (!r?.referral || (!r.referral.officerEmail && !r.referral.officerPhone)) return;
    await this.messages.toReferringOfficer(event, r, { providerId: event.data.providerId });
    this.logger.info({ requestId: r._id, eventId: event.id }, 'appointment notice planned for the referring body');
  }
}
