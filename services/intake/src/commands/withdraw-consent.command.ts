import { Inject, Injectable } from '@nestjs/common';
import {
  createEvent,
  IntakeRequestConsentWithdrawn,
  IntakeRequestContactAccessChanged,
  type Envelope,
  type InputOf,
  type IntakeRpc,
  type OutputOf,
  type RpcRequest,
} from '@legalaid/contracts';
import { CLOCK, type Clock } from '@legalaid/infra';
import { contactAccessChanges } from '../domain/facts.js';
import { withdrawConsent } from '../domain/legal-aid-request.js';
import { RequestRepository } from '../adapters/request.repository.js';
import { loadForCommand, metaOf, withRetry } from './command-support.js';

/**
 * Records withdrawal of consent (Decree 13/2023 art. 12). Without consent to
 * referral, providers lose sight of the contact details; without consent to
 * feedback contact, no invitation is sent when the case closes.
 */
@Injectable()
export class WithdrawConsent {
  constructor(
    private readonly requests: RequestRepository,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  execute(req: RpcRequest<InputOf<typeof IntakeRpc.withdrawConsent>>): Promise<OutputOf<typeof IntakeRpc.withdrawConsent>> {
    const { input } = req;
    return withRetry(undefined, async () => {
      const r = await loadForCommand(this.requests, req.actor, input.requestId);
      const now = this.clock();
      const { request: next, withdrawn } = withdrawConsent(r, input.purposes, now);
      const meta = metaOf(req, now);
      const events: Envelope[] = [
        createEvent(IntakeRequestConsentWithdrawn, { requestId: r._id, applicantRef: r.applicantRef, centreId: r.centreId, purposes: withdrawn, withdrawnAt: now.toISOString() }, meta),
        ...contactAccessChanges(r, next).map((c) => createEvent(IntakeRequestContactAccessChanged, { requestId: r._id, applicantRef: r.applicantRef, ...c }, meta)),
      ];
      await this.requests.save(next, r.version, events);
      return { requestId: r._id, status: next.status, version: r.version + 1 };
    });
  }
}
