import type { NatsConnection } from '@nats-io/transport-node';
import { Kvm, type KV } from '@nats-io/kv';
import { KV_BUCKETS } from '@legalaid/contracts';
import type { RateLimitStore } from './rate-limit.js';

const encode = (s: string) => Buffer.from(s).toString('base64url');

interface Bucket {
  tokens: number;
  at: number;
}

/**
 * The rate limit shared by every gateway replica, in a JetStream key-value
 * bucket (KV_BUCKETS.gatewayRateLimit): a user spread over replicas by a load
 * balancer meets one limit, not one per replica. Each caller's token bucket
 * (tokens left, when last counted) is one key, changed by a compare-and-set
 * on its revision and retried when another replica wrote first, so
 * concurrent requests are all counted. Keys expire with the bucket's TTL (the
 * longest window), so storage stays bounded.
 */
export class JetStreamRateLimitStore implements RateLimitStore {
  private constructor(private readonly kv: KV) {}

  static async open(nc: NatsConnection, options: { replicas: number; ttlMs: number }): Promise<JetStreamRateLimitStore> {
    const kv = await new Kvm(nc).create(KV_BUCKETS.gatewayRateLimit, { history: 1, replicas: options.replicas, ttl: options.ttlMs });
    return new JetStreamRateLimitStore(kv);
  }

  async take(key: string, max: number, windowMs: number, now: number): Promise<{ allowed: boolean; retryAfterMs: number }> {
    const k = encode(key);
    const rate = max / windowMs;
    for (let attempt = 1; ; attempt++) {
      const entry = await this.kv.get(k);
      const stored = entry && entry.operation === 'PUT' && entry.length > 0 ? entry.json<Bucket>() : null;
      const previous = stored ?? { tokens: max, at: now };
      const tokens = Math.min(max, previous.tokens + Math.max(0, now - previous.at) * rate);
      const allowed = tokens >= 1;
      const next = JSON.stringify({ tokens: allowed ? tokens - 1 : tokens, at: Math.max(now, previous.at) });
      try {
        if (entry) await this.kv.update(k, next, entry.revision);
        else await this.kv.create(k, next);
        return { allowed, retryAfterMs: allowed ? 0 : Math.ceil((1 - tokens) / rate) };
      } catch (err) {
        // Another replica wrote first: read again and count this request on top of theirs.
        if (attempt >= 20 || !/wrong last sequence|key exists|revision/i.test((err as Error).message)) throw err;
      }
    }
  }
}
