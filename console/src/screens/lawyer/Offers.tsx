import { useEffect, useState } from 'react';
import { useMutation, useQuery, useSubscription } from 'urql';
import { AcceptOfferMutation, ClearConflictMutation, DeclineOfferMutation, LawyerFeedSubscription, MyOffersQuery } from '../../api/lawyer';
import { useEnumLabel, useReferenceData } from '../../app/me';
import { Link, navigate, useLocation } from '../../app/router';
import { DeadlineBadge } from '../../components/DeadlineBadge';
import { describedBy, ErrorSummary, Field } from '../../components/ErrorSummary';
import { useLabel, useLocale, useT } from '../../i18n/i18n';
import { mapError, type ErrorKind } from '../../lib/errors';
import { nfc } from '../../lib/text';
import { formatDateTime } from '../../lib/time';
import { Problem } from '../Problems';

const DECLINE_REASONS = ['CAPACITY', 'CONFLICT', 'OUTSIDE_EXPERTISE', 'OTHER'] as const;

/** L2 list: open offers (or every offer) with their countdowns; refreshed by the lawyer's feed. */
export function OfferList() {
  const t = useT();
  const ref = useReferenceData();
  const field = useLabel(ref?.fieldsOfLaw);
  const form = useLabel(ref?.aidForms);
  const labelOf = useEnumLabel();
  const { search } = useLocation();
  const closed = search.get('closed') === '1';
  useEffect(() => void (document.title = `${t('lawyer.offers.title')} — ${t('app.name')}`));
  const [offers, refetch] = useQuery({ query: MyOffersQuery, variables: { includeClosed: closed } });
  const [feed] = useSubscription({ query: LawyerFeedSubscription });
  useEffect(() => {
    if (feed.data) refetch({ requestPolicy: 'network-only' });
  }, [feed.data?.lawyerFeed.event.id]); // eslint-disable-line react-hooks/exhaustive-deps
  const rows = (offers.data?.myOffers.edges ?? []).map((e) => e.node);
  return (
    <>
      <h1>{t('lawyer.offers.title')}</h1>
      <p>
        <label className="checkbox">
          <input type="checkbox" checked={closed} onChange={(e) => navigate(e.target.checked ? '/loi-moi?closed=1' : '/loi-moi')} />
          <span>{t('lawyer.offers.includeClosed')}</span>
        </label>
      </p>
      {rows.length ? (
        <ul className="list" data-testid="offers">
          {rows.map((o) => (
            <li key={o.id}>
              <Link href={`/loi-moi/${o.id}`}>{t('lawyer.offer.row', { field: field(o.fieldOfLaw), form: form(o.aidForm), round: o.round, attempt: o.attempt })}</Link>{' '}
              <span className="tag">{labelOf('offerStatus', o.status)}</span> {o.status === 'OPEN' ? <DeadlineBadge dueAt={o.expiresAt} live /> : null}
            </li>
          ))}
        </ul>
      ) : (
        <p>{t('lawyer.day.noOffers')}</p>
      )}
    </>
  );
}

/**
 * L2 offer: what the matter is (the centre's de-identified brief, the hearing
 * and the defence-counsel deadline), why this lawyer was chosen, and accept,
 * or decline with a reason; a possible conflict is confirmed first.
 */
export default function Offer({ id }: { id: string }) {
  const t = useT();
  const { locale } = useLocale();
  const ref = useReferenceData();
  const field = useLabel(ref?.fieldsOfLaw);
  const form = useLabel(ref?.aidForms);
  const labelOf = useEnumLabel();
  const [offers, refetch] = useQuery({ query: MyOffersQuery, variables: { includeClosed: true } });
  const [accepted, accept] = useMutation(AcceptOfferMutation);
  const [declined, decline] = useMutation(DeclineOfferMutation);
  const [, clear] = useMutation(ClearConflictMutation);
  const [reason, setReason] = useState('');
  const [text, setText] = useState('');
  const [errors, setErrors] = useState<{ field: string; message: string }[]>([]);
  const [problem, setProblem] = useState<ErrorKind | null>(null);
  const [done, setDone] = useState<'accepted' | 'declined' | null>(null);
  const o = offers.data?.myOffers.edges.map((e) => e.node).find((x) => x.id === id);
  const title = o ? t('lawyer.offer.title', { field: field(o.fieldOfLaw) }) : t('lawyer.offers.title');
  useEffect(() => void (document.title = `${title} — ${t('app.name')}`));
  if (offers.error && !offers.data) return <Problem kind={mapError(offers.error.graphQLErrors, offers.error.networkError).kind} onRetry={() => refetch({ requestPolicy: 'network-only' })} />;
  if (!offers.data) return <p>{t('app.loading')}</p>;
  if (!o) return <p data-testid="offer-gone">{t('lawyer.offer.gone')}</p>;
  const after = async (p: Promise<{ data?: unknown; error?: { graphQLErrors: unknown[]; networkError?: Error } }>, outcome: 'accepted' | 'declined' | null) => {
    const res = await p;
    if (res.data) {
      setProblem(null);
      setErrors([]);
      setDone(outcome);
      refetch({ requestPolicy: 'network-only' });
      return;
    }
    const m = mapError(res.error?.graphQLErrors as never, res.error?.networkError);
    if (m.kind === 'input') setErrors(Object.entries(m.fields).map(([f, message]) => ({ field: f.split('.').at(-1) === 'reason' ? 'decline-reason' : 'decline-text', message })));
    setProblem(m.kind === 'input' ? null : m.kind);
  };
  const doDecline = () => {
    const e = [];
    if (!reason) e.push({ field: 'decline-reason', message: t('lawyer.err.reason') });
    if (reason === 'OTHER' && !text.trim()) e.push({ field: 'decline-text', message: t('lawyer.err.text') });
    if (e.length) return setErrors(e);
    void after(decline({ input: { offerId: o.id, reason: reason as never, ...(text.trim() ? { text: nfc(text.trim()) } : {}) } }), 'declined');
  };
  const err = (f: string) => errors.find((e) => e.field === f)?.message;
  const pending = o.conflictCheck === 'PENDING';
  return (
    <>
      <h1>{title}</h1>
      <ErrorSummary title={title} errors={errors} />
      {problem ? <Problem kind={problem} /> : null}
      {done ? (
        <div className="panel" role="status" data-testid={`offer-${done}`}>
          <p>{t(done === 'accepted' ? 'lawyer.offer.accepted' : 'lawyer.offer.declined')}</p>
          {done === 'accepted' ? (
            <Link href="/vu-viec" className="button">
              {t('nav.caseload')}
            </Link>
          ) : null}
        </div>
      ) : null}
      <dl className="summary-list" data-testid="offer-facts">
        <div className="summary-list__row">
          <dt className="summary-list__key">{t('queue.status')}</dt>
          <dd className="summary-list__value">
            <span className="tag" data-testid="offer-status">{labelOf('offerStatus', o.status)}</span> {o.urgent ? <span className="tag tag--urgent">{t('lawyer.offer.urgent')}</span> : null}
          </dd>
        </div>
        <div className="summary-list__row">
          <dt className="summary-list__key">{t('queue.field')}</dt>
          <dd className="summary-list__value">
            {field(o.fieldOfLaw)} · {form(o.aidForm)}
          </dd>
        </div>
        {o.status === 'OPEN' ? (
          <div className="summary-list__row">
            <dt className="summary-list__key">{t('lawyer.offer.expires')}</dt>
            <dd className="summary-list__value">
              <DeadlineBadge dueAt={o.expiresAt} live />
            </dd>
          </div>
        ) : null}
        {o.hearingAt ? (
          <div className="summary-list__row">
            <dt className="summary-list__key">{t('lawyer.offer.hearing')}</dt>
            <dd className="summary-list__value" data-testid="offer-hearing">
              <time dateTime={o.hearingAt}>{formatDateTime(o.hearingAt, locale)}</time>
            </dd>
          </div>
        ) : null}
        {o.deadlineAt ? (
          <div className="summary-list__row">
            <dt className="summary-list__key">{t('lawyer.offer.deadline')}</dt>
            <dd className="summary-list__value">
              <DeadlineBadge dueAt={o.deadlineAt} />
            </dd>
          </div>
        ) : null}
        <div className="summary-list__row">
          <dt className="summary-list__key">{t('lawyer.offer.where')}</dt>
          <dd className="summary-list__value">
            {o.provinceCode}
            {o.communeCode ? ` · ${o.communeCode}` : ''}
          </dd>
        </div>
        {o.language ? (
          <div className="summary-list__row">
            <dt className="summary-list__key">{t('lawyer.offer.language')}</dt>
            <dd className="summary-list__value">{o.language}</dd>
          </div>
        ) : null}
      </dl>
      <h2>{t('lawyer.offer.brief')}</h2>
      <div className="inset" data-testid="offer-brief">
        <p>{pending ? t('lawyer.offer.briefWithheld') : (o.brief ?? t('lawyer.offer.noBrief'))}</p>
      </div>
      {o.choice ? (
        <>
          <h2>{t('lawyer.offer.why')}</h2>
          <p data-testid="offer-rank">{t('lawyer.offer.rank', { rank: o.choice.rank, count: o.choice.candidateCount, score: o.choice.score.toLocaleString(locale === 'vi' ? 'vi-VN' : 'en-GB') })}</p>
          <ul className="list" data-testid="offer-reasons">
            {o.choice.reasons.map((r, i) => (
              <li key={i}>
                {labelOf('scoreFactor', r.factor)}: {r.points > 0 ? '+' : ''}
                {r.points.toLocaleString(locale === 'vi' ? 'vi-VN' : 'en-GB')} — {r.detail}
              </li>
            ))}
          </ul>
        </>
      ) : null}
      {o.status === 'OPEN' && !done ? (
        <>
          {pending ? (
            <div className="banner banner--warning">
              <p>{t('lawyer.offer.conflict')}</p>
              <button type="button" className="button button--secondary" onClick={() => void after(clear({ offerId: o.id }), null)} data-testid="clear-conflict">
                {t('lawyer.offer.clear')}
              </button>
            </div>
          ) : (
            <p>
              <button type="button" className="button" disabled={accepted.fetching} onClick={() => void after(accept({ offerId: o.id }), 'accepted')} data-testid="accept-offer">
                {t('lawyer.offer.accept')}
              </button>
            </p>
          )}
          <h2>{t('lawyer.offer.decline')}</h2>
          <fieldset className="fieldset" aria-describedby={err('decline-reason') ? 'decline-reason-error' : undefined}>
            <legend className="label">{t('lawyer.offer.declineReason')}</legend>
            {err('decline-reason') ? (
              <p className="error-message" id="decline-reason-error">
                {err('decline-reason')}
              </p>
            ) : null}
            {DECLINE_REASONS.map((code, i) => (
              <div className="checkbox" key={code}>
                <input type="radio" name="decline-reason" id={i === 0 ? 'decline-reason' : `decline-reason-${code}`} value={code} checked={reason === code} onChange={() => setReason(code)} />
                <label htmlFor={i === 0 ? 'decline-reason' : `decline-reason-${code}`}>{labelOf('declineReason', code)}</label>
              </div>
            ))}
          </fieldset>
          <Field id="decline-text" label={t('lawyer.offer.declineText')} hint={t('lawyer.offer.declineTextHint')} error={err('decline-text')}>
            <textarea id="decline-text" className="textarea" rows={3} maxLength={1000} value={text} onChange={(e) => setText(e.target.value)} aria-invalid={!!err('decline-text')} aria-describedby={describedBy('decline-text', true, err('decline-text'))} />
          </Field>
          <button type="button" className="button button--warning" disabled={declined.fetching} onClick={doDecline} data-testid="decline-offer">
            {t('lawyer.offer.decline')}
          </button>
        </>
      ) : null}
    </>
  );
}
