import { Injectable } from '@nestjs/common';
import { CasesDeadlineBreached, CasesDeadlineReminder, streamNameOf, type EventOf } from '@legalaid/contracts';
import { EventConsumer, OnEvent } from '@legalaid/infra';
import { ProfessionalMessages } from '../adapters/professional-messages.js';

/**
 * Deadline messages: the reminder goes to the lawyer; a breach to the
 * lawyer, then to the centre, whose officers follow it up.
 */
@Injectable()
@EventConsumer({ stream: streamNameOf('cases'), durable: 'matching-notify-deadlines' })
export class NotifyDeadlines {
  constructor(private readonly messages: ProfessionalMessages) {}

  @OnEvent(CasesDeadlineReminder)
  async reminder(event: EventOf<typeof CasesDeadlineReminder>): Promise<void> {
    const d = event.data;
    const params = { deadline: d.kind, dueAt: d.dueAt, caseId: d.caseId, providerId: d.providerId };
    await this.messages.send(event, 'DEADLINE_REMINDER', { type: 'PROVIDER', ref: d.providerId }, params, { requestId: d.requestId, centreId: d.centreId, urgent: false });
  }

  @OnEvent(CasesDeadlineBreached)
  async breached(event: EventOf<typeof CasesDeadlineBreached>): Promise<void> {
    const d = event.data;
    const params = { deadline: d.kind, dueAt: d.dueAt, caseId: d.caseId, providerId: d.providerId };
    const opts = { requestId: d.requestId, centreId: d.centreId, urgent: true };
    await this.messages.send(event, 'DEADLINE_BREACHED', { type: 'PROVIDER', ref: d.providerId }, params, opts);
    await this.messages.send(event, 'DEADLINE_BREACHED', { type: 'CENTRE', ref: d.centreId }, params, opts);
  }
}
