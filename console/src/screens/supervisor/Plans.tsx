import { useEffect, useState } from 'react';
import { useMutation, useQuery } from 'urql';
import { CreatePlanMutation, DrawSampleMutation, IssueRecommendationMutation, OrganisationPickerQuery, RecordFindingMutation, SupervisionPlanQuery, SupervisionPlansQuery } from '../../api/supervisor';
import { useCan, useReferenceData } from '../../app/me';
import { Link, navigate } from '../../app/router';
import { ErrorSummary, Field, describedBy, type FieldError } from '../../components/ErrorSummary';
import { useLabel, useLocale, useT } from '../../i18n/i18n';
import type { MessageId } from '../../i18n/messages';
import type { SupervisionPlanQuery as PlanResult } from '../../gql/graphql';
import { mapError, type ErrorKind } from '../../lib/errors';
import { parseVietnameseNumber } from '../../lib/text';
import { formatDate, formatDateTime } from '../../lib/time';
import { Problem } from '../Problems';

export const FINDING_CATEGORIES = ['DEADLINE', 'QUALITY', 'ACCESS', 'FEES', 'CONDUCT', 'RECORDS', 'OTHER'] as const;
export const FINDING_SEVERITIES = ['LOW', 'MEDIUM', 'HIGH'] as const;
type Category = (typeof FINDING_CATEGORIES)[number];
type Severity = (typeof FINDING_SEVERITIES)[number];

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const failure = (r: { error?: { graphQLErrors: never; networkError?: Error } }): ErrorKind => mapError(r.error?.graphQLErrors, r.error?.networkError).kind;

/** S4: the supervision plans, newest first, and a new plan. */
export default function Plans() {
  const t = useT();
  const { locale } = useLocale();
  const canCreate = useCan('createSupervisionPlan');
  const [plans, refetch] = useQuery({ query: SupervisionPlansQuery, variables: { first: 50 } });
  useEffect(() => void (document.title = `${t('plans.title')} — ${t('app.name')}`));
  const rows = (plans.data?.supervisionPlans.edges ?? []).map((e) => e.node);
  return (
    <>
      <h1>{t('plans.title')}</h1>
      {plans.error && !plans.data ? <Problem kind={failure(plans as never)} onRetry={() => refetch({ requestPolicy: 'network-only' })} /> : null}
      {plans.data && rows.length === 0 ? <p>{t('plans.none')}</p> : null}
      <ul className="list" data-testid="plans">
        {rows.map((p) => (
          <li key={p.planId}>
            <Link href={`/giam-sat/ke-hoach/${p.planId}`}>{p.title}</Link> — {formatDate(`${p.scope.periodFrom}T00:00:00+07:00`, locale)}–{formatDate(`${p.scope.periodTo}T00:00:00+07:00`, locale)} ·{' '}
            <span className={p.status === 'SAMPLED' ? 'tag tag--done' : 'tag tag--todo'}>{t(`plans.status.${p.status}` as MessageId)}</span> · {t('plans.findingsCount', { n: p.findings.length })}
          </li>
        ))}
      </ul>
      {canCreate ? <NewPlan /> : null}
    </>
  );
}

function NewPlan() {
  const t = useT();
  const [errors, setErrors] = useState<FieldError[]>([]);
  const [problem, setProblem] = useState<ErrorKind | null>(null);
  const [, create] = useMutation(CreatePlanMutation);
  const error = (f: string) => errors.find((e) => e.field === f)?.message;
  const year = new Date(Date.now() + 7 * 3_600_000).getUTCFullYear();
  return (
    <section aria-labelledby="new-plan">
      <h2 id="new-plan">{t('plans.new')}</h2>
      <ErrorSummary title={`${t('plans.title')} — ${t('app.name')}`} errors={errors} />
      <form
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          const d = new FormData(e.currentTarget);
          const title = String(d.get('plan-title') ?? '').trim();
          const periodFrom = String(d.get('plan-from') ?? '');
          const periodTo = String(d.get('plan-to') ?? '');
          const provinceCodes = String(d.get('plan-provinces') ?? '')
            .split(/[,\s]+/)
            .filter(Boolean);
          const found: FieldError[] = [];
          if (!title) found.push({ field: 'plan-title', message: t('plans.err.title') });
          if (!DATE.test(periodFrom) || !DATE.test(periodTo) || periodFrom > periodTo) found.push({ field: 'plan-from', message: t('plans.err.period') });
          setErrors(found);
          if (found.length) return;
          void create({ input: { title, periodFrom, periodTo, provinceCodes } }).then((r) => {
            if (r.data) navigate(`/giam-sat/ke-hoach/${r.data.createSupervisionPlan.planId}`);
            else setProblem(failure(r as never));
          });
        }}
      >
        <Field id="plan-title" label={t('plans.planTitle')} error={error('plan-title')}>
          <input id="plan-title" name="plan-title" className="input" aria-invalid={!!error('plan-title')} aria-describedby={describedBy('plan-title', undefined, error('plan-title'))} />
        </Field>
        <Field id="plan-from" label={t('plans.periodFrom')} error={error('plan-from')}>
          <input id="plan-from" name="plan-from" type="date" className="input input--date" defaultValue={`${year}-01-01`} aria-invalid={!!error('plan-from')} aria-describedby={describedBy('plan-from', undefined, error('plan-from'))} />
        </Field>
        <Field id="plan-to" label={t('plans.periodTo')}>
          <input id="plan-to" name="plan-to" type="date" className="input input--date" defaultValue={`${year}-12-31`} />
        </Field>
        <Field id="plan-provinces" label={`${t('plans.provinces')} ${t('common.optional')}`}>
          <input id="plan-provinces" name="plan-provinces" className="input" inputMode="numeric" autoComplete="off" />
        </Field>
        {problem ? <Problem kind={problem} /> : null}
        <button type="submit" className="button">
          {t('plans.create')}
        </button>
      </form>
    </section>
  );
}

/** S4 for one plan: scope, the seeded sample, findings on sampled cases, recommendations from them. */
export function PlanRecord({ planId }: { planId: string }) {
  const t = useT();
  const { locale } = useLocale();
  const [q, refetch] = useQuery({ query: SupervisionPlanQuery, variables: { planId } });
  const plan = q.data?.supervisionPlans.edges[0]?.node;
  useEffect(() => void (document.title = `${plan?.title ?? t('plans.title')} — ${t('app.name')}`));
  const reload = () => refetch({ requestPolicy: 'network-only' });
  if (q.error && !q.data) return <Problem kind={failure(q as never)} onRetry={reload} />;
  if (!q.data) return <p>{t('app.loading')}</p>;
  if (!plan) return <Problem kind="notFound" />;
  const recs = q.data.recommendations.edges.map((e) => e.node);
  return (
    <>
      <p>
        <Link href="/giam-sat/ke-hoach">{t('plans.title')}</Link>
      </p>
      <h1>{plan.title}</h1>
      <dl className="summary-list">
        <div className="summary-list__row">
          <dt className="summary-list__key">{t('plans.scope')}</dt>
          <dd className="summary-list__value">
            {formatDate(`${plan.scope.periodFrom}T00:00:00+07:00`, locale)}–{formatDate(`${plan.scope.periodTo}T00:00:00+07:00`, locale)} · {plan.scope.provinceCodes.length ? plan.scope.provinceCodes.join(', ') : t('plans.allProvinces')}
          </dd>
        </div>
      </dl>
      <Sample plan={plan} onChanged={reload} />
      {plan.sample ? <Findings plan={plan} onChanged={reload} /> : null}
      {plan.findings.length ? <Recommendations plan={plan} recs={recs} onChanged={reload} /> : null}
    </>
  );
}

type Plan = PlanResult['supervisionPlans']['edges'][number]['node'];

function Sample({ plan, onChanged }: { plan: Plan; onChanged: () => void }) {
  const t = useT();
  const { locale } = useLocale();
  const ref = useReferenceData();
  const field = useLabel(ref?.fieldsOfLaw);
  const canDraw = useCan('drawSupervisionSample');
  const [error, setError] = useState<string | null>(null);
  const [problem, setProblem] = useState<ErrorKind | null>(null);
  const [draw, run] = useMutation(DrawSampleMutation);
  const s = plan.sample;
  return (
    <section aria-labelledby="sample-title">
      <h2 id="sample-title">{t('sample.title')}</h2>
      {s ? (
        <>
          <p data-testid="sample-facts">
            {t('sample.facts', { seed: s.seed, size: s.size, population: s.population })}
          </p>
          <dl className="summary-list">
            <div className="summary-list__row">
              <dt className="summary-list__key">{t('sample.seed')}</dt>
              <dd className="summary-list__value mono" data-testid="sample-seed">
                {s.seed}
              </dd>
            </div>
            <div className="summary-list__row">
              <dt className="summary-list__key">{t('sample.populationHash')}</dt>
              <dd className="summary-list__value mono">{s.populationHash}</dd>
            </div>
            <div className="summary-list__row">
              <dt className="summary-list__key">{t('sample.drawnAt')}</dt>
              <dd className="summary-list__value">
                <time dateTime={s.drawnAt}>{formatDateTime(s.drawnAt, locale)}</time>
              </dd>
            </div>
          </dl>
          <p className="hint">{t('sample.reproduce')}</p>
          <div className="table-wrap" role="region" aria-label={t('sample.title')} tabIndex={0}>
            <table className="table" data-testid="sample-cases">
              <thead>
                <tr>
                  <th scope="col">{t('sample.case')}</th>
                  <th scope="col">{t('sample.field')}</th>
                  <th scope="col">{t('sample.organisation')}</th>
                  <th scope="col">{t('sample.state')}</th>
                  <th scope="col">{t('trail.open.trail')}</th>
                </tr>
              </thead>
              <tbody>
                {s.cases.map((c) => (
                  <tr key={c.id} data-case-id={c.id}>
                    <td className="mono">{c.id}</td>
                    <td>{field(c.fieldOfLaw)}</td>
                    <td>{c.organisationId}</td>
                    <td>{c.state}</td>
                    <td>
                      <Link href={`/giam-sat/so-cai?${new URLSearchParams({ caseId: c.id })}`}>{t('trail.open.trail')}</Link>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </>
      ) : null}
      {canDraw ? (
        <form
          className="filter filter--inline"
          noValidate
          onSubmit={(e) => {
            e.preventDefault();
            const d = new FormData(e.currentTarget);
            const size = parseVietnameseNumber(String(d.get('sample-size') ?? ''));
            const seed = String(d.get('sample-seed') ?? '').trim();
            if (size === null || !Number.isInteger(size) || size < 1 || size > 500) return setError(t('sample.err.size'));
            setError(null);
            void run({ input: { planId: plan.planId, size, ...(seed ? { seed } : {}) } }).then((r) => {
              if (r.data) {
                setProblem(null);
                onChanged();
              } else setProblem(failure(r as never));
            });
          }}
        >
          <Field id="sample-size" label={t('sample.size')} error={error ?? undefined}>
            <input id="sample-size" name="sample-size" className="input input--4" inputMode="numeric" defaultValue={s ? String(s.size) : '5'} aria-invalid={!!error} aria-describedby={describedBy('sample-size', undefined, error ?? undefined)} />
          </Field>
          <Field id="sample-seed" label={`${t('sample.seed')} ${t('common.optional')}`} hint={t('sample.seedHint')}>
            <input id="sample-seed" name="sample-seed" className="input" autoComplete="off" spellCheck={false} defaultValue="" aria-describedby={describedBy('sample-seed', true)} />
          </Field>
          {problem ? <Problem kind={problem} /> : null}
          <button type="submit" className="button" disabled={draw.fetching}>
            {s ? t('sample.redraw') : t('sample.draw')}
          </button>
        </form>
      ) : null}
    </section>
  );
}

function Findings({ plan, onChanged }: { plan: Plan; onChanged: () => void }) {
  const t = useT();
  const { locale } = useLocale();
  const canRecord = useCan('recordFinding');
  const [errors, setErrors] = useState<FieldError[]>([]);
  const [problem, setProblem] = useState<ErrorKind | null>(null);
  const [, record] = useMutation(RecordFindingMutation);
  const [formKey, setFormKey] = useState(0);
  const error = (f: string) => errors.find((e) => e.field === f)?.message;
  return (
    <section aria-labelledby="findings-title">
      <h2 id="findings-title">{t('finding.title')}</h2>
      {plan.findings.length === 0 ? <p>{t('finding.none')}</p> : null}
      <ul className="list" data-testid="findings">
        {plan.findings.map((f) => (
          <li key={f.findingId} data-finding-id={f.findingId}>
            <span className="mono">{f.caseId}</span> · {t(`finding.category.${f.category}` as MessageId)} · <span className={f.severity === 'HIGH' ? 'tag tag--error' : 'tag tag--warning'}>{t(`finding.severity.${f.severity}` as MessageId)}</span> — {f.note} (
            <time dateTime={f.recordedAt}>{formatDateTime(f.recordedAt, locale)}</time>)
          </li>
        ))}
      </ul>
      {canRecord && plan.sample ? (
        <form
          key={formKey}
          noValidate
          onSubmit={(e) => {
            e.preventDefault();
            const d = new FormData(e.currentTarget);
            const caseId = String(d.get('finding-case') ?? '');
            const note = String(d.get('finding-note') ?? '').trim();
            const found: FieldError[] = [];
            if (!caseId) found.push({ field: 'finding-case', message: t('finding.err.case') });
            if (!note) found.push({ field: 'finding-note', message: t('finding.err.note') });
            setErrors(found);
            if (found.length) return;
            void record({ input: { planId: plan.planId, caseId, category: d.get('finding-category') as Category, severity: d.get('finding-severity') as Severity, note } }).then((r) => {
              if (r.data) {
                setProblem(null);
                setFormKey((k) => k + 1);
                onChanged();
              } else setProblem(failure(r as never));
            });
          }}
        >
          <h3>{t('finding.new')}</h3>
          <ErrorSummary title={`${plan.title} — ${t('app.name')}`} errors={errors} />
          <Field id="finding-case" label={t('finding.case')} error={error('finding-case')}>
            <select id="finding-case" name="finding-case" className="input" aria-invalid={!!error('finding-case')} aria-describedby={describedBy('finding-case', undefined, error('finding-case'))}>
              {plan.sample.caseIds.map((id) => (
                <option key={id} value={id}>
                  {id}
                </option>
              ))}
            </select>
          </Field>
          <Field id="finding-category" label={t('finding.category')}>
            <select id="finding-category" name="finding-category" className="input">
              {FINDING_CATEGORIES.map((c) => (
                <option key={c} value={c}>
                  {t(`finding.category.${c}`)}
                </option>
              ))}
            </select>
          </Field>
          <Field id="finding-severity" label={t('finding.severity')}>
            <select id="finding-severity" name="finding-severity" className="input" defaultValue="MEDIUM">
              {FINDING_SEVERITIES.map((c) => (
                <option key={c} value={c}>
                  {t(`finding.severity.${c}`)}
                </option>
              ))}
            </select>
          </Field>
          <Field id="finding-note" label={t('finding.note')} error={error('finding-note')}>
            <textarea id="finding-note" name="finding-note" className="input" rows={3} aria-invalid={!!error('finding-note')} aria-describedby={describedBy('finding-note', undefined, error('finding-note'))} />
          </Field>
          {problem ? <Problem kind={problem} /> : null}
          <button type="submit" className="button">
            {t('finding.record')}
          </button>
        </form>
      ) : null}
    </section>
  );
}

type Rec = PlanResult['recommendations']['edges'][number]['node'];

export function RecommendationRow({ r }: { r: Pick<Rec, 'recommendationId' | 'text' | 'issuedAt' | 'responseDueAt' | 'status' | 'response' | 'organisationId' | 'organisation'> }) {
  const t = useT();
  const { locale } = useLocale();
  return (
    <li data-recommendation-id={r.recommendationId} data-status={r.status}>
      <p>
        <span className={r.status === 'OVERDUE' ? 'tag tag--error' : r.status === 'RESPONDED' ? 'tag tag--done' : 'tag tag--info'}>{t(`rec.status.${r.status}` as MessageId)}</span> <strong>{r.organisation?.name ?? r.organisationId}</strong> —{' '}
        {t('rec.issuedAt')} <time dateTime={r.issuedAt}>{formatDate(r.issuedAt, locale)}</time>, {t('rec.due')} <time dateTime={r.responseDueAt}>{formatDateTime(r.responseDueAt, locale)}</time>
      </p>
      <p>{r.text}</p>
      <p>
        {r.response ? (
          <>
            <strong>{t('rec.response')}</strong> (<time dateTime={r.response.respondedAt}>{formatDateTime(r.response.respondedAt, locale)}</time>, <span data-testid="response-late">{r.response.late ? t('rec.late') : t('rec.onTime')}</span>): {r.response.text}
          </>
        ) : (
          t('rec.noResponse')
        )}
      </p>
    </li>
  );
}

function Recommendations({ plan, recs, onChanged }: { plan: Plan; recs: Rec[]; onChanged: () => void }) {
  const t = useT();
  const { locale } = useLocale();
  const canIssue = useCan('issueRecommendation', 'organisations');
  const [orgs] = useQuery({ query: OrganisationPickerQuery, pause: !canIssue });
  const [errors, setErrors] = useState<FieldError[]>([]);
  const [problem, setProblem] = useState<ErrorKind | null>(null);
  const [issued, setIssued] = useState<string | null>(null);
  const [, issue] = useMutation(IssueRecommendationMutation);
  const error = (f: string) => errors.find((e) => e.field === f)?.message;
  const sampled = new Map((plan.sample?.cases ?? []).map((c) => [c.id, c.organisationId]));
  const suggested = plan.findings.map((f) => sampled.get(f.caseId)).find(Boolean) ?? '';
  return (
    <section aria-labelledby="recs-title">
      <h2 id="recs-title">{t('rec.title')}</h2>
      {recs.length === 0 ? <p>{t('rec.none')}</p> : null}
      <ul className="list" data-testid="plan-recommendations">
        {recs.map((r) => (
          <RecommendationRow key={r.recommendationId} r={r} />
        ))}
      </ul>
      {canIssue ? (
        <form
          noValidate
          onSubmit={(e) => {
            e.preventDefault();
            const d = new FormData(e.currentTarget);
            const organisationId = String(d.get('rec-org') ?? '');
            const findingIds = d.getAll('rec-finding').map(String);
            const text = String(d.get('rec-text') ?? '').trim();
            const days = parseVietnameseNumber(String(d.get('rec-days') ?? ''));
            const found: FieldError[] = [];
            if (!organisationId) found.push({ field: 'rec-org', message: t('rec.err.org') });
            if (!findingIds.length) found.push({ field: `rec-finding-${plan.findings[0].findingId}`, message: t('rec.err.findings') });
            if (!text) found.push({ field: 'rec-text', message: t('rec.err.text') });
            if (days === null || !Number.isInteger(days) || days < 1 || days > 90) found.push({ field: 'rec-days', message: t('rec.err.days') });
            setErrors(found);
            if (found.length) return;
            void issue({ input: { planId: plan.planId, organisationId, findingIds, text, responseWorkingDays: days } }).then((r) => {
              if (r.data) {
                setProblem(null);
                setIssued(r.data.issueRecommendation.responseDueAt);
                onChanged();
              } else setProblem(failure(r as never));
            });
          }}
        >
          <h3>{t('rec.new')}</h3>
          <ErrorSummary title={`${plan.title} — ${t('app.name')}`} errors={errors} />
          <Field id="rec-org" label={t('rec.organisation')} error={error('rec-org')}>
            <select id="rec-org" name="rec-org" className="input" defaultValue={suggested} key={`${suggested}-${orgs.data ? 1 : 0}`} aria-invalid={!!error('rec-org')} aria-describedby={describedBy('rec-org', undefined, error('rec-org'))}>
              <option value="">—</option>
              {(orgs.data?.organisations.edges ?? []).map(({ node: o }) => (
                <option key={o.id} value={o.id}>
                  {o.name}
                </option>
              ))}
            </select>
          </Field>
          <fieldset className="fieldset">
            <legend className="fieldset__legend">{t('rec.findings')}</legend>
            {error(`rec-finding-${plan.findings[0].findingId}`) ? <p className="error-message">{error(`rec-finding-${plan.findings[0].findingId}`)}</p> : null}
            {plan.findings.map((f) => (
              <label className="checkbox" key={f.findingId}>
                <input type="checkbox" id={`rec-finding-${f.findingId}`} name="rec-finding" value={f.findingId} defaultChecked />
                <span>
                  {t(`finding.category.${f.category}` as MessageId)} · {t(`finding.severity.${f.severity}` as MessageId)} — {f.note}
                </span>
              </label>
            ))}
          </fieldset>
          <Field id="rec-text" label={t('rec.text')} error={error('rec-text')}>
            <textarea id="rec-text" name="rec-text" className="input" rows={4} aria-invalid={!!error('rec-text')} aria-describedby={describedBy('rec-text', undefined, error('rec-text'))} />
          </Field>
          <Field id="rec-days" label={t('rec.days')} hint={t('rec.daysHint')} error={error('rec-days')}>
            <input id="rec-days" name="rec-days" className="input input--4" inputMode="numeric" defaultValue="15" aria-invalid={!!error('rec-days')} aria-describedby={describedBy('rec-days', true, error('rec-days'))} />
          </Field>
          {problem ? <Problem kind={problem} /> : null}
          <p role="status">{issued ? t('rec.issued', { due: formatDateTime(issued, locale) }) : ''}</p>
          <button type="submit" className="button">
            {t('rec.issue')}
          </button>
        </form>
      ) : null}
    </section>
  );
}
