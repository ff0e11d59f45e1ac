import { Inject, Injectable } from '@nestjs/common';
import { DomainError, type Actor, type RequestView, type RpcRequest } from '@legalaid/contracts';
import type { PersonalDataCrypto } from '../domain/personal-data-crypto.js';
import { CRYPTO } from '../adapters/crypto.provider.js';
import { RequestRepository } from '../adapters/request.repository.js';
import type { LegalAidRequest } from '../domain/legal-aid-request.js';

/** Who may read a request at all, and who may read the applicant's personal data. */
function canRead(actor: Actor, r: LegalAidRequest): boolean {
  if (actor.role === 'ADMIN' || actor.role === 'SUPERVISOR') return true;
  if (actor.role === 'CENTRE_STAFF') return actor.organisationId === r.centreId;
  return false;
}

function canReadPersonal(actor: Actor, r: LegalAidRequest): boolean {
  return actor.role === 'CENTRE_STAFF' && actor.organisationId === r.centreId;
}

@Injectable()
export class GetRequest {
  constructor(
    private readonly requests: RequestRepository,
    @Inject(CRYPTO) private readonly crypto: PersonalDataCrypto,
  ) {}

  async execute(req: RpcRequest<{ requestId: string }>): Promise<RequestView> {
    const r = await this.requests.get(req.input.requestId);
    if (!r || !canRead(req.actor, r)) throw new DomainError('REQUEST_NOT_FOUND', `no request ${req.input.requestId}`);
    let applicant: RequestView['applicant'] = null;
    if (canReadPersonal(req.actor, r)) {
      const personal = JSON.parse(this.crypto.open(r.personal, r._id)) as { applicant: { fullName: string; phone?: string } };
      applicant = { fullName: personal.applicant.fullName, phone: personal.applicant.phone ?? null };
    }
    return {
      id: r._id,
      status: r.status,
      channel: r.channel,
      centreId: r.centreId,
      applicantRef: r.applicantRef,
      fieldOfLaw: r.fieldOfLaw,
      aidForm: r.aidForm,
      eligibilityGroup: r.eligibilityGroup,
      provinceCode: r.provinceCode,
      communeCode: r.communeCode,
      urgency: r.urgency,
      registerNumber: r.registerNumber,
      receivedAt: new Date(r.receivedAt).toISOString(),
      acceptedAt: r.acceptedAt ? new Date(r.acceptedAt).toISOString() : null,
      version: r.version,
      applicant,
    };
  }
}
