import { createHmac } from 'node:crypto';

/**
 * Delivers a notification to an HTTP webhook (an SMS or Zalo gateway) with
 * retries. The body carries personal data and secret tokens: it is never
 * logged and never copied into an error. Each delivery carries the same
 * `Idempotency-Key` on every attempt, so the gateway can drop repeats, and an
 * HMAC signature when a secret is configured.
 */
export interface WebhookOptions {
  url: string;
  /** HMAC-SHA256 key for the `Legalaid-Signature` header. */
  secret?: string;
  timeoutMs?: number;
  /** Delays before each retry; its length is the number of retries. */
  backoffMs?: number[];
  /** Longest wait honoured from a `Retry-After` header. */
  maxRetryAfterMs?: number;
  fetch?: typeof fetch;
  sleep?: (ms: number) => Promise<void>;
}

export interface DeliveryAttempt {
  attempt: number;
  at: string;
  /** HTTP status, or null when no response came (network error, timeout). */
  status: number | null;
  /** What went wrong, without the body. */
  error: string | null;
  durationMs: number;
}

export interface DeliveryReport {
  delivered: true;
  idempotencyKey: string;
  attempts: DeliveryAttempt[];
}

/** Delivery failed for good: the attempts say why, for the caller to record. */
export class WebhookDeliveryError extends Error {
  constructor(
    message: string,
    readonly attempts: DeliveryAttempt[],
    /** True when retrying later cannot help (the gateway refused the message). */
    readonly permanent: boolean,
  ) {
    super(message);
    this.name = 'WebhookDeliveryError';
  }
}

export const SIGNATURE_HEADER = 'Legalaid-Signature';
export const TIMESTAMP_HEADER = 'Legalaid-Timestamp';

/** The signature a receiver recomputes: HMAC-SHA256 over `<timestamp>.<body>`, hex. */
export function webhookSignature(secret: string, timestamp: string, body: string): string {
  return `sha256=${createHmac('sha256', secret).update(`${timestamp}.${body}`).digest('hex')}`;
}

function retryable(status: number): boolean {
  return status === 408 || status === 425 || status === 429 || status >= 500;
}

export class WebhookNotifier {
  private readonly fetch: typeof fetch;
  private readonly sleep: (ms: number) => Promise<void>;

  constructor(private readonly options: WebhookOptions) {
    if (!/^https?:\/\/[^\s]+$/.test(options.url)) throw new Error('webhook URL must be an http(s) URL');
    this.fetch = options.fetch ?? fetch;
    this.sleep = options.sleep ?? ((ms) => new Promise((r) => setTimeout(r, ms)));
  }

  async deliver(message: unknown, idempotencyKey: string): Promise<DeliveryReport> {
    const body = JSON.stringify(message);
    const backoff = this.options.backoffMs ?? [500, 2000, 8000];
    const attempts: DeliveryAttempt[] = [];
    for (let attempt = 1; ; attempt++) {
      const started = Date.now();
      const timestamp = String(Math.floor(started / 1000));
      const headers: Record<string, string> = { 'content-type': 'application/json', 'idempotency-key': idempotencyKey, [TIMESTAMP_HEADER]: timestamp };
      if (this.options.secret) headers[SIGNATURE_HEADER] = webhookSignature(this.options.secret, timestamp, body);
      let status: number | null = null;
      let error: string | null = null;
      let retryAfterMs: number | null = null;
      try {
        const res = await this.fetch(this.options.url, { method: 'POST', headers, body, signal: AbortSignal.timeout(this.options.timeoutMs ?? 5000) });
        status = res.status;
        await res.arrayBuffer().catch(() => undefined); // release the connection
        if (!res.ok) error = `the gateway answered HTTP ${res.status}`;
        const ra = res.headers.get('retry-after');
        if (ra && /^\d+$/.test(ra)) retryAfterMs = Number(ra) * 1000;
      } catch (err) {
        const e = err as Error;
        error = e.name === 'TimeoutError' || e.name === 'AbortError' ? `no answer within ${this.options.timeoutMs ?? 5000} ms` : `could not reach the gateway (${e.name})`;
      }
      attempts.push({ attempt, at: new Date(started).toISOString(), status, error, durationMs: Date.now() - started });
      if (error === null) return { delivered: true, idempotencyKey, attempts };
      if (status !== null && !retryable(status)) throw new WebhookDeliveryError(`the gateway refused the notification: ${error}`, attempts, true);
      if (attempt > backoff.length) throw new WebhookDeliveryError(`notification not delivered after ${attempt} attempts: ${error}`, attempts, false);
      const delay = Math.max(backoff[attempt - 1], Math.min(retryAfterMs ?? 0, this.options.maxRetryAfterMs ?? 60_000));
      await this.sleep(delay);
    }
  }
}
