import { connectNats } from '@legalaid/infra';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { type NatsConnection } from '@nats-io/transport-node';
import { createClient, type Client } from 'graphql-sse';
import { DEMO, DEMO_ORGANISATIONS, DEMO_PROVIDERS, DEMO_USERS, loadDemoData } from '../infra/src/cli/demo.js';
import { startEndpoint, startMailbox, type FakeEndpoint, type Mailbox, type ReceivedMail } from './support/mailbox.js';
import { eventually, gql, startNetwork, TEST_JWT_SECRET, tokenFor, type TestNetwork } from './support/network.js';
import { resetStreams, testServers } from './support/servers.js';

/**
 * Messages reach people, end to end: intake and matching (real processes,
 * real NATS and database) send through a real SMTP server on loopback and
 * local HTTP servers standing in for the SMS gateway and Zalo ZNS. A custody
 * request reaches a lawyer's mailbox; the referring police officer learns of
 * the appointment; a rejected applicant receives the grounds; a "no SMS"
 * applicant receives no SMS; an outage of the providers, with intake
 * restarted meanwhile, ends with each message delivered exactly once. No
 * event carries an address, a phone number or a message's text.
 */
type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

describe('notifications end to end', () => {
  let net: TestNetwork;
  let url: string;
  let mailbox: Mailbox;
  let sms: FakeEndpoint;
  let zalo: FakeEndpoint;
  let nc: NatsConnection;
  const events: Json[] = [];
  const tokens: Record<string, string> = {};
  const clients: Client[] = [];

  beforeAll(async () => {
    await resetStreams(testServers().natsUrl);
    [mailbox, sms, zalo] = await Promise.all([startMailbox(), startEndpoint('sms'), startEndpoint('zalo')]);
    nc = await connectNats({ servers: testServers().natsUrl, name: 'notifications-test' });
    const sub = nc.subscribe('legalaid.>');
    void (async () => {
      for await (const m of sub) {
        if (m.subject.startsWith('legalaid.rpc.') || m.subject.startsWith('$')) continue;
        try {
          events.push({ subject: m.subject, raw: m.string(), ...JSON.parse(m.string()) });
        } catch {
          /* not an event */
        }
      }
    })();
    const notify = {
      SMTP_URL: mailbox.url,
      SMS_GATEWAY_URL: sms.url,
      ZALO_ZNS_URL: zalo.url,
      ZALO_ZNS_TOKEN: 'zns-test-access-token',
      CONSOLE_BASE_URL: 'https://tgpl.example.vn',
      NOTIFY_QUIET_HOURS: 'off',
      NOTIFY_BACKOFF_MS: '300,600,1000,1500,2000,3000,3000,3000',
      NOTIFY_POLL_MS: '100',
      NOTIFY_LEASE_MS: '5000',
    };
    net = await startNetwork({
      label: 'notify',
      services: ['intake', 'matching', 'oversight'],
      gateway: true,
      extraEnv: { intake: notify, matching: { ...notify, MATCHING_TIMER_POLL_MS: '200', MATCHING_INDEX_REFRESH_MS: '300' }, oversight: { OVERSIGHT_TIMER_POLL_MS: '500' } },
    });
    url = net.graphqlUrl!;
    await loadDemoData({ jwtSecret: TEST_JWT_SECRET, graphqlUrl: url });
    for (const u of DEMO_USERS) tokens[u.sub] = await tokenFor(u);
  }, 120000);

  afterAll(async () => {
    for (const c of clients) c.dispose();
    await net?.stopAll();
    await nc?.close();
    await Promise.all([mailbox?.close(), sms?.close(), zalo?.close()]);
  });

  const call = async (who: string, query: string, variables: Json = {}): Promise<Json> => {
    const r = await gql<Json>(url, query, variables, tokens[who]);
    if (r.errors) throw new Error(`${who}: ${JSON.stringify(r.errors)}`);
    return r.data!;
  };
  /** A live feed over graphql-sse, as the console holds one. */
  const connected = new Set<string>();
  function subscribe(who: string, query: string): Json[] {
    const client = createClient({ url, headers: { authorization: `Bearer ${tokens[who]}` }, retryAttempts: 0 });
    clients.push(client);
    const received: Json[] = [];
    client.subscribe({ query }, { next: (v) => received.push(v as Json), error: () => undefined, complete: () => undefined }, { connected: () => connected.add(who) });
    return received;
  }
  const SUBMIT = 'mutation($input: SubmitLegalAidRequestInput!) { submitLegalAidRequest(input: $input) { requestId } }';
  const consent = { purposes: ['LEGAL_AID_PROCESSING', 'REFERRAL_TO_PROVIDER', 'FEEDBACK_CONTACT'], givenBy: 'APPLICANT', method: 'WRITTEN' };
  const mailTo = (address: string, subject: RegExp) => eventually(async () => mailbox.received.find((m) => m.to.includes(address) && subject.test(m.subject)), 30000, `a mail to ${address}`);
  const smsTo = (phone: string) => sms.accepted.filter((r) => r.body.to === phone);
  const deliveryEvents = (requestId: string, type: string) => events.filter((e) => e.type === type && e.data?.requestId === requestId);
  const reject = (requestId: string, ground: string, note: string) =>
    call('demo-staff', 'mutation($input: RejectLegalAidRequestInput!) { rejectLegalAidRequest(input: $input) { status } }', { input: { requestId, ground, note } });

  const ACCUSED = { fullName: 'Đinh Văn Tùng', email: 'tung.dinh@example.vn', phone: '0977000111' };
  const OFFICER = { officer: 'Đại úy Trần Văn Nam', officerEmail: 'nam.tv@congan.example.vn', officerPhone: '0966000222' };
  let custodyId: string;
  let offer: Json;
  let lawyer: string;
  let lawyerProvider: string;

  it('a custody request reaches a lawyer’s mailbox within seconds, and the lawyer’s inbox, live', async () => {
    const LIVE = 'subscription { notificationReceived { kind notificationId notification { kind subject requestId } } }';
    const live: Record<string, Json[]> = Object.fromEntries(['demo-lawyer-1', 'demo-lawyer-2', 'demo-officer'].map((w) => [w, subscribe(w, LIVE)]));
    await eventually(async () => (connected.size === 3 ? true : undefined), 10000, 'the live feeds to connect');
    custodyId = (
      await call('demo-staff', SUBMIT, {
        input: {
          channel: 'REFERRAL_POLICE',
          centreId: DEMO.centre,
          applicant: { fullName: ACCUSED.fullName, email: ACCUSED.email, phone: ACCUSED.phone, address: { provinceCode: '79', communeCode: '26737' } },
          fieldOfLaw: 'CRIMINAL',
          aidForm: 'PROCEEDINGS',
          summary: 'Bị tạm giữ từ hôm qua, chưa có người bào chữa',
          urgencyReasons: ['CUSTODY'],
          referral: { referrerKind: 'POLICE', organisation: 'Công an Quận 1', ...OFFICER, documentNumber: '123/CV-CAQ1', proceduralStage: 'DETENTION', defenceCounselRequested: true },
          consent,
          claimedEligibilityGroup: 'POOR_HOUSEHOLD',
        },
      })
    ).submitLegalAidRequest.requestId;
    const acceptedAt = Date.now();
    await call('demo-staff', 'mutation($input: AcceptLegalAidRequestInput!) { acceptLegalAidRequest(input: $input) { status } }', {
      input: { requestId: custodyId, eligibilityGroup: 'POOR_HOUSEHOLD', evidence: ['POOR_HOUSEHOLD_CERTIFICATE', 'IDENTITY_DOCUMENT'] },
    });
    const offerMail: ReceivedMail = await eventually(async () => mailbox.received.find((m) => /Đề nghị nhận vụ việc/.test(m.subject)), 30000, 'the offer by e-mail');
    const latencyMs = Date.now() - acceptedAt;
    process.stdout.write(`custody offer reached the lawyer's mailbox ${latencyMs} ms after acceptance\n`);
    expect(latencyMs).toBeLessThan(30000);
    const provider = offerMail.to[0] === 'ha@luatsu.example.vn' ? 'prov-lawyer-2' : 'prov-officer-1';
    expect(['ha@luatsu.example.vn', 'lan@tgpl.example.vn']).toContain(offerMail.to[0]);
    lawyer = DEMO_USERS.find((u) => 'providerId' in u && u.providerId === provider)!.sub;
    lawyerProvider = provider;
    expect(offerMail.subject).toMatch(/Hình sự.*KHẨN/);
    const link = /https:\/\/tgpl\.example\.vn\/offers\/(\S+)/.exec(offerMail.text);
    expect(link).not.toBeNull();
    // Urgent: the lawyer's phone too (Zalo where registered, else SMS).
    if (provider === 'prov-lawyer-2') await eventually(async () => (zalo.accepted.some((r) => r.body.phone === '84901000002') ? true : undefined), 20000, 'the offer by Zalo');
    else await eventually(async () => (smsTo('0901000003').length ? true : undefined), 20000, 'the offer by SMS');
    // The accused hears the request was accepted, by e-mail and SMS.
    await mailTo(ACCUSED.email, /đã được thụ lý/);
    await eventually(async () => (smsTo(ACCUSED.phone).length ? true : undefined), 20000, 'the acceptance by SMS');

    const pushed = await eventually(async () => live[lawyer].find((v) => v.data?.notificationReceived?.kind === 'OFFER_MADE'), 20000, 'the offer pushed to the inbox');
    expect(pushed.data.notificationReceived.notification).toMatchObject({ kind: 'OFFER_MADE', requestId: custodyId });
    // demo-lawyer-1 does not practise criminal law: nothing reached their feed.
    expect(live['demo-lawyer-1']).toEqual([]);
    const inbox = await eventually(async () => {
      const d = await call(lawyer, '{ myNotifications { unread items { id kind subject body readAt requestId } } }');
      return d.myNotifications.items.find((n: Json) => n.kind === 'OFFER_MADE') ? d.myNotifications : undefined;
    }, 20000, 'the offer in the inbox');
    const n = inbox.items.find((x: Json) => x.kind === 'OFFER_MADE');
    expect(n).toMatchObject({ requestId: custodyId, readAt: null });
    expect(n.body).not.toContain(ACCUSED.fullName);
    const read = await call(lawyer, 'mutation($id: ID!) { markNotificationRead(id: $id) { id readAt } }', { id: n.id });
    expect(read.markNotificationRead.readAt).not.toBeNull();
    // Another lawyer cannot read or mark it.
    const other = await gql<Json>(url, 'mutation($id: ID!) { markNotificationRead(id: $id) { id } }', { id: n.id }, tokens['demo-lawyer-1']);
    expect(other.errors?.[0].extensions?.code).toBe('NOT_FOUND');
    offer = { offerId: link![1] };
  });

  it('the referring police officer learns who was appointed: the provider’s name and organisation, from matching', async () => {
    await call(lawyer, 'mutation($id: ID!) { acceptOffer(offerId: $id) { status } }', { id: offer.offerId });
    const m = await mailTo(OFFICER.officerEmail, /Đã cử người thực hiện trợ giúp pháp lý/);
    expect(m.text).toContain('123/CV-CAQ1');
    const performer = DEMO_PROVIDERS.find((p) => p.providerId === lawyerProvider)!;
    const organisation = DEMO_ORGANISATIONS.find((o) => o.organisationId === performer.organisationId)!;
    expect(m.text).toContain(`${performer.displayName} (${organisation.name})`);
    expect(m.text).not.toContain(lawyerProvider);
    const text = await eventually(async () => smsTo(OFFICER.officerPhone)[0]?.body.text as string | undefined, 20000, 'the appointment by SMS');
    expect(text).toContain(performer.displayName);
  });

  const NOT_ELIGIBLE = 'Người yêu cầu không thuộc diện người được trợ giúp pháp lý';

  it('a rejected applicant receives the grounds; a "no SMS" applicant receives no SMS', async () => {
    const applicant = { fullName: 'Hoàng Thị Nga', email: 'nga.hoang@example.vn', phone: '0933000444' };
    const id = (
      await call('demo-staff', SUBMIT, {
        input: {
          channel: 'HOTLINE',
          centreId: DEMO.centre,
          applicant: { ...applicant, address: { provinceCode: '79' }, contactSafety: { safeToCall: true, safeToSms: false, leaveMessages: true, safeTimes: [] } },
          fieldOfLaw: 'CIVIL',
          aidForm: 'ADVICE',
          summary: 'Tranh chấp hợp đồng mua bán hàng hóa của cửa hàng',
          consent,
        },
      })
    ).submitLegalAidRequest.requestId;
    await reject(id, 'NOT_ELIGIBLE_PERSON', 'Thu nhập vượt chuẩn hộ nghèo');
    const m = await mailTo(applicant.email, /từ chối thụ lý/);
    expect(m.text).toContain(NOT_ELIGIBLE);
    expect(m.text).toContain('Luật Trợ giúp pháp lý 2017, Điều 7');
    expect(m.text).toContain('Thu nhập vượt chuẩn hộ nghèo');
    // The SMS was withheld for safety and recorded so (no address in the event).
    const withheld = await eventually(async () => deliveryEvents(id, 'intake.notification.suppressed').find((e) => e.data.channel === 'SMS'), 20000, 'the withheld SMS');
    expect(withheld.data).toMatchObject({ kind: 'REQUEST_REJECTED', reason: 'UNSAFE_CHANNEL', recipientType: 'APPLICANT' });
    await eventually(async () => (deliveryEvents(id, 'intake.notification.sent').some((e) => e.data.channel === 'EMAIL') ? true : undefined), 20000, 'the sent e-mail event');
    expect(sms.seen.filter((r) => r.body.to === applicant.phone)).toEqual([]);
    // Delivery status is on the supervisors' ledger, without content.
    const trail = await eventually(async () => {
      const d = await call('demo-supervisor', 'query($id: ID!) { auditTrail(requestId: $id) { entries { type } } }', { id });
      const types = d.auditTrail.entries.map((e: Json) => e.type);
      return types.includes('intake.notification.sent') && types.includes('intake.notification.suppressed') ? types : undefined;
    }, 20000, 'delivery status on the ledger');
    expect(trail).toContain('intake.request.rejected');
    // The contact view shows the preference to whoever calls.
    const contact = await call('demo-staff', 'query($id: ID!) { applicantContact(requestId: $id) { contactSafety { safeToSms safeToCall leaveMessages } } }', { id });
    expect(contact.applicantContact.contactSafety).toEqual({ safeToSms: false, safeToCall: true, leaveMessages: true });
  });

  it('an outage of the mail server and SMS gateway, with intake restarted meanwhile, ends with each message delivered exactly once', async () => {
    const applicant = { fullName: 'Vũ Văn Hải', email: 'hai.vu@example.vn', phone: '0944000555' };
    mailbox.refusing = true;
    sms.mode = 'down';
    const id = (
      await call('demo-staff', SUBMIT, {
        input: { channel: 'WALK_IN', centreId: DEMO.centre, applicant: { ...applicant, address: { provinceCode: '79' } }, fieldOfLaw: 'LAND', aidForm: 'ADVICE', summary: 'Tranh chấp ranh giới đất của cơ sở kinh doanh', consent },
      })
    ).submitLegalAidRequest.requestId;
    await reject(id, 'NOT_ELIGIBLE_PERSON', 'Không thuộc diện được trợ giúp');
    await eventually(async () => (sms.seen.filter((r) => r.body.to === applicant.phone).length >= 2 ? true : undefined), 30000, 'SMS attempts during the outage');
    await net.stop('intake');
    mailbox.refusing = false;
    sms.mode = 'ok';
    await net.start('intake');
    await eventually(async () => (deliveryEvents(id, 'intake.notification.sent').length >= 2 ? true : undefined), 40000, 'both messages sent after recovery');
    const sent = deliveryEvents(id, 'intake.notification.sent');
    expect(sent.map((e) => e.data.channel).sort()).toEqual(['EMAIL', 'SMS']);
    expect(sent.find((e) => e.data.channel === 'SMS')!.data.attempts).toBeGreaterThan(1);
    // Both deliveries are SENT: no replica claims them again, so these counts are final.
    expect(smsTo(applicant.phone)).toHaveLength(1);
    expect(mailbox.received.filter((m) => m.to.includes(applicant.email))).toHaveLength(1);
    expect(smsTo(applicant.phone)[0].body.text).toMatch(/khong duoc thu ly/i);
    expect(deliveryEvents(id, 'intake.notification.failed')).toEqual([]);
  });

  it('a message that failed for good is listed for the centre’s staff and, retried once they ask, delivered exactly once', async () => {
    const applicant = { fullName: 'Lý Thị Mai', email: 'mai.ly@example.vn', phone: '0955000666' };
    sms.mode = 'reject'; // the SMS gateway refuses the number: a permanent failure, dead-lettered at once
    const id = (
      await call('demo-staff', SUBMIT, {
        input: { channel: 'WALK_IN', centreId: DEMO.centre, applicant: { ...applicant, address: { provinceCode: '79' } }, fieldOfLaw: 'LAND', aidForm: 'ADVICE', summary: 'Tranh chấp lối đi chung với hộ bên cạnh', consent },
      })
    ).submitLegalAidRequest.requestId;
    await reject(id, 'NOT_ELIGIBLE_PERSON', 'Không thuộc diện được trợ giúp');
    const FAILED = 'query($c: ID) { failedNotificationDeliveries(centreId: $c) { deliveryId sender kind channel recipientType requestId centreId attempts lastError } }';
    const failed = await eventually(async () => (await call('demo-staff', FAILED)).failedNotificationDeliveries.find((f: Json) => f.requestId === id), 30000, 'the failed SMS in the list');
    expect(failed).toMatchObject({ sender: 'INTAKE', kind: 'REQUEST_REJECTED', channel: 'SMS', recipientType: 'APPLICANT', centreId: DEMO.centre, attempts: 1 });
    expect(failed.lastError).toMatch(/400/);
    expect(JSON.stringify(failed)).not.toContain(applicant.phone);
    expect(smsTo(applicant.phone)).toEqual([]);
    // The administrator sees it too; a lawyer may not list or retry; another centre's staff may not list it.
    expect((await call('demo-admin', FAILED, { c: DEMO.centre })).failedNotificationDeliveries.map((f: Json) => f.deliveryId)).toContain(failed.deliveryId);
    const RETRY = 'mutation($s: NotificationSender!, $d: ID!) { retryNotificationDelivery(sender: $s, deliveryId: $d) { deliveryId retried status attempts } }';
    expect((await gql<Json>(url, RETRY, { s: 'INTAKE', d: failed.deliveryId }, tokens['demo-lawyer-1'])).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect((await gql<Json>(url, FAILED, { c: 'some-other-centre' }, tokens['demo-staff'])).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    sms.mode = 'ok';
    // Asked twice at once (a double click): one call puts it back, the other changes nothing.
    const [a, b] = await Promise.all([call('demo-staff', RETRY, { s: 'INTAKE', d: failed.deliveryId }), call('demo-staff', RETRY, { s: 'INTAKE', d: failed.deliveryId })]);
    expect([a.retryNotificationDelivery.retried, b.retryNotificationDelivery.retried].sort()).toEqual([false, true]);
    await eventually(async () => (deliveryEvents(id, 'intake.notification.sent').some((e) => e.data.channel === 'SMS') ? true : undefined), 30000, 'the retried SMS sent');
    // SENT: nothing claims it again, so the count is final; a later retry changes nothing.
    expect(smsTo(applicant.phone)).toHaveLength(1);
    expect((await call('demo-staff', RETRY, { s: 'INTAKE', d: failed.deliveryId })).retryNotificationDelivery).toMatchObject({ retried: false, status: 'SENT' });
    expect(smsTo(applicant.phone)).toHaveLength(1);
    expect((await call('demo-staff', FAILED)).failedNotificationDeliveries.map((f: Json) => f.deliveryId)).not.toContain(failed.deliveryId);
    // The retry is on the ledger, by whom, without content.
    const retried = deliveryEvents(id, 'intake.notification.retried');
    expect(retried).toHaveLength(1);
    expect(retried[0].actor).toMatchObject({ role: 'CENTRE_STAFF', organisationId: DEMO.centre });
    const trail = await eventually(async () => {
      const d = await call('demo-supervisor', 'query($id: ID!) { auditTrail(requestId: $id) { entries { type } } }', { id });
      const types = d.auditTrail.entries.map((e: Json) => e.type);
      return types.includes('intake.notification.retried') ? types : undefined;
    }, 20000, 'the retry on the ledger');
    expect(trail).toContain('intake.notification.failed');
  });

  it('no event carries an address, a phone number, a name or a message text', async () => {
    expect(events.filter((e) => /notification/.test(e.type ?? '')).length).toBeGreaterThan(5);
    const secrets = [
      ACCUSED.fullName, ACCUSED.email, ACCUSED.phone, OFFICER.officerEmail, OFFICER.officerPhone, OFFICER.officer,
      'nga.hoang@example.vn', '0933000444', 'hai.vu@example.vn', '0944000555', 'Lý Thị Mai', 'mai.ly@example.vn', '0955000666', 'ha@luatsu.example.vn', 'lan@tgpl.example.vn', '0901000002', '0901000003',
      NOT_ELIGIBLE, 'Thu nhập vượt chuẩn hộ nghèo', 'Không thuộc diện được trợ giúp', 'Đề nghị nhận vụ việc',
    ];
    for (const e of events) for (const s of secrets) expect(`${e.subject}: ${e.raw}`).not.toContain(s);
    const logs = [...net.processes.values()].flatMap((p) => p.lines);
    for (const line of logs) for (const s of secrets) expect(line).not.toContain(s);
  });
});
