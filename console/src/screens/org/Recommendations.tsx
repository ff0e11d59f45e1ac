import { useEffect, useState } from 'react';
import { useMutation, useQuery } from 'urql';
import { OrgRecommendationsQuery, RespondMutation } from '../../api/org';
import { useMe } from '../../app/me';
import { DeadlineBadge } from '../../components/DeadlineBadge';
import { describedBy, ErrorSummary, Field } from '../../components/ErrorSummary';
import { useLocale, useT } from '../../i18n/i18n';
import { mapError, type ErrorKind } from '../../lib/errors';
import { nfc } from '../../lib/text';
import { formatDateTime } from '../../lib/time';
import type { OrgRecommendationsQuery as RecsResult } from '../../gql/graphql';
import { Problem } from '../Problems';
import { useOrgLabel } from './shared';

type Rec = RecsResult['recommendations']['edges'][number]['node'];

/** O5: recommendations addressed to the organisation, the findings behind each, the response countdown, and the answer through check answers. */
export default function Recommendations() {
  const t = useT();
  const me = useMe();
  useEffect(() => void (document.title = `${t('org.recs.title')} — ${t('app.name')}`));
  const [recs, refetch] = useQuery({ query: OrgRecommendationsQuery, variables: { organisationId: me.organisationId ?? '' } });
  const rows = (recs.data?.recommendations.edges ?? []).map((e) => e.node);
  if (recs.error && !recs.data) return <Problem kind={mapError(recs.error.graphQLErrors, recs.error.networkError).kind} onRetry={() => refetch({ requestPolicy: 'network-only' })} />;
  return (
    <>
      <h1>{t('org.recs.title')}</h1>
      {rows.length ? rows.map((r) => <RecommendationCard key={r.recommendationId} r={r} onDone={() => refetch({ requestPolicy: 'network-only' })} />) : <p>{recs.data ? t('org.recs.empty') : t('app.loading')}</p>}
    </>
  );
}

function RecommendationCard({ r, onDone }: { r: Rec; onDone: () => void }) {
  const t = useT();
  const { locale } = useLocale();
  const label = useOrgLabel();
  const [text, setText] = useState('');
  const [checking, setChecking] = useState(false);
  const [errors, setErrors] = useState<{ field: string; message: string }[]>([]);
  const [problem, setProblem] = useState<ErrorKind | null>(null);
  const [, respond] = useMutation(RespondMutation);
  const fieldId = `answer-${r.recommendationId}`;
  const send = async () => {
    const res = await respond({ input: { recommendationId: r.recommendationId, text: nfc(text.trim()) } });
    if (res.data) {
      setChecking(false);
      setProblem(null);
      onDone();
      return;
    }
    const m = mapError(res.error?.graphQLErrors, res.error?.networkError);
    setChecking(false);
    if (m.kind === 'input') setErrors(Object.values(m.fields).map((message) => ({ field: fieldId, message })));
    setProblem(m.kind === 'input' ? null : m.kind);
  };
  const err = errors[0]?.message;
  return (
    <section className="inset" aria-labelledby={`rec-${r.recommendationId}`} data-testid="recommendation">
      <h2 id={`rec-${r.recommendationId}`}>
        <span className="tag" data-testid="rec-status">{label('recommendationStatus', r.status)}</span> {t('org.recs.issued', { at: formatDateTime(r.issuedAt, locale) })}
      </h2>
      <p>{r.text}</p>
      {r.status !== 'RESPONDED' ? (
        <p>
          {t('org.recs.respondBy')}: <DeadlineBadge dueAt={r.responseDueAt} />
        </p>
      ) : null}
      <h3>{t('org.recs.findings')}</h3>
      <ul className="list" data-testid="findings">
        {r.findings.map((f) => (
          <li key={f.findingId}>
            <strong>{t('org.recs.finding', { category: label('findingCategory', f.category), severity: label('findingSeverity', f.severity) })}</strong> — {f.note}
          </li>
        ))}
      </ul>
      {r.response ? (
        <>
          <h3>{t('org.recs.response')}</h3>
          <p data-testid="rec-response">
            {r.response.text} · <time dateTime={r.response.respondedAt}>{formatDateTime(r.response.respondedAt, locale)}</time>
            {r.response.late ? <span className="tag tag--warning"> {t('org.recs.late')}</span> : null}
          </p>
        </>
      ) : (
        <>
          <ErrorSummary title={t('org.recs.title')} errors={errors} />
          {problem ? <Problem kind={problem} /> : null}
          {checking ? (
            <>
              <h3>{t('org.recs.check')}</h3>
              <dl className="summary-list">
                <div className="summary-list__row">
                  <dt className="summary-list__key">{t('org.recs.text')}</dt>
                  <dd className="summary-list__value">{text}</dd>
                </div>
              </dl>
              <button type="button" className="button button--secondary" onClick={() => setChecking(false)}>
                {t('common.change')}
              </button>{' '}
              <button type="button" className="button" onClick={() => void send()} data-testid="send-answer">
                {t('org.recs.send')}
              </button>
            </>
          ) : (
            <>
              <Field id={fieldId} label={t('org.recs.text')} error={err}>
                <textarea id={fieldId} className="textarea" rows={4} maxLength={4000} value={text} onChange={(e) => setText(e.target.value)} aria-invalid={!!err} aria-describedby={describedBy(fieldId, false, err)} />
              </Field>
              <button
                type="button"
                className="button"
                data-testid="check-answer"
                onClick={() => {
                  if (!text.trim()) return setErrors([{ field: fieldId, message: t('org.err.text') }]);
                  setErrors([]);
                  setChecking(true);
                }}
              >
                {t('org.recs.respond')}
              </button>
            </>
          )}
        </>
      )}
    </section>
  );
}
