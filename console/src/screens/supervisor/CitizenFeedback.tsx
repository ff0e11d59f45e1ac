import { useEffect, useState } from 'react';
import { useQuery } from 'urql';
import { CitizenFeedbackQuery, OrganisationPickerQuery } from '../../api/supervisor';
import { useCan } from '../../app/me';
import { Link, navigate, useLocation } from '../../app/router';
import { useLocale, useT } from '../../i18n/i18n';
import type { MessageId } from '../../i18n/messages';
import { mapError } from '../../lib/errors';
import { formatDateTime } from '../../lib/time';
import { Problem } from '../Problems';

/**
 * S6 (G23): citizens' answers after closure, complaints or not, with their
 * ratings and masked comments, by organisation and rating; the complaints and
 * payment reports on top. Each answer links to its case's trail.
 */
export default function CitizenFeedback() {
  const t = useT();
  const { locale } = useLocale();
  const canTrail = useCan('auditTrail');
  const { search } = useLocation();
  const organisationId = search.get('organisationId') ?? '';
  const maxRating = /^[1-5]$/.test(search.get('maxRating') ?? '') ? Number(search.get('maxRating')) : null;
  const withComment = search.get('withComment') === '1';
  const [after, setAfter] = useState<string | null>(null);
  const filter = { ...(organisationId ? { organisationId } : {}), ...(maxRating ? { maxRating } : {}), ...(withComment ? { withComment } : {}) };
  const [q, refetch] = useQuery({ query: CitizenFeedbackQuery, variables: { filter, after }, requestPolicy: 'network-only' });
  const [orgs] = useQuery({ query: OrganisationPickerQuery });
  useEffect(() => void (document.title = `${t('sup.fb.title')} — ${t('app.name')}`));
  useEffect(() => setAfter(null), [search.toString()]); // eslint-disable-line react-hooks/exhaustive-deps
  const rows = q.data?.feedbackResponses.edges.map((e) => e.node) ?? [];
  const complaints = q.data?.complaints.edges.map((e) => e.node) ?? [];
  const yesNo = (v: boolean | null | undefined) => (v === true ? t('sup.fb.yes') : v === false ? t('sup.fb.no') : t('sup.fb.unknown'));
  const trail = (caseId: string | null | undefined) => (caseId && canTrail ? <Link href={`/giam-sat/so-cai?${new URLSearchParams({ caseId })}`}>{caseId}</Link> : (caseId ?? '—'));
  return (
    <>
      <h1>{t('sup.fb.title')}</h1>
      <p>{t('sup.fb.intro')}</p>
      {q.error && !q.data ? <Problem kind={mapError(q.error.graphQLErrors, q.error.networkError).kind} onRetry={() => refetch({ requestPolicy: 'network-only' })} /> : null}
      <section aria-labelledby="fb-complaints">
        <h2 id="fb-complaints">{t('sup.fb.complaints', { n: complaints.length })}</h2>
        <ul className="list" data-testid="complaints">
          {complaints.map((c) => (
            <li key={c.complaintId}>
              {c.kinds.map((k) => (
                <span key={k} className="tag tag--warning">
                  {t(`sup.fb.kind.${k}` as MessageId)}
                </span>
              ))}{' '}
              <time dateTime={c.filedAt}>{formatDateTime(c.filedAt, locale)}</time> · {c.organisation?.name ?? c.organisationId ?? '—'} · {t('sup.fb.stars', { n: c.rating })} · {trail(c.caseId)}
              {c.text ? <p>{c.text}</p> : null}
            </li>
          ))}
        </ul>
      </section>
      <section aria-labelledby="fb-all">
        <h2 id="fb-all">{t('sup.fb.responses')}</h2>
        <form
          className="filter filter--inline"
          key={search.toString()}
          onSubmit={(e) => {
            e.preventDefault();
            const d = new FormData(e.currentTarget);
            const p = new URLSearchParams();
            if (d.get('organisationId')) p.set('organisationId', String(d.get('organisationId')));
            if (d.get('maxRating')) p.set('maxRating', String(d.get('maxRating')));
            if (d.get('withComment')) p.set('withComment', '1');
            navigate(`/giam-sat/phan-anh${p.size ? `?${p}` : ''}`);
          }}
        >
          <div className="form-group">
            <label className="label" htmlFor="fb-org">
              {t('sup.fb.organisation')}
            </label>
            <select id="fb-org" name="organisationId" className="input" defaultValue={organisationId} key={orgs.data ? 'loaded' : 'loading'}>
              <option value="">{t('sup.fb.anyOrganisation')}</option>
              {(orgs.data?.organisations.edges ?? []).map(({ node: o }) => (
                <option key={o.id} value={o.id}>
                  {o.name}
                </option>
              ))}
            </select>
          </div>
          <div className="form-group">
            <label className="label" htmlFor="fb-rating">
              {t('sup.fb.maxRating')}
            </label>
            <select id="fb-rating" name="maxRating" className="input" defaultValue={maxRating ? String(maxRating) : ''}>
              <option value="">{t('sup.fb.anyRating')}</option>
              {[1, 2, 3, 4].map((n) => (
                <option key={n} value={n}>
                  {t('sup.fb.ratingAtMost', { n })}
                </option>
              ))}
            </select>
          </div>
          <label className="checkbox">
            <input type="checkbox" name="withComment" value="1" defaultChecked={withComment} />
            <span>{t('sup.fb.withComment')}</span>
          </label>
          <button type="submit" className="button">
            {t('sup.fb.apply')}
          </button>
        </form>
        {q.data && rows.length === 0 ? <p>{t('sup.fb.none')}</p> : null}
        <div className="table-wrap" role="region" aria-label={t('sup.fb.responses')} tabIndex={0}>
          <table className="table" data-testid="feedback-responses">
            <thead>
              <tr>
                <th scope="col">{t('sup.fb.when')}</th>
                <th scope="col">{t('sup.fb.organisation')}</th>
                <th scope="col">{t('sup.fb.rating')}</th>
                <th scope="col">{t('sup.fb.answers')}</th>
                <th scope="col">{t('sup.fb.comment')}</th>
                <th scope="col">{t('sup.fb.case')}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((f) => (
                <tr key={f.feedbackId} data-feedback-id={f.feedbackId} data-rating={f.rating}>
                  <td>
                    <time dateTime={f.receivedAt}>{formatDateTime(f.receivedAt, locale)}</time>
                  </td>
                  <td>{f.organisation?.name ?? f.organisationId ?? '—'}</td>
                  <td>
                    {t('sup.fb.stars', { n: f.rating })}
                    {f.complaintFiled ? <span className="tag tag--warning">{t('sup.fb.complaintFiled')}</span> : null}
                  </td>
                  <td>
                    {t('sup.fb.reachable')}: {yesNo(f.answers.lawyerReachable)}; {t('sup.fb.explained')}: {yesNo(f.answers.outcomeExplained)}; {t('sup.fb.paid')}: {yesNo(f.answers.paymentRequested)}
                  </td>
                  <td>{f.comment ?? '—'}</td>
                  <td>{trail(f.caseId)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
        {q.data?.feedbackResponses.pageInfo.hasNextPage ? (
          <button type="button" className="button button--secondary" onClick={() => setAfter(q.data?.feedbackResponses.pageInfo.endCursor ?? null)}>
            {t('common.loadMore')}
          </button>
        ) : null}
      </section>
    </>
  );
}
