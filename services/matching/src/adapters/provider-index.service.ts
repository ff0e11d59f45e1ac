import { Inject, Injectable, type OnModuleDestroy, type OnModuleInit } from '@nestjs/common';
import type { Subscription } from '@nats-io/transport-node';
import { ProviderChangedNotice } from '@legalaid/contracts';
import { BUS, CLOCK, CONFIG, LOGGER, type Bus, type Clock } from '@legalaid/infra';
import type { Logger } from 'pino';
import { ProviderIndex } from '../domain/provider-index.js';
import type { MatchingConfig } from '../config.js';
import { ProviderRepository } from './provider.repository.js';

/** Clock differences between replicas that wrote `updatedAt`: the catch-up reads this far back. */
const OVERLAP_MS = 5000;

/**
 * This replica's in-memory provider index (DESIGN.md §6): loaded at start;
 * every provider this replica writes goes into it at once and is announced
 * to the other replicas (`ProviderChangedNotice`, core NATS: ids and a
 * version), which reload it by `_id`. Core NATS delivers at most once, so a
 * replica also catches up from the database after reconnecting to NATS and
 * every `MATCHING_INDEX_REFRESH_MS`. Ranking never waits on the database:
 * a catch-up is a query on `updatedAt`, which FerretDB v1 answers by reading
 * every provider.
 */
@Injectable()
export class ProviderIndexService implements OnModuleInit, OnModuleDestroy {
  readonly index = new ProviderIndex();
  private lastSync: Date | null = null;
  private sub: Subscription | undefined;
  private timer: NodeJS.Timeout | undefined;
  private syncing: Promise<void> | undefined;

  constructor(
    private readonly providers: ProviderRepository,
    @Inject(BUS) private readonly bus: Bus,
    @Inject(CLOCK) private readonly clock: Clock,
    @Inject(CONFIG) private readonly config: MatchingConfig,
    @Inject(LOGGER) private readonly logger: Logger,
  ) {}

  async onModuleInit(): Promise<void> {
    const started = Date.now();
    await this.refresh();
    this.logger.info({ providers: this.index.size, ms: Date.now() - started }, 'provider index loaded');
    this.providers.onSaved((p) => {
      this.index.upsert(p);
      this.bus.nc.publish(ProviderChangedNotice.subject, JSON.stringify({ providerId: p._id, version: p.version }));
    });
    this.sub = this.bus.nc.subscribe(ProviderChangedNotice.subject, {
      callback: (err, msg) => {
        if (err) return;
        let notice;
        try {
          notice = ProviderChangedNotice.schema.parse(msg.json());
        } catch {
          this.logger.warn({ subject: msg.subject }, 'malformed provider notice ignored');
          return;
        }
        if ((this.index.versionOf(notice.providerId) ?? 0) < notice.version) void this.reload(notice.providerId);
      },
    });
    const catchUp = () => void this.refresh().catch((e) => this.logger.warn({ error: (e as Error).message }, 'provider index catch-up failed'));
    this.bus.onReconnect(catchUp);
    this.timer = setInterval(catchUp, this.config.MATCHING_INDEX_REFRESH_MS);
    this.timer.unref();
  }

  onModuleDestroy(): void {
    if (this.timer) clearInterval(this.timer);
    this.sub?.unsubscribe();
  }

  /** Reads every provider changed since the last catch-up (all of them the first time). */
  refresh(): Promise<void> {
    if (!this.syncing) {
      this.syncing = this.doRefresh().finally(() => {
        this.syncing = undefined;
      });
    }
    return this.syncing;
  }

  private async doRefresh(): Promise<void> {
    const startedAt = this.clock();
    const since = this.lastSync ? new Date(this.lastSync.getTime() - OVERLAP_MS) : null;
    for await (const page of this.providers.changedSince(since)) for (const p of page) this.index.upsert(p);
    this.lastSync = startedAt;
  }

  async reload(providerId: string): Promise<void> {
    const p = await this.providers.get(providerId).catch(() => null);
    if (p) this.index.upsert(p);
  }
}
