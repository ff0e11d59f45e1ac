import { Inject, Injectable } from '@nestjs/common';
import { CasesCaseClosed, CasesCaseOpened, CasesCaseTransferred, streamNameOf, type EventOf } from '@legalaid/contracts';
import { EventConsumer, LOGGER, OnEvent } from '@legalaid/infra';
import type { Logger } from 'pino';
import { applyDownstream, grantContact, revokeContact } from '../domain/legal-aid-request.js';
import { RequestRepository } from '../adapters/request.repository.js';
import { applyToRequest } from './apply-to-request.js';

/**
 * Follows case-tracking: CASE_OPEN, then CLOSED. A transfer (its own event,
 * and a closing event with outcome TRANSFERRED) only revokes the previous
 * provider's contact access: the request goes on with a new provider.
 * Closure revokes every provider's access and starts the retention period.
 */
@Injectable()
@EventConsumer({ stream: streamNameOf('cases'), durable: 'intake-cases' })
export class TrackCases {
  constructor(
    private readonly requests: RequestRepository,
    @Inject(LOGGER) private readonly logger: Logger,
  ) {}

  @OnEvent(CasesCaseOpened)
  async opened(event: EventOf<typeof CasesCaseOpened>): Promise<void> {
    const d = event.data;
    const at = new Date(d.openedAt);
    // The case names its provider too; granting here as well tolerates the case event arriving before matching's.
    await applyToRequest(this.requests, this.logger, event, d.requestId, (r) => grantContact(applyDownstream(r, 'CASE_OPEN', at, d.caseId), d.providerId, at).request);
  }

  @OnEvent(CasesCaseTransferred)
  async transferred(event: EventOf<typeof CasesCaseTransferred>): Promise<void> {
    const d = event.data;
    await applyToRequest(this.requests, this.logger, event, d.requestId, (r) => revokeContact(r, d.providerId, new Date(d.transferredAt), 'TRANSFERRED').request);
  }

  @OnEvent(CasesCaseClosed)
  async closed(event: EventOf<typeof CasesCaseClosed>): Promise<void> {
    const d = event.data;
    const at = new Date(d.closedAt);
    await applyToRequest(this.requests, this.logger, event, d.requestId, (r) =>
      isTransfer(d) ? revokeContact(r, d.providerId, at, 'TRANSFERRED').request : applyDownstream(r, 'CLOSED', at, d.caseId),
    );
  }
}

export function isTransfer(d: { state: string; outcome: string }): boolean {
  return d.state === 'TRANSFERRED' || d.outcome === 'TRANSFERRED';
}
