import { useEffect } from 'react';
import { useQuery } from 'urql';
import { useStaffFeed } from './staff/live';
import { EscalationQueueQuery, RequestCountsQuery, RequestQueueQuery } from '../api/operations';
import { useCan, useMe } from '../app/me';
import { Link } from '../app/router';
import { DeadlineBadge } from '../components/DeadlineBadge';
import { useT } from '../i18n/i18n';
import type { MessageId } from '../i18n/messages';
import { mapError } from '../lib/errors';
import { Problem } from './Problems';

/** C1: counted queues, each a link to the queue with its filter, and the next deadlines. */
export default function Home() {
  const t = useT();
  const me = useMe();
  useEffect(() => void (document.title = `${t('home.title')} — ${t('app.name')}`));
  const centre = me.organisationId ? { centreId: me.organisationId } : {};
  const [counts, refetch] = useQuery({ query: RequestCountsQuery, variables: { filter: centre } });
  const [docs] = useQuery({ query: RequestQueueQuery, variables: { first: 10, filter: { ...centre, status: ['DOCUMENTS_REQUESTED'] }, orderBy: 'DOCUMENTS_DUE_AT' } });
  const canEscalations = useCan('escalationQueue') && !!me.organisationId;
  const canAssign = useCan('assignReferral', 'providers');
  const escalations = useQuery({ query: EscalationQueueQuery, variables: { organisationId: me.organisationId ?? '' }, pause: !canEscalations });
  const escalated = escalations[0].data?.escalationQueue.totalCount;
  // New requests and escalations for the centre arrive live and refresh the counts (G7).
  const refetchEscalations = escalations[1];
  useStaffFeed({
    onRequest: () => refetch({ requestPolicy: 'network-only' }),
    onEscalation: () => {
      refetch({ requestPolicy: 'network-only' });
      if (canEscalations) refetchEscalations({ requestPolicy: 'network-only' });
    },
  });
  if (counts.error && !counts.data) return <Problem kind={mapError(counts.error.graphQLErrors, counts.error.networkError).kind} onRetry={() => refetch({ requestPolicy: 'network-only' })} />;
  const c = counts.data?.requestCounts;
  const by = (list: { key: string; count: number }[] | undefined, key: string) => list?.find((x) => x.key === key)?.count ?? 0;
  // Counted by intake on the working-day calendar: past due and due within 2 working days.
  const dueSoon = (c?.documentsDue.past ?? 0) + (c?.documentsDue.dueSoon ?? 0);
  const tiles: { label: MessageId; value: number | string; href: string; extra?: string }[] = [
    { label: 'home.received', value: by(c?.byStatus, 'RECEIVED'), href: '/yeu-cau?status=RECEIVED&sort=oldest' },
    { label: 'home.documents', value: by(c?.byStatus, 'DOCUMENTS_REQUESTED'), href: '/yeu-cau?status=DOCUMENTS_REQUESTED&sort=due', extra: t('home.documentsSoon', { n: dueSoon }) },
    { label: 'home.urgent', value: c?.urgent ?? 0, href: '/yeu-cau?urgent=1&sort=oldest' },
    { label: 'home.duplicates', value: c?.possibleDuplicates ?? 0, href: '/yeu-cau?duplicate=1' },
    { label: 'home.referred', value: by(c?.byDownstreamStatus, 'REFERRED'), href: '/yeu-cau?down=REFERRED' },
    ...(canEscalations
      ? [{ label: 'home.escalated' as const, value: escalated ?? '…', href: canAssign ? '/leo-thang' : '/yeu-cau?down=REFERRED' }]
      : []),
    { label: 'home.total', value: c?.total ?? 0, href: '/yeu-cau' },
  ];
  const next = (docs.data?.legalAidRequests.edges ?? [])
    .map((e) => e.node)
    .filter((n) => n.documentsDueAt);
  return (
    <>
      <h1>{t('home.title')}</h1>
      <h2>{t('home.queues')}</h2>
      <ul className="tiles" aria-busy={counts.fetching}>
        {tiles.map((tile) => (
          <li key={tile.label} className="tile">
            <Link href={tile.href} data-count={tile.label}>
              <span className="tile__value">{counts.data ? tile.value : '…'}</span>
              <span className="tile__label">{t(tile.label)}</span>
            </Link>
            {tile.extra ? <span className="tile__extra">{tile.extra}</span> : null}
          </li>
        ))}
      </ul>
      <h2>{t('home.next')}</h2>
      {next.length ? (
        <ul className="list">
          {next.map((n) => (
            <li key={n.id}>
              <Link href={`/yeu-cau/${n.id}`}>{n.registerNumber ?? n.id.slice(0, 8)}</Link> — {t('rec.documentsDue')}: <DeadlineBadge dueAt={n.documentsDueAt!} />
            </li>
          ))}
        </ul>
      ) : (
        <p>{t('home.nextEmpty')}</p>
      )}
    </>
  );
}
