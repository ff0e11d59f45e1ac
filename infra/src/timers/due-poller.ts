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
    },
  ) {}

  /** Ticks now and then every interval. */
  async start(): Promise<void> {
    this.stopped = false;
    this.schedule(0);
  }

  /** Runs one tick now (tests and operators). */
  async runOnce(): Promise<number> {
    return this.options.tick(this.options.clock());
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

/** The same instant, or both none. */
export function sameInstant(a: Date | null | undefined, b: Date | null | undefined): boolean {
  return (a ? new Date(a).getTime() : null) === (b ? new Date(b).getTime() : null);
}
