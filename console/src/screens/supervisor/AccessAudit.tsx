import { useEffect, useState } from 'react';
import { useQuery } from 'urql';
import { AccessAuditQuery } from '../../api/supervisor';
import { useCan, useEnumLabel } from '../../app/me';
import { Link, navigate, useLocation } from '../../app/router';
import { useLocale, useT } from '../../i18n/i18n';
import { MESSAGES, type MessageId } from '../../i18n/messages';
import type { AccessPurpose } from '../../gql/graphql';
import { mapError } from '../../lib/errors';
import { formatDateTime, vnDayEndExclusive, vnDayStart } from '../../lib/time';
import { Problem } from '../Problems';

const PURPOSES: AccessPurpose[] = ['CASE_HANDLING', 'CONTACT_APPLICANT', 'IDENTITY_LOOKUP', 'FEEDBACK_INVITATION', 'NOTIFICATION'];
const DATE = /^\d{4}-\d{2}-\d{2}$/;

/**
 * S8 (G29): the audit of who read personal data, filtered by reader, purpose,
 * period (Viet Nam days) and request. Only who, when, why and which fields:
 * never the data.
 */
export default function AccessAudit() {
  const t = useT();
  const { locale } = useLocale();
  const label = useEnumLabel();
  const canTrail = useCan('auditTrail');
  const { search } = useLocation();
  const actorId = search.get('actorId') ?? '';
  const purpose = (PURPOSES as string[]).includes(search.get('purpose') ?? '') ? (search.get('purpose') as AccessPurpose) : '';
  const from = DATE.test(search.get('from') ?? '') ? search.get('from')! : '';
  const to = DATE.test(search.get('to') ?? '') ? search.get('to')! : '';
  const requestId = search.get('requestId') ?? '';
  const badPeriod = !!from && !!to && from > to;
  const [after, setAfter] = useState<string | null>(null);
  const filter = {
    ...(actorId ? { actorId } : {}),
    ...(purpose ? { purpose } : {}),
    ...(from ? { accessedFrom: vnDayStart(from) } : {}),
    ...(to ? { accessedTo: vnDayEndExclusive(to) } : {}),
  };
  const [log, refetch] = useQuery({ query: AccessAuditQuery, variables: { filter, ...(requestId ? { requestId } : {}), after }, pause: badPeriod, requestPolicy: 'network-only' });
  useEffect(() => void (document.title = `${t('sup.audit.title')} — ${t('app.name')}`));
  useEffect(() => setAfter(null), [search.toString()]); // eslint-disable-line react-hooks/exhaustive-deps
  const rows = log.data?.personalDataAccessLog.edges.map((e) => e.node) ?? [];
  const page = log.data?.personalDataAccessLog.pageInfo;
  const role = (r: string) => (`role.${r}` in MESSAGES ? t(`role.${r}` as MessageId) : r);
  return (
    <>
      <h1>{t('sup.audit.title')}</h1>
      <p>{t('sup.audit.intro')}</p>
      <form
        className="filter filter--inline"
        key={search.toString()}
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          const d = new FormData(e.currentTarget);
          const q = new URLSearchParams();
          for (const k of ['actorId', 'purpose', 'from', 'to', 'requestId']) {
            const v = String(d.get(k) ?? '').trim();
            if (v) q.set(k, v);
          }
          navigate(`/giam-sat/truy-cap${q.size ? `?${q}` : ''}`);
        }}
      >
        <div className="form-group">
          <label className="label" htmlFor="audit-actor">
            {t('sup.audit.actor')}
          </label>
          <input id="audit-actor" name="actorId" className="input" defaultValue={actorId} autoComplete="off" spellCheck={false} />
        </div>
        <div className="form-group">
          <label className="label" htmlFor="audit-purpose">
            {t('sup.audit.purpose')}
          </label>
          <select id="audit-purpose" name="purpose" className="input" defaultValue={purpose}>
            <option value="">{t('sup.audit.anyPurpose')}</option>
            {PURPOSES.map((p) => (
              <option key={p} value={p}>
                {label('accessPurpose', p)}
              </option>
            ))}
          </select>
        </div>
        <div className={`form-group${badPeriod ? ' form-group--error' : ''}`}>
          <label className="label" htmlFor="audit-from">
            {t('sup.audit.from')}
          </label>
          {badPeriod ? (
            <p className="error-message" id="audit-from-error">
              {t('sup.audit.err.period')}
            </p>
          ) : null}
          <input id="audit-from" name="from" type="date" className="input input--date" defaultValue={from} aria-invalid={badPeriod} aria-describedby={badPeriod ? 'audit-from-error' : undefined} />
        </div>
        <div className="form-group">
          <label className="label" htmlFor="audit-to">
            {t('sup.audit.to')}
          </label>
          <input id="audit-to" name="to" type="date" className="input input--date" defaultValue={to} />
        </div>
        <div className="form-group">
          <label className="label" htmlFor="audit-request">
            {t('sup.audit.request')}
          </label>
          <input id="audit-request" name="requestId" className="input" defaultValue={requestId} autoComplete="off" spellCheck={false} />
        </div>
        <button type="submit" className="button">
          {t('sup.audit.apply')}
        </button>
      </form>
      {log.error && !log.data ? <Problem kind={mapError(log.error.graphQLErrors, log.error.networkError).kind} onRetry={() => refetch({ requestPolicy: 'network-only' })} /> : null}
      {log.data && rows.length === 0 ? <p>{t('sup.audit.none')}</p> : null}
      <div className="table-wrap" role="region" aria-label={t('sup.audit.title')} tabIndex={0}>
        <table className="table" data-testid="access-audit">
          <thead>
            <tr>
              <th scope="col">{t('sup.audit.when')}</th>
              <th scope="col">{t('sup.audit.who')}</th>
              <th scope="col">{t('sup.audit.role')}</th>
              <th scope="col">{t('sup.audit.purpose')}</th>
              <th scope="col">{t('sup.audit.fields')}</th>
              <th scope="col">{t('sup.audit.request')}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.accessId} data-actor-id={r.actorId} data-purpose={r.purpose}>
                <td>
                  <time dateTime={r.accessedAt}>{formatDateTime(r.accessedAt, locale)}</time>
                </td>
                <td>
                  {r.actorName ? `${r.actorName} · ` : ''}
                  <span className="mono">{r.actorId}</span>
                </td>
                <td>{role(r.actorRole)}</td>
                <td>{label('accessPurpose', r.purpose)}</td>
                <td>{r.fields.join(', ')}</td>
                <td>{r.requestId ? canTrail ? <Link href={`/giam-sat/so-cai?${new URLSearchParams({ requestId: r.requestId })}`}>{r.requestId}</Link> : r.requestId : '—'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {page?.hasNextPage ? (
        <button type="button" className="button button--secondary" onClick={() => setAfter(page.endCursor ?? null)}>
          {t('common.loadMore')}
        </button>
      ) : null}
    </>
  );
}
