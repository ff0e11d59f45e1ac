import { Injectable } from '@nestjs/common';
import { DomainError, type Actor, type InputOf, type MatchingRpc, type OutputOf, type RpcRequest } from '@legalaid/contracts';
import { ReferralRankingRepository } from '../adapters/referral-ranking.repository.js';
import { ReferralRepository } from '../adapters/referral.repository.js';
import type { Referral } from '../domain/referral.js';
import { decodeCursor, page, referralDetailView, referralView } from './views.js';

/** Who may read a referral, and whether with the rankings (other providers' scores and the decline texts). */
function access(a: Actor, r: Referral): 'full' | 'summary' | 'none' {
  if (a.role === 'ADMIN' || a.role === 'SUPERVISOR') return 'full';
  if (a.role === 'CENTRE_STAFF' && a.organisationId === r.centreId) return 'full';
  if ((a.role === 'ORG_ADMIN' || a.role === 'CENTRE_STAFF') && a.organisationId && (a.organisationId === r.escalationOrganisationId || a.organisationId === r.assignedOrganisationId)) return 'summary';
  return 'none';
}

/** A referral with its offers and the stored reasons of each ranking round. */
@Injectable()
export class GetReferral {
  constructor(
    private readonly referrals: ReferralRepository,
    private readonly rankings: ReferralRankingRepository,
  ) {}

  async execute(req: RpcRequest<InputOf<typeof MatchingRpc.referral>>): Promise<OutputOf<typeof MatchingRpc.referral>> {
    const view = await this.readable(req.actor, req.input.referralId);
    if (!view) throw new DomainError('REFERRAL_NOT_FOUND', `no referral ${req.input.referralId}`);
    return view;
  }

  /** A page's referrals in one call, for display joins; those the reader may not see are left out. */
  async byIds(req: RpcRequest<InputOf<typeof MatchingRpc.referralsByIds>>): Promise<OutputOf<typeof MatchingRpc.referralsByIds>> {
    const views = await Promise.all([...new Set(req.input.referralIds)].map((id) => this.readable(req.actor, id)));
    return { referrals: views.filter((v) => v !== null) };
  }

  private async readable(actor: Actor, referralId: string): Promise<OutputOf<typeof MatchingRpc.referral> | null> {
    const r = await this.referrals.get(referralId);
    const level = r ? access(actor, r) : 'none';
    if (!r || level === 'none') return null;
    return referralDetailView(r, level === 'full' ? await this.rankings.ofReferral(r) : null);
  }
}

/** The referral matching holds for a request, or null while it has none. */
@Injectable()
export class ReferralForRequest {
  constructor(private readonly referrals: ReferralRepository) {}

  async execute(req: RpcRequest<InputOf<typeof MatchingRpc.referralForRequest>>): Promise<OutputOf<typeof MatchingRpc.referralForRequest>> {
    const { actor } = req;
    if (!['CENTRE_STAFF', 'ADMIN', 'SUPERVISOR', 'ORG_ADMIN'].includes(actor.role)) {
      throw new DomainError('FORBIDDEN', 'your role cannot read referrals');
    }
    const r = await this.referrals.findByRequest(req.input.requestId);
    if (!r || access(actor, r) === 'none') return null;
    return referralView(r);
  }
}

/** Referrals waiting in an organisation's escalation queue, oldest first. */
@Injectable()
export class EscalationQueue {
  constructor(private readonly referrals: ReferralRepository) {}

  async execute(req: RpcRequest<InputOf<typeof MatchingRpc.escalationQueue>>): Promise<OutputOf<typeof MatchingRpc.escalationQueue>> {
    const a = req.actor;
    const { organisationId, page: p, withTotalCount } = req.input;
    const allowed = a.role === 'ADMIN' || a.role === 'SUPERVISOR' || ((a.role === 'ORG_ADMIN' || a.role === 'CENTRE_STAFF') && a.organisationId === organisationId);
    if (!allowed) throw new DomainError('FORBIDDEN', `you cannot read the queue of ${organisationId}`);
    const [rows, totalCount] = await Promise.all([
      this.referrals.escalatedTo(organisationId, decodeCursor(p.after), p.first + 1),
      withTotalCount ? this.referrals.countEscalatedTo(organisationId) : undefined,
    ]);
    const listed = page(rows, p.first, (r) => r._id, (r) => ({
      ...referralView(r),
      escalatedAt: new Date(r.escalation!.escalatedAt).toISOString(),
      urgent: r.urgency.urgent,
    }));
    return totalCount !== undefined ? { ...listed, totalCount } : listed;
  }
}
