import { Inject, Injectable } from '@nestjs/common';
import { createEvent, IntakeRequestDocumentsRequested, type InputOf, type IntakeRpc, type OutputOf, type RpcRequest } from '@legalaid/contracts';
import { CLOCK, CONFIG, type Clock } from '@legalaid/infra';
import type { IntakeSettings } from '../config.js';
import { requestDocuments } from '../domain/legal-aid-request.js';
import type { PersonalDataCrypto } from '../domain/personal-data-crypto.js';
import { openPersonal, sealPersonal } from '../domain/personal-data.js';
import { CRYPTO } from '../adapters/crypto.provider.js';
import { REFERENCE, type Reference } from '../adapters/reference.provider.js';
import { RequestRepository } from '../adapters/request.repository.js';
import { loadForCommand, metaOf, withRetry } from './command-support.js';

/**
 * Staff ask for missing documents. The applicant has a number of working days
 * (INTAKE_DOCUMENTS_DUE_WORKING_DAYS, Viet Nam calendar with Tết and make-up
 * days) to bring them; staff's descriptions stay sealed with the request.
 */
@Injectable()
export class RequestDocuments {
  constructor(
    private readonly requests: RequestRepository,
    @Inject(CRYPTO) private readonly crypto: PersonalDataCrypto,
    @Inject(REFERENCE) private readonly reference: Reference,
    @Inject(CONFIG) private readonly config: IntakeSettings,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  execute(req: RpcRequest<InputOf<typeof IntakeRpc.requestDocuments>>): Promise<OutputOf<typeof IntakeRpc.requestDocuments>> {
    const { input } = req;
    return withRetry(input.expectedVersion, async () => {
      const r = await loadForCommand(this.requests, req.actor, input.requestId, input.expectedVersion);
      const now = this.clock();
      const due = this.reference.calendar.deadline(now, this.config.INTAKE_DOCUMENTS_DUE_WORKING_DAYS);
      const dueAt = due.dueAt;
      let next = requestDocuments(r, input.documents.map((d) => d.kind), { ...due, workingDays: this.config.INTAKE_DOCUMENTS_DUE_WORKING_DAYS }, now);
      const notes = input.documents.flatMap((d) => (d.description ? [d.description] : []));
      if (notes.length && r.personal) {
        const personal = openPersonal(this.crypto, r._id, r.personal);
        next = { ...next, ...sealPersonal(this.crypto, r._id, { ...personal, documentRequestNotes: [...(personal.documentRequestNotes ?? []), ...notes] }) };
      }
      const event = createEvent(
        IntakeRequestDocumentsRequested,
        { requestId: r._id, applicantRef: r.applicantRef, centreId: r.centreId, documentKinds: next.documentsRequested, requestedAt: now.toISOString(), dueAt: dueAt.toISOString() },
        metaOf(req, now),
      );
      await this.requests.save(next, r.version, [event]);
      return { requestId: r._id, status: next.status, version: r.version + 1, documentsDueAt: dueAt.toISOString(), documentsDueProvisional: due.provisional };
    });
  }
}
