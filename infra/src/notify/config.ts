import { join } from 'node:path';
import { z } from 'zod';
import type { Logger } from 'pino';
import type { NotificationChannel, TimeWindow } from '@legalaid/contracts';
import { ConfigError } from '../config.js';
import { FileSinkChannel, SmsGatewayChannel, SmtpChannel, ZaloZnsChannel, type ChannelAdapter } from './channels.js';
import { parseQuietHours } from './safety.js';

const ms = z.string().regex(/^\d+(,\d+)*$/, 'must be comma-separated milliseconds, e.g. 30000,120000');
const url = (schemes: string) => z.string().regex(new RegExp(`^(${schemes})://[^\\s]+$`), `must be a ${schemes.split('|').join(' or ')} URL`);

/** Variables of the services that send messages (intake, matching); documented in README.md. */
export const NotifyConfig = {
  /** E-mail: smtp://user:pass@host:587 or smtps://…; unset: e-mails go to the local sink file. */
  SMTP_URL: url('smtp|smtps').optional(),
  SMTP_FROM: z.string().min(3).max(200).default('Trợ giúp pháp lý <no-reply@legalaid.local>'),
  /** SMS through a generic HTTP gateway; unset: the local sink file. */
  SMS_GATEWAY_URL: url('http|https').optional(),
  /** HMAC key for the SMS gateway's `Legalaid-Signature` header. */
  SMS_GATEWAY_SECRET: z.string().min(16).optional(),
  /** Zalo Notification Service endpoint (https://business.openapi.zalo.me/message/template); needs ZALO_ZNS_TOKEN. */
  ZALO_ZNS_URL: url('http|https').optional(),
  ZALO_ZNS_TOKEN: z.string().min(8).optional(),
  /** The web console's address, for links in messages (feedback: `<base>/gop-y?hl=<lang>#<token>`). */
  CONSOLE_BASE_URL: url('http|https').default('http://127.0.0.1:4000'),
  /** Quiet hours in Viet Nam time (HH:MM-HH:MM) during which messages wait, or `off`. */
  NOTIFY_QUIET_HOURS: z
    .string()
    .regex(/^(off|([01]\d|2[0-3]):[0-5]\d-([01]\d|2[0-3]):[0-5]\d)$/, 'must be HH:MM-HH:MM (Viet Nam time) or off')
    .refine((v) => v === 'off' || v.split('-')[0] !== v.split('-')[1], 'quiet hours must not start and end at the same time')
    .default('21:00-07:00'),
  /** Delays between a message's attempts; after the last, it is dead-lettered. */
  NOTIFY_BACKOFF_MS: ms.default('30000,120000,600000,1800000,3600000,10800000,21600000'),
  NOTIFY_POLL_MS: z.coerce.number().int().min(50).max(60000).default(1000),
  /** How long one attempt may take before another replica may retry it. */
  NOTIFY_LEASE_MS: z.coerce.number().int().min(1000).max(600000).default(60000),
  NOTIFY_TIMEOUT_MS: z.coerce.number().int().min(100).max(60000).default(10000),
  /** The local sink for channels without a provider (default: <LEGALAID_DATA_DIR>/notifications-<service>.jsonl). */
  NOTIFY_SINK_FILE: z.string().min(1).optional(),
};

export interface NotifySettings {
  SMTP_URL?: string;
  SMTP_FROM: string;
  SMS_GATEWAY_URL?: string;
  SMS_GATEWAY_SECRET?: string;
  ZALO_ZNS_URL?: string;
  ZALO_ZNS_TOKEN?: string;
  CONSOLE_BASE_URL: string;
  NOTIFY_QUIET_HOURS: string;
  NOTIFY_BACKOFF_MS: string;
  NOTIFY_POLL_MS: number;
  NOTIFY_LEASE_MS: number;
  NOTIFY_TIMEOUT_MS: number;
  NOTIFY_SINK_FILE?: string;
  LEGALAID_DATA_DIR: string;
  NODE_ENV?: string;
}

/** Rules across the message variables (a ConfigError naming the variable): for `ServiceDefinition.validate`. */
export function checkNotifyConfig(c: Partial<NotifySettings>): void {
  if (c.ZALO_ZNS_URL && !c.ZALO_ZNS_TOKEN) throw new ConfigError([{ variable: 'ZALO_ZNS_TOKEN', message: 'is required when ZALO_ZNS_URL is set' }]);
}

export function notifyBackoff(c: NotifySettings): number[] {
  return c.NOTIFY_BACKOFF_MS.split(',').map(Number);
}

export function quietHours(c: NotifySettings): TimeWindow | null {
  return parseQuietHours(c.NOTIFY_QUIET_HOURS);
}

/**
 * The external channels from configuration. A channel without a provider
 * writes to the local sink file, so `npm start` works with none configured;
 * the start-up log says where each channel goes.
 */
export function externalChannels(c: NotifySettings, service: string, logger: Logger): Partial<Record<NotificationChannel, ChannelAdapter>> {
  checkNotifyConfig(c);
  const sink = new FileSinkChannel(c.NOTIFY_SINK_FILE ?? join(c.LEGALAID_DATA_DIR, `notifications-${service}.jsonl`));
  const channels: Partial<Record<NotificationChannel, ChannelAdapter>> = {
    EMAIL: c.SMTP_URL ? new SmtpChannel(c.SMTP_URL, c.SMTP_FROM) : sink,
    SMS: c.SMS_GATEWAY_URL ? new SmsGatewayChannel(c.SMS_GATEWAY_URL, c.SMS_GATEWAY_SECRET, c.NOTIFY_TIMEOUT_MS) : sink,
    ZALO: c.ZALO_ZNS_URL ? new ZaloZnsChannel(c.ZALO_ZNS_URL, c.ZALO_ZNS_TOKEN!, c.NOTIFY_TIMEOUT_MS) : sink,
  };
  const routes = Object.fromEntries(Object.entries(channels).map(([k, v]) => [k, v!.describe]));
  logger.info({ routes }, 'notification channels');
  if (!c.SMTP_URL || !c.SMS_GATEWAY_URL || !c.ZALO_ZNS_URL) {
    process.stdout.write(`${service}: messages without a configured provider go to ${sink.file}\n`);
    // The sink holds contacts and tokens in clear: acceptable on a developer's machine only.
    if (c.NODE_ENV === 'production') logger.warn({ routes }, 'a message channel has no provider: its messages go to the local sink file');
  }
  return channels;
}
