import { Injectable } from '@nestjs/common';
import type { InputOf, OutputOf, OversightRpc, RpcRequest } from '@legalaid/contracts';
import { decodeCursor, encodeCursor } from '../adapters/cursor.js';
import { FeedbackRepository } from '../adapters/feedback.repository.js';
import { allow } from '../domain/access.js';
import { complaintView, feedbackResponseView } from './views.js';

/** Complaints and payment-request reports for supervisors, newest first, texts masked. */
@Injectable()
export class Complaints {
  constructor(private readonly invitations: FeedbackRepository) {}

  async execute(req: RpcRequest<InputOf<typeof OversightRpc.complaints>>): Promise<OutputOf<typeof OversightRpc.complaints>> {
    allow(req.actor, 'readComplaints');
    const { first, after, organisationId } = req.input;
    const docs = await this.invitations.complaints(first + 1, decodeCursor(after), organisationId);
    const page = docs.slice(0, first);
    const last = page.at(-1);
    return { items: page.map(complaintView), nextCursor: docs.length > first && last ? encodeCursor(last.complaintFiledAt!, last._id) : null };
  }
}

/** G23: every citizen's answer, complaint or not, newest first, comments masked at submission. */
@Injectable()
export class FeedbackResponses {
  constructor(private readonly invitations: FeedbackRepository) {}

  async execute(req: RpcRequest<InputOf<typeof OversightRpc.feedbackResponses>>): Promise<OutputOf<typeof OversightRpc.feedbackResponses>> {
    allow(req.actor, 'readComplaints');
    const { first, after, ...filter } = req.input;
    const docs = await this.invitations.responses(first + 1, decodeCursor(after), filter);
    const page = docs.slice(0, first);
    const last = page.at(-1);
    return { items: page.map(feedbackResponseView), nextCursor: docs.length > first && last ? encodeCursor(new Date(last.feedback!.receivedAt), last._id) : null };
  }
}
