import { Injectable } from '@nestjs/common';
import { DomainError, type ReferralView } from '@legalaid/contracts';
import { retryOnConflict } from '@legalaid/infra';
import { ReferralRepository } from '../adapters/referral.repository.js';
import type { Referral, Step } from '../domain/referral.js';
import { referralView } from '../queries/views.js';
import { Matchmaker, type EventMetaInput } from './matchmaker.js';

/**
 * The one way commands change a referral: load, apply a pure step, save
 * state and events in one version-guarded update. A lost race is retried on
 * fresh state, where the domain refuses what no longer applies (an offer
 * answered twice, an offer that expired meanwhile).
 */
@Injectable()
export class ChangeReferral {
  constructor(
    private readonly referrals: ReferralRepository,
    private readonly matchmaker: Matchmaker,
  ) {}

  async run(load: () => Promise<Referral | null>, notFound: DomainError, step: (r: Referral, now: Date) => Promise<Step>, meta: EventMetaInput): Promise<ReferralView> {
    return retryOnConflict(async () => {
      const r = await load();
      if (!r) throw notFound;
      const now = this.matchmaker.now();
      const s = await step(r, now);
      await this.referrals.save(s.referral, r.version, this.matchmaker.envelopes(s.events, { ...meta, correlationId: meta.correlationId }, now));
      return referralView({ ...s.referral, version: r.version + 1 });
    });
  }
}
