import { Inject, Injectable } from '@nestjs/common';
import {
  IntakeRequestAccepted,
  IntakeRequestDocumentsRequested,
  IntakeRequestRejected,
  streamNameOf,
  type Envelope,
  type NotificationKind,
} from '@legalaid/contracts';
import { EventConsumer, LOGGER, OnEvent } from '@legalaid/infra';
import type { Logger } from 'pino';
import { ApplicantMessages } from '../adapters/applicant-messages.js';
import { RequestRepository } from '../adapters/request.repository.js';

/**
 * Tells the applicant (or guardian) what the centre decided: accepted,
 * documents needed by a date, or rejected with its grounds. Reacts to
 * intake's own events, so a decision and its message never diverge (the
 * message is planned once the decision is stored and published) and a
 * redelivery plans nothing twice.
 */
@Injectable()
@EventConsumer({ stream: streamNameOf('intake'), durable: 'intake-notify-applicant' })
export class NotifyApplicant {
  constructor(
    private readonly requests: RequestRepository,
    private readonly messages: ApplicantMessages,
    @Inject(LOGGER) private readonly logger: Logger,
  ) {}

  private async notify(event: Envelope<string, { requestId: string }>, kind: NotificationKind): Promise<void> {
    const r = await this.requests.get(event.data.requestId);
    if (!r) {
      this.logger.warn({ requestId: event.data.requestId, eventId: event.id }, 'no message: request not found');
      return;
    }
    await this.messages.toApplicant(event, r, kind);
  }

  @OnEvent(IntakeRequestAccepted)
  async accepted(event: Envelope<string, { requestId: string }>): Promise<void> {
    await this.notify(event, 'REQUEST_ACCEPTED');
  }

  @OnEvent(IntakeRequestDocumentsRequested)
  async documentsRequested(event: Envelope<string, { requestId: string }>): Promise<void> {
    await this.notify(event, 'DOCUMENTS_REQUESTED');
  }

  @OnEvent(IntakeRequestRejected)
  async rejected(event: Envelope<string, { requestId: string }>): Promise<void> {
    await this.notify(event, 'REQUEST_REJECTED');
  }
}
