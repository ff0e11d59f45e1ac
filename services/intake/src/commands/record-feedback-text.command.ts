import { Inject, Injectable } from '@nestjs/common';
import { DomainError, type InputOf, type IntakeRpc, type RpcRequest } from '@legalaid/contracts';
import { CLOCK, type Clock } from '@legalaid/infra';
import { CRYPTO } from '../adapters/crypto.provider.js';
import { InvitationRepository } from '../adapters/invitation.repository.js';
import { hashToken } from '../domain/feedback.js';
import type { PersonalDataCrypto } from '../domain/personal-data-crypto.js';

/**
 * Keeps the original text of a citizen's feedback with intake, sealed
 * (DESIGN.md §6: supervisors read a masked copy in oversight; the original
 * stays here). The feedback token authorises it, once; the gateway sends it
 * after oversight accepted the same token.
 */
@Injectable()
export class RecordFeedbackText {
  constructor(
    private readonly invitations: InvitationRepository,
    @Inject(CRYPTO) private readonly crypto: PersonalDataCrypto,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async execute(req: RpcRequest<InputOf<typeof IntakeRpc.recordFeedbackText>>): Promise<{ stored: boolean }> {
    if (req.actor.role !== 'CITIZEN') throw new DomainError('FORBIDDEN', 'only the citizen holding the feedback token may record feedback text');
    const { token, comment, complaint } = req.input;
    const invitation = await this.invitations.findByTokenHash(hashToken(token));
    if (!invitation) throw new DomainError('TOKEN_INVALID', 'this feedback link is not valid');
    if (invitation.originalText) throw new DomainError('TOKEN_USED', 'feedback text was already recorded for this link');
    if (!comment && !complaint) return { stored: false };
    const now = this.clock();
    const originalText = this.crypto.seal(JSON.stringify({ comment: comment ?? null, complaint: complaint ?? null }), `feedback:${invitation._id}`);
    await this.invitations.save({ ...invitation, originalText, originalTextAt: now }, invitation.version, []);
    return { stored: true };
  }
}
