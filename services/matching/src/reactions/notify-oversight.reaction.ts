import { Injectable } from '@nestjs/common';
import { OversightComplaintFiled, OversightRecommendationIssued, OversightRecommendationOverdue, streamNameOf, type EventOf } from '@legalaid/contracts';
import { EventConsumer, OnEvent } from '@legalaid/infra';
import { ProfessionalMessages } from '../adapters/professional-messages.js';

/**
 * Oversight's messages: a recommendation issued to an organisation (and
 * its deadline passing unanswered) reaches the organisation's admins; a
 * citizen's complaint alerts the supervisors. Complaint texts never travel:
 * supervisors follow the link to the masked copy.
 */
@Injectable()
@EventConsumer({ stream: streamNameOf('oversight'), durable: 'matching-notify-oversight' })
export class NotifyOversight {
  constructor(private readonly messages: ProfessionalMessages) {}

  @OnEvent(OversightRecommendationIssued)
  async issued(event: EventOf<typeof OversightRecommendationIssued>): Promise<void> {
    const d = event.data;
    await this.messages.send(event, 'RECOMMENDATION_ISSUED', { type: 'ORGANISATION', ref: d.organisationId }, { recommendationId: d.recommendationId, dueAt: d.responseDueAt }, { requestId: null, centreId: null, urgent: false });
  }

  @OnEvent(OversightRecommendationOverdue)
  async overdue(event: EventOf<typeof OversightRecommendationOverdue>): Promise<void> {
    const d = event.data;
    await this.messages.send(event, 'RECOMMENDATION_OVERDUE', { type: 'ORGANISATION', ref: d.organisationId }, { recommendationId: d.recommendationId, dueAt: d.responseDueAt }, { requestId: null, centreId: null, urgent: false });
  }

  @OnEvent(OversightComplaintFiled)
  async complaint(event: EventOf<typeof OversightComplaintFiled>): Promise<void> {
    const d = event.data;
    await this.messages.send(event, 'COMPLAINT_FILED', { type: 'SUPERVISORS', ref: 'supervisors' }, { complaintId: d.complaintId, kinds: d.kinds.join(', ') }, { requestId: d.requestId, centreId: null, urgent: false });
  }
}
