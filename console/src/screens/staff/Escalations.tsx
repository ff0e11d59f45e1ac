import { useEffect, useRef, useState } from 'react';
import { useMutation, useQuery } from 'urql';
import { AssignReferralMutation, EscalationsQuery, MembersQuery } from '../../api/staff';
import { useEnumLabel, useMe, useReferenceData } from '../../app/me';
import { Link, navigate, useLocation } from '../../app/router';
import { DeadlineBadge } from '../../components/DeadlineBadge';
import { ErrorSummary } from '../../components/ErrorSummary';
import { useLabel, useLocale, useT } from '../../i18n/i18n';
import type { MessageId } from '../../i18n/messages';
import type { EscalationsQuery as EscalationsResult } from '../../gql/graphql';
import { mapError } from '../../lib/errors';
import { formatDateTime } from '../../lib/time';
import { Problem } from '../Problems';
import { useStaffFeed } from './live';

type Item = EscalationsResult['escalationQueue']['edges'][number]['node'];

/**
 * C8: the referrals waiting in the centre's own queues (its officers', then
 * its director's), oldest first, with the deadline by which each must be
 * placed. Choosing one shows why it was escalated, whom it was offered to,
 * and the centre's providers with their load; assigning uses assignReferral.
 * New escalations arrive live (referralEscalated) and refresh the queue.
 */
export default function Escalations() {
  const t = useT();
  const { locale } = useLocale();
  const me = useMe();
  const ref = useReferenceData();
  const label = { field: useLabel(ref?.fieldsOfLaw), form: useLabel(ref?.aidForms) };
  const labelOf = useEnumLabel();
  const { search } = useLocation();
  const chosen = search.get('id');
  const organisationId = me.organisationId ?? '';
  const [queue, refetch] = useQuery({ query: EscalationsQuery, variables: { organisationId }, pause: !organisationId });
  const [done, setDone] = useState<{ request: string; provider: string } | null>(null);
  const [arrived, setArrived] = useState<string | null>(null);
  useStaffFeed({
    onEscalation: (ev) => {
      if (ev.organisationId !== organisationId) return;
      setArrived(t('live.escalated', { id: ev.requestId.slice(0, 8), queue: t(`esc.target.${ev.target}` as MessageId) }));
      refetch({ requestPolicy: 'network-only' });
    },
  });
  useEffect(() => void (document.title = `${t('esc.title')} — ${t('app.name')}`));

  if (queue.error && !queue.data) return <Problem kind={mapError(queue.error.graphQLErrors, queue.error.networkError).kind} onRetry={() => refetch({ requestPolicy: 'network-only' })} />;
  const items = queue.data?.escalationQueue.edges.map((e) => e.node) ?? [];
  const total = queue.data?.escalationQueue.totalCount;
  const item = items.find((i) => i.id === chosen);
  return (
    <>
      <h1>{t('esc.title')}</h1>
      <p>{t('esc.intro')}</p>
      <p role="status" data-testid="escalation-count">
        {total === undefined || total === null ? t('app.loading') : t('esc.count', { n: total })}
      </p>
      <div aria-live="polite" data-testid="escalation-live">
        {arrived ? <p className="banner">{arrived}</p> : null}
      </div>
      {done ? (
        <div className="banner" role="status" data-testid="assigned">
          <p>{t('esc.assigned', { id: done.request, provider: done.provider })}</p>
        </div>
      ) : null}
      {items.length ? (
        <div className="table-wrap" role="region" aria-label={t('esc.title')} tabIndex={0}>
          <table className="table" data-testid="escalations">
            <thead>
              <tr>
                <th scope="col">{t('esc.col.request')}</th>
                <th scope="col">{t('esc.col.field')}</th>
                <th scope="col">{t('esc.col.queue')}</th>
                <th scope="col">{t('esc.col.escalated')}</th>
                <th scope="col">{t('esc.col.due')}</th>
                <th scope="col">
                  <span className="visually-hidden">{t('esc.choose')}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {items.map((i) => (
                <tr key={i.id} data-referral-id={i.id} aria-current={i.id === chosen ? 'true' : undefined}>
                  <td>
                    <Link href={`/yeu-cau/${i.requestId}/gioi-thieu`}>{i.requestId.slice(0, 8)}</Link>
                    {i.urgent ? <span className="tag tag--urgent">{t('home.urgent')}</span> : null}
                  </td>
                  <td>
                    {label.field(i.fieldOfLaw)} — {label.form(i.aidForm)}
                  </td>
                  <td>{t(`esc.target.${i.target}` as MessageId)}</td>
                  <td>
                    <time dateTime={i.escalatedAt}>{formatDateTime(i.escalatedAt, locale)}</time>
                  </td>
                  <td>{i.dueAt ? <DeadlineBadge dueAt={i.dueAt} live={i.urgent} /> : '—'}</td>
                  <td>
                    <Link href={`/leo-thang?id=${encodeURIComponent(i.id)}`} className="button button--secondary" data-testid="choose">
                      {t('esc.choose')}
                      <span className="visually-hidden"> {i.requestId.slice(0, 8)}</span>
                    </Link>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : queue.data ? (
        <p data-testid="escalations-empty">{t('esc.empty')}</p>
      ) : null}
      {item ? (
        <Assign
          key={item.id}
          item={item}
          organisationId={organisationId}
          labelOf={labelOf}
          onAssigned={(provider) => {
            setDone({ request: item.requestId.slice(0, 8), provider });
            navigate('/leo-thang', { replace: true });
            refetch({ requestPolicy: 'network-only' });
          }}
        />
      ) : null}
    </>
  );
}

/** The detail pane: why it was escalated, what was tried, and the member picker with each one's load. */
function Assign({ item, organisationId, labelOf, onAssigned }: { item: Item; organisationId: string; labelOf: ReturnType<typeof useEnumLabel>; onAssigned: (provider: string) => void }) {
  const t = useT();
  const { locale } = useLocale();
  const [members] = useQuery({ query: MembersQuery, variables: { filter: { organisationId, status: 'ACTIVE' } } });
  const [assignState, assign] = useMutation(AssignReferralMutation);
  const [choice, setChoice] = useState('');
  const [error, setError] = useState<string | null>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  const escalation = item.referral?.escalation;
  const offers = item.referral?.offers ?? [];
  const list = (members.data?.providers.edges.map((e) => e.node) ?? []).filter((p) => p.aidForms.includes(item.aidForm));
  const submit = async () => {
    if (!choice) return setError(t('esc.err.member'));
    setError(null);
    const r = await assign({ input: { referralId: item.id, providerId: choice } });
    if (r.data) return onAssigned(list.find((p) => p.id === choice)?.displayName ?? choice);
    const m = mapError(r.error?.graphQLErrors, r.error?.networkError);
    const reason = m.reason ?? (m.kind === 'conflict' ? 'CONFLICT' : '');
    setError(['CONFLICT', 'NOT_ELIGIBLE', 'PROVIDER_SUSPENDED'].includes(reason) ? t(`esc.err.${reason}` as MessageId) : t('esc.err.other', { message: m.message }));
  };
  return (
    <section className="detail-pane" aria-labelledby="assign-title" data-testid="assign-pane">
      <h2 id="assign-title" tabIndex={-1} ref={heading}>
        {t('esc.detail', { id: item.requestId.slice(0, 8) })}
      </h2>
      <ErrorSummary title={`${t('esc.title')} — ${t('app.name')}`} errors={error ? [{ field: 'member-0', message: error }] : []} />
      <dl className="summary-list">
        <div className="summary-list__row">
          <dt className="summary-list__key">{t('esc.why')}</dt>
          <dd className="summary-list__value">
            {escalation ? `${labelOf('escalationReason', escalation.reason)} · ${t(`esc.target.${escalation.target}` as MessageId)}` : '—'}
          </dd>
        </div>
        <div className="summary-list__row">
          <dt className="summary-list__key">{t('esc.tried')}</dt>
          <dd className="summary-list__value">
            {offers.length ? (
              <ul className="list" data-testid="tried">
                {offers.map((o) => (
                  <li key={o.id}>
                    {t('esc.tryRow', { provider: o.provider?.displayName ?? o.providerId, status: labelOf('offerStatus', o.status) })}
                    {o.declineReason ? ` (${labelOf('declineReason', o.declineReason)})` : ''} · <time dateTime={o.offeredAt}>{formatDateTime(o.offeredAt, locale)}</time>
                  </li>
                ))}
              </ul>
            ) : (
              t('esc.triedNone')
            )}
          </dd>
        </div>
      </dl>
      <form
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          void submit();
        }}
      >
        <fieldset className={`fieldset${error ? ' form-group--error' : ''}`} aria-describedby="member-hint">
          <legend className="fieldset__legend">{t('esc.member')}</legend>
          <div className="hint" id="member-hint">
            {t('esc.memberHint')}
          </div>
          {members.data && !list.length ? <p>{t('esc.noMembers')}</p> : null}
          {list.map((p, i) => {
            const notes = [p.openCases >= p.capacity ? t('esc.full') : null, p.available ? null : t('esc.unavailable'), p.fieldsOfLaw.includes(item.fieldOfLaw) ? null : t('esc.noField')].filter(Boolean);
            return (
              <div className="checkbox" key={p.id}>
                <input type="radio" id={`member-${i}`} name="member" value={p.id} checked={choice === p.id} onChange={() => setChoice(p.id)} data-provider-id={p.id} />
                <label htmlFor={`member-${i}`}>
                  <strong>{p.displayName}</strong>
                  <span className="hint-inline">
                    {' '}
                    — {t('esc.memberLine', { open: p.openCases, capacity: p.capacity, languages: p.languages.join(', ') })}
                    {notes.length ? ` · ${notes.join(' · ')}` : ''}
                  </span>
                </label>
              </div>
            );
          })}
        </fieldset>
        <button type="submit" className="button" disabled={assignState.fetching} data-testid="assign">
          {t('esc.assign')}
        </button>{' '}
        <Link href="/leo-thang" className="link-button">
          {t('esc.close')}
        </Link>
      </form>
    </section>
  );
}
