import { useQuery } from 'urql';
import { LawyerLabelsQuery } from '../../api/lawyer';
import { useLocale, type Term } from '../../i18n/i18n';

type Group = 'activityKind' | 'caseState' | 'closingOutcome' | 'deadlineKind' | 'deadlineStatus' | 'suspensionReason' | 'policyFeedbackTag';

/** Labels of the case enums from referenceData (fetched once); the code itself while loading. */
export function useCaseLabels(): { label: (group: Group, code: string | null | undefined) => string; terms: (group: Group) => readonly Term[] } {
  const { locale } = useLocale();
  const [r] = useQuery({ query: LawyerLabelsQuery, requestPolicy: 'cache-first' });
  const data = r.data?.referenceData;
  const terms = (group: Group): readonly Term[] => data?.[group][0]?.values ?? [];
  return {
    terms,
    label: (group, code) => (code ? (terms(group).find((t) => t.code === code)?.[locale] ?? code) : ''),
  };
}

/** Hours in Vietnamese notation ("1,5"). */
export function formatHours(hours: number, locale: string): string {
  return hours.toLocaleString(locale === 'vi' ? 'vi-VN' : 'en-GB', { maximumFractionDigits: 2 });
}

/** Today in Viet Nam as YYYY-MM-DD. */
export function vnToday(): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Ho_Chi_Minh', year: 'numeric', month: '2-digit', day: '2-digit' }).format(new Date());
}

/** A Viet Nam calendar date and time (date input + time input) as an ISO instant. */
export function vnInstant(date: string, time = '09:00'): string {
  return new Date(`${date}T${time}:00+07:00`).toISOString();
}
