import { useEffect, useState } from 'react';
import { useQuery } from 'urql';
import { RecommendationTrackerQuery } from '../../api/supervisor';
import { useT } from '../../i18n/i18n';
import type { MessageId } from '../../i18n/messages';
import type { RecommendationStatus } from '../../gql/graphql';
import { mapError } from '../../lib/errors';
import { Problem } from '../Problems';
import { RecommendationRow } from './Plans';

const COLUMNS: RecommendationStatus[] = ['ISSUED', 'OVERDUE', 'RESPONDED', 'ACCEPTED'];

function Column({ status, tick, onChanged }: { status: RecommendationStatus; tick: number; onChanged: () => void }) {
  const t = useT();
  const [q, refetch] = useQuery({ query: RecommendationTrackerQuery, variables: { status } });
  useEffect(() => {
    if (tick) refetch({ requestPolicy: 'network-only' });
  }, [tick]); // eslint-disable-line react-hooks/exhaustive-deps
  const rows = (q.data?.recommendations.edges ?? []).map((e) => e.node);
  const heading = `rec-col-${status}`;
  return (
    <section aria-labelledby={heading} className="tracker-column" data-testid={`tracker-${status}`}>
      <h2 id={heading}>{t('sup.rec.column', { status: t(`sup.rec.status.${status}` as MessageId), n: q.data?.recommendations.totalCount ?? '…' })}</h2>
      {q.error && !q.data ? <Problem kind={mapError(q.error.graphQLErrors, q.error.networkError).kind} onRetry={() => refetch({ requestPolicy: 'network-only' })} /> : null}
      {q.data && rows.length === 0 ? <p>{t('sup.rec.none')}</p> : null}
      <ul className="list">
        {rows.map((r) => (
          <RecommendationRow key={r.recommendationId} r={r} onChanged={onChanged} />
        ))}
      </ul>
    </section>
  );
}

/** S5: recommendations by status (awaiting response, overdue, responded, accepted) with counts, due times, responses and follow-ups (G21). */
export default function Recommendations() {
  const t = useT();
  // A follow-up moves a recommendation between columns: every column reads again.
  const [tick, setTick] = useState(0);
  useEffect(() => void (document.title = `${t('sup.rec.tracker')} — ${t('app.name')}`));
  return (
    <>
      <h1>{t('sup.rec.tracker')}</h1>
      {COLUMNS.map((s) => (
        <Column key={s} status={s} tick={tick} onChanged={() => setTick((n) => n + 1)} />
      ))}
    </>
  );
}
