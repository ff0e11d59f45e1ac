import type { Logger } from 'pino';

/**
 * Fires timers kept as data (DESIGN.md §6 "Time and timers"): an aggregate
 * holds `dueAt`; this poller calls `tick(now)` every interval, and `tick`
 * fires what is due with one conditional update per aggregate (matching
 * state, `dueAt <= now` and version, appending the outbox event in the same
 * update), so a second replica's update matches nothing and a timer fires
 * once. Nothing is kept in memory: a restart loses no timer.
 */
export class DuePoller {
  private timer: NodeJS.Timeout | undefined;
  private prepared = false;
  private running: Promise<void> | undefined;
  private stopped = true;

  constructor(
    private readonly options: {
      name: string;
      intervalMs: number;
      logger: Logger;
      clock: () => Date;
      /** Fires what is due at `now`; returns how many timers fired. */
      tick: (now: Date) => Promise<number>;
      /** Runs once before the first tick (again at the next tick if it fails), e.g. `AggregateStore.reconcileIndexes`. */
      prepare?: () => Promise<unknown>;
    },
  ) {}

  /**
   * Runs `prepare` (so lookups work as soon as the service reports ready),
   * then ticks every interval. If `prepare` fails, the first tick tries again.
   */
  async start(): Promise<void> {
    this.stopped = false;
    await this.prepare().catch((err) => this.options.logger.warn({ poller: this.options.name, error: (err as Error).message }, 'timer reconciliation failed; will retry'));
    if (!this.stopped) this.schedule(0);
  }

  /** Runs one tick now (tests and operators). */
  async runOnce(): Promise<number> {
    await this.prepare();
    return this.options.tick(this.options.clock());
  }

  private async prepare(): Promise<void> {
    if (this.prepared || !this.options.prepare) return;
    const fixed = await this.options.prepare();
    this.prepared = true;
    this.options.logger.info({ poller: this.options.name, fixed }, 'timers and lookup keys reconciled');
  }

  async stop(): Promise<void> {
    this.stopped = true;
    if (this.timer) clearTimeout(this.timer);
    await this.running;
  }

  private schedule(ms: number): void {
    this.timer = setTimeout(() => {
      this.running = this.runOnce()
        .then((fired) => {
          if (fired > 0) this.options.logger.info({ poller: this.options.name, fired }, 'timers fired');
        })
        .catch((err) => this.options.logger.warn({ poller: this.options.name, error: (err as Error).message }, 'timer tick failed; will retry'))
        .finally(() => {
          this.running = undefined;
          if (!this.stopped) this.schedule(this.options.intervalMs);
        });
    }, ms);
    this.timer.unref?.();
  }
}
