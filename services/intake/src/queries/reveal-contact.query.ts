import { Injectable } from '@nestjs/common';
import type { InputOf, IntakeRpc, OutputOf, RpcRequest } from '@legalaid/contracts';
import { DomainError } from '@legalaid/contracts';
import { canRevealContact, canView, notFound } from '../domain/access-policy.js';
import { RequestRepository } from '../adapters/request.repository.js';
import { PersonalDataReader } from './personal-data-reader.js';

const CONTACT_FIELDS = ['fullName', 'phone', 'email', 'address', 'accessNeeds', 'guardian', 'contactSafety'];

/**
 * The applicant's contact details for the lawyer the matter is assigned to
 * (access granted on matching's assignment, revoked on transfer or closure)
 * or for the centre's staff. Every call is logged.
 */
@Injectable()
export class RevealContact {
  constructor(
    private readonly requests: RequestRepository,
    private readonly reader: PersonalDataReader,
  ) {}

  async execute(req: RpcRequest<InputOf<typeof IntakeRpc.revealContact>>): Promise<OutputOf<typeof IntakeRpc.revealContact>> {
    const r = await this.requests.get(req.input.requestId);
    if (!r) throw notFound(req.input.requestId);
    if (!canRevealContact(req.actor, r)) {
      if (canView(req.actor, r) || req.actor.role === 'LAWYER') {
        throw new DomainError('FORBIDDEN', r.erasedAt ? 'personal data of this request was erased' : 'contact details are shown only to the provider the matter is assigned to');
      }
      throw notFound(req.input.requestId);
    }
    const p = await this.reader.read(req.actor, req.correlationId, r, 'CONTACT_APPLICANT', CONTACT_FIELDS);
    const a = p.applicant;
    return {
      requestId: r._id,
      fullName: a.fullName,
      phone: a.phone ?? null,
      email: a.email ?? null,
      addressLine: a.address.line ?? null,
      communeCode: a.address.communeCode ?? null,
      language: a.language,
      needsInterpreter: a.needsInterpreter,
      accessNeeds: a.accessNeeds ?? null,
      guardian: a.guardian ? { fullName: a.guardian.fullName, phone: a.guardian.phone ?? null } : null,
      contactSafety: a.contactSafety ?? null,
    };
  }
}
