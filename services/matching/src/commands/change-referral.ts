import { Injectable } from '@nestjs/common';
import { DomainError, type ReferralView } from '@legalaid/contracts';
import { appliedRequest, requestMarker, retryOnConflict } from '@legalaid/infra';
import { ReferralRepository } from '../adapters/referral.repository.js';
import type { Referral, Step } from '../domain/referral.js';
import { referralView } from '../queries/views.js';
import { Matchmaker, type EventMetaInput } from './matchmaker.js';

/**
 * The one way commands change a referral: load, apply a pure step, save
 * state and events in one version-guarded update. A lost race is retried on
 * fresh state, where the domain refuses what no longer applies (an offer
 * answered twice, an offer that expired meanwhile). A request id is recorded
 * in the same update, so a command retried with it is applied once.
 */
@Injectable()
export class ChangeReferral {
  constructor(
    private readonly referrals: ReferralRepository,
    private readonly matchmaker: Matchmaker,
  ) {}

  async run<V = ReferralView>(
    load: () => Promise<Referral | null>,
    notFound: DomainError,
    step: (r: Referral, now: Date) => Promise<Step>,
    meta: EventMetaInput & { requestId?: string },
    present: (r: Referral) => V = referralView as (r: Referral) => V,
  ): Promise<V> {
    return retryOnConflict(async () => {
      const r = await load();
      if (!r) throw notFound;
      // A retry of a command that was applied (its reply lost): answer with the referral as it is, change nothing.
      if (appliedRequest(r, meta)) return present(r);
      const now = this.matchmaker.now();
      const s = await step(r, now);
      const saved = await this.referrals.save(s.referral, r.version, this.matchmaker.envelopes(s.events, { ...meta, correlationId: meta.correlationId }, now), requestMarker(meta));
      if (saved === 'already-applied') return present((await load()) ?? r);
      return present({ ...s.referral, version: r.version + 1 });
    });
  }
}
