import * as z from 'zod/mini';
import { contactSafetyInput, emptyContactSafety, safeTimesError, type ContactSafetyForm } from './contact-safety';
import { nfc } from './text';

/**
 * The new-request form's values and their rules, mirroring intake's contract
 * (contracts/src/intake.ts: SubmitRequestInputSchema): ID number 9 or 12
 * digits, phone 8–15 digits, summary at most 4,000 characters, consent to
 * processing required, the referring body required on referral channels.
 * Messages are message ids of the console catalogue.
 */
export interface RequestFormValues {
  channel: string;
  referrerOrganisation: string;
  referrerOfficer: string;
  fullName: string;
  idNumber: string;
  phone: string;
  birthDay: string;
  birthMonth: string;
  birthYear: string;
  provinceCode: string;
  communeCode: string;
  addressLine: string;
  needsInterpreter: boolean;
  contactSafety: ContactSafetyForm;
  fieldOfLaw: string;
  aidForm: string;
  summary: string;
  urgencyReasons: string[];
  claimedEligibilityGroup: string;
  consentPurposes: string[];
  consentGivenBy: string;
  consentMethod: string;
}

export const EMPTY_FORM: RequestFormValues = {
  channel: 'WALK_IN',
  referrerOrganisation: '',
  referrerOfficer: '',
  fullName: '',
  idNumber: '',
  phone: '',
  birthDay: '',
  birthMonth: '',
  birthYear: '',
  provinceCode: '',
  communeCode: '',
  addressLine: '',
  needsInterpreter: false,
  contactSafety: emptyContactSafety(),
  fieldOfLaw: 'CIVIL',
  aidForm: 'ADVICE',
  summary: '',
  urgencyReasons: [],
  claimedEligibilityGroup: '',
  consentPurposes: ['LEGAL_AID_PROCESSING', 'REFERRAL_TO_PROVIDER'],
  consentGivenBy: 'APPLICANT',
  consentMethod: 'WRITTEN',
};

export const isReferralChannel = (channel: string) => channel.startsWith('REFERRAL_');

const optionalDigits = (re: RegExp, message: string) => z.string().check(z.refine((v) => v.trim() === '' || re.test(v.replace(/[\s.]/g, '')), message));

export const RequestFormSchema = z.object({
  channel: z.string().check(z.minLength(1, 'common.required')),
  fullName: z.string().check(z.refine((v) => v.trim().length > 0 && v.trim().length <= 200, 'new.err.fullName')),
  idNumber: optionalDigits(/^\d{9}(\d{3})?$/, 'new.err.idNumber'),
  phone: optionalDigits(/^\+?\d{8,15}$/, 'new.err.phone'),
  provinceCode: z.string().check(z.minLength(1, 'new.err.province')),
  summary: z.string().check(z.refine((v) => v.trim().length > 0 && v.trim().length <= 4000, 'new.err.summary')),
  consentPurposes: z.array(z.string()).check(z.refine((p) => p.includes('LEGAL_AID_PROCESSING'), 'new.err.consent')),
});

/** Which fields each task of the task list holds (for its status and its question page). */
export const TASK_FIELDS = {
  channel: ['channel', 'referrerOrganisation'],
  applicant: ['fullName', 'idNumber', 'phone', 'birthDate', 'provinceCode', 'safeTimes'],
  matter: ['summary'],
  group: [],
  consent: ['consentPurposes'],
} as const satisfies Record<string, readonly string[]>;

export function birthDate(v: RequestFormValues): string | null | 'invalid' {
  if (!v.birthDay && !v.birthMonth && !v.birthYear) return null;
  const d = Number(v.birthDay);
  const m = Number(v.birthMonth);
  const y = Number(v.birthYear);
  const iso = `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
  const date = new Date(`${iso}T00:00:00Z`);
  if (!Number.isInteger(d) || !Number.isInteger(m) || !Number.isInteger(y) || y < 1900 || Number.isNaN(date.getTime()) || date.toISOString().slice(0, 10) !== iso) return 'invalid';
  return iso;
}

/** Field → message id for every rule the values break. */
export function validateRequestForm(v: RequestFormValues, now: Date): Record<string, string> {
  const errors: Record<string, string> = {};
  const r = z.safeParse(RequestFormSchema, v);
  if (!r.success) for (const issue of r.error.issues) errors[String(issue.path[0])] ??= issue.message;
  const b = birthDate(v);
  if (b === 'invalid' || (b && b > now.toISOString().slice(0, 10))) errors.birthDate = 'new.err.birthDate';
  if (isReferralChannel(v.channel) && !v.referrerOrganisation.trim()) errors.referrerOrganisation = 'new.err.referrer';
  if (v.contactSafety.asked && safeTimesError(v.contactSafety.times)) errors.safeTimes = 'contact.err.time';
  return errors;
}

const opt = (s: string) => (s.trim() ? nfc(s.trim()) : undefined);

/** The GraphQL input, NFC-normalised, without empty optional fields. */
export function toSubmitInput(v: RequestFormValues, centreId: string) {
  const b = birthDate(v);
  return {
    channel: v.channel,
    centreId,
    applicant: {
      fullName: nfc(v.fullName.trim()),
      idNumber: opt(v.idNumber.replace(/[\s.]/g, '')),
      phone: opt(v.phone.replace(/[\s.]/g, '')),
      birthDate: b && b !== 'invalid' ? b : undefined,
      address: { provinceCode: v.provinceCode, communeCode: v.communeCode || undefined, line: opt(v.addressLine) },
      needsInterpreter: v.needsInterpreter,
      contactSafety: contactSafetyInput(v.contactSafety),
    },
    fieldOfLaw: v.fieldOfLaw,
    aidForm: v.aidForm,
    summary: nfc(v.summary.trim()),
    urgencyReasons: v.urgencyReasons,
    claimedEligibilityGroup: v.claimedEligibilityGroup || undefined,
    referral: isReferralChannel(v.channel) ? { referrerKind: v.channel.replace('REFERRAL_', ''), organisation: nfc(v.referrerOrganisation.trim()), officer: opt(v.referrerOfficer) } : undefined,
    consent: { purposes: v.consentPurposes, givenBy: v.consentGivenBy, method: v.consentMethod },
  };
}
