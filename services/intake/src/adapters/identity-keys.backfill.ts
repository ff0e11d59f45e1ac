import { Inject, Injectable, type OnApplicationBootstrap } from '@nestjs/common';
import { CLOCK, LOGGER, type Clock } from '@legalaid/infra';
import type { Logger } from 'pino';
import { IdentityKeyRepository, identityKeysOf, type KeyEntry } from './identity-keys.repository.js';
import { RequestRepository } from './request.repository.js';

/**
 * Builds the identity key documents for requests stored before they
 * existed: once, at start-up, before the service answers (a submission must
 * not miss an older request of the same person). One scan of `requests`; a
 * marker in `intake_migrations` skips it afterwards. Idempotent: entries
 * already listed are not added twice, so two replicas starting together, or
 * a run that died half-way, do no harm.
 *
 * During a rolling upgrade, replicas still on the previous version insert
 * requests without key documents; stop them first, or delete the marker
 * (`{_id: 'request-identity-keys'}`) and restart once they are gone.
 */
@Injectable()
export class IdentityKeysBackfill implements OnApplicationBootstrap {
  constructor(
    private readonly requests: RequestRepository,
    private readonly identityKeys: IdentityKeyRepository,
    @Inject(CLOCK) private readonly clock: Clock,
    @Inject(LOGGER) private readonly logger: Logger,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    if (await this.identityKeys.backfilled()) return;
    const started = Date.now();
    const counts = await this.run();
    this.logger.info({ ...counts, ms: Date.now() - started }, 'identity key documents built for stored requests');
  }

  async run(): Promise<{ requests: number; keys: number }> {
    const byKey = new Map<string, KeyEntry[]>();
    let requests = 0;
    for await (const r of this.requests.identities()) {
      requests++;
      const entry = { requestId: r._id, centreId: r.centreId, fieldOfLaw: r.fieldOfLaw };
      for (const key of identityKeysOf(r)) {
        const listed = byKey.get(key);
        if (listed) listed.push(entry);
        else byKey.set(key, [entry]);
      }
    }
    await this.identityKeys.fill(byKey);
    const counts = { requests, keys: byKey.size };
    await this.identityKeys.markBackfilled(this.clock(), counts);
    return counts;
  }
}
