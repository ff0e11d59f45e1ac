import { Inject, Injectable } from '@nestjs/common';
import { createEvent, IntakeRequestRejected, vnDate, type InputOf, type IntakeRpc, type OutputOf, type RpcRequest } from '@legalaid/contracts';
import { CLOCK, type Clock } from '@legalaid/infra';
import { reject } from '../domain/legal-aid-request.js';
import { checkRejectionGround } from '../domain/rejection.js';
import { REFERENCE, type Reference } from '../adapters/reference.provider.js';
import { RequestRepository } from '../adapters/request.repository.js';
import { loadForCommand, metaOf, withRetry } from './command-support.js';

/** Refuses a request in writing on a statutory ground; the note stays in intake, the event carries the ground. */
@Injectable()
export class RejectRequest {
  constructor(
    private readonly requests: RequestRepository,
    @Inject(REFERENCE) private readonly reference: Reference,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  execute(req: RpcRequest<InputOf<typeof IntakeRpc.reject>>): Promise<OutputOf<typeof IntakeRpc.reject>> {
    const { input } = req;
    return withRetry(input.expectedVersion, async () => {
      const r = await loadForCommand(this.requests, req.actor, input.requestId, input.expectedVersion);
      const now = this.clock();
      const note = input.note ?? null;
      checkRejectionGround(r, input.ground, note, now);
      const ruleSetId = this.reference.rules.inForceOn(vnDate(new Date(r.receivedAt)))?.id ?? null;
      const next = reject(r, { ground: input.ground, note, ruleSetId, now, by: req.actor.id });
      const event = createEvent(
        IntakeRequestRejected,
        { requestId: r._id, applicantRef: r.applicantRef, centreId: r.centreId, channel: r.channel, fieldOfLaw: r.fieldOfLaw, ground: input.ground, ruleSetId, rejectedAt: now.toISOString() },
        metaOf(req, now),
      );
      await this.requests.save(next, r.version, [event]);
      return { requestId: r._id, status: next.status, version: r.version + 1 };
    });
  }
}
