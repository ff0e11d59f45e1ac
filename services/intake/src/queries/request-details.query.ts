import { Injectable } from '@nestjs/common';
import type { InputOf, IntakeRpc, OutputOf, RpcRequest } from '@legalaid/contracts';
import { DomainError } from '@legalaid/contracts';
import { canView, detailsReadable, notFound } from '../domain/access-policy.js';
import { RequestRepository } from '../adapters/request.repository.js';
import { PersonalDataReader } from './personal-data-reader.js';

const ALL_FIELDS = ['summary', 'opposingParties', 'attachedDocuments', 'referralOfficer'];

/**
 * What was said about the matter, read back: all of it for the request's
 * centre, the summary for the assigned lawyer. Logged (purpose
 * CASE_HANDLING, the fields read) before anything is opened.
 */
@Injectable()
export class RequestDetails {
  constructor(
    private readonly requests: RequestRepository,
    private readonly reader: PersonalDataReader,
  ) {}

  async execute(req: RpcRequest<InputOf<typeof IntakeRpc.requestDetails>>): Promise<OutputOf<typeof IntakeRpc.requestDetails>> {
    const r = await this.requests.get(req.input.requestId);
    if (!r) throw notFound(req.input.requestId);
    const level = detailsReadable(req.actor, r);
    if (!level) {
      if (canView(req.actor, r)) {
        throw new DomainError('FORBIDDEN', r.erasedAt ? 'personal data of this request was erased' : "the matter's details are for the request's centre and the assigned lawyer");
      }
      throw notFound(req.input.requestId);
    }
    const p = await this.reader.read(req.actor, req.correlationId, r, 'CASE_HANDLING', level === 'ALL' ? ALL_FIELDS : ['summary']);
    if (level === 'SUMMARY') return { requestId: r._id, summary: p.summary, opposingParties: null, attachedDocuments: null, referralOfficer: null };
    return {
      requestId: r._id,
      summary: p.summary,
      opposingParties: p.opposingParties.map((o) => ({ fullName: o.fullName, idNumber: o.idNumber ?? null })),
      attachedDocuments: p.attachedDocuments.map((d) => ({ kind: d.kind, title: d.title ?? null })),
      referralOfficer: r.referral ? { officer: r.referral.officer, officerPhone: r.referral.officerPhone, documentNumber: r.referral.documentNumber } : null,
    };
  }
}
