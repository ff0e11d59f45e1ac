import { useEffect, useState } from 'react';
import { useQuery, useSubscription } from 'urql';
import { OrganisationFeedSubscription, OrgCaseCountsQuery, OrgMembersQuery, OrgQueueQuery, OrgRecommendationsQuery } from '../../api/org';
import { useMe } from '../../app/me';
import { Link } from '../../app/router';
import { useT } from '../../i18n/i18n';
import type { MessageId } from '../../i18n/messages';

/** O1: the escalation queue's size, members taking cases, members' overdue cases, open recommendations; live from the organisation's feed. */
export default function OrgHome() {
  const t = useT();
  const me = useMe();
  const org = me.organisationId ?? '';
  useEffect(() => void (document.title = `${t('org.home.title')} — ${t('app.name')}`));
  const [queue, refetchQueue] = useQuery({ query: OrgQueueQuery, variables: { organisationId: org } });
  const [members] = useQuery({ query: OrgMembersQuery, variables: { organisationId: org } });
  const [counts, refetchCounts] = useQuery({ query: OrgCaseCountsQuery, variables: { filter: { organisationId: org, overdue: true } } });
  const [recs] = useQuery({ query: OrgRecommendationsQuery, variables: { organisationId: org } });
  const [feed] = useSubscription({ query: OrganisationFeedSubscription });
  const [announce, setAnnounce] = useState('');
  useEffect(() => {
    if (!feed.data) return;
    if (feed.data.organisationFeed.kind === 'REFERRAL_ESCALATED') setAnnounce(t('org.live.escalated'));
    refetchQueue({ requestPolicy: 'network-only' });
    refetchCounts({ requestPolicy: 'network-only' });
  }, [feed.data?.organisationFeed.event.id]); // eslint-disable-line react-hooks/exhaustive-deps
  const all = (members.data?.providers.edges ?? []).map((e) => e.node);
  const taking = all.filter((p) => p.available && p.status === 'ACTIVE').length;
  const openRecs = (recs.data?.recommendations.edges ?? []).filter((e) => e.node.status !== 'RESPONDED').length;
  const tiles: { label: MessageId; value: string | number; href: string; testid: string }[] = [
    { label: 'org.home.escalated', value: queue.data?.escalationQueue.totalCount ?? '…', href: '/leo-thang', testid: 'escalated' },
    { label: 'org.home.members', value: members.data ? `${taking} / ${all.length}` : '…', href: '/thanh-vien', testid: 'members' },
    { label: 'org.home.overdue', value: counts.data?.caseCounts.total ?? '…', href: '/thanh-vien?overdue=1', testid: 'overdue' },
    { label: 'org.home.openRecs', value: recs.data ? openRecs : '…', href: '/kien-nghi', testid: 'recommendations' },
  ];
  return (
    <>
      <h1>{t('org.home.title')}</h1>
      <p className="live-region" role="status" aria-live="polite">
        {announce}
      </p>
      <ul className="tiles">
        {tiles.map((tile) => (
          <li key={tile.label} className="tile">
            <Link href={tile.href} data-count={tile.testid}>
              <span className="tile__value">{tile.value}</span>
              <span className="tile__label">{t(tile.label)}</span>
            </Link>
          </li>
        ))}
      </ul>
    </>
  );
}
