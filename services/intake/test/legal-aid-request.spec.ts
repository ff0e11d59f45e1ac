import { describe, expect, it } from '@jest/globals';
import { DomainError } from '@legalaid/contracts';
import {
  accept,
  activeGrants,
  applyDownstream,
  erase,
  grantContact,
  revokeContact,
  withdraw,
  withdrawConsent,
} from '../src/domain/legal-aid-request.js';
import { contactAccessChanges } from '../src/domain/facts.js';
import { aRequest } from './support.js';

const t = (s: string) => new Date(`2025-09-0${s}T03:00:00Z`);
const accepted = accept(aRequest(), {
  eligibilityGroup: 'POOR_HOUSEHOLD',
  ruleSetId: 'law-11-2017-art7-am-2025-07',
  basis: 'khoản 2 Điều 7 Luật Trợ giúp pháp lý số 11/2017/QH14',
  evidence: ['POOR_HOUSEHOLD_CERTIFICATE'],
  registerNumber: '2025/centre-hcm/00001',
  urgency: { urgent: false, reasons: [], deadlineAt: null },
  now: t('1'),
  by: 'staff-1',
});

describe("a request's downstream status", () => {
  it('only moves forward, whatever order the events arrive in, and keeps each timestamp', () => {
    let r = applyDownstream(accepted, 'CASE_OPEN', t('3'), 'case-1');
    r = applyDownstream(r, 'REFERRED', t('1'));
    r = applyDownstream(r, 'ASSIGNED', t('2'));
    expect(r.downstreamStatus).toBe('CASE_OPEN');
    expect(r.downstream).toEqual({ caseId: 'case-1', referredAt: t('1'), assignedAt: t('2'), caseOpenedAt: t('3'), closedAt: null });
    expect(r.timeline.map((x) => x.status)).toEqual(['RECEIVED', 'ACCEPTED', 'CASE_OPEN', 'REFERRED', 'ASSIGNED']);
    r = applyDownstream(r, 'CLOSED', t('5'));
    expect(applyDownstream(r, 'ASSIGNED', t('6')).downstreamStatus).toBe('CLOSED');
    expect(r.finishedAt).toEqual(t('5'));
  });
});

describe('contact access for the assigned lawyer', () => {
  it('is granted on assignment and revoked on closure', () => {
    const g = grantContact(accepted, 'prov-1', t('2'));
    expect(g.granted).toBe(true);
    expect(activeGrants(g.request).map((x) => x.providerId)).toEqual(['prov-1']);
    const closed = applyDownstream(g.request, 'CLOSED', t('4'));
    expect(activeGrants(closed)).toEqual([]);
    expect(contactAccessChanges(g.request, closed)).toEqual([{ providerId: 'prov-1', change: 'REVOKED', reason: 'CLOSED', at: t('4').toISOString() }]);
  });

  it('a transfer revokes the old provider; the new assignment grants the next', () => {
    let r = grantContact(accepted, 'prov-1', t('2')).request;
    r = revokeContact(r, 'prov-1', t('3'), 'TRANSFERRED').request;
    r = grantContact(r, 'prov-2', t('4')).request;
    expect(activeGrants(r).map((x) => x.providerId)).toEqual(['prov-2']);
  });

  it('a transfer seen before the assignment it ends still wins (events from two streams)', () => {
    let r = revokeContact(accepted, 'prov-1', t('3'), 'TRANSFERRED').request;
    const late = grantContact(r, 'prov-1', t('2'));
    expect(late.granted).toBe(false);
    r = late.request;
    expect(activeGrants(r)).toEqual([]);
  });

  it('a closure seen before the assignment prevents the grant', () => {
    const closed = applyDownstream(accepted, 'CLOSED', t('5'));
    expect(grantContact(closed, 'prov-1', t('2')).granted).toBe(false);
  });

  it('is not granted without consent to referral, and withdrawing that consent revokes it', () => {
    const noConsent = aRequest({ consent: { ...accepted.consent, purposes: ['LEGAL_AID_PROCESSING'] } });
    expect(grantContact(noConsent, 'prov-1', t('2')).granted).toBe(false);
    const granted = grantContact(accepted, 'prov-1', t('2')).request;
    const { request, withdrawn } = withdrawConsent(granted, ['REFERRAL_TO_PROVIDER'], t('3'));
    expect(withdrawn).toEqual(['REFERRAL_TO_PROVIDER']);
    expect(activeGrants(request)).toEqual([]);
    expect(() => withdrawConsent(request, ['REFERRAL_TO_PROVIDER'], t('4'))).toThrow(DomainError);
  });
});

describe('withdrawal and erasure', () => {
  it('withdrawal is possible before closure and revokes access', () => {
    const granted = grantContact(applyDownstream(accepted, 'CASE_OPEN', t('2')), 'prov-1', t('2')).request;
    const w = withdraw(granted, t('3'));
    expect(w.status).toBe('WITHDRAWN');
    expect(activeGrants(w)).toEqual([]);
    expect(w.finishedAt).toEqual(t('3'));
    expect(() => withdraw(applyDownstream(accepted, 'CLOSED', t('4')), t('5'))).toThrow(expect.objectContaining({ code: 'ILLEGAL_TRANSITION' }) as unknown as Error);
    expect(() => withdraw(w, t('5'))).toThrow(DomainError);
  });

  it('erasure removes sealed data, indexes and notes, keeps pseudonymous facts, and refuses open requests', () => {
    expect(() => erase(accepted, t('9'))).toThrow(expect.objectContaining({ code: 'ILLEGAL_TRANSITION' }) as unknown as Error);
    const done = { ...withdraw(accepted, t('3')), rejection: null };
    const e = erase(done, t('9'));
    expect(e.personal).toBeNull();
    expect(e.keyId).toBeNull();
    expect(e.idNumberIndex).toBeNull();
    expect(e.phoneIndex).toBeNull();
    expect(e.erasedAt).toEqual(t('9'));
    expect(e.applicantRef).toBe(accepted.applicantRef);
    expect(e.eligibilityGroup).toBe('POOR_HOUSEHOLD');
    expect(e.registerNumber).toBe('2025/centre-hcm/00001');
  });

  it('accepting twice is an illegal transition', () => {
    expect(() =>
      accept(accepted, { eligibilityGroup: 'POOR_HOUSEHOLD', ruleSetId: 'x', basis: 'x', evidence: [], registerNumber: 'n', urgency: accepted.urgency, now: t('2'), by: 's' }),
    ).toThrow(expect.objectContaining({ code: 'ILLEGAL_TRANSITION' }) as unknown as Error);
  });
});

describe("a victim's preference about the provider's gender", () => {
  const victim = (group: 'FIN_DIFFICULTY_DOMESTIC_VIOLENCE' | 'TRAFFICKING_VICTIM', reason: 'VIOLENCE' | 'TRAFFICKING'): Parameters<typeof accept>[1] => ({
    eligibilityGroup: group,
    ruleSetId: 'law-11-2017-art7-am-2025-07',
    basis: 'Điều 7 Luật Trợ giúp pháp lý số 11/2017/QH14',
    evidence: [],
    registerNumber: 'n',
    urgency: { urgent: true, reasons: [reason], deadlineAt: null },
    now: t('2'),
    by: 'staff-1',
  });

  it.each([
    ['FIN_DIFFICULTY_DOMESTIC_VIOLENCE', 'VIOLENCE'],
    ['TRAFFICKING_VICTIM', 'TRAFFICKING'],
  ] as const)('is asked for when missing: accepting a %s request without it is refused', (group, reason) => {
    let error: unknown;
    try {
      accept(aRequest(), victim(group, reason));
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(DomainError);
    expect(error).toMatchObject({ code: 'PROVIDER_GENDER_PREFERENCE_REQUIRED', details: [{ path: 'providerGenderPreference' }] });
  });

  it('is recorded at acceptance, an explicit "no preference" too', () => {
    const female = accept(aRequest(), { ...victim('TRAFFICKING_VICTIM', 'TRAFFICKING'), providerGenderPreference: 'FEMALE' });
    expect(female.preferredProviderGender).toBe('FEMALE');
    expect(female.providerGenderPreference).toEqual({ preference: 'FEMALE', at: t('2'), by: 'staff-1' });
    const none = accept(aRequest(), { ...victim('FIN_DIFFICULTY_DOMESTIC_VIOLENCE', 'VIOLENCE'), providerGenderPreference: 'NO_PREFERENCE' });
    expect(none.preferredProviderGender).toBeNull();
    expect(none.providerGenderPreference).toEqual({ preference: 'NO_PREFERENCE', at: t('2'), by: 'staff-1' });
  });

  it('given at submission is enough', () => {
    expect(accept(aRequest({ preferredProviderGender: 'MALE' }), victim('FIN_DIFFICULTY_DOMESTIC_VIOLENCE', 'VIOLENCE')).preferredProviderGender).toBe('MALE');
  });

  it('is not required of other applicants', () => {
    expect(accepted.preferredProviderGender).toBeNull();
  });
});
