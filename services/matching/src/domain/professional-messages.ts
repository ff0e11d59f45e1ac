import { AidForms, DEADLINE_KIND_LABELS, FieldsOfLaw, type Actor, type DeadlineKind, type NotificationChannel, type NotificationKind, type ProfessionalContact } from '@legalaid/contracts';
import { vnDateTime, type Recipient } from '@legalaid/infra';

/** Messages that may reach a professional's phone (SMS or Zalo) besides the inbox and e-mail: what cannot wait. */
const PHONE_KINDS: readonly NotificationKind[] = ['OFFER_EXPIRING', 'DEADLINE_BREACHED'];

export function phoneChannelFor(kind: NotificationKind, urgent: boolean, c: ProfessionalContact | null): NotificationChannel | null {
  if (!c || !(PHONE_KINDS.includes(kind) || (kind === 'OFFER_MADE' && urgent))) return null;
  if (c.zaloPhone) return 'ZALO';
  return c.phone ? 'SMS' : null;
}

/** Who sees an inbox notification: a provider, an organisation's admins or staff, or the supervisors. */
export function inboxKeyOf(r: Recipient): string {
  if (r.type === 'PROVIDER') return `provider:${r.ref}`;
  if (r.type === 'SUPERVISORS') return 'role:SUPERVISOR';
  return `org:${r.ref}`;
}

/** The inbox keys the signed-in user reads. */
export function inboxKeysOf(actor: Actor): string[] {
  const keys: string[] = [];
  if (actor.providerId) keys.push(`provider:${actor.providerId}`);
  if (actor.organisationId && ['CENTRE_STAFF', 'ORG_ADMIN', 'ADMIN'].includes(actor.role)) keys.push(`org:${actor.organisationId}`);
  if (actor.role === 'SUPERVISOR') keys.push('role:SUPERVISOR');
  return keys;
}

function label<T extends { code: string; vi: string; en: string }>(terms: readonly T[], code: string | undefined, en: boolean): string {
  const t = terms.find((x) => x.code === code);
  return t ? (en ? t.en : t.vi) : (code ?? '');
}

/**
 * Template parameters from a delivery's stored ids and codes: labels in the
 * recipient's language, Viet Nam times, and the console link.
 */
export function messageParams(kind: NotificationKind, stored: Record<string, string>, who: { name: string; language: string; consoleBaseUrl: string }): Record<string, string> {
  const en = who.language === 'eng';
  const base = who.consoleBaseUrl.replace(/\/+$/, '');
  const at = (iso: string | undefined) => (iso ? vnDateTime(new Date(iso)) : '');
  const p: Record<string, string> = { name: who.name };
  switch (kind) {
    case 'OFFER_MADE':
    case 'OFFER_EXPIRING':
    case 'OFFER_EXPIRED':
      p.field = label(FieldsOfLaw.terms, stored.fieldOfLaw, en);
      p.form = label(AidForms.terms, stored.aidForm, en);
      p.urgentNote = stored.urgent === 'true' ? (en ? ' — URGENT' : ' — KHẨN') : '';
      p.expiresAt = at(stored.expiresAt);
      p.link = `${base}/offers/${stored.offerId}`;
      break;
    case 'DEADLINE_REMINDER':
    case 'DEADLINE_BREACHED': {
      const labels = DEADLINE_KIND_LABELS[stored.deadline as DeadlineKind];
      p.deadline = labels ? (en ? labels.en : labels.vi) : stored.deadline;
      p.dueAt = at(stored.dueAt);
      p.caseId = stored.caseId;
      p.providerId = stored.providerId;
      p.link = `${base}/cases/${stored.caseId}`;
      break;
    }
    case 'REFERRAL_ESCALATED':
      p.referralId = stored.referralId;
      p.field = label(FieldsOfLaw.terms, stored.fieldOfLaw, en);
      p.reason = stored.reason === 'NO_CANDIDATE' ? (en ? 'no suitable provider' : 'không có người phù hợp') : en ? 'offers declined or expired' : 'các đề nghị bị từ chối hoặc hết hạn';
      p.link = `${base}/escalations`;
      break;
    case 'RECOMMENDATION_ISSUED':
    case 'RECOMMENDATION_OVERDUE':
      p.recommendationId = stored.recommendationId;
      p.dueAt = at(stored.dueAt);
      p.link = `${base}/recommendations/${stored.recommendationId}`;
      break;
    case 'COMPLAINT_FILED':
      p.complaintId = stored.complaintId;
      p.kinds = stored.kinds;
      p.link = `${base}/complaints/${stored.complaintId}`;
      break;
    case 'CALL_BACK_APPLICANT':
      p.requestId = stored.requestId;
      p.reason = stored.reason;
      p.link = `${base}/requests/${stored.requestId}`;
      break;
    default:
      break;
  }
  return p;
}
