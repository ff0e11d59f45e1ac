import { Injectable } from '@nestjs/common';
import { DomainError, type OutputOf, type MatchingRpc, type RpcRequest } from '@legalaid/contracts';
import { ReferralRepository } from '../adapters/referral.repository.js';

@Injectable()
export class ReferralForRequest {
  constructor(private readonly referrals: ReferralRepository) {}

  async execute(req: RpcRequest<{ requestId: string }>): Promise<OutputOf<typeof MatchingRpc.referralForRequest>> {
    const { actor } = req;
    if (!['CENTRE_STAFF', 'ADMIN', 'SUPERVISOR', 'ORG_ADMIN'].includes(actor.role)) {
      throw new DomainError('FORBIDDEN', 'your role cannot read referrals');
    }
    const r = await this.referrals.findByRequest(req.input.requestId);
    if (!r) return null;
    if (actor.role === 'CENTRE_STAFF' && actor.organisationId !== r.centreId) return null;
    return {
      referralId: r._id,
      requestId: r.requestId,
      status: r.status,
      fieldOfLaw: r.fieldOfLaw,
      aidForm: r.aidForm,
      createdAt: new Date(r.createdAt).toISOString(),
    };
  }
}
