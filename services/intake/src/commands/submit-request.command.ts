import { Inject, Injectable } from '@nestjs/common';
import { createEvent, IntakeRequestReceived, newId, vnDate, type RpcRequest, type OutputOf, type IntakeRpc } from '@legalaid/contracts';
import { CLOCK, CONFIG, type Clock } from '@legalaid/infra';
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
import { IdentityKeyRepository, identityKeysOf } from '../adapters/identity-keys.repository.js';
import { RequestRepository } from '../adapters/request.repository.js';
import { metaOf } from './command-support.js';

/**
 * Records a request from any channel. Personal data is sealed before it is
 * stored; lookups go through blind indexes; the event carries only the
 * pseudonymous reference and the facts other services need. An open request
 * of the same person in the same field is flagged, never merged; it is found
 * through the identity key documents, never by a query on `requests` (which
 * FerretDB answers with a scan of every request).
 */
@Injectable()
export class SubmitRequest {
  constructor(
    private readonly requests: RequestRepository,
    private readonly identityKeys: IdentityKeyRepository,
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

    const id = newId();
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
    // Listed under its identity keys before the insert, each key read and written under a claim: of two
    // simultaneous submissions of one person, the later sees the earlier even before that one is stored.
    const keys = identityKeysOf({ applicantRef, idNumberIndex, phoneIndex });
    const listed = await this.identityKeys.register(keys, { requestId: id, centreId: input.centreId, fieldOfLaw: input.fieldOfLaw });
    const possibleDuplicateOf = await this.requests.findOpenDuplicates(listed, { requestId: id, applicantRef, fieldOfLaw: input.fieldOfLaw, idNumberIndex, phoneIndex }, now);
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
            officerEmail: ref.officerEmail ?? null,
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
    try {
      await this.requests.insert(request, [received]);
    } catch (err) {
      // Take the entries back unless the request got stored after all (a reply lost on the way back).
      if ((await this.requests.get(id).catch(() => undefined)) === null) await this.identityKeys.unregister(keys, id).catch(() => undefined);
      throw err;
    }
    return { requestId: id, status: request.status, possibleDuplicateOf };
  }
}
