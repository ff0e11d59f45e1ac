import { describe, expect, it } from '@jest/globals';
import { applicantChannels, applicantRecipient, isHighRisk } from '../src/domain/applicant-contact.js';
import type { PersonalData } from '../src/domain/personal-data.js';

const urgency = (reasons: string[]) => ({ urgent: reasons.length > 0, reasons, deadlineAt: null }) as never;

describe('whom intake writes to, and how', () => {
  it.each([
    ['a domestic-violence group', { eligibilityGroup: 'FIN_DIFFICULTY_DOMESTIC_VIOLENCE', claimedEligibilityGroup: null, urgency: urgency([]) }, true],
    ['a claimed trafficking victim', { eligibilityGroup: null, claimedEligibilityGroup: 'TRAFFICKING_VICTIM', urgency: urgency([]) }, true],
    ['violence as the urgency reason', { eligibilityGroup: 'POOR_HOUSEHOLD', claimedEligibilityGroup: null, urgency: urgency(['VIOLENCE']) }, true],
    ['a poor household in custody', { eligibilityGroup: 'POOR_HOUSEHOLD', claimedEligibilityGroup: null, urgency: urgency(['CUSTODY']) }, false],
  ] as const)('%s: high risk %s', (_, r, expected) => {
    expect(isHighRisk(r as never)).toBe(expected);
  });

  const applicant = { fullName: 'Trần Thị Bình', phone: '0912345678', email: 'binh@example.vn', address: { provinceCode: '79' }, language: 'khm', needsInterpreter: false };
  const data = (a: object): PersonalData => ({ applicant: { ...applicant, ...a } as never, opposingParties: [], summary: 's', attachedDocuments: [] });

  it('writes to the guardian of a child, in the applicant’s language', () => {
    const r = applicantRecipient(data({ guardian: { fullName: 'Trần Văn Cha', relationship: 'PARENT', phone: '0987654321' } }));
    expect(r).toMatchObject({ type: 'GUARDIAN', name: 'Trần Văn Cha', language: 'khm', reachable: { phone: '0987654321', email: 'binh@example.vn', zaloPhone: null } });
  });

  it('uses Zalo only where the person marked it safe, and then no SMS', () => {
    const safe = { safeToCall: true, safeToSms: true, safeToEmail: true, safeToZalo: true, leaveMessages: true, safeTimes: [] };
    expect(applicantRecipient(data({ contactSafety: safe })).reachable.zaloPhone).toBe('0912345678');
    expect(applicantChannels(safe)).toEqual(['EMAIL', 'ZALO']);
    expect(applicantChannels(null)).toEqual(['EMAIL', 'SMS']);
    expect(applicantRecipient(data({})).reachable.zaloPhone).toBeNull();
  });
});
