import { appendFile, mkdir } from 'node:fs/promises';
import { dirname } from 'node:path';
import nodemailer, { type Transporter } from 'nodemailer';
import type { NotificationChannel } from '@legalaid/contracts';
import type { RenderedMessage } from './templates.js';
import { WebhookDeliveryError, WebhookNotifier } from './webhook.js';

/**
 * Channel adapters. A message holds personal data (an address, a name, the
 * grounds of a decision): adapters never log it or put it in an error. Each
 * attempt is one call — retries are data in the delivery (dispatcher), so
 * an outage survives restarts — and carries the delivery id, so a provider
 * that de-duplicates drops a repeat after a crash between send and record.
 */
export interface OutgoingMessage {
  deliveryId: string;
  channel: NotificationChannel;
  /** E-mail address, phone, or the inbox's recipient key. */
  to: string;
  message: RenderedMessage;
  requestId: string | null;
}

/** A failed attempt; `permanent` when retrying cannot help (refused address, bad template). */
export class ChannelError extends Error {
  override name = 'ChannelError';
  constructor(
    message: string,
    readonly permanent: boolean,
  ) {
    super(message);
  }
}

export interface ChannelAdapter {
  /** Where it sends, for the start-up line (no secrets). */
  readonly describe: string;
  send(m: OutgoingMessage): Promise<void>;
}

/** E-mail over SMTP (nodemailer). The Message-ID derives from the delivery, so a resend is recognisable. */
export class SmtpChannel implements ChannelAdapter {
  private readonly transport: Transporter;
  readonly describe: string;
  constructor(
    url: string,
    private readonly from: string,
  ) {
    const u = new URL(url);
    this.describe = `SMTP ${u.hostname}:${u.port || (u.protocol === 'smtps:' ? 465 : 587)}`;
    this.transport = nodemailer.createTransport(url, { disableFileAccess: true, disableUrlAccess: true } as never);
  }

  async send(m: OutgoingMessage): Promise<void> {
    try {
      await this.transport.sendMail({
        from: this.from,
        to: m.to,
        subject: m.message.subject,
        text: m.message.body,
        messageId: `<${m.deliveryId}@legalaid.local>`,
        headers: { 'Content-Language': m.message.language, 'X-Legalaid-Delivery': m.deliveryId },
      });
    } catch (err) {
      const e = err as { responseCode?: number; code?: string };
      // 5xx from the server refuses this message for good; anything else (connection, 4xx) may pass later.
      const permanent = typeof e.responseCode === 'number' && e.responseCode >= 500 && e.responseCode < 600;
      throw new ChannelError(`SMTP ${e.responseCode ? `answered ${e.responseCode}` : `failed (${e.code ?? 'error'})`}`, permanent);
    }
  }

  close(): void {
    this.transport.close();
  }
}

function fromWebhook(err: unknown, what: string): ChannelError {
  if (err instanceof WebhookDeliveryError) return new ChannelError(`${what}: ${err.attempts.at(-1)?.error ?? err.message}`, err.permanent);
  return new ChannelError(`${what}: ${(err as Error).name}`, false);
}

/**
 * SMS through a generic HTTP gateway: `POST <url>` with
 * `{ to, text, reference }` (JSON), `Idempotency-Key: <delivery id>` and,
 * when configured, an HMAC signature; 2xx means accepted.
 */
export class SmsGatewayChannel implements ChannelAdapter {
  private readonly hook: WebhookNotifier;
  readonly describe: string;
  constructor(url: string, secret: string | undefined, timeoutMs: number) {
    this.hook = new WebhookNotifier({ url, secret, timeoutMs, backoffMs: [] });
    this.describe = `SMS gateway ${new URL(url).host}`;
  }
  async send(m: OutgoingMessage): Promise<void> {
    try {
      await this.hook.deliver({ to: m.to, text: m.message.short, reference: m.deliveryId }, m.deliveryId);
    } catch (err) {
      throw fromWebhook(err, 'SMS gateway');
    }
  }
}

/** Zalo wants the phone as 84xxxxxxxxx (country code, no plus, no leading zero). */
export function znsPhone(phone: string): string {
  const digits = phone.replace(/^\+/, '');
  return digits.startsWith('0') ? `84${digits.slice(1)}` : digits;
}

/**
 * Zalo Notification Service: a template message approved at Zalo.
 * `POST <ZALO_ZNS_URL>` (https://business.openapi.zalo.me/message/template)
 * with header `access_token` and body
 * `{ phone, template_id, template_data, tracking_id }`; Zalo answers HTTP 200
 * with `{ error: 0, data: { msg_id } }` on success and a non-zero `error`
 * otherwise.
 */
export class ZaloZnsChannel implements ChannelAdapter {
  readonly describe: string;
  constructor(
    private readonly url: string,
    private readonly accessToken: string,
    private readonly timeoutMs: number,
    private readonly fetchFn: typeof fetch = fetch,
  ) {
    this.describe = `Zalo ZNS ${new URL(url).host}`;
  }

  async send(m: OutgoingMessage): Promise<void> {
    if (!m.message.zalo) throw new ChannelError(`no approved Zalo template for ${m.message.kind}`, true);
    const body = JSON.stringify({ phone: znsPhone(m.to), template_id: m.message.zalo.templateId, template_data: m.message.zalo.data, tracking_id: m.deliveryId });
    let res: Response;
    try {
      res = await this.fetchFn(this.url, { method: 'POST', headers: { 'content-type': 'application/json', access_token: this.accessToken }, body, signal: AbortSignal.timeout(this.timeoutMs) });
    } catch (err) {
      const e = err as Error;
      throw new ChannelError(e.name === 'TimeoutError' ? `Zalo ZNS: no answer within ${this.timeoutMs} ms` : `Zalo ZNS: could not reach it (${e.name})`, false);
    }
    const answer = (await res.json().catch(() => null)) as { error?: unknown } | null;
    if (res.status >= 500 || res.status === 429) throw new ChannelError(`Zalo ZNS answered HTTP ${res.status}`, false);
    if (!res.ok) throw new ChannelError(`Zalo ZNS answered HTTP ${res.status}`, true);
    if (!answer || answer.error !== 0) throw new ChannelError(`Zalo ZNS refused the message (error ${String(answer?.error ?? 'unreadable answer')})`, false);
  }
}

/**
 * Development sink: with no provider configured, messages of that channel
 * are appended to a JSON-lines file under the data folder (mode 0600) for a
 * developer to read. It holds personal data: never use it in production.
 */
export class FileSinkChannel implements ChannelAdapter {
  readonly describe: string;
  constructor(readonly file: string) {
    this.describe = `file ${file}`;
  }
  async send(m: OutgoingMessage): Promise<void> {
    await mkdir(dirname(this.file), { recursive: true });
    const line = { deliveryId: m.deliveryId, channel: m.channel, to: m.to, kind: m.message.kind, language: m.message.language, subject: m.message.subject, body: m.message.body, short: m.message.short, requestId: m.requestId, at: new Date().toISOString() };
    await appendFile(this.file, JSON.stringify(line) + '\n', { mode: 0o600 });
  }
}
