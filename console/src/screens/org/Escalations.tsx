import { useEffect, useState } from 'react';
import { useMutation, useQuery, useSubscription } from 'urql';
import { AssignReferralMutation, OrganisationFeedSubscription, OrgMembersQuery, OrgQueueQuery } from '../../api/org';
import { useEnumLabel, useMe, useReferenceData } from '../../app/me';
import { Link, useLocation } from '../../app/router';
import { DeadlineBadge } from '../../components/DeadlineBadge';
import { useLabel, useLocale, useT } from '../../i18n/i18n';
import { mapError, type ErrorKind } from '../../lib/errors';
import { formatDateTime } from '../../lib/time';
import type { OrgMembersQuery as MembersResult, OrgQueueQuery as QueueResult } from '../../gql/graphql';
import { Problem } from '../Problems';
import { useOrgLabel } from './shared';

type Item = QueueResult['escalationQueue']['edges'][number]['node'];
type Member = MembersResult['providers']['edges'][number]['node'];

/** How well a member fits the matter: field and form of aid, load against capacity, availability. */
function fitOf(m: Member, item: Item): { score: number; field: boolean; form: boolean; free: number } {
  const field = m.fieldsOfLaw.includes(item.fieldOfLaw);
  const form = m.aidForms.includes(item.aidForm);
  const free = m.capacity - m.openCases;
  const usable = m.available && m.status === 'ACTIVE' && free > 0;
  return { field, form, free, score: (usable ? 100 : 0) + (field ? 10 : 0) + (form ? 5 : 0) + Math.min(free, 9) / 10 };
}

/**
 * O2: referrals escalated to the organisation, oldest first, counted; the
 * chosen one's offers and decline reasons; a member picker with each member's
 * load and fit; assignment after confirmation. The organisation's feed keeps it current.
 */
export default function Escalations() {
  const t = useT();
  const { locale } = useLocale();
  const me = useMe();
  const org = me.organisationId ?? '';
  const ref = useReferenceData();
  const field = useLabel(ref?.fieldsOfLaw);
  const form = useLabel(ref?.aidForms);
  const labelOf = useEnumLabel();
  const orgLabel = useOrgLabel();
  const { search } = useLocation();
  const [queue, refetch] = useQuery({ query: OrgQueueQuery, variables: { organisationId: org } });
  const [members, refetchMembers] = useQuery({ query: OrgMembersQuery, variables: { organisationId: org } });
  const [feed] = useSubscription({ query: OrganisationFeedSubscription });
  const [, assign] = useMutation(AssignReferralMutation);
  const [confirming, setConfirming] = useState<Member | null>(null);
  const [assigned, setAssigned] = useState<string | null>(null);
  const [problem, setProblem] = useState<ErrorKind | null>(null);
  useEffect(() => void (document.title = `${t('org.queue.title')} — ${t('app.name')}`));
  useEffect(() => {
    if (feed.data) refetch({ requestPolicy: 'network-only' });
  }, [feed.data?.organisationFeed.event.id]); // eslint-disable-line react-hooks/exhaustive-deps
  const items = (queue.data?.escalationQueue.edges ?? []).map((e) => e.node);
  const selected = items.find((i) => i.id === search.get('r')) ?? items[0];
  const doAssign = async (m: Member) => {
    const res = await assign({ input: { referralId: selected!.id, providerId: m.id } });
    if (res.data) {
      setAssigned(m.displayName);
      setConfirming(null);
      setProblem(null);
      refetch({ requestPolicy: 'network-only' });
      refetchMembers({ requestPolicy: 'network-only' });
    } else setProblem(mapError(res.error?.graphQLErrors, res.error?.networkError).kind);
  };
  if (queue.error && !queue.data) return <Problem kind={mapError(queue.error.graphQLErrors, queue.error.networkError).kind} onRetry={() => refetch({ requestPolicy: 'network-only' })} />;
  const candidates = selected ? [...(members.data?.providers.edges ?? []).map((e) => e.node)].sort((a, b) => fitOf(b, selected).score - fitOf(a, selected).score) : [];
  return (
    <>
      <h1>{t('org.queue.title')}</h1>
      <p data-testid="queue-count">{queue.data ? t('org.queue.count', { n: queue.data.escalationQueue.totalCount ?? items.length }) : t('app.loading')}</p>
      {assigned ? (
        <div className="panel" role="status" data-testid="assigned">
          <p>{t('org.queue.assigned', { name: assigned })}</p>
        </div>
      ) : null}
      {problem ? <Problem kind={problem} /> : null}
      {items.length ? (
        <ol className="list" data-testid="queue">
          {items.map((i) => (
            <li key={i.id}>
              <Link href={`/leo-thang?r=${i.id}`} aria-current={selected?.id === i.id ? 'true' : undefined}>
                {t('org.queue.item', { field: field(i.fieldOfLaw), form: form(i.aidForm) })}
              </Link>
              {i.urgent ? <span className="tag tag--urgent"> {t('lawyer.offer.urgent')}</span> : null} · {orgLabel('escalationTarget', i.target)} · {t('org.queue.escalatedAt', { at: formatDateTime(i.escalatedAt, locale) })}
              {i.dueAt ? (
                <>
                  {' '}
                  · {t('org.queue.placeBy')}: <DeadlineBadge dueAt={i.dueAt} live={i.urgent} />
                </>
              ) : null}
            </li>
          ))}
        </ol>
      ) : queue.data ? (
        <p data-testid="queue-empty">{t('org.queue.empty')}</p>
      ) : null}
      {selected ? (
        <section aria-labelledby="detail-title" data-testid="escalation-detail">
          <h2 id="detail-title">{t('org.queue.item', { field: field(selected.fieldOfLaw), form: form(selected.aidForm) })}</h2>
          {selected.referral?.escalation ? <p>{labelOf('escalationReason', selected.referral.escalation.reason)}</p> : null}
          <h3>{t('org.queue.tried')}</h3>
          <ul className="list">
            {(selected.referral?.offers ?? []).map((o) => (
              <li key={o.id}>
                {o.provider?.displayName ?? o.providerId} — {labelOf('offerStatus', o.status)}
                {o.declineReason ? ` · ${labelOf('declineReason', o.declineReason)}` : ''}
              </li>
            ))}
          </ul>
          <h3 id="picker-title">{t('org.queue.pick')}</h3>
          <div className="table-wrap" role="region" aria-labelledby="picker-title" tabIndex={0}>
            <table className="table" data-testid="member-picker">
              <thead>
                <tr>
                  <th scope="col">{t('org.queue.col.member')}</th>
                  <th scope="col">{t('org.queue.col.load')}</th>
                  <th scope="col">{t('org.queue.col.fit')}</th>
                  <th scope="col">{t('org.queue.col.languages')}</th>
                  <th scope="col">
                    <span className="visually-hidden">{t('org.queue.pick')}</span>
                  </th>
                </tr>
              </thead>
              <tbody>
                {candidates.map((m) => {
                  const fit = fitOf(m, selected);
                  const usable = m.available && m.status === 'ACTIVE';
                  return (
                    <tr key={m.id} data-member={m.id}>
                      <td>{m.displayName}</td>
                      <td>{t('org.members.load', { open: m.openCases, capacity: m.capacity })}</td>
                      <td>
                        {[fit.field ? t('org.queue.fitField') : t('org.queue.fitNone'), fit.form ? t('org.queue.fitForm') : '', usable ? '' : t('org.queue.unavailable')].filter(Boolean).join(' · ')}
                      </td>
                      <td>{m.languages.join(', ')}</td>
                      <td>
                        <button type="button" className="button button--secondary" onClick={() => setConfirming(m)} data-testid={`pick-${m.id}`}>
                          {t('org.queue.assign', { name: m.displayName })}
                        </button>
                      </td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </div>
          {confirming ? (
            <div className="banner banner--warning" role="alertdialog" aria-labelledby="confirm-title" data-testid="confirm-assign">
              <p id="confirm-title">{t('org.queue.confirm', { name: confirming.displayName })}</p>
              <button type="button" className="button" onClick={() => void doAssign(confirming)} data-testid="confirm-assign-yes" autoFocus>
                {t('org.queue.confirmYes')}
              </button>{' '}
              <button type="button" className="button button--secondary" onClick={() => setConfirming(null)}>
                {t('common.back')}
              </button>
            </div>
          ) : null}
        </section>
      ) : null}
    </>
  );
}
