import { Inject, Injectable, type OnApplicationBootstrap, type OnModuleDestroy } from '@nestjs/common';
import type { Connection } from 'mongoose';
import type { Logger } from 'pino';
import {
  EvidenceKinds,
  INTAKE_NOTIFICATION_EVENTS,
  MatchingRpc,
  RejectionGrounds,
  systemActor,
  vnDate,
  type Envelope,
  type NotificationKind,
} from '@legalaid/contracts';
import {
  BUS,
  CLOCK,
  CONFIG,
  LOGGER,
  MONGO,
  RELAY,
  NotificationDispatcher,
  RpcClient,
  consoleLanguageTag,
  decideChannels,
  deliveryStore,
  externalChannels,
  loadTemplates,
  notifyBackoff,
  quietHours,
  renderMessage,
  type Bus,
  type Clock,
  type Delivery,
  type NotifySettings,
  type OutboxRelay,
  type RenderedMessage,
  type Templates,
} from '@legalaid/infra';
import templateData from '../data/notification-templates.json' with { type: 'json' };
import type { IntakeSettings } from '../config.js';
import { addressOn, applicantChannels, applicantRecipient, isHighRisk } from '../domain/applicant-contact.js';
import type { LegalAidRequest } from '../domain/legal-aid-request.js';
import type { PersonalDataCrypto } from '../domain/personal-data-crypto.js';
import { PersonalDataReader } from '../queries/personal-data-reader.js';
import { CRYPTO } from './crypto.provider.js';
import { InvitationRepository } from './invitation.repository.js';
import { RequestRepository } from './request.repository.js';

/** Kinds intake sends; each must have a template (checked at start-up). */
export const INTAKE_MESSAGE_KINDS: readonly NotificationKind[] = ['REQUEST_ACCEPTED', 'DOCUMENTS_REQUESTED', 'REQUEST_REJECTED', 'PERFORMER_APPOINTED', 'FEEDBACK_INVITATION'];

const [sent, failed, suppressed, retried] = INTAKE_NOTIFICATION_EVENTS;
const CONTACT_FIELDS = ['fullName', 'phone', 'email', 'language', 'guardian', 'contactSafety'];

/**
 * Messages to applicants, guardians and referring officers: intake alone
 * holds their contacts, so intake composes and sends them. A delivery keeps
 * only ids; the address and text are read (and the read logged) when it is
 * sent, so nothing personal rests outside the sealed record, and a message
 * whose request was erased meanwhile is not sent.
 */
@Injectable()
export class ApplicantMessages implements OnApplicationBootstrap, OnModuleDestroy {
  readonly dispatcher: NotificationDispatcher;
  private readonly templates: Templates;
  private readonly matching: RpcClient;

  constructor(
    @Inject(MONGO) conn: Connection,
    @Inject(BUS) bus: Bus,
    @Inject(RELAY) relay: OutboxRelay,
    @Inject(CONFIG) private readonly config: IntakeSettings & NotifySettings,
    @Inject(CLOCK) private readonly clock: Clock,
    @Inject(LOGGER) logger: Logger,
    private readonly requests: RequestRepository,
    private readonly invitations: InvitationRepository,
    private readonly reader: PersonalDataReader,
    @Inject(CRYPTO) private readonly crypto: PersonalDataCrypto,
  ) {
    this.templates = loadTemplates(templateData, INTAKE_MESSAGE_KINDS);
    this.matching = RpcClient.fromConnection(bus.nc, config.NOTIFY_TIMEOUT_MS);
    this.dispatcher = new NotificationDispatcher({
      context: 'intake',
      store: deliveryStore(conn, relay.onEvents, clock),
      events: { sent, failed, suppressed, retried },
      channels: externalChannels(config, 'intake', logger),
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

  /**
   * Plans a message to the applicant (or guardian) about `r`: safe contact,
   * risk and quiet hours decide the channels; withheld channels are recorded
   * as suppressed (the centre follows up a call-back).
   */
  async toApplicant(cause: Envelope, r: LegalAidRequest, kind: NotificationKind, params: Record<string, string> = {}): Promise<void> {
    const base = { kind, params, requestId: r._id, centreId: r.centreId };
    if (!r.personal) return this.dispatcher.suppress(cause, { ...base, recipient: { type: 'APPLICANT', ref: r.applicantRef } }, 'EMAIL', 'NO_CONTACT');
    const p = await this.reader.read(systemActor('intake'), cause.correlationId, r, 'NOTIFICATION', CONTACT_FIELDS);
    const to = applicantRecipient(p);
    const decision = decideChannels({
      wanted: applicantChannels(to.safety),
      reachable: to.reachable,
      safety: to.safety,
      highRisk: isHighRisk(r),
      urgent: false,
      quietHours: quietHours(this.config),
      now: this.clock(),
    });
    await this.dispatcher.plan(cause, { ...base, recipient: { type: to.type, ref: r.applicantRef } }, decision);
  }

  /** Plans the appointment notice to the officer of the referring body (professional contacts kept on the request). */
  async toReferringOfficer(cause: Envelope, r: LegalAidRequest, params: Record<string, string>): Promise<void> {
    const ref = r.referral;
    const recipient = { type: 'REFERRING_OFFICER' as const, ref: r.centreId };
    const base = { kind: 'PERFORMER_APPOINTED' as const, recipient, params, requestId: r._id, centreId: r.centreId };
    const reachable = { email: ref?.officerEmail ?? null, phone: ref?.officerPhone ?? null, zaloPhone: null, inbox: false };
    const decision = decideChannels({ wanted: ['EMAIL', 'SMS'], reachable, safety: null, highRisk: false, urgent: true, quietHours: null, now: this.clock() });
    await this.dispatcher.plan(cause, base, decision);
  }

  private render(kind: NotificationKind, language: string, params: Record<string, string>): RenderedMessage {
    return renderMessage(this.templates, kind, language, params);
  }

  /** The address and text of a delivery, read when it is sent; null when it no longer applies. */
  private async compose(d: Delivery): Promise<{ to: string; message: RenderedMessage } | null> {
    const r = d.requestId ? await this.requests.get(d.requestId) : null;
    if (!r || r.erasedAt) return null;
    if (d.recipient.type === 'REFERRING_OFFICER') {
      const ref = r.referral;
      const to = d.channel === 'EMAIL' ? ref?.officerEmail : ref?.officerPhone;
      if (!ref || !to) return null;
      // The provider's name and organisation come from matching, which keeps them, when the notice is sent (matching away: the attempt is retried).
      const performer = await this.matching.call(MatchingRpc.appointedPerformer, { providerId: d.params.providerId }, { actor: systemActor('intake'), correlationId: r._id });
      return {
        to,
        message: this.render(d.kind, 'vie', {
          officer: ref.officer ?? ref.organisation,
          documentNumber: ref.documentNumber ?? '—',
          registerNumber: r.registerNumber ?? r._id.slice(0, 8),
          providerName: performer.displayName,
          organisationName: performer.organisationName,
        }),
      };
    }
    if (!r.personal) return null;
    const p = await this.reader.read(systemActor('intake'), r._id, r, 'NOTIFICATION', CONTACT_FIELDS);
    const to = applicantRecipient(p);
    // Safe contact may have changed since the message was planned: it decides again now.
    const still = decideChannels({ wanted: [d.channel], reachable: to.reachable, safety: to.safety, highRisk: isHighRisk(r), urgent: true, quietHours: null, now: this.clock() });
    const address = addressOn(d.channel, to.reachable);
    if (still.send.length === 0 || !address) return null;
    const lang = to.language;
    const en = lang === 'eng';
    const params: Record<string, string> = { name: to.name };
    switch (d.kind) {
      case 'REQUEST_ACCEPTED':
        params.registerNumber = r.registerNumber ?? '—';
        break;
      case 'DOCUMENTS_REQUESTED':
        params.documents = r.documentsRequested.map((k) => EvidenceKinds.find((e) => e.code === k)?.[en ? 'en' : 'vi'] ?? k).join('; ');
        params.dueDate = r.documentsDueAt ? vnDate(new Date(r.documentsDueAt)) : '—';
        break;
      case 'REQUEST_REJECTED': {
        if (!r.rejection) return null;
        const g = RejectionGrounds.find((x) => x.code === r.rejection!.ground)!;
        params.ground = en ? g.en : g.vi;
        params.basis = en ? g.basis.en : g.basis.vi;
        params.note = r.rejection.note ?? '';
        break;
      }
      case 'FEEDBACK_INVITATION': {
        const inv = await this.invitations.get(d.params.invitationId);
        if (!inv || !inv.tokenSealed || new Date(inv.expiresAt) <= this.clock()) return null;
        const token = this.crypto.open(inv.tokenSealed, inv._id);
        // The token travels in the fragment, which browsers never send to a server (so never to its logs).
        params.link = `${this.config.CONSOLE_BASE_URL.replace(/\/+$/, '')}/gop-y?hl=${consoleLanguageTag(lang)}#${token}`;
        params.expiresOn = vnDate(new Date(inv.expiresAt));
        break;
      }
      default:
        return null;
    }
    return { to: address, message: this.render(d.kind, lang, params) };
  }
}
