import { useEffect } from 'react';
import { useQuery } from 'urql';
import { StatisticsQuery } from '../api/operations';
import { useMe, useReferenceData } from '../app/me';
import { navigate, useLocation } from '../app/router';
import { useLabel, useLocale, useT } from '../i18n/i18n';
import type { StatisticsGrouping, StatisticsQuery as StatsResult } from '../gql/graphql';
import { countColumns, toCsv, type CsvColumn } from '../lib/csv';
import { mapError } from '../lib/errors';
import { Problem } from './Problems';
import { PeriodPicker, periodFromForm, usePeriodFromUrl } from './staff/PeriodPicker';

type Row = StatsResult['statistics']['rows'][number];
const GROUPINGS: StatisticsGrouping[] = ['FIELD_OF_LAW', 'ELIGIBILITY_GROUP', 'AID_FORM', 'CHANNEL', 'COMMUNE', 'OUTCOME', 'PROVIDER', 'NONE'];

/**
 * C10: the centre's figures for a period, grouped by one dimension. Small
 * cells are suppressed by oversight and shown as "hidden", never as zero;
 * the SVG chart has the table as its text alternative; CSV with a BOM.
 */
export default function Statistics() {
  const t = useT();
  const { locale } = useLocale();
  const me = useMe();
  const ref = useReferenceData();
  const labels: Partial<Record<StatisticsGrouping, (c: string) => string>> = {
    FIELD_OF_LAW: useLabel(ref?.fieldsOfLaw),
    ELIGIBILITY_GROUP: useLabel(ref?.eligibilityGroups),
    AID_FORM: useLabel(ref?.aidForms),
    CHANNEL: useLabel(ref?.channels),
  };
  const { search } = useLocation();
  // A fixed calendar period (year, quarter or month), as the statistics contract accepts.
  const { period, from, to } = usePeriodFromUrl(search);
  const groupBy = (GROUPINGS as string[]).includes(search.get('groupBy') ?? '') ? (search.get('groupBy') as StatisticsGrouping) : 'FIELD_OF_LAW';
  const filter = me.organisationId ? { organisationId: me.organisationId } : {};
  const [stats, refetch] = useQuery({ query: StatisticsQuery, variables: { input: { period, groupBy, filter } } });
  useEffect(() => void (document.title = `${t('stats.title')} — ${t('app.name')}`));
  const s = stats.data?.statistics;
  const label = (key: string | null | undefined) => (key ? (labels[groupBy]?.(key) ?? key) : t('stats.all'));
  const columns: CsvColumn<Row>[] = [
    { header: 'ma', value: (r) => r.key },
    { header: 'nhan', value: (r) => label(r.key) },
    ...countColumns<Row>('so_yeu_cau', (r) => ({ value: r.requests ?? null, suppressed: r.suppressed })),
    ...countColumns<Row>('thu_ly', (r) => ({ value: r.accepted ?? null, suppressed: r.suppressed })),
    ...countColumns<Row>('tu_choi', (r) => ({ value: r.rejected ?? null, suppressed: r.suppressed })),
  ];
  const download = () => {
    if (!s) return;
    const a = document.createElement('a');
    a.href = URL.createObjectURL(new Blob([toCsv(s.rows, columns)], { type: 'text/csv;charset=utf-8' }));
    a.download = `thong-ke_${from}_${to}_${groupBy}.csv`;
    a.click();
    URL.revokeObjectURL(a.href);
  };
  const max = Math.max(1, ...(s?.rows ?? []).map((r) => r.requests ?? 0));
  const fmt = (n: number | null | undefined) => (n === null || n === undefined ? '—' : n.toLocaleString(locale === 'vi' ? 'vi-VN' : 'en-GB'));
  return (
    <>
      <h1>{t('stats.title')}</h1>
      <form
        className="filter filter--inline"
        onSubmit={(e) => {
          e.preventDefault();
          const d = new FormData(e.currentTarget);
          navigate(`/thong-ke?${new URLSearchParams({ period: periodFromForm(d), groupBy: String(d.get('groupBy')) })}`);
        }}
        key={search.toString()}
      >
        <PeriodPicker period={period} />
        <div className="form-group">
          <label className="label" htmlFor="groupBy">
            {t('stats.groupBy')}
          </label>
          <select className="select" id="groupBy" name="groupBy" defaultValue={groupBy}>
            {GROUPINGS.map((g) => (
              <option key={g} value={g}>
                {t(`stats.group.${g}`)}
              </option>
            ))}
          </select>
        </div>
        <button type="submit" className="button">
          {t('stats.show')}
        </button>
      </form>
      {stats.error && !stats.data ? <Problem kind={mapError(stats.error.graphQLErrors, stats.error.networkError).kind} onRetry={() => refetch({ requestPolicy: 'network-only' })} /> : null}
      {!s ? (
        <p>{t('app.loading')}</p>
      ) : (
        <>
          <p>{t('stats.suppression', { n: s.threshold })}</p>
          <figure className="chart" aria-labelledby="chart-caption">
            <svg role="img" aria-labelledby="chart-caption" viewBox={`0 0 600 ${Math.max(1, s.rows.length) * 28}`} width="100%" preserveAspectRatio="xMinYMin meet">
              <defs>
                <pattern id="hatch" width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
                  <line x1="0" y1="0" x2="0" y2="6" stroke="#6f777b" strokeWidth="2" />
                </pattern>
              </defs>
              {s.rows.map((r, i) => (
                <g key={r.key ?? i} transform={`translate(0 ${i * 28})`}>
                  <text x="0" y="18" fontSize="13">
                    {label(r.key).slice(0, 28)}
                  </text>
                  {r.suppressed ? (
                    <>
                      <rect x="220" y="4" width="60" height="18" fill="url(#hatch)" stroke="#6f777b" />
                      <text x="288" y="18" fontSize="13">
                        {t('stats.hidden')}
                      </text>
                    </>
                  ) : (
                    <>
                      <rect x="220" y="4" width={Math.max(2, ((r.requests ?? 0) / max) * 320)} height="18" fill="#1d4f91" />
                      <text x={228 + Math.max(2, ((r.requests ?? 0) / max) * 320)} y="18" fontSize="13">
                        {fmt(r.requests)}
                      </text>
                    </>
                  )}
                </g>
              ))}
            </svg>
            <figcaption id="chart-caption">{t('stats.chart', { from, to })}</figcaption>
          </figure>
          <div className="table-wrap" role="region" aria-label={t('stats.title')} tabIndex={0}>
            <table className="table" data-testid="stats-table">
              <thead>
                <tr>
                  <th scope="col">{t(`stats.group.${groupBy}`)}</th>
                  <th scope="col">{t('stats.requests')}</th>
                  <th scope="col">{t('stats.accepted')}</th>
                  <th scope="col">{t('stats.rejected')}</th>
                  <th scope="col">{t('stats.medianAssign')}</th>
                </tr>
              </thead>
              <tbody>
                {[...s.rows, s.total].map((r, i) => (
                  <tr key={i} data-suppressed={r.suppressed || undefined}>
                    <th scope="row">{i === s.rows.length ? t('stats.total') : label(r.key)}</th>
                    {r.suppressed ? (
                      <td colSpan={4}>{t('stats.hiddenCell', { n: s.threshold })}</td>
                    ) : (
                      <>
                        <td>{fmt(r.requests)}</td>
                        <td>{fmt(r.accepted)}</td>
                        <td>{fmt(r.rejected)}</td>
                        <td>{r.medianHoursToAssignment === null || r.medianHoursToAssignment === undefined ? '—' : `${r.medianHoursToAssignment.toLocaleString(locale === 'vi' ? 'vi-VN' : 'en-GB', { maximumFractionDigits: 1 })} ${t('stats.hours')}`}</td>
                      </>
                    )}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <button type="button" className="button button--secondary" onClick={download} data-testid="stats-csv">
            {t('stats.csv')}
          </button>
        </>
      )}
    </>
  );
}
