import { Inject, Injectable } from '@nestjs/common';
import { createEvent, DomainError, IntakeRequestAccepted, vnDate, type InputOf, type IntakeRpc, type OutputOf, type RpcRequest } from '@legalaid/contracts';
import { appliedRequest, CLOCK, CONFIG, requestMarker, type Clock } from '@legalaid/infra';
import type { IntakeSettings } from '../config.js';
import { evaluateEligibility } from '../domain/eligibility.js';
import { factsOf, partiesOf, proceduralDatesOf, urgencyWithGroup } from '../domain/facts.js';
import { accept, requireGenderPreference } from '../domain/legal-aid-request.js';
import { withNearHearing } from '../domain/urgency.js';
import type { PersonalDataCrypto } from '../domain/personal-data-crypto.js';
import { openPersonal, sealPersonal } from '../domain/personal-data.js';
import { CRYPTO } from '../adapters/crypto.provider.js';
import { REFERENCE, type Reference } from '../adapters/reference.provider.js';
import { RequestRepository } from '../adapters/request.repository.js';
import { loadForCommand, metaOf, withRetry } from './command-support.js';

/**
 * Accepts (thụ lý) a request: the rule set in force on the day it was
 * received decides whether the group exists and what must be shown; the
 * decision records the rule set and the evidence, and the request enters the
 * centre's acceptance register with the next number.
 */
@Injectable()
export class AcceptRequest {
  constructor(
    private readonly requests: RequestRepository,
    @Inject(REFERENCE) private readonly reference: Reference,
    @Inject(CLOCK) private readonly clock: Clock,
    @Inject(CONFIG) private readonly config: IntakeSettings,
    @Inject(CRYPTO) private readonly crypto: PersonalDataCrypto,
  ) {}

  execute(req: RpcRequest<InputOf<typeof IntakeRpc.accept>>): Promise<OutputOf<typeof IntakeRpc.accept>> {
    const { input } = req;
    let registerNumber: string | undefined;
    return withRetry(input.expectedVersion, async () => {
      const r = await loadForCommand(this.requests, req.actor, input.requestId, input.expectedVersion, req);
      // A retry of an acceptance that was applied (its reply lost): the same answer, nothing changes.
      if (appliedRequest(r, req) && r.registerNumber && r.ruleSetId) {
        return { requestId: r._id, status: r.status, version: r.version, registerNumber: r.registerNumber, ruleSetId: r.ruleSetId, basis: r.eligibilityBasis ?? '' };
      }
      const now = this.clock();
      const decision = evaluateEligibility(this.reference.rules, {
        group: input.eligibilityGroup,
        requestDate: vnDate(new Date(r.receivedAt)),
        ageYears: r.ageAtReceipt,
        fieldOfLaw: r.fieldOfLaw,
        evidence: input.evidence,
      });
      if (!decision.eligible || !decision.ruleSetId) {
        throw new DomainError(
          'NOT_ELIGIBLE',
          `not eligible as ${input.eligibilityGroup}${decision.basis ? ` (${decision.basis})` : ''}: ${decision.reasons.map((x) => x.message).join('; ')}`,
          decision.reasons.map((x) => ({ path: x.code === 'MISSING_EVIDENCE' || x.code === 'FINANCIAL_DIFFICULTY_UNPROVEN' ? 'evidence' : 'eligibilityGroup', message: `${x.code}: ${x.message}` })),
        );
      }
      // A hearing that was far at receipt may be near now.
      const urgency = withNearHearing(urgencyWithGroup(r.urgency, input.eligibilityGroup), r.referral?.hearingAt ? new Date(r.referral.hearingAt) : null, now, {
        calendar: this.reference.calendar,
        hearingWorkingDays: this.config.INTAKE_HEARING_URGENT_WORKING_DAYS,
      });
      // Checked before a register number is taken: a refused acceptance leaves no gap in the register.
      requireGenderPreference(r, urgency, input.providerGenderPreference);
      // One number per acceptance, kept across a retry after a concurrent change.
      registerNumber ??= await this.requests.nextRegisterNumber(r.centreId, now);
      const accepted = accept(r, {
        eligibilityGroup: input.eligibilityGroup,
        ruleSetId: decision.ruleSetId,
        basis: decision.basis!,
        evidence: input.evidence,
        registerNumber,
        urgency,
        providerGenderPreference: input.providerGenderPreference,
        now,
        by: req.actor.id,
      });
      // The brief for the lawyers stays sealed with the personal data; the event says nothing of it.
      const next =
        input.brief && accepted.personal
          ? { ...accepted, hasBrief: true, ...sealPersonal(this.crypto, r._id, { ...openPersonal(this.crypto, r._id, accepted.personal), brief: input.brief }) }
          : accepted;
      const event = createEvent(
        IntakeRequestAccepted,
        {
          ...factsOf(next),
          eligibilityGroup: input.eligibilityGroup,
          registerNumber,
          ruleSetId: decision.ruleSetId,
          evidence: next.evidence,
          parties: partiesOf(next),
          preferredProviderGender: next.preferredProviderGender ?? null,
          ...proceduralDatesOf(next),
          acceptedAt: now.toISOString(),
        },
        metaOf(req, now),
      );
      if ((await this.requests.save(next, r.version, [event], requestMarker(req))) === 'already-applied') {
        return { requestId: r._id, status: next.status, version: r.version, registerNumber, ruleSetId: decision.ruleSetId, basis: decision.basis! };
      }
      return { requestId: r._id, status: next.status, version: r.version + 1, registerNumber, ruleSetId: decision.ruleSetId, basis: decision.basis! };
    });
  }
}
