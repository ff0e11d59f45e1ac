import { Inject, Injectable } from '@nestjs/common';
import {
  createEvent,
  IntakeRequestAccepted,
  IntakeRequestReceived,
  newId,
  type Envelope,
  type InputOf,
  type IntakeRpc,
  type RequestFacts,
  type RpcRequest,
} from '@legalaid/contracts';
import { CLOCK, type Clock } from '@legalaid/infra';
import { accept, urgencyOf, type LegalAidRequest } from '../domain/legal-aid-request.js';
import type { PersonalDataCrypto } from '../domain/personal-data-crypto.js';
import { CRYPTO } from '../adapters/crypto.provider.js';
import { RequestRepository } from '../adapters/request.repository.js';

type SubmitInput = InputOf<typeof IntakeRpc.submit>;

/** The rule set the walking skeleton cites until staff screening replaces auto-acceptance. */
const SKELETON_RULE_SET = 'law-2017-art7';

/**
 * Records a request from any channel. Personal data is sealed before it is
 * stored; the events carry only the pseudonymous reference and the facts
 * other services need.
 */
@Injectable()
export class SubmitRequest {
  constructor(
    private readonly requests: RequestRepository,
    @Inject(CRYPTO) private readonly crypto: PersonalDataCrypto,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async execute(req: RpcRequest<SubmitInput>): Promise<{ requestId: string; status: LegalAidRequest['status'] }> {
    const { input, actor } = req;
    const now = this.clock();
    const id = newId();
    const applicantRef = this.crypto.applicantRef(input.applicant);
    let request: LegalAidRequest = {
      _id: id,
      version: 1,
      status: 'RECEIVED',
      channel: input.channel,
      centreId: input.centreId,
      applicantRef,
      personal: this.crypto.seal(
        JSON.stringify({ applicant: input.applicant, opposingParties: input.opposingParties, summary: input.summary }),
        id,
      ),
      idNumberIndex: input.applicant.idNumber ? this.crypto.blindIndex('idNumber', input.applicant.idNumber) : null,
      phoneIndex: input.applicant.phone ? this.crypto.blindIndex('phone', input.applicant.phone) : null,
      fieldOfLaw: input.fieldOfLaw,
      aidForm: input.aidForm,
      eligibilityGroup: null,
      provinceCode: input.applicant.address.provinceCode,
      communeCode: input.applicant.address.communeCode ?? null,
      language: input.applicant.language,
      urgency: urgencyOf(input.urgencyReasons, input.deadlineAt),
      opposingPartyHashes: input.opposingParties.map((p) => this.crypto.partyHash(p)),
      registerNumber: null,
      ruleSetId: null,
      receivedAt: now,
      acceptedAt: null,
      receivedBy: actor.id,
    };
    const meta = { actor, correlationId: req.correlationId, occurredAt: now };
    const received = createEvent(IntakeRequestReceived, factsOf(request), meta);
    const events: Envelope[] = [received];

    if (input.claimedEligibilityGroup) {
      request = accept(request, {
        eligibilityGroup: input.claimedEligibilityGroup,
        registerNumber: await this.requests.nextRegisterNumber(input.centreId, now.getUTCFullYear()),
        ruleSetId: SKELETON_RULE_SET,
        now,
      });
      events.push(
        createEvent(
          IntakeRequestAccepted,
          {
            ...factsOf(request),
            eligibilityGroup: input.claimedEligibilityGroup,
            registerNumber: request.registerNumber!,
            ruleSetId: request.ruleSetId!,
            opposingPartyHashes: request.opposingPartyHashes,
            acceptedAt: now.toISOString(),
          },
          { ...meta, causationId: received.id },
        ),
      );
    }
    await this.requests.insert(request, events);
    return { requestId: id, status: request.status };
  }
}

export function factsOf(r: LegalAidRequest): RequestFacts {
  return {
    requestId: r._id,
    applicantRef: r.applicantRef,
    channel: r.channel,
    centreId: r.centreId,
    eligibilityGroup: r.eligibilityGroup,
    fieldOfLaw: r.fieldOfLaw,
    aidForm: r.aidForm,
    provinceCode: r.provinceCode,
    communeCode: r.communeCode,
    language: r.language,
    urgency: r.urgency,
  };
}
