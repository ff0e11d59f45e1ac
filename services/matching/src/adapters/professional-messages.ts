import { Inject, Injectable, type OnApplicationBootstrap, type OnModuleDestroy } from '@nestjs/common';
import type { Connection } from 'mongoose';
import type { Logger } from 'pino';
import { MATCHING_NOTIFICATION_EVENTS, type Envelope, type NotificationChannel, type NotificationKind, type ProfessionalContact } from '@legalaid/contracts';
import {
  CLOCK,
  CONFIG,
  InboxStore,
  LOGGER,
  MONGO,
  RELAY,
  NotificationDispatcher,
  decideChannels,
  deliveryStore,
  externalChannels,
  loadTemplates,
  notifyBackoff,
  quietHours,
  renderMessage,
  type Clock,
  type Delivery,
  type OutboxRelay,
  type Recipient,
  type RenderedMessage,
  type Templates,
} from '@legalaid/infra';
import templateData from '../data/notification-templates.json' with { type: 'json' };
import type { MatchingConfig } from '../config.js';
import { inboxKeyOf, messageParams, phoneChannelFor } from '../domain/professional-messages.js';
import { OrganisationRepository } from './organisation.repository.js';
import { ProviderRepository } from './provider.repository.js';
import { ReferralRepository } from './referral.repository.js';

/** Kinds matching sends; each must have a template (checked at start-up). */
export const MATCHING_MESSAGE_KINDS: readonly NotificationKind[] = [
  'OFFER_MADE',
  'OFFER_EXPIRING',
  'OFFER_EXPIRED',
  'DEADLINE_REMINDER',
  'DEADLINE_BREACHED',
  'REFERRAL_ESCALATED',
  'RECOMMENDATION_ISSUED',
  'RECOMMENDATION_OVERDUE',
  'COMPLAINT_FILED',
  'CALL_BACK_APPLICANT',
];

const [sent, failed, suppressed, retried] = MATCHING_NOTIFICATION_EVENTS;

interface Addressee {
  name: string;
  contact: ProfessionalContact | null;
}

/**
 * Messages to providers, organisations, centres and supervisors: matching
 * holds their professional contacts (providers' and organisations'
 * registry), so it composes and sends them — by e-mail, SMS or Zalo, and
 * into the console inbox, which it keeps. Nothing here ever sees an
 * applicant's personal data.
 */
@Injectable()
export class ProfessionalMessages implements OnApplicationBootstrap, OnModuleDestroy {
  readonly dispatcher: NotificationDispatcher;
  readonly inbox: InboxStore;
  private readonly templates: Templates;

  constructor(
    @Inject(MONGO) conn: Connection,
    @Inject(RELAY) relay: OutboxRelay,
    @Inject(CONFIG) private readonly config: MatchingConfig,
    @Inject(CLOCK) private readonly clock: Clock,
    @Inject(LOGGER) logger: Logger,
    private readonly providers: ProviderRepository,
    private readonly organisations: OrganisationRepository,
    private readonly referrals: ReferralRepository,
  ) {
    this.templates = loadTemplates(templateData, MATCHING_MESSAGE_KINDS);
    this.inbox = new InboxStore(conn, clock);
    this.dispatcher = new NotificationDispatcher({
      context: 'matching',
      store: deliveryStore(conn, relay.onEvents, clock),
      events: { sent, failed, suppressed, retried },
      channels: { ...externalChannels(config, 'matching', logger), INBOX: this.inbox },
      compose: (d) => this.compose(d),
      clock,
      logger,
      backoffMs: notifyBackoff(config),
      leaseMs: config.NOTIFY_LEASE_MS,
      pollMs: config.NOTIFY_POLL_MS,
    });
  }

  async onApplicationBootstrap(): Promise<void> {
    await this.dispatcher.start();
  }

  async onModuleDestroy(): Promise<void> {
    await this.dispatcher.stop();
  }

  private async addressee(r: Recipient): Promise<Addressee | null> {
    if (r.type === 'PROVIDER') {
      const p = await this.providers.get(r.ref);
      return p ? { name: p.displayName, contact: p.contact ?? null } : null;
    }
    if (r.type === 'SUPERVISORS') {
      return { name: 'Giám sát viên', contact: this.config.MATCHING_SUPERVISORS_EMAIL ? { email: this.config.MATCHING_SUPERVISORS_EMAIL, language: 'vie' } : null };
    }
    // An organisation's letterhead contact: its e-mail and phone (messages in Vietnamese).
    const o = await this.organisations.get(r.ref);
    return o ? { name: o.name, contact: o.contact ? { email: o.contact.email ?? undefined, phone: o.contact.phone ?? undefined, language: 'vie' } : null } : null;
  }

  /**
   * Plans one message to one professional: the console inbox always, e-mail
   * when known, and a phone channel (Zalo where registered, else SMS) for
   * what cannot wait. Quiet hours hold back all but urgent messages.
   */
  async send(cause: Envelope, kind: NotificationKind, recipient: Recipient, params: Record<string, string>, opts: { requestId: string | null; centreId: string | null; urgent: boolean; notBefore?: Date }): Promise<void> {
    const who = await this.addressee(recipient);
    const c = who?.contact ?? null;
    const phone = phoneChannelFor(kind, opts.urgent, c);
    const wanted: NotificationChannel[] = ['INBOX', 'EMAIL', ...(phone ? [phone] : [])];
    const now = this.clock();
    const at = opts.notBefore && opts.notBefore > now ? opts.notBefore : now;
    const decision = decideChannels({
      wanted,
      reachable: { email: c?.email ?? null, phone: c?.phone ?? null, zaloPhone: c?.zaloPhone ?? null, inbox: true },
      safety: null,
      highRisk: false,
      urgent: opts.urgent,
      quietHours: quietHours(this.config),
      now: at,
    });
    await this.dispatcher.plan(cause, { kind, recipient, params, requestId: opts.requestId, centreId: opts.centreId }, decision);
  }

  /** The address and text when the delivery is sent; null when it no longer applies (an answered offer's reminder). */
  private async compose(d: Delivery): Promise<{ to: string; message: RenderedMessage } | null> {
    if (d.kind === 'OFFER_EXPIRING') {
      const r = await this.referrals.findByOffer(d.params.offerId);
      const offer = r?.offers.find((o) => o.offerId === d.params.offerId);
      if (!offer || offer.status !== 'OPEN') return null;
    }
    const who = await this.addressee(d.recipient);
    if (!who) return null;
    const c = who.contact;
    const to = d.channel === 'INBOX' ? inboxKeyOf(d.recipient) : d.channel === 'EMAIL' ? c?.email : d.channel === 'ZALO' ? c?.zaloPhone : c?.phone;
    if (!to) return null;
    const language = c?.language ?? 'vie';
    const params = messageParams(d.kind, d.params, { name: who.name, language, consoleBaseUrl: this.config.CONSOLE_BASE_URL });
    return { to, message: renderMessage(this.templates, d.kind, language, params) };
  }
}
