import { describe, expect, it } from '@jest/globals';
import { IntakeRpc, type DomainError } from '@legalaid/contracts';
import { checkSubmission, type SubmitInput } from '../src/domain/submission.js';

const valid = IntakeRpc.submit.input.parse({
  channel: 'HOTLINE',
  centreId: 'centre-hcm',
  applicant: { fullName: 'Trần Thị Bình', address: { provinceCode: '79', communeCode: '26737' } },
  fieldOfLaw: 'CIVIL',
  aidForm: 'ADVICE',
  summary: 'A dispute',
  consent: { purposes: ['LEGAL_AID_PROCESSING'], givenBy: 'APPLICANT', method: 'WRITTEN' },
}) as SubmitInput;

function problems(input: SubmitInput): string[] {
  try {
    checkSubmission(input, '2025-08-04');
    return [];
  } catch (err) {
    return ((err as DomainError).details ?? []).map((d) => d.path);
  }
}

describe('submission rules beyond the shape', () => {
  it('accepts a plain hotline request', () => expect(problems(valid)).toEqual([]));

  it('a referral channel needs its referrer, of the matching kind', () => {
    expect(problems({ ...valid, channel: 'REFERRAL_COURT' })).toEqual(['referral']);
    expect(problems({ ...valid, channel: 'REFERRAL_COURT', referral: { referrerKind: 'NGO', organisation: 'X', defenceCounselRequested: false } })).toEqual(['referral.referrerKind']);
    expect(problems({ ...valid, channel: 'REFERRAL_COURT', referral: { referrerKind: 'COURT', organisation: 'TAND', proceduralStage: 'FIRST_INSTANCE', defenceCounselRequested: true } })).toEqual([]);
  });

  it('only procedural bodies give stages or ask for defence counsel', () => {
    expect(problems({ ...valid, channel: 'REFERRAL_NGO', referral: { referrerKind: 'NGO', organisation: 'X', proceduralStage: 'APPEAL', defenceCounselRequested: true } })).toEqual([
      'referral.proceduralStage',
      'referral.defenceCounselRequested',
    ]);
    expect(problems({ ...valid, referral: { referrerKind: 'NGO', organisation: 'X', defenceCounselRequested: false } })).toEqual(['referral']);
  });

  it('consent must cover processing; a child needs a guardian who consents', () => {
    expect(problems({ ...valid, consent: { ...valid.consent, purposes: ['FEEDBACK_CONTACT'] } })).toEqual(['consent.purposes']);
    const child = { ...valid, applicant: { ...valid.applicant, birthDate: '2012-01-01' } };
    expect(problems(child)).toEqual(['applicant.guardian']);
    const withGuardian = { ...child, applicant: { ...child.applicant, guardian: { fullName: 'Mẹ', relationship: 'PARENT' as const } } };
    expect(problems(withGuardian)).toEqual(['consent.givenBy']);
    expect(problems({ ...withGuardian, consent: { ...valid.consent, givenBy: 'GUARDIAN' } })).toEqual([]);
    expect(problems({ ...valid, applicant: { ...valid.applicant, birthDate: '2030-01-01' } })).toEqual(['applicant.birthDate']);
  });

  it.each([
    ['an operator object as centre', { centreId: { $gt: '' } }],
    ['an operator object in a filter-like field', { fieldOfLaw: { $ne: null } }],
    ['oversized summary', { summary: 'x'.repeat(4001) }],
    ['NUL in text', { summary: 'a\u0000b' }],
    ['bad unit code', { applicant: { ...valid.applicant, address: { provinceCode: 'HCM' } } }],
    ['missing consent', { consent: undefined }],
  ])('the contract refuses %s', (_, patch) => {
    expect(IntakeRpc.submit.input.safeParse({ ...valid, ...patch }).success).toBe(false);
  });
});
