import { describe, expect, it } from '@jest/globals';
import type { ContactSafety } from '@legalaid/contracts';
import { afterQuietHours, decideChannels, nextTimeIn, parseQuietHours, type SafetyInput } from '../src/notify/safety.js';
import { loadTemplates, renderMessage, TemplateError, vnDateTime } from '../src/notify/templates.js';
import { claim, deliveryIdFor, failedAttempt, type Delivery } from '../src/notify/delivery.js';

/** 10:00 in Viet Nam (03:00 UTC) and 23:30 in Viet Nam (16:30 UTC) on one day. */
const DAY = new Date('2026-12-01T03:00:00Z');
const NIGHT = new Date('2026-12-01T16:30:00Z');
const QUIET = parseQuietHours('21:00-07:00');

const safety = (s: Partial<ContactSafety>): ContactSafety => ({ safeToCall: true, safeToSms: true, safeToEmail: true, safeToZalo: false, leaveMessages: true, safeTimes: [], ...s });
const everything = { email: 'a@example.vn', phone: '+84912345678', zaloPhone: '+84912345678', inbox: true };
const input = (o: Partial<SafetyInput>): SafetyInput => ({ wanted: ['EMAIL', 'SMS'], reachable: everything, safety: null, highRisk: false, urgent: false, quietHours: QUIET, now: DAY, ...o });

describe('safe contact decides whether and how a message goes', () => {
  it.each([
    ['no preference recorded, ordinary applicant', {}, ['EMAIL', 'SMS'], []],
    ['SMS marked unsafe', { safety: safety({ safeToSms: false }) }, ['EMAIL'], [['SMS', 'UNSAFE_CHANNEL']]],
    ['e-mail marked unsafe', { safety: safety({ safeToEmail: false }) }, ['SMS'], [['EMAIL', 'UNSAFE_CHANNEL']]],
    ['do not leave messages', { safety: safety({ leaveMessages: false }) }, [], [['EMAIL', 'NO_MESSAGES'], ['SMS', 'NO_MESSAGES']]],
    ['violence victim without a safe-contact record', { highRisk: true }, [], [['EMAIL', 'HIGH_RISK_UNCONFIRMED'], ['SMS', 'HIGH_RISK_UNCONFIRMED']]],
    ['violence victim whose SMS is safe, e-mail not', { highRisk: true, safety: safety({ safeToEmail: false }) }, ['SMS'], [['EMAIL', 'UNSAFE_CHANNEL']]],
    ['Zalo not marked safe (its default)', { wanted: ['ZALO'], safety: safety({}) }, [], [['ZALO', 'UNSAFE_CHANNEL']]],
    ['no phone on record', { reachable: { ...everything, phone: null } }, ['EMAIL'], [['SMS', 'NO_CONTACT']]],
    ['the inbox is never a personal channel', { wanted: ['INBOX'], safety: safety({ leaveMessages: false }) }, ['INBOX'], []],
  ] as const)('%s', (_, o, send, suppressed) => {
    const d = decideChannels(input(o as Partial<SafetyInput>));
    expect(d.send.map((s) => s.channel)).toEqual(send);
    expect(d.suppressed.map((s) => [s.channel, s.reason])).toEqual(suppressed);
  });

  it('asks the centre to call back when nothing written may reach the person', () => {
    expect(decideChannels(input({ safety: safety({ leaveMessages: false }) })).callBack).toBe(true);
    expect(decideChannels(input({ highRisk: true })).callBack).toBe(true);
    expect(decideChannels(input({ safety: safety({ safeToSms: false }) })).callBack).toBe(false);
    expect(decideChannels(input({ reachable: { email: null, phone: null, zaloPhone: null, inbox: false } })).callBack).toBe(false);
  });

  it('quiet hours defer a message to 07:00 Viet Nam time, never drop it; urgent ones go at once', () => {
    const d = decideChannels(input({ now: NIGHT }));
    expect(d.send.map((s) => s.notBefore.toISOString())).toEqual(['2026-12-02T00:00:00.000Z', '2026-12-02T00:00:00.000Z']);
    expect(decideChannels(input({ now: NIGHT, urgent: true })).send[0].notBefore).toEqual(NIGHT);
    expect(decideChannels(input({ now: NIGHT, quietHours: null })).send[0].notBefore).toEqual(NIGHT);
  });

  it("the person's safe times defer to the next window, and quiet hours still apply inside it", () => {
    const d = decideChannels(input({ safety: safety({ safeTimes: [{ from: '14:00', to: '16:00' }] }) }));
    expect(d.send[0].notBefore.toISOString()).toBe('2026-12-01T07:00:00.000Z'); // 14:00 Viet Nam
    // A window that runs into quiet hours: at 23:30 the next allowed minute is 07:00 (inside the 06:00-08:00 window).
    expect(nextTimeIn(NIGHT, [{ from: '06:00', to: '08:00' }]).toISOString()).toBe('2026-12-01T23:00:00.000Z');
    const late = decideChannels(input({ now: NIGHT, safety: safety({ safeTimes: [{ from: '06:00', to: '08:00' }] }) }));
    expect(late.send[0].notBefore.toISOString()).toBe('2026-12-02T00:00:00.000Z');
    expect(afterQuietHours(DAY, QUIET)).toEqual(DAY);
  });
});

const FILE = {
  format: 'legalaid.notification-templates/v1',
  minorityLanguages: { khm: { name: 'ភាសាខ្មែរ (Khmer)', review: 'AWAITING_NATIVE_SPEAKER' } },
  templates: {
    REQUEST_REJECTED: {
      params: ['name', 'ground'],
      zaloTemplateId: '123',
      vi: { subject: 'Từ chối', body: 'Kính gửi {{name}}: {{ground}}', short: 'Tu choi: {{ground}}' },
      en: { subject: 'Rejected', body: 'Dear {{name}}: {{ground}}', short: 'Rejected: {{ground}}' },
      minority: { khm: { subject: 'ការបដិសេធ', body: '{{name}} — {{ground}}', short: '{{ground}}' } },
    },
  },
};

describe('templates are data, checked at start-up', () => {
  it('renders in the language asked, a minority language when translated, Vietnamese otherwise', () => {
    const t = loadTemplates(FILE, ['REQUEST_REJECTED']);
    expect(renderMessage(t, 'REQUEST_REJECTED', 'eng', { name: 'A', ground: 'G' }).body).toBe('Dear A: G');
    expect(renderMessage(t, 'REQUEST_REJECTED', 'khm', { name: 'A', ground: 'G' })).toMatchObject({ language: 'khm', body: 'A — G' });
    const hmong = renderMessage(t, 'REQUEST_REJECTED', 'hnj', { name: 'A', ground: 'G' });
    expect(hmong).toMatchObject({ language: 'vie', body: 'Kính gửi A: G', zalo: { templateId: '123', data: { name: 'A', ground: 'G' } } });
    expect(() => renderMessage(t, 'REQUEST_REJECTED', 'vie', { name: 'A' })).toThrow(/missing parameters ground/);
  });

  it('refuses a file with a missing kind, an undeclared placeholder or a bad shape', () => {
    expect(() => loadTemplates(FILE, ['REQUEST_REJECTED', 'OFFER_MADE'])).toThrow(/OFFER_MADE: missing/);
    const undeclared = structuredClone(FILE);
    undeclared.templates.REQUEST_REJECTED.en.body = 'Dear {{fullName}}';
    expect(() => loadTemplates(undeclared, ['REQUEST_REJECTED'])).toThrow(/REQUEST_REJECTED.en.body: \{\{fullName\}\} is not a declared parameter/);
    expect(() => loadTemplates({ ...FILE, format: 'v0' }, [])).toThrow(TemplateError);
    expect(() => loadTemplates({ ...FILE, templates: { NOT_A_KIND: FILE.templates.REQUEST_REJECTED } }, [])).toThrow(TemplateError);
  });

  it('refuses a file whose declared minority language lacks a text for a template, or has a text in an undeclared one', () => {
    const hmong = { ...FILE, minorityLanguages: { ...FILE.minorityLanguages, hnj: { name: 'Hmoob (Hmong Njua)', review: 'AWAITING_NATIVE_SPEAKER' } } };
    expect(() => loadTemplates(hmong, ['REQUEST_REJECTED'])).toThrow(/REQUEST_REJECTED: no hnj text, though the file declares hnj/);
    expect(() => loadTemplates({ ...FILE, minorityLanguages: {} }, ['REQUEST_REJECTED'])).toThrow(/REQUEST_REJECTED: a khm text, but khm is not among minorityLanguages/);
    expect(() => loadTemplates({ ...FILE, minorityLanguages: { khm: { name: 'Khmer', review: 'MAYBE' } } }, ['REQUEST_REJECTED'])).toThrow(TemplateError);
  });

  it('formats times as Viet Nam reads them', () => {
    expect(vnDateTime(NIGHT)).toBe('23:30 01/12/2026');
  });
});

describe('deliveries as data', () => {
  const base: Delivery = {
    _id: 'nd_x', version: 1, causeEventId: 'e', kind: 'OFFER_MADE', channel: 'EMAIL', recipient: { type: 'PROVIDER', ref: 'p1' }, params: {}, requestId: null, centreId: null,
    status: 'PENDING', attempts: 0, nextAt: DAY, lastError: null, suppressedReason: null, createdAt: DAY, sentAt: null,
  };

  it('derives one id per event, recipient, channel and kind', () => {
    const id = deliveryIdFor('e1', { type: 'PROVIDER', ref: 'p1' }, 'EMAIL', 'OFFER_MADE');
    expect(id).toMatch(/^nd_[0-9a-f]{32}$/);
    expect(deliveryIdFor('e1', { type: 'PROVIDER', ref: 'p1' }, 'EMAIL', 'OFFER_MADE')).toBe(id);
    expect(new Set([deliveryIdFor('e2', { type: 'PROVIDER', ref: 'p1' }, 'EMAIL', 'OFFER_MADE'), deliveryIdFor('e1', { type: 'PROVIDER', ref: 'p2' }, 'EMAIL', 'OFFER_MADE'), deliveryIdFor('e1', { type: 'PROVIDER', ref: 'p1' }, 'SMS', 'OFFER_MADE'), deliveryIdFor('e1', { type: 'PROVIDER', ref: 'p1' }, 'EMAIL', 'OFFER_EXPIRING')]).size).toBe(4);
  });

  it('is claimed only when due, retried after its backoff, dead-lettered when the backoff runs out or the error is permanent', () => {
    expect(claim(base, new Date(DAY.getTime() - 1), 1000)).toBeNull();
    const c = claim(base, DAY, 1000)!;
    expect(c).toMatchObject({ status: 'SENDING', attempts: 1, nextAt: new Date(DAY.getTime() + 1000) });
    expect(failedAttempt(c, DAY, 'down', false, [500, 5000])).toMatchObject({ status: 'PENDING', nextAt: new Date(DAY.getTime() + 500) });
    expect(failedAttempt({ ...c, attempts: 3 }, DAY, 'down', false, [500, 5000])).toMatchObject({ status: 'FAILED', nextAt: null, lastError: 'down' });
    expect(failedAttempt(c, DAY, 'refused', true, [500, 5000]).status).toBe('FAILED');
    expect(claim({ ...base, status: 'SENT' }, DAY, 1000)).toBeNull();
  });
});

describe("the services' template files", () => {
  it.each([
    ['intake', ['REQUEST_ACCEPTED', 'DOCUMENTS_REQUESTED', 'REQUEST_REJECTED', 'PERFORMER_APPOINTED', 'FEEDBACK_INVITATION']],
    ['matching', ['OFFER_MADE', 'OFFER_EXPIRING', 'OFFER_EXPIRED', 'DEADLINE_REMINDER', 'DEADLINE_BREACHED', 'REFERRAL_ESCALATED', 'RECOMMENDATION_ISSUED', 'RECOMMENDATION_OVERDUE', 'COMPLAINT_FILED', 'CALL_BACK_APPLICANT']],
  ] as const)('%s: every kind it sends is there in Vietnamese, English and each declared minority language (marked for review)', async (service, kinds) => {
    const { readFileSync } = await import('node:fs');
    const raw = JSON.parse(readFileSync(new URL(`../../services/${service}/src/data/notification-templates.json`, import.meta.url), 'utf8'));
    const t = loadTemplates(raw, kinds);
    const declared = Object.keys(raw.minorityLanguages ?? {});
    expect(declared).toContain('khm');
    for (const lang of declared) expect(['AWAITING_NATIVE_SPEAKER', 'REVIEWED']).toContain(raw.minorityLanguages[lang].review);
    expect(raw.minorityLanguages.khm.review).toBe('AWAITING_NATIVE_SPEAKER');
    for (const k of kinds) {
      expect(t[k]!.vi.body).not.toEqual(t[k]!.en.body);
      // SMS texts stay within three concatenated segments.
      expect(t[k]!.vi.short.length).toBeLessThanOrEqual(480);
      for (const lang of declared) {
        const text = t[k]!.minority[lang];
        expect(text).toBeDefined();
        // Translated, not a copy: Khmer script in every field, each placeholder of the Vietnamese kept.
        for (const field of ['subject', 'body', 'short'] as const) {
          if (lang === 'khm') expect(text![field]).toMatch(/[\u1780-\u17FF]/);
          expect(text![field].length).toBeLessThanOrEqual(field === 'short' ? 480 : 4000);
          const used = (x: string) => [...x.matchAll(/\{\{\s*([a-zA-Z]+)\s*\}\}/g)].map((m) => m[1]).sort();
          expect(used(text![field])).toEqual(used(t[k]!.vi[field]));
        }
        const params = Object.fromEntries(t[k]!.params.map((p) => [p, `<${p}>`]));
        expect(renderMessage(t, k, lang, params).language).toBe(lang);
      }
    }
  });
});
