import { Injectable } from '@nestjs/common';
import type { InputOf, MatchingRpc, OutputOf, RpcRequest } from '@legalaid/contracts';
import { ReferralRankingRepository } from '../adapters/referral-ranking.repository.js';
import { ReferralRepository } from '../adapters/referral.repository.js';
import { requireProviderActor } from '../commands/access.js';
import { decodeCursor, encodeCursor, offerChoice, offerView } from './views.js';

/** The calling provider's offers: open ones, or every offer ever made to them, each with why they were chosen. */
@Injectable()
export class MyOffers {
  constructor(
    private readonly referrals: ReferralRepository,
    private readonly rankings: ReferralRankingRepository,
  ) {}

  async execute(req: RpcRequest<InputOf<typeof MatchingRpc.myOffers>>): Promise<OutputOf<typeof MatchingRpc.myOffers>> {
    const providerId = requireProviderActor(req.actor);
    const { includeClosed, page, withTotalCount } = req.input;
    const [rows, totalCount] = await Promise.all([
      this.referrals.offeredTo(providerId, includeClosed, decodeCursor(page.after), page.first + 1),
      withTotalCount ? this.referrals.countOfferedTo(providerId, includeClosed) : undefined,
    ]);
    const kept = rows.slice(0, page.first);
    const nodes = (
      await Promise.all(
        kept.map(async (r) => {
          const mine = r.offers.filter((o) => o.providerId === providerId && (includeClosed || o.status === 'OPEN'));
          const rankings = mine.length ? await this.rankings.ofReferral(r) : [];
          return mine.map((o) => ({ ...offerView(r, o), choice: offerChoice(o, rankings) }));
        }),
      )
    ).flat();
    return {
      nodes,
      pageInfo: { endCursor: kept.length ? encodeCursor(kept[kept.length - 1]._id) : null, hasNextPage: rows.length > page.first },
      ...(totalCount !== undefined ? { totalCount } : {}),
    };
  }
}
