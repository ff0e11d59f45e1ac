import { Injectable } from '@nestjs/common';
import { DomainError, type Actor, type InputOf, type MatchingRpc, type ReferralView, type RpcRequest } from '@legalaid/contracts';
import { OrganisationRepository } from '../adapters/organisation.repository.js';
import { ProviderRepository } from '../adapters/provider.repository.js';
import { ReferralRepository } from '../adapters/referral.repository.js';
import { kindMayPerform } from '../domain/kind-aid-forms.js';
import { exclusionsFor, toIndexed, withActedFor } from '../domain/ranking.js';
import type { Provider } from '../domain/provider.js';
import { assignDirectly, type Referral } from '../domain/referral.js';
import { ChangeReferral } from './change-referral.js';
import { Matchmaker } from './matchmaker.js';

/**
 * An organisation admin (or the centre, for its own queue) assigns an
 * escalated referral to one of the organisation's members.
 */
@Injectable()
export class AssignReferral {
  constructor(
    private readonly referrals: ReferralRepository,
    private readonly providers: ProviderRepository,
    private readonly organisations: OrganisationRepository,
    private readonly change: ChangeReferral,
    private readonly matchmaker: Matchmaker,
  ) {}

  execute(req: RpcRequest<InputOf<typeof MatchingRpc.assignReferral>>): Promise<ReferralView> {
    const { referralId, providerId } = req.input;
    return this.change.run(
      () => this.referrals.get(referralId),
      new DomainError('REFERRAL_NOT_FOUND', `no referral ${referralId}`),
      async (r, now) => {
        const queue = r.escalationOrganisationId;
        if (!queue || !mayWorkQueue(req.actor, queue)) throw new DomainError('FORBIDDEN', `referral ${referralId} is not in your organisation's queue`);
        const p = await this.providers.get(providerId);
        if (!p) throw new DomainError('PROVIDER_NOT_FOUND', `no provider ${providerId}`);
        const memberOrg = p.organisationId === queue ? null : await this.organisations.get(p.organisationId);
        if (p.organisationId !== queue && memberOrg?.parentOrganisationId !== queue) {
          throw new DomainError('FORBIDDEN', `provider ${providerId} is not a member of ${queue}`);
        }
        await checkAssignable(p, r, this.matchmaker, now);
        return assignDirectly(r, { providerId: p._id, organisationId: p.organisationId }, 'ORGANISATION_ASSIGNMENT', now);
      },
      req,
    );
  }
}

function mayWorkQueue(actor: Actor, queue: string): boolean {
  return actor.role === 'ADMIN' || ((actor.role === 'ORG_ADMIN' || actor.role === 'CENTRE_STAFF') && actor.organisationId === queue);
}

/**
 * What a person assigning by hand may not override: suspension, the law's
 * rule on who may perform the form of aid, and a conflict of interest.
 * Capacity and area they may judge themselves.
 */
export async function checkAssignable(p: Provider, r: Referral, matchmaker: Matchmaker, now: Date): Promise<void> {
  if (p.status !== 'ACTIVE') throw new DomainError('PROVIDER_SUSPENDED', `provider ${p._id} is suspended`);
  if (!kindMayPerform(matchmaker.kindForms, p.kind, r.aidForm)) {
    throw new DomainError('NOT_ELIGIBLE', `a ${p.kind} may not perform ${r.aidForm}`);
  }
  const indexed = withActedFor(toIndexed(p), (await matchmaker.actedFor(r)).get(p._id));
  if (exclusionsFor(indexed, matchmaker.requestOf(r, now), matchmaker.rankPolicy).includes('CONFLICT_OF_INTEREST')) {
    throw new DomainError('CONFLICT', `provider ${p._id} has a conflict of interest with a party of this matter`);
  }
}
