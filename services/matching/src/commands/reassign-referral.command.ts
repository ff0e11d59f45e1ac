import { Injectable } from '@nestjs/common';
import { DomainError, type InputOf, type MatchingRpc, type ReferralView, type RpcRequest } from '@legalaid/contracts';
import { ProviderRepository } from '../adapters/provider.repository.js';
import { ReferralRepository } from '../adapters/referral.repository.js';
import { assignDirectly, reopenForNewRound } from '../domain/referral.js';
import { checkAssignable } from './assign-referral.command.js';
import { ChangeReferral } from './change-referral.js';
import { Matchmaker } from './matchmaker.js';

/**
 * The centre reassigns a referral that is not yet assigned: to a named
 * provider, or by a new ranking round that leaves out everyone already tried.
 * An assigned matter moves by transferring its case (case-tracking).
 */
@Injectable()
export class ReassignReferral {
  constructor(
    private readonly referrals: ReferralRepository,
    private readonly providers: ProviderRepository,
    private readonly change: ChangeReferral,
    private readonly matchmaker: Matchmaker,
  ) {}

  execute(req: RpcRequest<InputOf<typeof MatchingRpc.reassignReferral>>): Promise<ReferralView> {
    const { referralId, providerId } = req.input;
    return this.change.run(
      () => this.referrals.get(referralId),
      new DomainError('REFERRAL_NOT_FOUND', `no referral ${referralId}`),
      async (r, now) => {
        const a = req.actor;
        if (!(a.role === 'ADMIN' || (a.role === 'CENTRE_STAFF' && a.organisationId === r.centreId))) {
          throw new DomainError('FORBIDDEN', `only the referring centre reassigns referral ${referralId}`);
        }
        if (providerId) {
          const p = await this.providers.get(providerId);
          if (!p) throw new DomainError('PROVIDER_NOT_FOUND', `no provider ${providerId}`);
          await checkAssignable(p, r, this.matchmaker, now);
          return assignDirectly(r, { providerId: p._id, organisationId: p.organisationId }, 'CENTRE_REASSIGNMENT', now);
        }
        const reopened = reopenForNewRound(r, 'REASSIGNED', now);
        const round = await this.matchmaker.newRound(reopened.referral, now);
        return { referral: round.referral, events: [...reopened.events, ...round.events] };
      },
      req,
    );
  }
}
