import { Injectable } from '@nestjs/common';
import { DomainError, type InputOf, type MatchingRpc, type OfferDecision, type RpcRequest } from '@legalaid/contracts';
import { ReferralRepository } from '../adapters/referral.repository.js';
import { acceptOffer } from '../domain/referral.js';
import { requireProviderActor } from './access.js';
import { ChangeReferral } from './change-referral.js';
import { offerDecisionView } from '../queries/views.js';

/** The offered provider accepts: the referral is assigned to them (case-tracking opens the case). */
@Injectable()
export class AcceptOffer {
  constructor(
    private readonly referrals: ReferralRepository,
    private readonly change: ChangeReferral,
  ) {}

  execute(req: RpcRequest<InputOf<typeof MatchingRpc.acceptOffer>>): Promise<OfferDecision> {
    const providerId = requireProviderActor(req.actor);
    const { offerId } = req.input;
    return this.change.run(
      () => this.referrals.findByOffer(offerId),
      new DomainError('OFFER_NOT_FOUND', `no offer ${offerId}`),
      async (r, now) => acceptOffer(r, offerId, providerId, now),
      req,
      offerDecisionView(offerId),
    );
  }
}
