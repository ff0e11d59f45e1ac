import type { ContactSafety, EligibilityGroup, NotificationChannel, RecipientType, UrgencyReason } from '@legalaid/contracts';
import type { Reachable } from '@legalaid/infra';
import type { LegalAidRequest } from './legal-aid-request.js';
import type { PersonalData } from './personal-data.js';

/** Groups whose safety decides every contact: violence and trafficking victims. */
const HIGH_RISK_GROUPS: readonly EligibilityGroup[] = ['FIN_DIFFICULTY_DOMESTIC_VIOLENCE', 'FIN_DIFFICULTY_TRAFFICKING', 'TRAFFICKING_VICTIM'];
const HIGH_RISK_REASONS: readonly UrgencyReason[] = ['VIOLENCE', 'TRAFFICKING'];

export function isHighRisk(r: Pick<LegalAidRequest, 'eligibilityGroup' | 'claimedEligibilityGroup' | 'urgency'>): boolean {
  return (
    [r.eligibilityGroup, r.claimedEligibilityGroup].some((g) => g !== null && HIGH_RISK_GROUPS.includes(g)) || r.urgency.reasons.some((x) => HIGH_RISK_REASONS.includes(x))
  );
}

/** Whom messages about a request go to: the guardian acting for a child, else the applicant. */
export interface ApplicantRecipient {
  type: Extract<RecipientType, 'APPLICANT' | 'GUARDIAN'>;
  name: string;
  language: string;
  reachable: Reachable;
  safety: ContactSafety | null;
}

export function applicantRecipient(p: PersonalData): ApplicantRecipient {
  const a = p.applicant;
  const phone = a.guardian ? (a.guardian.phone ?? null) : (a.phone ?? null);
  const safety = a.contactSafety ?? null;
  return {
    type: a.guardian ? 'GUARDIAN' : 'APPLICANT',
    name: a.guardian?.fullName ?? a.fullName,
    language: a.language,
    // Zalo reaches the same phone, only where the person said Zalo is safe.
    reachable: { email: a.email ?? null, phone, zaloPhone: safety?.safeToZalo ? phone : null, inbox: false },
    safety,
  };
}

/** E-mail, and one phone channel: Zalo where marked safe, else SMS (never both: one message per event). */
export function applicantChannels(safety: ContactSafety | null): NotificationChannel[] {
  return ['EMAIL', safety?.safeToZalo ? 'ZALO' : 'SMS'];
}

export function addressOn(channel: NotificationChannel, reachable: Reachable): string | null {
  if (channel === 'EMAIL') return reachable.email;
  if (channel === 'SMS') return reachable.phone;
  if (channel === 'ZALO') return reachable.zaloPhone;
  return null;
}
