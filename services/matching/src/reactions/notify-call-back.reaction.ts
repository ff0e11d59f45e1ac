import { Injectable } from '@nestjs/common';
import { IntakeNotificationSuppressed, streamNameOf, type EventOf } from '@legalaid/contracts';
import { EventConsumer, OnEvent } from '@legalaid/infra';
import { ProfessionalMessages } from '../adapters/professional-messages.js';

/** Reasons that withhold every written channel: nothing reached the person. */
const NOTHING_SENT = new Set(['NO_MESSAGES', 'HIGH_RISK_UNCONFIRMED']);

/**
 * When safe contact withheld every written message to an applicant (no
 * messages may be left, or a violence or trafficking victim without a safe
 * channel on record), the centre's inbox asks its staff to call back at a
 * safe time. One task per original message, however many channels were
 * withheld (the task derives from the original event).
 */
@Injectable()
@EventConsumer({ stream: streamNameOf('intake'), durable: 'matching-notify-call-back' })
export class NotifyCallBack {
  constructor(private readonly messages: ProfessionalMessages) {}

  @OnEvent(IntakeNotificationSuppressed)
  async suppressed(event: EventOf<typeof IntakeNotificationSuppressed>): Promise<void> {
    const d = event.data;
    if (!NOTHING_SENT.has(d.reason) || !d.centreId || !d.requestId || (d.recipientType !== 'APPLICANT' && d.recipientType !== 'GUARDIAN')) return;
    const cause = { ...event, id: d.causeEventId };
    await this.messages.send(cause, 'CALL_BACK_APPLICANT', { type: 'CENTRE', ref: d.centreId }, { requestId: d.requestId, reason: d.reason }, { requestId: d.requestId, centreId: d.centreId, urgent: false });
  }
}
