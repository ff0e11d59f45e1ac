import { Inject, Injectable } from '@nestjs/common';
import { createEvent, IntakeRequestDocumentsCompleted, type InputOf, type IntakeRpc, type OutputOf, type RpcRequest } from '@legalaid/contracts';
import { CLOCK, type Clock } from '@legalaid/infra';
import { completeDocuments } from '../domain/legal-aid-request.js';
import type { PersonalDataCrypto } from '../domain/personal-data-crypto.js';
import { openPersonal, sealPersonal } from '../domain/personal-data.js';
import { CRYPTO } from '../adapters/crypto.provider.js';
import { RequestRepository } from '../adapters/request.repository.js';
import { loadForCommand, metaOf, withRetry } from './command-support.js';

/** The requested documents arrived: the request returns to screening (late arrivals are marked, not refused). */
@Injectable()
export class CompleteDocuments {
  constructor(
    private readonly requests: RequestRepository,
    @Inject(CRYPTO) private readonly crypto: PersonalDataCrypto,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  execute(req: RpcRequest<InputOf<typeof IntakeRpc.completeDocuments>>): Promise<OutputOf<typeof IntakeRpc.completeDocuments>> {
    const { input } = req;
    return withRetry(input.expectedVersion, async () => {
      const r = await loadForCommand(this.requests, req.actor, input.requestId, input.expectedVersion);
      const now = this.clock();
      const kinds = input.receivedDocuments.map((d) => d.kind);
      const { request, late } = completeDocuments(r, kinds, now);
      let next = request;
      if (r.personal) {
        const personal = openPersonal(this.crypto, r._id, r.personal);
        next = { ...next, ...sealPersonal(this.crypto, r._id, { ...personal, receivedDocuments: [...(personal.receivedDocuments ?? []), ...input.receivedDocuments] }) };
      }
      const event = createEvent(
        IntakeRequestDocumentsCompleted,
        { requestId: r._id, applicantRef: r.applicantRef, centreId: r.centreId, documentKinds: [...new Set(kinds)], completedAt: now.toISOString(), late },
        metaOf(req, now),
      );
      await this.requests.save(next, r.version, [event]);
      return { requestId: r._id, status: next.status, version: r.version + 1 };
    });
  }
}
