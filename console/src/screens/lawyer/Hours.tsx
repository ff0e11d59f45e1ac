import { useEffect } from 'react';
import { useQuery } from 'urql';
import { HoursSummaryQuery } from '../../api/lawyer';
import { useMe } from '../../app/me';
import { navigate, useLocation } from '../../app/router';
import { useLocale, useT } from '../../i18n/i18n';
import { toCsv } from '../../lib/csv';
import { mapError } from '../../lib/errors';
import type { HoursSummaryQuery as HoursResult } from '../../gql/graphql';
import { Problem } from '../Problems';
import { formatHours, vnToday } from './shared';

type Month = HoursResult['hoursSummary']['byMonth'][number];

/** L6: hours recorded by month for a calendar year (summed by case-tracking), with a CSV for bar and pro bono reporting. */
export default function Hours() {
  const t = useT();
  const { locale } = useLocale();
  const me = useMe();
  const { search } = useLocation();
  const thisYear = Number(vnToday().slice(0, 4));
  const year = Number(search.get('nam')) || thisYear;
  const from = `${year}-01-01`;
  const to = `${year}-12-31`;
  useEffect(() => void (document.title = `${t('lawyer.hours.title')} — ${t('app.name')}`));
  const [h, refetch] = useQuery({ query: HoursSummaryQuery, variables: { providerId: me.providerId, from, to } });
  const s = h.data?.hoursSummary;
  const download = () => {
    if (!s) return;
    const a = document.createElement('a');
    a.href = URL.createObjectURL(
      new Blob([toCsv<Month>(s.byMonth, [
        { header: 'thang', value: (m) => m.month },
        { header: 'so_gio', value: (m) => m.hours },
        { header: 'so_hoat_dong', value: (m) => m.activities },
        { header: 'so_vu_viec', value: (m) => m.cases },
      ])], { type: 'text/csv;charset=utf-8' }),
    );
    a.download = `gio-lam_${from}_${to}.csv`;
    a.click();
    URL.revokeObjectURL(a.href);
  };
  return (
    <>
      <h1>{t('lawyer.hours.title')}</h1>
      <div className="form-group">
        <label className="label" htmlFor="hours-year">
          {t('lawyer.hours.year')}
        </label>
        <select id="hours-year" className="select" value={year} onChange={(e) => navigate(`/gio-lam?nam=${e.target.value}`)}>
          {[thisYear, thisYear - 1, thisYear - 2].map((y) => (
            <option key={y} value={y}>
              {y}
            </option>
          ))}
        </select>
      </div>
      {h.error && !h.data ? <Problem kind={mapError(h.error.graphQLErrors, h.error.networkError).kind} onRetry={() => refetch({ requestPolicy: 'network-only' })} /> : null}
      {s ? (
        <>
          <p data-testid="hours-total">{t('lawyer.hours.total', { hours: formatHours(s.hours, locale), activities: s.activities, cases: s.cases })}</p>
          <div className="table-wrap" role="region" aria-label={t('lawyer.hours.title')} tabIndex={0}>
            <table className="table" data-testid="hours">
              <thead>
                <tr>
                  <th scope="col">{t('lawyer.hours.month')}</th>
                  <th scope="col">{t('lawyer.cases.col.hours')}</th>
                  <th scope="col">{t('lawyer.hours.activities')}</th>
                  <th scope="col">{t('lawyer.cases.col.case')}</th>
                </tr>
              </thead>
              <tbody>
                {s.byMonth.map((m) => (
                  <tr key={m.month}>
                    <td>{`${m.month.slice(5)}/${m.month.slice(0, 4)}`}</td>
                    <td>{formatHours(m.hours, locale)}</td>
                    <td>{m.activities}</td>
                    <td>{m.cases}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <button type="button" className="button button--secondary" onClick={download} data-testid="hours-csv">
            {t('stats.csv')}
          </button>
        </>
      ) : (
        <p>{t('app.loading')}</p>
      )}
    </>
  );
}
