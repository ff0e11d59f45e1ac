import { afterAll, beforeAll, beforeEach, describe, expect, it } from '@jest/globals';
import type { Connection } from 'mongoose';
import { MATCHING_NOTIFICATION_EVENTS, createEvent, systemActor, MatchingOfferMade, type Envelope } from '@legalaid/contracts';
import { connectMongo, ensureIndexes } from '../src/mongo/connection.js';
import { ChannelError, SmsGatewayChannel, SmtpChannel, ZaloZnsChannel, type OutgoingMessage } from '../src/notify/channels.js';
import { NotificationDispatcher, deliveryStore } from '../src/notify/dispatcher.js';
import { InboxStore } from '../src/notify/inbox.js';
import type { Delivery } from '../src/notify/delivery.js';
import type { RenderedMessage } from '../src/notify/templates.js';
import { testDbName, testServers } from '../../test/support/servers.js';
import { startEndpoint, startMailbox, type FakeEndpoint, type Mailbox } from '../../test/support/mailbox.js';
import { silentLogger, until } from './helpers.js';

/**
 * The delivery engine against real parts: a real SMTP server on loopback,
 * local HTTP servers for the SMS gateway and Zalo that fail on purpose, and
 * the test run's database.
 */
const message = (over: Partial<RenderedMessage> = {}): RenderedMessage => ({
  kind: 'OFFER_MADE',
  language: 'vie',
  subject: 'Đề nghị nhận vụ việc — KHẨN',
  body: 'Kính gửi Luật sư Nguyễn Thị Hoa,\n\nBạn được đề nghị nhận một vụ việc hình sự.',
  short: 'TGPL: De nghi nhan vu viec hinh su',
  zalo: { templateId: '200001', data: { name: 'Nguyễn Thị Hoa', field: 'Hình sự' } },
  ...over,
});
const out = (channel: OutgoingMessage['channel'], to: string, deliveryId = 'nd_0123456789abcdef0123456789abcdef'): OutgoingMessage => ({ deliveryId, channel, to, message: message(), requestId: null });

let mailbox: Mailbox;
let sms: FakeEndpoint;
let zalo: FakeEndpoint;
beforeAll(async () => {
  [mailbox, sms, zalo] = await Promise.all([startMailbox(), startEndpoint('sms'), startEndpoint('zalo')]);
});
afterAll(async () => {
  await Promise.all([mailbox.close(), sms.close(), zalo.close()]);
});
beforeEach(() => {
  mailbox.received.length = 0;
  mailbox.refusing = false;
  for (const e of [sms, zalo]) {
    e.accepted.length = 0;
    e.seen.length = 0;
    e.mode = 'ok';
  }
});

describe('channel adapters', () => {
  it('sends e-mail over SMTP with Vietnamese text intact and the delivery id as Message-ID', async () => {
    const smtp = new SmtpChannel(mailbox.url, 'Trợ giúp pháp lý <no-reply@legalaid.local>');
    await smtp.send(out('EMAIL', 'hoa@luatsu.example.vn'));
    smtp.close();
    expect(mailbox.received).toHaveLength(1);
    const m = mailbox.received[0];
    expect(m.to).toEqual(['hoa@luatsu.example.vn']);
    expect(m.subject).toBe('Đề nghị nhận vụ việc — KHẨN');
    expect(m.text).toContain('Kính gửi Luật sư Nguyễn Thị Hoa');
    expect(m.messageId).toBe('<nd_0123456789abcdef0123456789abcdef@legalaid.local>');
  });

  it('reports a refusing mail server as a temporary failure, and an unreachable one too', async () => {
    mailbox.refusing = true;
    const smtp = new SmtpChannel(mailbox.url, 'no-reply@legalaid.local');
    const err = await smtp.send(out('EMAIL', 'hoa@luatsu.example.vn')).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ChannelError);
    expect((err as ChannelError).permanent).toBe(false);
    expect((err as ChannelError).message).not.toContain('Hoa');
    smtp.close();
    const nowhere = new SmtpChannel('smtp://127.0.0.1:1', 'no-reply@legalaid.local');
    expect(((await nowhere.send(out('EMAIL', 'x@example.vn')).catch((e: unknown) => e)) as ChannelError).permanent).toBe(false);
    nowhere.close();
  });

  it('posts SMS to the gateway with an idempotency key; 503 is retryable, 400 is not', async () => {
    const channel = new SmsGatewayChannel(sms.url, 'sms-gateway-secret-0123', 2000);
    await channel.send(out('SMS', '+84912345678'));
    expect(sms.accepted[0].body).toEqual({ to: '+84912345678', text: 'TGPL: De nghi nhan vu viec hinh su', reference: 'nd_0123456789abcdef0123456789abcdef' });
    expect(sms.accepted[0].headers['idempotency-key']).toBe('nd_0123456789abcdef0123456789abcdef');
    expect(sms.accepted[0].headers['legalaid-signature']).toMatch(/^sha256=/);
    sms.mode = 'down';
    const err = (await channel.send(out('SMS', '+84912345678')).catch((e: unknown) => e)) as ChannelError;
    expect(err.permanent).toBe(false);
    expect(err.message).not.toContain('912345678');
    sms.mode = 'reject';
    expect(((await channel.send(out('SMS', '+84912345678')).catch((e: unknown) => e)) as ChannelError).permanent).toBe(true);
  });

  it("sends Zalo ZNS in Zalo's template format and treats a non-zero error as a failure", async () => {
    const channel = new ZaloZnsChannel(zalo.url, 'zns-access-token', 2000);
    await channel.send(out('ZALO', '0912345678'));
    expect(zalo.accepted[0].headers.access_token).toBe('zns-access-token');
    expect(zalo.accepted[0].body).toEqual({ phone: '84912345678', template_id: '200001', template_data: { name: 'Nguyễn Thị Hoa', field: 'Hình sự' }, tracking_id: 'nd_0123456789abcdef0123456789abcdef' });
    zalo.mode = 'zns-error';
    await expect(channel.send(out('ZALO', '+84912345678'))).rejects.toThrow(/error -124/);
    const noTemplate = await channel.send({ ...out('ZALO', '+84912345678'), message: message({ zalo: null }) }).catch((e: unknown) => e);
    expect((noTemplate as ChannelError).permanent).toBe(true);
  });
});

describe('deliveries (real database)', () => {
  let conn: Connection;
  /** Pinned in the tests that move time by hand; the real clock where retries must come due. */
  let now: Date;
  let pinned = false;
  const clock = () => (pinned ? now : new Date());
  const [sent, failed, suppressed, retried] = MATCHING_NOTIFICATION_EVENTS;

  const cause = (): Envelope =>
    createEvent(
      MatchingOfferMade,
      {
        referralId: 'ref-1', offerId: 'off-1', requestId: '01934f6e-7c1a-7000-8000-000000000001', centreId: 'centre-hcm', providerId: 'prov-1', organisationId: 'org-1',
        fieldOfLaw: 'CRIMINAL', aidForm: 'PROCEEDINGS', urgent: true, round: 1, attempt: 1, offeredAt: new Date().toISOString(), expiresAt: new Date(Date.now() + 7200_000).toISOString(),
      },
      { actor: systemActor('matching'), correlationId: 'c1' },
    );

  const addresses: Record<string, string> = { EMAIL: 'hoa@luatsu.example.vn', SMS: '+84912345678', ZALO: '+84912345678', INBOX: 'provider:prov-1' };
  const compose = async (d: Delivery) => ({ to: addresses[d.channel], message: message() });

  function dispatcher(backoffMs = [40, 40, 40, 40, 40, 40, 40, 40]): NotificationDispatcher {
    const smtp = new SmtpChannel(mailbox.url, 'no-reply@legalaid.local');
    return new NotificationDispatcher({
      context: 'matching',
      store: deliveryStore(conn, () => undefined, clock),
      events: { sent, failed, suppressed, retried },
      channels: { EMAIL: smtp, SMS: new SmsGatewayChannel(sms.url, undefined, 2000), ZALO: new ZaloZnsChannel(zalo.url, 'tok-123456', 2000), INBOX: new InboxStore(conn, clock) },
      compose,
      clock,
      logger: silentLogger,
      backoffMs,
      leaseMs: 5000,
      pollMs: 30,
    });
  }

  const outboxTypes = async (id: string) => ((await conn.models.NotificationDelivery.findById(id).lean<{ outbox: { subject: string }[] }>())?.outbox ?? []).map((o) => o.subject);
  const now1 = () => new Date();
  const recipient = { type: 'PROVIDER' as const, ref: 'prov-1' };
  const planned = { kind: 'OFFER_MADE' as const, recipient, params: { offerId: 'off-1' }, requestId: null, centreId: 'centre-hcm' };

  beforeAll(async () => {
    conn = await connectMongo(testServers().mongoUrl, testDbName('notify_delivery'));
    deliveryStore(conn, () => undefined);
    new InboxStore(conn);
    await ensureIndexes(conn);
  });
  afterAll(async () => {
    await conn.close();
  });
  beforeEach(async () => {
    now = now1();
    pinned = false;
    await conn.models.NotificationDelivery.deleteMany({});
    await conn.models.InboxNotification.deleteMany({});
  });

  it('an SMS gateway outage loses nothing: retried with backoff, delivered once after recovery, and a redelivered event adds nothing', async () => {
    sms.mode = 'down';
    const d = dispatcher();
    const e = cause();
    const ids = await d.plan(e, planned, { send: [{ channel: 'EMAIL', notBefore: now }, { channel: 'SMS', notBefore: now }], suppressed: [] });
    expect(ids).toHaveLength(2);
    await d.start();
    await until(async () => (sms.seen.length >= 3 ? true : undefined), 15000);
    expect(sms.accepted).toHaveLength(0);
    sms.mode = 'ok';
    await until(async () => (sms.accepted.length === 1 ? true : undefined), 15000);
    await until(async () => (mailbox.received.length === 1 ? true : undefined), 15000);
    // The same event again (a redelivery, or another replica) finds its deliveries recorded.
    expect(await d.plan(e, planned, { send: [{ channel: 'EMAIL', notBefore: now }, { channel: 'SMS', notBefore: now }], suppressed: [] })).toEqual(ids);
    const docs = await until(async () => {
      const all = await conn.models.NotificationDelivery.find({}).lean<Delivery[]>();
      return all.every((x) => x.status === 'SENT') ? all : undefined;
    });
    await d.stop();
    expect(sms.accepted).toHaveLength(1);
    expect(mailbox.received).toHaveLength(1);
    const smsDoc = docs.find((x) => x.channel === 'SMS')!;
    expect(smsDoc.attempts).toBeGreaterThanOrEqual(4);
    expect(await outboxTypes(smsDoc._id)).toEqual(['legalaid.matching.notification.sent.v1']);
    expect(JSON.stringify(await conn.models.NotificationDelivery.find({}).lean())).not.toMatch(/912345678|luatsu|Nguyễn/);
  });

  it('two replicas polling the same deliveries send each message once', async () => {
    pinned = true;
    const a = dispatcher();
    const b = dispatcher();
    const events = Array.from({ length: 6 }, () => cause());
    for (const e of events) {
      // Planned by each replica (both consumed the event): one document each, due in the past for both pollers.
      for (const r of [a, b]) await r.plan(e, planned, { send: [{ channel: 'SMS', notBefore: new Date(now.getTime() + 200) }], suppressed: [] });
    }
    now = new Date(now.getTime() + 1000);
    await Promise.all([a.start(), b.start()]);
    await until(async () => ((await conn.models.NotificationDelivery.countDocuments({ status: 'SENT' })) === 6 ? true : undefined), 20000);
    await Promise.all([a.stop(), b.stop()]);
    const refs = sms.accepted.map((r) => r.body.reference);
    expect(refs).toHaveLength(6);
    expect(new Set(refs).size).toBe(6);
  });

  it('dead-letters a message after its last retry, with a failed event; an operator retry after recovery sends it once', async () => {
    zalo.mode = 'down';
    const d = dispatcher([30, 30]);
    const [id] = await d.plan(cause(), planned, { send: [{ channel: 'ZALO', notBefore: now }], suppressed: [] });
    await d.start();
    const dead = await until(async () => {
      const doc = await conn.models.NotificationDelivery.findById(id).lean<Delivery>();
      return doc?.status === 'FAILED' ? doc : undefined;
    }, 15000);
    expect(dead.attempts).toBe(3);
    expect(dead.lastError).toMatch(/Zalo ZNS answered HTTP 503/);
    expect(await outboxTypes(id)).toEqual(['legalaid.matching.notification.failed.v1']);
    const staff = { actor: { id: 'u-staff', role: 'CENTRE_STAFF' as const, organisationId: 'centre-hcm' }, correlationId: 'retry-test' };
    const otherCentre = { actor: { id: 'u-other', role: 'CENTRE_STAFF' as const, organisationId: 'centre-2' }, correlationId: 'retry-test' };
    expect((await d.failed(staff.actor, { first: 10 })).map((f) => f.deliveryId)).toEqual([id]);
    expect(await d.failed(otherCentre.actor, { first: 10 })).toEqual([]);
    await expect(d.retry(id, otherCentre)).rejects.toMatchObject({ code: 'NOT_FOUND' });
    zalo.mode = 'ok';
    // Two retries at once (a double click, two replicas): one puts it back, the other changes nothing.
    const both = await Promise.all([d.retry(id, staff), d.retry(id, staff)]);
    expect(both.filter((r) => r.retried)).toHaveLength(1);
    await until(async () => ((await conn.models.NotificationDelivery.findById(id).lean<Delivery>())?.status === 'SENT' ? true : undefined), 15000);
    expect(await d.retry(id, staff)).toMatchObject({ retried: false, status: 'SENT' });
    await d.stop();
    expect(zalo.accepted).toHaveLength(1);
    expect(await outboxTypes(id)).toEqual(['legalaid.matching.notification.failed.v1', 'legalaid.matching.notification.retried.v1', 'legalaid.matching.notification.sent.v1']);
  });

  it('holds a deferred message (quiet hours) until it is due, and records withheld channels as suppressed', async () => {
    pinned = true;
    const d = dispatcher();
    const later = new Date(now.getTime() + 3600_000);
    await d.plan(cause(), planned, { send: [{ channel: 'EMAIL', notBefore: later }], suppressed: [{ channel: 'SMS', reason: 'UNSAFE_CHANNEL' }] });
    expect(await d.tick(now)).toBe(0);
    expect(mailbox.received).toHaveLength(0);
    const withheld = await conn.models.NotificationDelivery.findOne({ channel: 'SMS' }).lean<Delivery>();
    expect(withheld).toMatchObject({ status: 'SUPPRESSED', suppressedReason: 'UNSAFE_CHANNEL' });
    expect(await outboxTypes(withheld!._id)).toEqual(['legalaid.matching.notification.suppressed.v1']);
    now = new Date(later.getTime() + 1);
    expect(await d.tick(now)).toBe(1);
    await d.stop();
    expect(mailbox.received).toHaveLength(1);
    expect(sms.seen).toHaveLength(0);
  });

  it('keeps in-app notifications with read state, visible only to their recipient', async () => {
    const d = dispatcher();
    await d.plan(cause(), planned, { send: [{ channel: 'INBOX', notBefore: now }], suppressed: [] });
    const inbox = new InboxStore(conn, clock);
    const list = await until(async () => {
      const l = await inbox.list(['provider:prov-1'], false, 10);
      return l.items.length ? l : undefined;
    });
    await d.stop();
    expect(list).toMatchObject({ unread: 1, items: [{ kind: 'OFFER_MADE', subject: 'Đề nghị nhận vụ việc — KHẨN', readAt: null }] });
    const id = list.items[0].id;
    expect(await inbox.get(id, ['provider:prov-2'])).toBeNull();
    expect(await inbox.markRead(id, ['provider:prov-2'])).toBeNull();
    expect((await inbox.markRead(id, ['provider:prov-1']))!.readAt).not.toBeNull();
    expect((await inbox.list(['provider:prov-1'], true, 10)).items).toHaveLength(0);
  });
});
