import { Injectable } from '@nestjs/common';
import { DomainError, type InputOf, type MatchingRpc, type OfferDecision, type RpcRequest } from '@legalaid/contracts';
import { ReferralRepository } from '../adapters/referral.repository.js';
import { declineOffer } from '../domain/referral.js';
import { requireProviderActor } from './access.js';
import { ChangeReferral } from './change-referral.js';
import { offerDecisionView } from '../queries/views.js';
import { Matchmaker } from './matchmaker.js';

/** The offered provider declines with a reason; the next ranked candidate gets the offer, or the referral escalates. */
@Injectable()
export class DeclineOffer {
  constructor(
    private readonly referrals: ReferralRepository,
    private readonly change: ChangeReferral,
    private readonly matchmaker: Matchmaker,
  ) {}

  execute(req: RpcRequest<InputOf<typeof MatchingRpc.declineOffer>>): Promise<OfferDecision> {
    const providerId = requireProviderActor(req.actor);
    const { offerId, reason, text } = req.input;
    return this.change.run(
      () => this.referrals.findByOffer(offerId),
      new DomainError('OFFER_NOT_FOUND', `no offer ${offerId}`),
      async (r, now) => declineOffer(r, offerId, providerId, reason, text ?? null, await this.matchmaker.cascade(r, now)),
      req,
      offerDecisionView(offerId),
    );
  }
}
