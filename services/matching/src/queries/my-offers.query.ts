import { Injectable } from '@nestjs/common';
import type { InputOf, MatchingRpc, OutputOf, RpcRequest } from '@legalaid/contracts';
import { ReferralRepository } from '../adapters/referral.repository.js';
import { requireProviderActor } from '../commands/access.js';
import { decodeCursor, encodeCursor, offerView } from './views.js';

/** The calling provider's offers: open ones, or every offer ever made to them. */
@Injectable()
export class MyOffers {
  constructor(private readonly referrals: ReferralRepository) {}

  async execute(req: RpcRequest<InputOf<typeof MatchingRpc.myOffers>>): Promise<OutputOf<typeof MatchingRpc.myOffers>> {
    const providerId = requireProviderActor(req.actor);
    const { includeClosed, page, withTotalCount } = req.input;
    const [rows, totalCount] = await Promise.all([
      this.referrals.offeredTo(providerId, includeClosed, decodeCursor(page.after), page.first + 1),
      withTotalCount ? this.referrals.countOfferedTo(providerId, includeClosed) : undefined,
    ]);
    const kept = rows.slice(0, page.first);
    const nodes = kept.flatMap((r) => r.offers.filter((o) => o.providerId === providerId && (includeClosed || o.status === 'OPEN')).map((o) => offerView(r, o)));
    return {
      nodes,
      pageInfo: { endCursor: kept.length ? encodeCursor(kept[kept.length - 1]._id) : null, hasNextPage: rows.length > page.first },
      ...(totalCount !== undefined ? { totalCount } : {}),
    };
  }
}
