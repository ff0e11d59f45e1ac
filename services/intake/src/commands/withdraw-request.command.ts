import { Inject, Injectable } from '@nestjs/common';
import {
  createEvent,
  IntakeRequestContactAccessChanged,
  IntakeRequestWithdrawn,
  type Envelope,
  type InputOf,
  type IntakeRpc,
  type OutputOf,
  type RpcRequest,
} from '@legalaid/contracts';
import { CLOCK, type Clock } from '@legalaid/infra';
import { contactAccessChanges } from '../domain/facts.js';
import { withdraw } from '../domain/legal-aid-request.js';
import type { PersonalDataCrypto } from '../domain/personal-data-crypto.js';
import { openPersonal, sealPersonal } from '../domain/personal-data.js';
import { CRYPTO } from '../adapters/crypto.provider.js';
import { RequestRepository } from '../adapters/request.repository.js';
import { loadForCommand, metaOf, withRetry } from './command-support.js';

/**
 * The applicant withdraws, at any time before closure. Case-tracking closes
 * the case as withdrawn and matching cancels offers on the event; providers
 * lose contact access at once. The applicant's reason stays sealed.
 */
@Injectable()
export class WithdrawRequest {
  constructor(
    private readonly requests: RequestRepository,
    @Inject(CRYPTO) private readonly crypto: PersonalDataCrypto,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  execute(req: RpcRequest<InputOf<typeof IntakeRpc.withdraw>>): Promise<OutputOf<typeof IntakeRpc.withdraw>> {
    const { input } = req;
    return withRetry(input.expectedVersion, async () => {
      const r = await loadForCommand(this.requests, req.actor, input.requestId, input.expectedVersion);
      const now = this.clock();
      let next = withdraw(r, now);
      if (input.reason && r.personal) {
        next = { ...next, ...sealPersonal(this.crypto, r._id, { ...openPersonal(this.crypto, r._id, r.personal), withdrawalReason: input.reason }) };
      }
      const meta = metaOf(req, now);
      const events: Envelope[] = [
        createEvent(
          IntakeRequestWithdrawn,
          { requestId: r._id, applicantRef: r.applicantRef, centreId: r.centreId, previousStatus: r.status, downstreamStatus: r.downstreamStatus, withdrawnAt: now.toISOString() },
          meta,
        ),
        ...contactAccessChanges(r, next).map((c) => createEvent(IntakeRequestContactAccessChanged, { requestId: r._id, applicantRef: r.applicantRef, ...c }, meta)),
      ];
      await this.requests.save(next, r.version, events);
      return { requestId: r._id, status: next.status, version: r.version + 1 };
    });
  }
}
