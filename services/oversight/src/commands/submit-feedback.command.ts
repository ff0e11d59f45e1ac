import { Inject, Injectable } from '@nestjs/common';
import {
  createEvent,
  DomainError,
  newId,
  OversightComplaintFiled,
  OversightFeedbackReceived,
  type Envelope,
  type InputOf,
  type OutputOf,
  type OversightRpc,
  type RpcRequest,
} from '@legalaid/contracts';
import { CLOCK, type Clock } from '@legalaid/infra';
import { FeedbackRepository } from '../adapters/feedback.repository.js';
import { FactsRepository } from '../adapters/facts.repository.js';
import { allow, CITIZEN_ACTOR } from '../domain/access.js';
import { assertUsable, complaintKinds, tokenHash } from '../domain/feedback.js';
import { redactFreeText } from '../domain/personal-data.js';

/**
 * A citizen answers a feedback invitation with its one-time token. Using the
 * token, storing the (masked) answer and the events go in one conditional
 * update on the invitation's version: a second submission, even at the same
 * moment, finds the token used. A complaint or a reported payment request
 * raises `oversight.complaint.filed` at once.
 */
@Injectable()
export class SubmitFeedback {
  constructor(
    private readonly invitations: FeedbackRepository,
    private readonly facts: FactsRepository,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async execute(req: RpcRequest<InputOf<typeof OversightRpc.submitFeedback>>): Promise<OutputOf<typeof OversightRpc.submitFeedback>> {
    allow(req.actor, 'giveFeedback');
    const { input } = req;
    const now = this.clock();
    const inv = await this.invitations.get(tokenHash(input.token));
    if (!inv) throw new DomainError('TOKEN_INVALID', 'this feedback link is not valid');
    assertUsable(inv, now);

    const closed = !inv.organisationId && inv.caseId ? await this.facts.closedCases.findById(inv.caseId).lean() : null;
    const organisationId = inv.organisationId ?? closed?.organisationId ?? null;
    const providerId = inv.providerId ?? closed?.providerId ?? null;
    const feedbackId = newId();
    const kinds = complaintKinds(input.complaint, input.answers.paymentRequested);
    const meta = { actor: CITIZEN_ACTOR, correlationId: `feedback-${feedbackId}`, occurredAt: now };
    const events: Envelope[] = [
      createEvent(
        OversightFeedbackReceived,
        {
          feedbackId,
          caseId: inv.caseId,
          requestId: inv.requestId,
          applicantRef: inv.applicantRef,
          organisationId,
          providerId,
          rating: input.rating,
          answers: input.answers,
          language: input.language,
          hasComment: Boolean(input.comment),
          complaintFiled: kinds.length > 0,
        },
        meta,
      ),
    ];
    const complaintId = newId();
    if (kinds.length > 0) {
      events.push(
        createEvent(
          OversightComplaintFiled,
          { complaintId, feedbackId, caseId: inv.caseId, requestId: inv.requestId, organisationId, providerId, kinds, filedAt: now.toISOString() },
          { ...meta, causationId: events[0].id },
        ),
      );
    }
    await this.invitations
      .save(
        {
          ...inv,
          organisationId,
          providerId,
          status: 'USED',
          feedback: {
            feedbackId,
            rating: input.rating,
            answers: input.answers,
            comment: input.comment ? redactFreeText(input.comment) : null,
            language: input.language,
            receivedAt: now,
          },
          complaint: kinds.length ? { complaintId, kinds, text: input.complaint ? redactFreeText(input.complaint) : null, filedAt: now } : null,
          complaintFiledAt: kinds.length ? now : null,
          complaintOrganisationId: kinds.length ? organisationId : null,
        },
        inv.version,
        events,
      )
      .catch((err: unknown) => {
        // Someone used the token between our read and our write.
        if (err instanceof DomainError && err.code === 'VERSION_CONFLICT') throw new DomainError('TOKEN_USED', 'this feedback link was already used');
        throw err;
      });
    return { feedbackId, complaintFiled: kinds.length > 0 };
  }
}
