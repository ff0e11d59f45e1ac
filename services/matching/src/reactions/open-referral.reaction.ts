import { Inject, Injectable } from '@nestjs/common';
import { IntakeRequestAccepted, streamNameOf, systemActor, type EventOf } from '@legalaid/contracts';
import { EventConsumer, LOGGER, OnEvent } from '@legalaid/infra';
import type { Logger } from 'pino';
import { ReferralRepository } from '../adapters/referral.repository.js';
import { Matchmaker } from '../commands/matchmaker.js';
import { openReferral, referralIdFor } from '../domain/referral.js';

/**
 * When intake accepts a request, matching opens a referral, ranks providers
 * and offers the matter to the best one, all in one insert (the full
 * ranking is stored just before, apart): the referral's id derives from the
 * event id, so a redelivered event finds it there and changes nothing.
 */
@Injectable()
@EventConsumer({ stream: streamNameOf('intake'), durable: 'matching-intake' })
export class OpenReferralOnAcceptance {
  constructor(
    private readonly referrals: ReferralRepository,
    private readonly matchmaker: Matchmaker,
    @Inject(LOGGER) private readonly logger: Logger,
  ) {}

  @OnEvent(IntakeRequestAccepted)
  async handle(event: EventOf<typeof IntakeRequestAccepted>): Promise<void> {
    const id = referralIdFor(event.id);
    if (await this.referrals.get(id)) return;
    const d = event.data;
    const now = this.matchmaker.now();
    const opened = openReferral(
      id,
      {
        requestId: d.requestId,
        applicantRef: d.applicantRef,
        centreId: d.centreId,
        fieldOfLaw: d.fieldOfLaw,
        aidForm: d.aidForm,
        provinceCode: d.provinceCode,
        communeCode: d.communeCode,
        language: d.language,
        needsInterpreter: d.needsInterpreter,
        urgency: d.urgency,
        parties: d.parties,
        preferredGender: d.preferredProviderGender,
        hearingAt: d.hearingAt ? new Date(d.hearingAt) : null,
        defenceCounselDueAt: d.defenceCounselDueAt ? new Date(d.defenceCounselDueAt) : null,
      },
      now,
    );
    const step = await this.matchmaker.newRound(opened.referral, now);
    const meta = { actor: systemActor('matching'), correlationId: event.correlationId, causationId: event.id };
    const created = await this.referrals.insert(step.referral, this.matchmaker.envelopes([...opened.events, ...step.events], meta, now));
    if (!created) this.logger.info({ eventId: event.id }, 'referral already open for this acceptance; nothing to do');
    else this.logger.info({ referralId: id, status: step.referral.status, candidates: step.ranking.candidateCount }, 'referral opened and ranked');
  }
}
