import { useEffect, useMemo, useRef, useState } from 'react';
import { useClient, useQuery } from 'urql';
import { RequestCountsQuery, RequestQueueQuery } from '../api/operations';
import { useMe, useReferenceData } from '../app/me';
import { Link, navigate, useLocation } from '../app/router';
import { DeadlineBadge } from '../components/DeadlineBadge';
import { useLabel, useLocale, useT } from '../i18n/i18n';
import type { MessageId } from '../i18n/messages';
import type { RequestFilter, RequestQueueQuery as QueueResult } from '../gql/graphql';
import { toCsv } from '../lib/csv';
import { mapError, type ErrorKind } from '../lib/errors';
import { matchesFolded } from '../lib/text';
import { formatDateTime } from '../lib/time';
import { Problem } from './Problems';
import { useStaffFeed } from './staff/live';
import { ROW_HEIGHT, useRowWindow } from './staff/window';

type Row = QueueResult['legalAidRequests']['edges'][number]['node'];
const STATUSES = ['RECEIVED', 'DOCUMENTS_REQUESTED', 'ACCEPTED', 'REJECTED', 'WITHDRAWN'] as const;
const SORTS = ['newest', 'oldest', 'due', 'urgent'] as const;
/** The queue's orders, applied by intake across every page. */
const ORDER_BY = { newest: 'RECEIVED_AT_DESC', oldest: 'RECEIVED_AT_ASC', due: 'DOCUMENTS_DUE_AT', urgent: 'URGENCY' } as const;
type Sort = (typeof SORTS)[number];

/** The filter as the URL holds it (shareable, back-button safe). */
function filterFromUrl(search: URLSearchParams, centreId: string | null | undefined): RequestFilter {
  const list = (k: string) => search.getAll(k).filter(Boolean);
  const f: RequestFilter = {};
  if (centreId) f.centreId = centreId;
  if (list('status').length) f.status = list('status') as RequestFilter['status'];
  if (list('channel').length) f.channel = list('channel') as RequestFilter['channel'];
  if (list('field').length) f.fieldOfLaw = list('field') as RequestFilter['fieldOfLaw'];
  if (list('down').length) f.downstreamStatus = list('down') as RequestFilter['downstreamStatus'];
  if (search.get('urgent') === '1') f.urgent = true;
  if (search.get('duplicate') === '1') f.possibleDuplicate = true;
  return f;
}

/**
 * C2: the centre's requests with filters and sorting in the URL. Pages of 100
 * are loaded on demand; the quick filter works on the loaded rows in the
 * browser, so typing sends no request.
 */
export default function Queue() {
  const t = useT();
  const { locale } = useLocale();
  const me = useMe();
  const ref = useReferenceData();
  const label = { channel: useLabel(ref?.channels), field: useLabel(ref?.fieldsOfLaw), form: useLabel(ref?.aidForms), group: useLabel(ref?.eligibilityGroups) };
  const { search } = useLocation();
  const key = search.toString();
  const filter = useMemo(() => filterFromUrl(search, me.organisationId), [key]); // eslint-disable-line react-hooks/exhaustive-deps
  const sort: Sort = (SORTS as readonly string[]).includes(search.get('sort') ?? '') ? (search.get('sort') as Sort) : 'newest';
  const client = useClient();
  const [rows, setRows] = useState<Row[]>([]);
  const [cursor, setCursor] = useState<string | null>(null);
  const [more, setMore] = useState(false);
  const [loading, setLoading] = useState(true);
  const [problem, setProblem] = useState<ErrorKind | null>(null);
  const [quick, setQuick] = useState('');
  const [counts, refetchCounts] = useQuery({ query: RequestCountsQuery, variables: { filter } });
  // New requests for the centre arrive live (G7): the count updates, the rows on screen stay until asked.
  const [arrivals, setArrivals] = useState(0);
  useStaffFeed({
    onRequest: () => {
      setArrivals((n) => n + 1);
      refetchCounts({ requestPolicy: 'network-only' });
    },
  });
  useEffect(() => void (document.title = `${t('queue.title')} — ${t('app.name')}`));

  const load = async (after: string | null, replace: boolean) => {
    setLoading(true);
    const r = await client.query(RequestQueueQuery, { first: 100, after, filter, orderBy: ORDER_BY[sort] }, { requestPolicy: 'network-only' }).toPromise();
    setLoading(false);
    if (!r.data) {
      setProblem(mapError(r.error?.graphQLErrors, r.error?.networkError).kind);
      return;
    }
    setProblem(null);
    const page = r.data.legalAidRequests;
    setRows((old) => [...(replace ? [] : old), ...page.edges.map((e) => e.node)]);
    setCursor(page.pageInfo.endCursor ?? null);
    setMore(page.pageInfo.hasNextPage);
  };
  useEffect(() => void load(null, true), [key]); // eslint-disable-line react-hooks/exhaustive-deps
  const showArrivals = () => {
    setArrivals(0);
    void load(null, true);
  };

  const shown = useMemo(() => {
    const visible = quick ? rows.filter((r) => matchesFolded([r.registerNumber ?? '', r.id, label.channel(r.channel), label.field(r.fieldOfLaw), label.group(r.claimedEligibilityGroup), t(`status.${r.status}` as MessageId)].join(' '), quick)) : rows;
    return visible;
  }, [rows, quick, locale, ref]); // eslint-disable-line react-hooks/exhaustive-deps

  // A long queue renders only the rows on screen, and the next page loads as the end comes into view.
  const body = useRef<HTMLTableSectionElement>(null);
  const view = useRowWindow(shown.length, body);
  useEffect(() => {
    if (view.nearEnd && more && !loading && !quick && !problem) void load(cursor, false);
  }, [view.nearEnd, more, loading]); // eslint-disable-line react-hooks/exhaustive-deps

  const apply = (form: HTMLFormElement) => {
    const data = new FormData(form);
    const next = new URLSearchParams();
    for (const [k, v] of data.entries()) if (typeof v === 'string' && v && k !== 'quick') next.append(k, v);
    navigate(`/yeu-cau${next.toString() ? `?${next}` : ''}`);
  };

  const csv = () => {
    const body = toCsv(shown, [
      { header: 'id', value: (r) => r.id },
      { header: 'so_thu_ly', value: (r) => r.registerNumber },
      { header: 'ngay_nhan', value: (r) => r.receivedAt },
      { header: 'kenh', value: (r) => r.channel },
      { header: 'kenh_nhan', value: (r) => label.channel(r.channel) },
      { header: 'linh_vuc', value: (r) => r.fieldOfLaw },
      { header: 'linh_vuc_nhan', value: (r) => label.field(r.fieldOfLaw) },
      { header: 'hinh_thuc', value: (r) => r.aidForm },
      { header: 'dien', value: (r) => r.claimedEligibilityGroup },
      { header: 'trang_thai', value: (r) => r.status },
      { header: 'khan_cap', value: (r) => r.urgency.urgent },
      { header: 'han_giay_to', value: (r) => r.documentsDueAt },
    ]);
    const a = document.createElement('a');
    a.href = URL.createObjectURL(new Blob([body], { type: 'text/csv;charset=utf-8' }));
    a.download = `yeu-cau_${new Date().toISOString().slice(0, 10)}.csv`;
    a.click();
    URL.revokeObjectURL(a.href);
  };

  const checked = (k: string, v: string) => search.getAll(k).includes(v);
  return (
    <>
      <h1>{t('queue.title')}</h1>
      <div className="filter-layout">
        <form
          className="filter"
          aria-labelledby="filter-title"
          onSubmit={(e) => {
            e.preventDefault();
            apply(e.currentTarget);
          }}
          key={key}
        >
          <h2 id="filter-title">{t('queue.filters')}</h2>
          <fieldset>
            <legend>{t('queue.status')}</legend>
            {STATUSES.map((s) => (
              <div className="checkbox" key={s}>
                <input type="checkbox" id={`f-status-${s}`} name="status" value={s} defaultChecked={checked('status', s)} />
                <label htmlFor={`f-status-${s}`}>{t(`status.${s}` as MessageId)}</label>
              </div>
            ))}
          </fieldset>
          <div className="form-group">
            <label className="label" htmlFor="f-channel">
              {t('queue.channel')}
            </label>
            <select id="f-channel" name="channel" className="select" defaultValue={search.get('channel') ?? ''}>
              <option value="">—</option>
              {ref?.channels.map((c) => (
                <option key={c.code} value={c.code}>
                  {c[locale]}
                </option>
              ))}
            </select>
          </div>
          <div className="form-group">
            <label className="label" htmlFor="f-field">
              {t('queue.field')}
            </label>
            <select id="f-field" name="field" className="select" defaultValue={search.get('field') ?? ''}>
              <option value="">—</option>
              {ref?.fieldsOfLaw.map((c) => (
                <option key={c.code} value={c.code}>
                  {c[locale]}
                </option>
              ))}
            </select>
          </div>
          <div className="checkbox">
            <input type="checkbox" id="f-urgent" name="urgent" value="1" defaultChecked={search.get('urgent') === '1'} />
            <label htmlFor="f-urgent">{t('queue.urgentOnly')}</label>
          </div>
          <div className="checkbox">
            <input type="checkbox" id="f-duplicate" name="duplicate" value="1" defaultChecked={search.get('duplicate') === '1'} />
            <label htmlFor="f-duplicate">{t('queue.duplicatesOnly')}</label>
          </div>
          {search.getAll('down').map((d) => (
            <input type="hidden" name="down" value={d} key={d} />
          ))}
          <div className="form-group">
            <label className="label" htmlFor="f-sort">
              {t('queue.sort')}
            </label>
            <select id="f-sort" name="sort" className="select" defaultValue={sort}>
              {SORTS.map((s) => (
                <option key={s} value={s}>
                  {t(`queue.sort.${s}`)}
                </option>
              ))}
            </select>
          </div>
          <button type="submit" className="button">
            {t('queue.apply')}
          </button>{' '}
          <Link href="/yeu-cau" className="link-button">
            {t('queue.clear')}
          </Link>
        </form>
        <div className="filter-results">
          <div className="form-group">
            <label className="label" htmlFor="quick">
              {t('queue.search')}
            </label>
            <input id="quick" className="input" type="search" value={quick} onChange={(e) => setQuick(e.target.value)} autoComplete="off" />
          </div>
          <p role="status" data-testid="queue-count">
            {t('queue.count', { shown: shown.length, total: counts.data?.requestCounts.total ?? rows.length })}
          </p>
          <div aria-live="polite" data-testid="queue-live">
            {arrivals ? (
              <p className="banner">
                {t('live.newRequests', { n: arrivals })}{' '}
                <button type="button" className="button button--secondary" onClick={showArrivals} data-testid="show-new">
                  {t('live.showNew')}
                </button>
              </p>
            ) : null}
          </div>
          {problem ? <Problem kind={problem} onRetry={() => void load(null, true)} /> : null}
          <div className="table-wrap" tabIndex={0} aria-label={t('queue.title')} role="region">
            <table className={view.windowed ? 'table table--windowed' : 'table'} aria-rowcount={shown.length + 1}>
              <thead>
                <tr aria-rowindex={1}>
                  <th scope="col">{t('queue.col.id')}</th>
                  <th scope="col">{t('queue.col.received')}</th>
                  <th scope="col">{t('queue.col.channel')}</th>
                  <th scope="col">{t('queue.col.field')}</th>
                  <th scope="col">{t('queue.col.group')}</th>
                  <th scope="col">{t('queue.col.status')}</th>
                  <th scope="col">{t('queue.col.due')}</th>
                </tr>
              </thead>
              <tbody ref={body}>
                {view.start > 0 ? (
                  <tr aria-hidden="true" className="table__spacer" style={{ height: view.start * ROW_HEIGHT }}>
                    <td colSpan={7} />
                  </tr>
                ) : null}
                {shown.slice(view.start, view.end).map((r, i) => (
                  <tr key={r.id} data-request-id={r.id} aria-rowindex={view.start + i + 2}>
                    <td>
                      <Link href={`/yeu-cau/${r.id}`}>{r.registerNumber ?? r.id.slice(0, 8)}</Link>
                      {r.possibleDuplicateOf.length ? <span className="tag tag--warning">{t('queue.duplicate')}</span> : null}
                    </td>
                    <td>
                      <time dateTime={r.receivedAt}>{formatDateTime(r.receivedAt, locale)}</time>
                    </td>
                    <td>{label.channel(r.channel)}</td>
                    <td>
                      {label.field(r.fieldOfLaw)}
                      {r.needsInterpreter ? <span className="tag">{t('queue.interpreter')}</span> : null}
                    </td>
                    <td>{label.group(r.claimedEligibilityGroup)}</td>
                    <td>
                      <span className="tag">{t(`status.${r.status}` as MessageId)}</span>
                      {r.urgency.urgent ? <span className="tag tag--urgent">{t('home.urgent')}</span> : null}
                    </td>
                    <td>{r.documentsDueAt ? <DeadlineBadge dueAt={r.documentsDueAt} /> : r.urgency.deadlineAt ? <DeadlineBadge dueAt={r.urgency.deadlineAt} /> : '—'}</td>
                  </tr>
                ))}
                {view.end < shown.length ? (
                  <tr aria-hidden="true" className="table__spacer" style={{ height: (shown.length - view.end) * ROW_HEIGHT }}>
                    <td colSpan={7} />
                  </tr>
                ) : null}
              </tbody>
            </table>
          </div>
          {!loading && !shown.length ? <p>{t('queue.empty')}</p> : null}
          {loading ? <p>{t('app.loading')}</p> : null}
          <p>
            {more ? (
              <button type="button" className="button button--secondary" onClick={() => void load(cursor, false)}>
                {t('common.loadMore')}
              </button>
            ) : null}{' '}
            <button type="button" className="button button--secondary" onClick={csv} disabled={!shown.length}>
              {t('queue.csv')}
            </button>
          </p>
        </div>
      </div>
    </>
  );
}
