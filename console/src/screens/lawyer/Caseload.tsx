import { useEffect } from 'react';
import { useQuery } from 'urql';
import { MyCaseCountsQuery, MyCasesQuery } from '../../api/lawyer';
import { useMe, useReferenceData } from '../../app/me';
import { Link, navigate, useLocation } from '../../app/router';
import { DeadlineBadge } from '../../components/DeadlineBadge';
import { useLabel, useLocale, useT } from '../../i18n/i18n';
import { mapError } from '../../lib/errors';
import { Problem } from '../Problems';
import { formatHours, useCaseLabels } from './shared';

const STATES = ['OPEN', 'IN_PROGRESS', 'SUSPENDED', 'CLOSED'] as const;

/** L3: my cases by state (links, one URL each), an overdue filter, the next deadline and the hours. */
export default function Caseload() {
  const t = useT();
  const { locale } = useLocale();
  const me = useMe();
  const ref = useReferenceData();
  const field = useLabel(ref?.fieldsOfLaw);
  const form = useLabel(ref?.aidForms);
  const { label } = useCaseLabels();
  const { search } = useLocation();
  const state = STATES.find((s) => s === search.get('state')) ?? null;
  const overdue = search.get('overdue') === '1';
  useEffect(() => void (document.title = `${t('lawyer.cases.title')} — ${t('app.name')}`));
  const filter = { providerId: me.providerId, ...(state ? { state } : {}), ...(overdue ? { overdue: true } : {}) };
  const [cases, refetch] = useQuery({ query: MyCasesQuery, variables: { filter } });
  const [counts] = useQuery({ query: MyCaseCountsQuery, variables: { filter: { providerId: me.providerId } } });
  const by = (key: string) => counts.data?.caseCounts.byState.find((x) => x.key === key)?.count ?? 0;
  const href = (s: string | null, o = overdue) => `/vu-viec${[s ? `state=${s}` : '', o ? 'overdue=1' : ''].filter(Boolean).join('&').replace(/^/, '?').replace(/^\?$/, '')}`;
  const rows = (cases.data?.cases.edges ?? []).map((e) => e.node);
  return (
    <>
      <h1>{t('lawyer.cases.title')}</h1>
      <nav className="sub-nav" aria-label={t('lawyer.cases.tabs')}>
        <ul>
          <li>
            <Link href={href(null)} aria-current={state === null ? 'page' : undefined}>
              {t('lawyer.cases.all')} ({counts.data?.caseCounts.total ?? '…'})
            </Link>
          </li>
          {STATES.map((s) => (
            <li key={s}>
              <Link href={href(s)} aria-current={state === s ? 'page' : undefined}>
                {label('caseState', s)} ({by(s)})
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      <p>
        <label className="checkbox">
          <input type="checkbox" checked={overdue} onChange={(e) => navigate(href(state, e.target.checked))} />
          <span>
            {t('lawyer.cases.overdueOnly')} ({counts.data?.caseCounts.overdue ?? '…'})
          </span>
        </label>
      </p>
      {cases.error && !cases.data ? <Problem kind={mapError(cases.error.graphQLErrors, cases.error.networkError).kind} onRetry={() => refetch({ requestPolicy: 'network-only' })} /> : null}
      {rows.length ? (
        <div className="table-wrap" role="region" aria-label={t('lawyer.cases.title')} tabIndex={0}>
          <table className="table" data-testid="caseload">
            <thead>
              <tr>
                <th scope="col">{t('lawyer.cases.col.case')}</th>
                <th scope="col">{t('lawyer.cases.col.state')}</th>
                <th scope="col">{t('lawyer.cases.col.next')}</th>
                <th scope="col">{t('lawyer.cases.col.hours')}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((c) => (
                <tr key={c.id} data-case={c.id}>
                  <td>
                    <Link href={`/vu-viec/${c.id}`}>
                      {field(c.fieldOfLaw)} · {form(c.aidForm)}
                    </Link>
                    {c.urgent ? <span className="tag tag--urgent"> {t('lawyer.offer.urgent')}</span> : null}
                  </td>
                  <td>
                    <span className="tag">{label('caseState', c.state)}</span>
                  </td>
                  <td>{c.nextDeadline ? <>{label('deadlineKind', c.nextDeadline.kind)}: <DeadlineBadge dueAt={c.nextDeadline.dueAt} /></> : '—'}</td>
                  <td>{t('lawyer.cases.hours', { hours: formatHours(c.activityHours, locale) })}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : cases.data ? (
        <p>{t('lawyer.cases.empty')}</p>
      ) : (
        <p>{t('app.loading')}</p>
      )}
    </>
  );
}
