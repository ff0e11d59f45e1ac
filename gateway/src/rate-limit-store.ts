import type { Identity } from '@envelop/rate-limiter';
import type { NatsConnection } from '@nats-io/transport-node';
import { Kvm, type KV } from '@nats-io/kv';
import { KV_BUCKETS } from '@legalaid/contracts';

/**
 * Where the rate limit keeps its call timestamps: the storage behind
 * `useRateLimiter` (security.ts), one interface so the limits' rules and
 * their storage change apart.
 */
export interface RateLimitStore {
  getForIdentity(identity: Identity): Promise<readonly number[]>;
  setForIdentity(identity: Identity, timestamps: readonly number[], windowMs?: number): Promise<void>;
}

const encode = (s: string) => Buffer.from(s).toString('base64url');

/**
 * The rate limit shared by every gateway replica, in a JetStream key-value
 * bucket (KV_BUCKETS.gatewayRateLimit): a user spread over replicas by a load
 * balancer meets one limit, not one per replica.
 *
 * The limiter reads a caller's timestamps, decides, then writes back the
 * list with its new calls. Between the two, another replica may have written
 * its own: the write is a compare-and-set on the key's revision that adds
 * only this request's new timestamps to whatever is stored now, retried on
 * conflict, so concurrent calls are all counted. Keys expire with the bucket's
 * TTL (the longest window), so storage stays bounded.
 */
export class JetStreamRateLimitStore implements RateLimitStore {
  /** What each key held when this replica last read it: the new timestamps are the difference. */
  private readonly lastRead = new Map<string, readonly number[]>();

  private constructor(private readonly kv: KV) {}

  static async open(nc: NatsConnection, options: { replicas: number; ttlMs: number }): Promise<JetStreamRateLimitStore> {
    const kv = await new Kvm(nc).create(KV_BUCKETS.gatewayRateLimit, { history: 1, replicas: options.replicas, ttl: options.ttlMs });
    return new JetStreamRateLimitStore(kv);
  }

  private key(identity: Identity): string {
    return `${encode(identity.contextIdentity)}.${encode(identity.fieldIdentity)}`;
  }

  async getForIdentity(identity: Identity): Promise<readonly number[]> {
    const key = this.key(identity);
    const entry = await this.kv.get(key);
    const stored = entry && entry.operation === 'PUT' && entry.length > 0 ? (entry.json<number[]>() ?? []) : [];
    this.lastRead.set(key, stored);
    return stored;
  }

  async setForIdentity(identity: Identity, timestamps: readonly number[], windowMs = 60_000): Promise<void> {
    const key = this.key(identity);
    const added = withoutOnce(timestamps, this.lastRead.get(key) ?? []);
    // Kept for concurrent requests of the same caller; bounded (a cleared entry only re-reads).
    if (this.lastRead.size > 10_000) this.lastRead.clear();
    if (added.length === 0) return;
    for (let attempt = 1; ; attempt++) {
      const entry = await this.kv.get(key);
      const now = Date.now();
      const current = entry && entry.operation === 'PUT' && entry.length > 0 ? (entry.json<number[]>() ?? []) : [];
      const next = JSON.stringify([...current.filter((t) => t + windowMs > now), ...added]);
      try {
        if (entry) await this.kv.update(key, next, entry.revision);
        else await this.kv.create(key, next);
        return;
      } catch (err) {
        // Another replica wrote first: read again and add ours to theirs.
        if (attempt >= 20 || !/wrong last sequence|key exists|revision/i.test((err as Error).message)) throw err;
      }
    }
  }
}

/** `all` minus one occurrence of each element of `seen`: the timestamps this request added. */
function withoutOnce(all: readonly number[], seen: readonly number[]): number[] {
  const counts = new Map<number, number>();
  for (const t of seen) counts.set(t, (counts.get(t) ?? 0) + 1);
  const out: number[] = [];
  for (const t of all) {
    const c = counts.get(t) ?? 0;
    if (c > 0) counts.set(t, c - 1);
    else out.push(t);
  }
  return out;
}
