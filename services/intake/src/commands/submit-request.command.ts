import { Inject, Injectable } from '@nestjs/common';
import { createEvent, IntakeRequestDuplicateFlagged, IntakeRequestReceived, newId, vnDate, type RpcRequest, type OutputOf, type IntakeRpc } from '@legalaid/contracts';
import { CLOCK, CONFIG, creationId, retryOnConflict, type Clock } from '@legalaid/infra';
import type { IntakeSettings } from '../config.js';
import { assertCanSubmit } from '../domain/access-policy.js';
import { ageOn } from '../domain/eligibility.js';
import { factsOf } from '../domain/facts.js';
import type { LegalAidRequest } from '../domain/legal-aid-request.js';
import type { PersonalDataCrypto } from '../domain/personal-data-crypto.js';
import { sealPersonal } from '../domain/personal-data.js';
import { checkSubmission, type SubmitInput } from '../domain/submission.js';
import { assessUrgency } from '../domain/urgency.js';
import { CRYPTO } from '../adapters/crypto.provider.js';
import { REFERENCE, type Reference } from '../adapters/reference.provider.js';
import { RequestRepository } from '../adapters/request.repository.js';
import { metaOf } from './command-support.js';

/**
 * Records a request from any channel. Personal data is sealed before it is
 * stored; lookups go through blind indexes; the event carries only the
 * pseudonymous reference and the facts other services need. An open request
 * of the same person in the same field is flagged, never merged; it is found
 * by the pseudonymous reference or a blind index, each an indexed field.
 */
@Injectable()
export class SubmitRequest {
  constructor(
    private readonly requests: RequestRepository,
    @Inject(CRYPTO) private readonly crypto: PersonalDataCrypto,
    @Inject(REFERENCE) private readonly reference: Reference,
    @Inject(CONFIG) private readonly config: IntakeSettings,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async execute(req: RpcRequest<SubmitInput>): Promise<OutputOf<typeof IntakeRpc.submit>> {
    const { input, actor } = req;
    assertCanSubmit(actor, input);
    const now = this.clock();
    const today = vnDate(now);
    checkSubmission(input, today);
    this.reference.units.assertAddress(input.applicant.address.provinceCode, input.applicant.address.communeCode);

    // Retried with its request id (a reply lost on the way back): the id is the first try's, which answers again.
    const id = creationId(req, 'legal-aid-request', newId);
    if (req.requestId) {
      const existing = await this.requests.get(id);
      if (existing) return { requestId: id, status: existing.status, possibleDuplicateOf: existing.possibleDuplicateOf };
    }
    const a = input.applicant;
    const idNumberIndex = a.idNumber ? this.crypto.blindIndex('idNumber', a.idNumber) : null;
    const phoneIndex = a.phone ? this.crypto.blindIndex('phone', a.phone) : null;
    const applicantRef = this.crypto.applicantRef(a);
    const ref = input.referral;
    const urgency = assessUrgency(
      {
        channel: input.channel,
        reasons: input.urgencyReasons,
        deadlineAt: input.deadlineAt ? new Date(input.deadlineAt) : null,
        hearingAt: ref?.hearingAt ? new Date(ref.hearingAt) : null,
        custodySince: ref?.custodySince ?? null,
        defenceCounselRequested: ref?.defenceCounselRequested ?? false,
        group: input.claimedEligibilityGroup ?? null,
      },
      now,
      {
        calendar: this.reference.calendar,
        defenceCounselHours: this.config.INTAKE_DEFENCE_COUNSEL_HOURS,
        hearingWorkingDays: this.config.INTAKE_HEARING_URGENT_WORKING_DAYS,
      },
    );
    const sealed = sealPersonal(this.crypto, id, {
      applicant: a,
      opposingParties: input.opposingParties,
      summary: input.summary,
      attachedDocuments: input.attachedDocuments,
    });
    const identity = { requestId: id, applicantRef, fieldOfLaw: input.fieldOfLaw, idNumberIndex, phoneIndex };
    const possibleDuplicateOf = await this.requests.findOpenDuplicates(identity);
    const request: LegalAidRequest = {
      _id: id,
      version: 1,
      status: 'RECEIVED',
      downstreamStatus: 'NONE',
      channel: input.channel,
      centreId: input.centreId,
      applicantRef,
      ...sealed,
      idNumberIndex,
      phoneIndex,
      fieldOfLaw: input.fieldOfLaw,
      aidForm: input.aidForm,
      claimedEligibilityGroup: input.claimedEligibilityGroup ?? null,
      eligibilityGroup: null,
      ruleSetId: null,
      evidence: [],
      provinceCode: a.address.provinceCode,
      communeCode: a.address.communeCode ?? null,
      language: a.language,
      needsInterpreter: a.needsInterpreter,
      ageAtReceipt: a.birthDate ? ageOn(a.birthDate, today) : null,
      urgency,
      opposingPartyHashes: input.opposingParties.map((p) => this.crypto.partyHash(p)),
      applicantPartyHash: this.crypto.partyHash({ fullName: a.fullName, idNumber: a.idNumber }),
      preferredProviderGender: input.preferredProviderGender ?? null,
      documentKinds: [...new Set(input.attachedDocuments.map((d) => d.kind))],
      documentsRequested: [],
      documentsDueAt: null,
      possibleDuplicateOf,
      duplicateFlagged: possibleDuplicateOf.length > 0,
      referral: ref
        ? {
            referrerKind: ref.referrerKind,
            organisation: ref.organisation,
            officer: ref.officer ?? null,
            officerPhone: ref.officerPhone ?? null,
            documentNumber: ref.documentNumber ?? null,
            proceduralStage: ref.proceduralStage ?? null,
            hearingAt: ref.hearingAt ? new Date(ref.hearingAt) : null,
            custodySince: ref.custodySince ?? null,
            defenceCounselRequested: ref.defenceCounselRequested,
          }
        : null,
      consent: { ...input.consent, purposes: [...new Set(input.consent.purposes)], recordedAt: now, recordedBy: actor.id, withdrawn: [] },
      registerNumber: null,
      receivedAt: now,
      receivedBy: actor.id,
      acceptedAt: null,
      acceptedBy: null,
      rejection: null,
      withdrawnAt: null,
      contactAccess: [],
      downstream: { caseId: null, referredAt: null, assignedAt: null, caseOpenedAt: null, closedAt: null },
      finishedAt: null,
      erasedAt: null,
      timeline: [{ status: 'RECEIVED', at: now }],
    };
    const received = createEvent(
      IntakeRequestReceived,
      { ...factsOf(request), claimedEligibilityGroup: request.claimedEligibilityGroup, possibleDuplicateOf, receivedAt: now.toISOString() },
      metaOf(req, now),
    );
    if (!(await this.requests.insert(request, [received]))) {
      // A simultaneous try with the same request id stored it first: its answer is this one's.
      const first = await this.requests.get(id);
      if (first) return { requestId: id, status: first.status, possibleDuplicateOf: first.possibleDuplicateOf };
    }
    // Looked again once stored: of two simultaneous submissions of one person, the later one stored
    // finds the earlier here even if neither saw the other before its insert.
    const flagged = await this.flagSimultaneous(request, identity, req, now);
    return { requestId: id, status: request.status, possibleDuplicateOf: flagged };
  }

  private async flagSimultaneous(request: LegalAidRequest, identity: Parameters<RequestRepository['findOpenDuplicates']>[0], req: RpcRequest<unknown>, now: Date): Promise<string[]> {
    const found = await this.requests.findOpenDuplicates(identity);
    const added = found.filter((d) => !request.possibleDuplicateOf.includes(d));
    if (!added.length) return request.possibleDuplicateOf;
    const possibleDuplicateOf = [...new Set([...request.possibleDuplicateOf, ...added])].slice(0, 20);
    await retryOnConflict(async () => {
      const current = (await this.requests.get(request._id))!;
      const event = createEvent(IntakeRequestDuplicateFlagged, { requestId: current._id, applicantRef: current.applicantRef, centreId: current.centreId, possibleDuplicateOf }, metaOf(req, now));
      await this.requests.save({ ...current, possibleDuplicateOf, duplicateFlagged: true }, current.version, [event]);
    });
    return possibleDuplicateOf;
  }
}
