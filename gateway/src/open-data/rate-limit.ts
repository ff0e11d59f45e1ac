/**
 * A fixed-window rate limit per client address for the public open-data
 * endpoints, in memory per gateway replica (as the GraphQL rate limit is).
 */
export class RateLimiter {
  private readonly windows = new Map<string, { start: number; count: number }>();

  constructor(
    private readonly max: number,
    private readonly windowMs: number,
    private readonly now: () => number = Date.now,
  ) {}

  /** Counts one request; returns the seconds to wait when over the limit, else null. */
  take(client: string): number | null {
    const t = this.now();
    const w = this.windows.get(client);
    if (!w || t - w.start >= this.windowMs) {
      // Old windows go as new ones start, so the map stays as large as the clients of one window.
      if (this.windows.size > 10_000) for (const [k, v] of this.windows) if (t - v.start >= this.windowMs) this.windows.delete(k);
      this.windows.set(client, { start: t, count: 1 });
      return null;
    }
    w.count++;
    return w.count > this.max ? Math.ceil((w.start + this.windowMs - t) / 1000) : null;
  }
}
