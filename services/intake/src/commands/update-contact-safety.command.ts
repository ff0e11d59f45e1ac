import { Inject, Injectable } from '@nestjs/common';
import { createEvent, DomainError, IntakeRequestContactSafetyChanged, type InputOf, type IntakeRpc, type OutputOf, type RpcRequest } from '@legalaid/contracts';
import { CLOCK, type Clock } from '@legalaid/infra';
import type { PersonalDataCrypto } from '../domain/personal-data-crypto.js';
import { openPersonal, sealPersonal } from '../domain/personal-data.js';
import { CRYPTO } from '../adapters/crypto.provider.js';
import { RequestRepository } from '../adapters/request.repository.js';
import { loadForCommand, metaOf, withRetry } from './command-support.js';

/**
 * The centre records how the applicant may now be reached safely (a
 * phone an abuser reads, a new safe time). The record is sealed with the
 * rest of the applicant's data; the event says only that it changed.
 * Every later message (documents, feedback invitations) honours it.
 */
@Injectable()
export class UpdateContactSafety {
  constructor(
    private readonly requests: RequestRepository,
    @Inject(CRYPTO) private readonly crypto: PersonalDataCrypto,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  execute(req: RpcRequest<InputOf<typeof IntakeRpc.updateContactSafety>>): Promise<OutputOf<typeof IntakeRpc.updateContactSafety>> {
    const { input } = req;
    return withRetry(input.expectedVersion, async () => {
      const r = await loadForCommand(this.requests, req.actor, input.requestId, input.expectedVersion);
      if (!r.personal) throw new DomainError('FORBIDDEN', `personal data of request ${r._id} was erased`);
      const now = this.clock();
      const personal = openPersonal(this.crypto, r._id, r.personal);
      const next = { ...r, ...sealPersonal(this.crypto, r._id, { ...personal, applicant: { ...personal.applicant, contactSafety: input.contactSafety } }) };
      const event = createEvent(IntakeRequestContactSafetyChanged, { requestId: r._id, applicantRef: r.applicantRef, centreId: r.centreId, changedAt: now.toISOString() }, metaOf(req, now));
      await this.requests.save(next, r.version, [event]);
      return { requestId: r._id, status: next.status, version: r.version + 1 };
    });
  }
}
