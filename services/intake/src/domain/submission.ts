import { DomainError, type Channel, type InputOf, type IntakeRpc } from '@legalaid/contracts';
import { ageOn } from './eligibility.js';
import { isProceduralChannel } from './urgency.js';

export type SubmitInput = InputOf<typeof IntakeRpc.submit>;

const REFERRER_OF: Partial<Record<Channel, string>> = {
  REFERRAL_FRONT: 'FRONT',
  REFERRAL_NGO: 'NGO',
  REFERRAL_COMMUNE: 'COMMUNE',
  REFERRAL_POLICE: 'POLICE',
  REFERRAL_PROCURACY: 'PROCURACY',
  REFERRAL_COURT: 'COURT',
};

/** Age under which a guardian acts and consents for a child (Law on Children 2016, art. 1). */
export const CHILD_AGE = 16;

/**
 * Rules on a submission beyond its shape: a referral names who referred it
 * (and only procedural bodies give stages, hearings, custody or ask for
 * defence counsel); consent covers processing and, for a child, comes from a
 * guardian. Every problem is reported at once, with its path.
 */
export function checkSubmission(input: SubmitInput, today: string): void {
  const problems: { path: string; message: string }[] = [];
  const expected = REFERRER_OF[input.channel];
  const ref = input.referral;
  if (expected && !ref) problems.push({ path: 'referral', message: `channel ${input.channel} needs the referral: who referred it` });
  if (!expected && ref) problems.push({ path: 'referral', message: `channel ${input.channel} is not a referral` });
  if (expected && ref && ref.referrerKind !== expected) problems.push({ path: 'referral.referrerKind', message: `channel ${input.channel} is a referral by ${expected}` });
  if (ref && !isProceduralChannel(input.channel)) {
    for (const field of ['proceduralStage', 'hearingAt', 'custodySince'] as const) {
      if (ref[field] !== undefined) problems.push({ path: `referral.${field}`, message: 'only police, procuracy and court referrals give this' });
    }
    if (ref.defenceCounselRequested) problems.push({ path: 'referral.defenceCounselRequested', message: 'only a procedural body requests defence counsel' });
  }
  if (!input.consent.purposes.includes('LEGAL_AID_PROCESSING')) {
    problems.push({ path: 'consent.purposes', message: 'consent to processing for legal aid (LEGAL_AID_PROCESSING) is needed to record a request' });
  }
  const a = input.applicant;
  if (a.birthDate) {
    if (a.birthDate > today) problems.push({ path: 'applicant.birthDate', message: 'birth date is in the future' });
    else if (ageOn(a.birthDate, today) < CHILD_AGE && !a.guardian) problems.push({ path: 'applicant.guardian', message: `the applicant is under ${CHILD_AGE}: record the guardian who acts for them` });
  }
  if (a.guardian && input.consent.givenBy !== 'GUARDIAN') problems.push({ path: 'consent.givenBy', message: 'a guardian acts for this applicant: consent is given by the GUARDIAN' });
  if (problems.length) throw new DomainError('VALIDATION_FAILED', 'invalid submitRequest request', problems);
}
