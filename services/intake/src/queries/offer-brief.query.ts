import { Injectable } from '@nestjs/common';
import type { InputOf, IntakeRpc, OutputOf, RpcRequest } from '@legalaid/contracts';
import { DomainError } from '@legalaid/contracts';
import { briefReadable, canView, notFound } from '../domain/access-policy.js';
import { RequestRepository } from '../adapters/request.repository.js';
import { PersonalDataReader } from './personal-data-reader.js';

const LAG_READS = 10;
const LAG_READ_MS = 200;

/**
 * The brief staff wrote at acceptance, for the lawyer deciding on the offer:
 * de-identified by instruction, but free text all the same, so it is sealed
 * with the personal data and each read is logged like one (purpose
 * CASE_HANDLING, field `brief`). A request with no brief answers null and logs nothing.
 */
@Injectable()
export class OfferBrief {
  constructor(
    private readonly requests: RequestRepository,
    private readonly reader: PersonalDataReader,
  ) {}

  async execute(req: RpcRequest<InputOf<typeof IntakeRpc.offerBrief>>): Promise<OutputOf<typeof IntakeRpc.offerBrief>> {
    let r = await this.requests.get(req.input.requestId);
    if (!r) throw notFound(req.input.requestId);
    // A lawyer may ask the moment the offer reaches them, before matching's event has reached
    // intake on its own consumer: an accepted matter not yet assigned is read again for a moment before refusing.
    for (let i = 0; i < LAG_READS && !briefReadable(req.actor, r) && req.actor.role === 'LAWYER' && r.status === 'ACCEPTED' && (r.downstreamStatus === 'NONE' || r.downstreamStatus === 'REFERRED'); i++) {
      await new Promise((done) => setTimeout(done, LAG_READ_MS));
      r = (await this.requests.get(req.input.requestId)) ?? r;
    }
    if (!briefReadable(req.actor, r)) {
      if (canView(req.actor, r)) throw new DomainError('FORBIDDEN', r.erasedAt ? 'personal data of this request was erased' : 'the brief is for the providers the matter is offered or assigned to');
      throw notFound(req.input.requestId);
    }
    if (!r.hasBrief) return { requestId: r._id, brief: null };
    const p = await this.reader.read(req.actor, req.correlationId, r, 'CASE_HANDLING', ['brief']);
    return { requestId: r._id, brief: p.brief ?? null };
  }
}
