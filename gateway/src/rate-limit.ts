import { GraphQLError, Kind, getOperationAST } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import type { GatewayContext } from './context.js';

/**
 * Where request counts live. In memory this replica counts alone; a store
 * shared by replicas (a JetStream KV bucket, Redis) implements the same call.
 */
export interface RateLimitStore {
  /**
   * Takes one request from `key`'s allowance of `max` per `windowMs` (a token
   * bucket refilled continuously): whether it was allowed, and if not, how
   * long until one request is allowed again.
   */
  take(key: string, max: number, windowMs: number, now: number): Promise<{ allowed: boolean; retryAfterMs: number }>;
}

/** This replica's counts, with a bounded number of keys (the least recently used go first). */
export class MemoryRateLimitStore implements RateLimitStore {
  private readonly buckets = new Map<string, { tokens: number; at: number }>();
  constructor(private readonly maxKeys = 100_000) {}

  async take(key: string, max: number, windowMs: number, now: number) {
    const rate = max / windowMs;
    const b = this.buckets.get(key) ?? { tokens: max, at: now };
    this.buckets.delete(key);
    b.tokens = Math.min(max, b.tokens + (now - b.at) * rate);
    b.at = now;
    const allowed = b.tokens >= 1;
    if (allowed) b.tokens -= 1;
    this.buckets.set(key, b);
    if (this.buckets.size > this.maxKeys) this.buckets.delete(this.buckets.keys().next().value as string);
    return { allowed, retryAfterMs: allowed ? 0 : Math.ceil((1 - b.tokens) / rate) };
  }
}

export function parseWindow(window: string): number {
  const m = /^(\d+)(ms|s|m|h)$/.exec(window);
  if (!m) throw new Error(`not a duration: ${window}`);
  return Number(m[1]) * { ms: 1, s: 1000, m: 60_000, h: 3_600_000 }[m[2] as 'ms' | 's' | 'm' | 'h'];
}

export interface RateLimitRule {
  /** Who is counted for this request, or null when the rule does not apply to it. */
  key: (ctx: GatewayContext, rootFields: readonly string[]) => string | null;
  max: number;
  windowMs: number;
  what: string;
}

/**
 * Requests per caller: each operation counts once (a console polling a page
 * of several fields every few seconds is a handful of requests a minute),
 * per signed-in user, or per client address without a token. A refusal is
 * RATE_LIMITED with Retry-After; HTTP 429 for application/graphql-response+json.
 */
export function useRateLimit(store: RateLimitStore, rules: readonly RateLimitRule[], now: () => number = Date.now): Plugin<GatewayContext> {
  return {
    async onExecute({ args, setResultAndStopExecution }) {
      const op = getOperationAST(args.document, args.operationName);
      const fields = op ? op.selectionSet.selections.flatMap((s) => (s.kind === Kind.FIELD ? [s.name.value] : [])) : [];
      for (const rule of rules) {
        const key = rule.key(args.contextValue, fields);
        if (key === null) continue;
        const { allowed, retryAfterMs } = await store.take(key, rule.max, rule.windowMs, now());
        if (!allowed) {
          const seconds = Math.max(1, Math.ceil(retryAfterMs / 1000));
          setResultAndStopExecution({
            errors: [
              new GraphQLError(`Too many requests: at most ${rule.max} ${rule.what}; try again in ${seconds} s.`, {
                extensions: { code: 'RATE_LIMITED', retryAfterSeconds: seconds, http: { status: 429, headers: { 'retry-after': String(seconds) } } },
              }),
            ],
          });
          return;
        }
      }
    },
  };
}
