import { Inject, Injectable } from '@nestjs/common';
import { createEvent, IntakeRequestErased, type InputOf, type IntakeRpc, type OutputOf, type RpcRequest } from '@legalaid/contracts';
import { CLOCK, CONFIG, LOGGER, retryOnConflict, type Clock } from '@legalaid/infra';
import type { Logger } from 'pino';
import type { IntakeSettings } from '../config.js';
import { assertRole } from '../domain/access-policy.js';
import { erase } from '../domain/legal-aid-request.js';
import { InvitationRepository } from '../adapters/invitation.repository.js';
import { RequestRepository } from '../adapters/request.repository.js';
import { metaOf } from './command-support.js';

/**
 * Erasure after the retention period (Decree 13/2023; Personal Data
 * Protection Law 2025): for requests that ended before the cut-off, the
 * sealed personal data, blind indexes, free-text notes and unsent feedback tokens are removed.
 * Pseudonymous facts (applicantRef, group, field, dates, statuses) remain for
 * statistics and the audit trail. Run by an ADMIN,
 * repeatedly until it erases nothing (each call handles `limit` requests).
 */
@Injectable()
export class EraseExpired {
  constructor(
    private readonly requests: RequestRepository,
    private readonly invitations: InvitationRepository,
    @Inject(CONFIG) private readonly config: IntakeSettings,
    @Inject(CLOCK) private readonly clock: Clock,
    @Inject(LOGGER) private readonly logger: Logger,
  ) {}

  async execute(req: RpcRequest<InputOf<typeof IntakeRpc.eraseExpired>>): Promise<OutputOf<typeof IntakeRpc.eraseExpired>> {
    assertRole(req.actor, ['ADMIN'], 'erasing personal data');
    const now = this.clock();
    const retentionCutoff = new Date(now.getTime() - this.config.INTAKE_RETENTION_DAYS * 86_400_000);
    // An operator may narrow the cut-off (erase less), never reach past the retention period.
    const asked = req.input.finishedBefore ? new Date(req.input.finishedBefore) : retentionCutoff;
    const cutoff = asked < retentionCutoff ? asked : retentionCutoff;
    const candidates = await this.requests.findErasable(cutoff, req.input.limit);
    if (req.input.dryRun) return { cutoff: cutoff.toISOString(), requestIds: candidates.map((r) => r._id), erased: 0 };
    const erasedIds: string[] = [];
    for (const candidate of candidates) {
      await retryOnConflict(async () => {
        const r = (await this.requests.get(candidate._id))!;
        if (r.erasedAt) return;
        const erased = erase(r, now);
        const event = createEvent(IntakeRequestErased, { requestId: r._id, applicantRef: r.applicantRef, centreId: r.centreId, erasedAt: now.toISOString() }, metaOf(req, now));
        await this.requests.save(erased, r.version, [event]);
        erasedIds.push(r._id);
      });
      await this.invitations.dropTokensOf(candidate._id);
    }
    this.logger.info({ erased: erasedIds.length, cutoff: cutoff.toISOString() }, 'personal data erased after retention');
    return { cutoff: cutoff.toISOString(), requestIds: erasedIds, erased: erasedIds.length };
  }
}
