import { describe, expect, it } from 'vitest';
import { BOM, countColumns, toCsv, toTsv } from './csv';
import { countdownParts, deadlineView } from './deadline';
import { mapError } from './errors';
import { fold, matchesFolded, nfc, parseVietnameseNumber } from './text';
import { EMPTY_FORM, toSubmitInput, validateRequestForm } from './request-form';
import { formatDateTime } from './time';
import { MESSAGES, catalogue } from '../i18n/messages';
import { FEEDBACK_MESSAGES } from '../feedback/messages';

const now = new Date('2026-03-10T03:00:00.000Z');

describe('deadline badge states', () => {
  it('is open more than two days ahead, soon within two days, overdue after, satisfied when met', () => {
    expect(deadlineView({ dueAt: '2026-03-15T03:00:00Z' }, now).state).toBe('open');
    expect(deadlineView({ dueAt: '2026-03-11T03:00:00Z' }, now).state).toBe('soon');
    const late = deadlineView({ dueAt: '2026-03-07T02:00:00Z' }, now);
    expect(late.state).toBe('overdue');
    expect(late.daysOverdue).toBe(3);
    expect(deadlineView({ dueAt: '2026-03-07T02:00:00Z', satisfiedAt: '2026-03-06T00:00:00Z' }, now).state).toBe('satisfied');
  });
  it('uses the service reminder time and the server-counted working days when given', () => {
    expect(deadlineView({ dueAt: '2026-03-20T03:00:00Z', remindAt: '2026-03-09T00:00:00Z' }, now).state).toBe('soon');
    expect(deadlineView({ dueAt: '2026-03-20T03:00:00Z', remindAt: '2026-03-19T00:00:00Z' }, now).state).toBe('open');
    expect(deadlineView({ dueAt: '2026-03-13T03:00:00Z', workingDaysLeft: 3 }, now).state).toBe('open');
    expect(deadlineView({ dueAt: '2026-03-13T03:00:00Z', workingDaysLeft: 2 }, now)).toMatchObject({ state: 'soon', workingDaysLeft: 2 });
  });
  it('counts down in days, hours and minutes, never below zero', () => {
    expect(countdownParts(60 * 26 + 5)).toEqual({ days: 1, hours: 2, minutes: 5 });
    expect(countdownParts(-10)).toEqual({ days: 0, hours: 0, minutes: 0 });
    expect(deadlineView({ dueAt: '2026-03-10T05:05:00Z' }, now).minutesLeft).toBe(125);
  });
});

describe('error mapping from extensions.code', () => {
  it('maps every gateway code and keeps the service reason', () => {
    const kind = (code: string) => mapError([{ message: 'x', extensions: { code } }]).kind;
    expect(kind('BAD_USER_INPUT')).toBe('input');
    expect(kind('UNAUTHENTICATED')).toBe('unauthenticated');
    expect(kind('FORBIDDEN')).toBe('forbidden');
    expect(kind('NOT_FOUND')).toBe('notFound');
    expect(kind('CONFLICT')).toBe('conflict');
    expect(kind('SERVICE_UNAVAILABLE')).toBe('unavailable');
    expect(kind('SOMETHING_ELSE')).toBe('unknown');
    expect(mapError([{ message: 'used', extensions: { code: 'CONFLICT', reason: 'TOKEN_USED' } }]).reason).toBe('TOKEN_USED');
  });
  it('turns details into field errors without the input. prefix', () => {
    const m = mapError([{ message: 'bad', extensions: { code: 'BAD_USER_INPUT', details: [{ path: 'input.applicant.idNumber', message: 'ID number must be 9 or 12 digits' }, { path: 'input.summary', message: 'too long' }] } }]);
    expect(m.fields).toEqual({ 'applicant.idNumber': 'ID number must be 9 or 12 digits', summary: 'too long' });
  });
  it('treats a network failure without a response as unavailable', () => {
    expect(mapError(undefined, new Error('Failed to fetch')).kind).toBe('unavailable');
    expect(mapError([]).kind).toBe('unknown');
  });
});

describe('CSV encoding', () => {
  const rows = [
    { name: 'Lò Thị Mai', note: 'nói "xin chào", rồi đi', n: 1.5 },
    { name: '=HYPERLINK("x")', note: 'dòng 1\ndòng 2', n: 0 },
  ];
  const csv = toCsv(rows, [
    { header: 'ten', value: (r) => r.name },
    { header: 'ghi_chu', value: (r) => r.note },
    { header: 'so', value: (r) => r.n },
  ]);
  it('starts with a UTF-8 BOM, ends lines with CRLF, keeps Vietnamese', () => {
    expect(csv.startsWith(BOM)).toBe(true);
    expect(csv.slice(1).split('\r\n')).toEqual(['ten,ghi_chu,so', 'Lò Thị Mai,"nói ""xin chào"", rồi đi",1.5', `"'=HYPERLINK(""x"")","dòng 1\ndòng 2",0`, '']);
    expect(new TextEncoder().encode(csv).slice(0, 3)).toEqual(new Uint8Array([0xef, 0xbb, 0xbf]));
  });
  it('leaves suppressed cells empty and says so in their own column, never zero', () => {
    const stats = [
      { group: 'TRAFFICKING_VICTIM', requests: { value: null, suppressed: true } },
      { group: 'POOR_HOUSEHOLD', requests: { value: 12, suppressed: false } },
    ];
    const out = toCsv(stats, [{ header: 'group', value: (r) => r.group }, ...countColumns<(typeof stats)[number]>('requests', (r) => r.requests)]);
    expect(out.slice(1).split('\r\n').slice(0, 3)).toEqual(['group,requests,requests_suppressed', 'TRAFFICKING_VICTIM,,true', 'POOR_HOUSEHOLD,12,false']);
  });
  it('copies as TSV without tabs or line breaks inside cells', () => {
    expect(toTsv([{ a: 'x\ty', b: 'p\nq' }], [{ header: 'a', value: (r) => r.a }, { header: 'b', value: (r) => r.b }])).toBe('a\tb\nx y\tp q');
  });
});

describe('Vietnamese text', () => {
  it('folds diacritics and đ for search', () => {
    expect(fold('Đà Nẵng')).toBe('da nang');
    expect(fold('  Hồ   Chí Minh ')).toBe('ho chi minh');
    expect(matchesFolded('Phường Bến Thành', 'phuong ben')).toBe(true);
    expect(matchesFolded('Phường Bến Thành', 'thanh ben')).toBe(true);
    expect(matchesFolded('Phường Bến Thành', 'tan dinh')).toBe(false);
    expect(matchesFolded('Xã Đông Thạnh', 'dong thanh')).toBe(true);
  });
  it('normalises decomposed input to NFC', () => {
    const decomposed = 'Lo\u0300 Thi\u0323 Mai';
    expect(decomposed).not.toBe('Lò Thị Mai');
    expect(nfc(decomposed)).toBe('Lò Thị Mai');
  });
  it('parses Vietnamese numbers: "1,5", "1.5", "1.234,5", "1.234.567"', () => {
    expect(parseVietnameseNumber('1,5')).toBe(1.5);
    expect(parseVietnameseNumber('1.5')).toBe(1.5);
    expect(parseVietnameseNumber('0,25')).toBe(0.25);
    expect(parseVietnameseNumber('1.234,5')).toBe(1234.5);
    expect(parseVietnameseNumber('1,234.5')).toBe(1234.5);
    expect(parseVietnameseNumber('1.234.567')).toBe(1234567);
    expect(parseVietnameseNumber(' 3 ')).toBe(3);
    for (const bad of ['', 'abc', '1,2,3', '1.2.3', ',', '1,5 giờ']) expect(parseVietnameseNumber(bad)).toBeNull();
  });
  it('formats times in Asia/Ho_Chi_Minh whatever the machine zone', () => {
    expect(formatDateTime('2026-03-10T17:30:00Z', 'vi')).toMatch(/11\/03\/2026.*00:30|00:30.*11\/03\/2026/);
  });
});

describe('new-request form rules mirror the intake contract', () => {
  const valid = { ...EMPTY_FORM, fullName: 'Lò Thị Mai', provinceCode: '79', summary: 'Tranh chấp đất' };
  it('accepts a minimal walk-in request and builds the NFC input', () => {
    expect(validateRequestForm(valid, now)).toEqual({});
    const input = toSubmitInput({ ...valid, fullName: 'Lo\u0300 Thi\u0323 Mai', idNumber: '079 123 456 789' }, 'centre-hcm');
    expect(input.applicant.fullName).toBe('Lò Thị Mai');
    expect(input.applicant.idNumber).toBe('079123456789');
    expect(input.referral).toBeUndefined();
  });
  it('refuses bad ID numbers, phones, dates, a missing referrer and consent', () => {
    expect(validateRequestForm({ ...valid, idNumber: '12345' }, now).idNumber).toBe('new.err.idNumber');
    expect(validateRequestForm({ ...valid, phone: '123' }, now).phone).toBe('new.err.phone');
    expect(validateRequestForm({ ...valid, birthDay: '31', birthMonth: '2', birthYear: '2000' }, now).birthDate).toBe('new.err.birthDate');
    expect(validateRequestForm({ ...valid, channel: 'REFERRAL_POLICE' }, now).referrerOrganisation).toBe('new.err.referrer');
    expect(validateRequestForm({ ...valid, consentPurposes: ['FEEDBACK_CONTACT'] }, now).consentPurposes).toBe('new.err.consent');
    expect(validateRequestForm({ ...valid, summary: 'x'.repeat(4001) }, now).summary).toBe('new.err.summary');
  });
  it('sends the referring body with its kind on referral channels', () => {
    expect(toSubmitInput({ ...valid, channel: 'REFERRAL_FRONT', referrerOrganisation: 'UBMTTQ phường' }, 'c').referral).toEqual({ referrerKind: 'FRONT', organisation: 'UBMTTQ phường', officer: undefined });
  });
});

describe('catalogues', () => {
  it('has Vietnamese and English for every console message, none empty', () => {
    for (const [id, [vi, en]] of Object.entries(MESSAGES)) {
      expect(vi.trim()).not.toBe('');
      expect(en.trim()).not.toBe('');
      expect(id).toMatch(/^[a-z]+(\.[A-Za-z0-9_]+)+$/);
    }
    expect(Object.keys(catalogue('en'))).toEqual(Object.keys(catalogue('vi')));
  });
  it('has every citizen-page message in Vietnamese, English and Khmer', () => {
    const keys = Object.keys(FEEDBACK_MESSAGES.vi).sort();
    for (const lang of ['en', 'km'] as const) {
      expect(Object.keys(FEEDBACK_MESSAGES[lang]).sort()).toEqual(keys);
      for (const v of Object.values(FEEDBACK_MESSAGES[lang])) expect(v.trim()).not.toBe('');
    }
  });
});
