import { Injectable } from '@nestjs/common';
import { DomainError, type InputOf, type MatchingRpc, type OfferDecision, type RpcRequest } from '@legalaid/contracts';
import { ReferralRepository } from '../adapters/referral.repository.js';
import { clearConflictCheck } from '../domain/referral.js';
import { requireProviderActor } from './access.js';
import { ChangeReferral } from './change-referral.js';
import { offerDecisionView } from '../queries/views.js';

/**
 * The offered provider confirms that a possible conflict (a party matching by name and birth
 * date only) is not one: the offer then shows its brief and may be accepted. A provider who
 * finds it is a conflict declines the offer with CONFLICT instead.
 */
@Injectable()
export class ClearConflictCheck {
  constructor(
    private readonly referrals: ReferralRepository,
    private readonly change: ChangeReferral,
  ) {}

  execute(req: RpcRequest<InputOf<typeof MatchingRpc.clearConflictCheck>>): Promise<OfferDecision> {
    const providerId = requireProviderActor(req.actor);
    const { offerId } = req.input;
    return this.change.run(
      () => this.referrals.findByOffer(offerId),
      new DomainError('OFFER_NOT_FOUND', `no offer ${offerId}`),
      async (r, now) => clearConflictCheck(r, offerId, providerId, now),
      req,
      offerDecisionView(offerId),
    );
  }
}
