import { describe, expect, it } from '@jest/globals';
import { inboxKeyOf, inboxKeysOf, messageParams, phoneChannelFor } from '../src/domain/professional-messages.js';

describe('messages to professionals', () => {
  it.each([
    ['an urgent offer reaches the phone, Zalo first', 'OFFER_MADE', true, { zaloPhone: '0901', phone: '0902', language: 'vie' }, 'ZALO'],
    ['an urgent offer without Zalo goes by SMS', 'OFFER_MADE', true, { phone: '0902', language: 'vie' }, 'SMS'],
    ['an ordinary offer stays in the inbox and e-mail', 'OFFER_MADE', false, { phone: '0902', language: 'vie' }, null],
    ['a breach cannot wait', 'DEADLINE_BREACHED', false, { phone: '0902', language: 'vie' }, 'SMS'],
    ['a reminder can', 'DEADLINE_REMINDER', false, { phone: '0902', language: 'vie' }, null],
    ['no phone, no phone channel', 'OFFER_EXPIRING', true, { email: 'a@b.vn', language: 'vie' }, null],
  ] as const)('%s', (_, kind, urgent, contact, expected) => {
    expect(phoneChannelFor(kind, urgent, contact)).toBe(expected);
  });

  it('addresses each inbox to exactly the people who may read it', () => {
    expect(inboxKeyOf({ type: 'PROVIDER', ref: 'p1' })).toBe('provider:p1');
    expect(inboxKeyOf({ type: 'CENTRE', ref: 'centre-hcm' })).toBe('org:centre-hcm');
    expect(inboxKeyOf({ type: 'SUPERVISORS', ref: 'supervisors' })).toBe('role:SUPERVISOR');
    expect(inboxKeysOf({ id: 'u', role: 'LAWYER', providerId: 'p1', organisationId: 'bar' })).toEqual(['provider:p1']);
    expect(inboxKeysOf({ id: 'u', role: 'CENTRE_STAFF', organisationId: 'centre-hcm' })).toEqual(['org:centre-hcm']);
    expect(inboxKeysOf({ id: 'u', role: 'SUPERVISOR', organisationId: 'front' })).toEqual(['role:SUPERVISOR']);
    expect(inboxKeysOf({ id: 'u', role: 'REFERRER', organisationId: 'ngo' })).toEqual([]);
  });

  it('fills labels in the recipient’s language, Viet Nam time and the console link', () => {
    const stored = { offerId: 'off-1', fieldOfLaw: 'CRIMINAL', aidForm: 'PROCEEDINGS', urgent: 'true', expiresAt: '2026-12-01T16:30:00.000Z' };
    expect(messageParams('OFFER_MADE', stored, { name: 'LS Hà', language: 'vie', consoleBaseUrl: 'https://tgpl.example.vn/' })).toEqual({
      name: 'LS Hà', field: 'Hình sự', form: 'Tham gia tố tụng', urgentNote: ' — KHẨN', expiresAt: '23:30 01/12/2026', link: 'https://tgpl.example.vn/offers/off-1',
    });
    expect(messageParams('DEADLINE_BREACHED', { deadline: 'FIRST_CONTACT', dueAt: '2026-12-01T03:00:00.000Z', caseId: 'c1', providerId: 'p1' }, { name: 'x', language: 'eng', consoleBaseUrl: 'https://t' })).toMatchObject({
      deadline: 'First contact', dueAt: '10:00 01/12/2026', link: 'https://t/cases/c1',
    });
  });
});
