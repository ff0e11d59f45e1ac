import { useEffect, useState } from 'react';
import { useQuery, useSubscription } from 'urql';
import { LawyerFeedSubscription, MyCasesQuery, MyOffersQuery, MyProfileQuery } from '../../api/lawyer';
import { useMe, useReferenceData } from '../../app/me';
import { Link } from '../../app/router';
import { DeadlineBadge } from '../../components/DeadlineBadge';
import { useLabel, useLocale, useT } from '../../i18n/i18n';
import type { MessageId } from '../../i18n/messages';
import { formatDateTime } from '../../lib/time';
import { formatHours, useCaseLabels } from './shared';

/**
 * L1: open offers with live countdowns, the next deadlines across my cases,
 * coming hearings, overdue cases and pro bono progress. The lawyer's feed
 * (offers, reminders, breaches) refreshes the lists and is announced politely.
 */
export default function MyDay() {
  const t = useT();
  const { locale } = useLocale();
  const me = useMe();
  const ref = useReferenceData();
  const field = useLabel(ref?.fieldsOfLaw);
  const form = useLabel(ref?.aidForms);
  const { label } = useCaseLabels();
  useEffect(() => void (document.title = `${t('lawyer.day.title')} — ${t('app.name')}`));
  const [offers, refetchOffers] = useQuery({ query: MyOffersQuery, variables: { includeClosed: false } });
  const [cases, refetchCases] = useQuery({ query: MyCasesQuery, variables: { filter: { providerId: me.providerId } } });
  const [profile] = useQuery({ query: MyProfileQuery, variables: { id: me.providerId ?? '' }, pause: !me.providerId });
  const [announce, setAnnounce] = useState('');
  const [feed] = useSubscription({ query: LawyerFeedSubscription });
  const last = feed.data?.lawyerFeed;
  useEffect(() => {
    if (!last) return;
    if (last.kind === 'OFFER_MADE') setAnnounce(t('lawyer.live.offer'));
    else if (last.kind === 'DEADLINE_REMINDER') setAnnounce(t('lawyer.live.reminder', { deadline: label('deadlineKind', last.deadline) }));
    else if (last.kind === 'DEADLINE_BREACHED') setAnnounce(t('lawyer.live.breach', { deadline: label('deadlineKind', last.deadline) }));
    else setAnnounce(t('lawyer.live.closed'));
    refetchOffers({ requestPolicy: 'network-only' });
    refetchCases({ requestPolicy: 'network-only' });
  }, [last?.event.id]); // eslint-disable-line react-hooks/exhaustive-deps

  const open = (offers.data?.myOffers.edges ?? []).map((e) => e.node);
  const myCases = (cases.data?.cases.edges ?? []).map((e) => e.node).filter((c) => c.state !== 'CLOSED');
  const deadlines = myCases
    .flatMap((c) => c.deadlines.filter((d) => d.status === 'PENDING' || d.status === 'BREACHED').map((d) => ({ ...d, caseId: c.id, field: c.fieldOfLaw })))
    .sort((a, b) => Date.parse(a.dueAt) - Date.parse(b.dueAt))
    .slice(0, 10);
  const hearings = myCases
    .flatMap((c) => c.deadlines.filter((d) => d.kind === 'HEARING' && d.eventAt && Date.parse(d.eventAt) >= Date.now()).map((d) => ({ ...d, caseId: c.id, field: c.fieldOfLaw })))
    .sort((a, b) => Date.parse(a.eventAt!) - Date.parse(b.eventAt!));
  const overdue = myCases.filter((c) => c.overdue);
  const p = profile.data?.provider;
  return (
    <>
      <h1>{t('lawyer.day.title')}</h1>
      <p className="live-region" role="status" aria-live="polite" data-testid="live-announce">
        {announce}
      </p>
      {p?.proBono ? (
        <p data-testid="pro-bono">
          {t('lawyer.day.proBono', {
            year: p.proBonoDelivered.year,
            delivered: p.proBono.unit === 'HOURS' ? formatHours(p.proBonoDelivered.hours, locale) : p.proBonoDelivered.cases,
            target: p.proBono.annualTarget,
            unit: t(`lawyer.day.unit.${p.proBono.unit}` as MessageId),
          })}
        </p>
      ) : null}
      <h2>
        {t('lawyer.day.offers')} <span className="tag tag--info">{offers.data?.myOffers.totalCount ?? open.length}</span>
      </h2>
      {open.length ? (
        <ul className="list" data-testid="open-offers">
          {open.map((o) => (
            <li key={o.id} data-offer={o.id}>
              <Link href={`/loi-moi/${o.id}`}>{t('lawyer.offer.row', { field: field(o.fieldOfLaw), form: form(o.aidForm), round: o.round, attempt: o.attempt })}</Link>
              {o.urgent ? <span className="tag tag--urgent"> {t('lawyer.offer.urgent')}</span> : null} — {t('lawyer.offer.expires')}: <DeadlineBadge dueAt={o.expiresAt} live />
            </li>
          ))}
        </ul>
      ) : (
        <p data-testid="no-offers">{t('lawyer.day.noOffers')}</p>
      )}
      <h2>{t('lawyer.day.deadlines')}</h2>
      {deadlines.length ? (
        <ul className="list" data-testid="next-deadlines">
          {deadlines.map((d) => (
            <li key={d.deadlineId}>
              <Link href={`/vu-viec/${d.caseId}`}>
                {label('deadlineKind', d.kind)} — {field(d.field)}
              </Link>{' '}
              <DeadlineBadge dueAt={d.dueAt} remindAt={d.remindAt} />
            </li>
          ))}
        </ul>
      ) : (
        <p>{t('lawyer.day.noDeadlines')}</p>
      )}
      <h2>{t('lawyer.day.hearings')}</h2>
      {hearings.length ? (
        <ul className="list">
          {hearings.map((d) => (
            <li key={d.deadlineId}>
              <Link href={`/vu-viec/${d.caseId}`}>{field(d.field)}</Link> — <time dateTime={d.eventAt!}>{formatDateTime(d.eventAt!, locale)}</time>
              {d.court ? ` · ${d.court}` : ''}
            </li>
          ))}
        </ul>
      ) : (
        <p>{t('lawyer.day.noHearings')}</p>
      )}
      {overdue.length ? (
        <>
          <h2>{t('lawyer.day.overdue')}</h2>
          <ul className="list" data-testid="overdue-cases">
            {overdue.map((c) => (
              <li key={c.id}>
                <Link href={`/vu-viec/${c.id}`}>{field(c.fieldOfLaw)}</Link> — {label('caseState', c.state)}
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </>
  );
}
