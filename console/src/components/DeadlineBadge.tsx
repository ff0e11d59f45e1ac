import { useEffect, useState } from 'react';
import { countdownParts, deadlineView, type DeadlineInput } from '../lib/deadline';
import { formatDateTime } from '../lib/time';
import { useLocale, useT } from '../i18n/i18n';

const ICONS = { open: '◷', soon: '⚠', overdue: '✖', satisfied: '✔' } as const;

/**
 * The one deadline badge: text and icon (never colour alone), the absolute
 * Viet Nam time in a <time> element, a live countdown when `live` (offers).
 * Working days are shown when the server counted them; the browser never
 * counts working days itself.
 */
export function DeadlineBadge({ live = false, ...input }: DeadlineInput & { live?: boolean }) {
  const t = useT();
  const { locale } = useLocale();
  const [now, setNow] = useState(() => new Date());
  useEffect(() => {
    const id = setInterval(() => setNow(new Date()), live ? 15_000 : 60_000);
    return () => clearInterval(id);
  }, [live]);
  const v = deadlineView(input, now);
  const parts = countdownParts(v.minutesLeft);
  const detail =
    v.state === 'overdue'
      ? t('badge.overdueDays', { days: v.daysOverdue })
      : v.state === 'satisfied'
        ? ''
        : v.workingDaysLeft !== null
          ? t('badge.workingDays', { n: v.workingDaysLeft })
          : t('badge.left', { days: parts.days, hours: parts.hours, minutes: String(parts.minutes).padStart(2, '0') });
  return (
    <span className={`badge badge--${v.state}`} data-deadline-state={v.state}>
      <span aria-hidden="true">{ICONS[v.state]} </span>
      <strong>{t(`badge.${v.state}`)}</strong>
      {detail ? <span> · {detail}</span> : null}
      <span> · </span>
      <time dateTime={input.dueAt}>{t('badge.due', { at: formatDateTime(input.dueAt, locale) })}</time>
    </span>
  );
}
