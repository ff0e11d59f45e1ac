import { appendFile, mkdir } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { CONFIG } from '@legalaid/infra';
import type { IntakeSettings } from '../config.js';

/** A message to a citizen. It holds personal data and a secret token: never log it. */
export interface Notification {
  kind: 'FEEDBACK_INVITATION';
  /** Idempotency key: a resend after a crash carries the same id. */
  id: string;
  to: { phone: string | null; email: string | null; fullName: string };
  language: string;
  token: string;
  expiresAt: string;
  requestId: string;
}

/** Where notifications leave the service (SMS gateway, Zalo, email...); pluggable by configuration. */
export interface NotificationPort {
  send(n: Notification): Promise<void>;
}

export const NOTIFIER = Symbol('NOTIFIER');

/** Development and test adapter: appends each notification as a JSON line to a file under the data folder. */
export class FileNotifier implements NotificationPort {
  constructor(readonly file: string) {}
  async send(n: Notification): Promise<void> {
    await mkdir(dirname(this.file), { recursive: true });
    await appendFile(this.file, JSON.stringify({ ...n, sentAt: new Date().toISOString() }) + '\n', { mode: 0o600 });
  }
}

/** Sends nothing (no channel configured): invitations are still recorded, and their hashes published. */
export class NullNotifier implements NotificationPort {
  async send(): Promise<void> {}
}

export const notifierProvider = {
  provide: NOTIFIER,
  inject: [CONFIG],
  useFactory: (config: IntakeSettings): NotificationPort =>
    config.INTAKE_NOTIFIER === 'none'
      ? new NullNotifier()
      : new FileNotifier(config.INTAKE_NOTIFICATION_FILE ?? join(config.LEGALAID_DATA_DIR, 'intake-notifications.jsonl')),
};
