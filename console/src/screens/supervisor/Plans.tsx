import { useEffect, useState } from 'react';
import { useMutation, useQuery } from 'urql';
import { CreatePlanMutation, DrawSampleMutation, FollowUpRecommendationMutation, IssueRecommendationMutation, OrganisationPickerQuery, RecordFindingMutation, SupervisionPlanQuery, SupervisionPlansQuery } from '../../api/supervisor';
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
  useEffect(() => void (document.title = `${t('sup.plans.title')} — ${t('app.name')}`));
  const rows = (plans.data?.supervisionPlans.edges ?? []).map((e) => e.node);
  return (
    <>
      <h1>{t('sup.plans.title')}</h1>
      {plans.error && !plans.data ? <Problem kind={failure(plans as never)} onRetry={() => refetch({ requestPolicy: 'network-only' })} /> : null}
      {plans.data && rows.length === 0 ? <p>{t('sup.plans.none')}</p> : null}
      <ul className="list" data-testid="plans">
        {rows.map((p) => (
          <li key={p.planId}>
            <Link href={`/giam-sat/ke-hoach/${p.planId}`}>{p.title}</Link> — {formatDate(`${p.scope.periodFrom}T00:00:00+07:00`, locale)}–{formatDate(`${p.scope.periodTo}T00:00:00+07:00`, locale)} ·{' '}
            <span className={p.status === 'SAMPLED' ? 'tag tag--done' : 'tag tag--todo'}>{t(`sup.plans.status.${p.status}` as MessageId)}</span> · {t('sup.plans.findingsCount', { n: p.findings.length })}
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
      <h2 id="new-plan">{t('sup.plans.new')}</h2>
      <ErrorSummary title={`${t('sup.plans.title')} — ${t('app.name')}`} errors={errors} />
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
          if (!title) found.push({ field: 'plan-title', message: t('sup.plans.err.title') });
          if (!DATE.test(periodFrom) || !DATE.test(periodTo) || periodFrom > periodTo) found.push({ field: 'plan-from', message: t('sup.plans.err.period') });
          setErrors(found);
          if (found.length) return;
          void create({ input: { title, periodFrom, periodTo, provinceCodes } }).then((r) => {
            if (r.data) navigate(`/giam-sat/ke-hoach/${r.data.createSupervisionPlan.planId}`);
            else setProblem(failure(r as never));
          });
        }}
      >
        <Field id="plan-title" label={t('sup.plans.planTitle')} error={error('plan-title')}>
          <input id="plan-title" name="plan-title" className="input" aria-invalid={!!error('plan-title')} aria-describedby={describedBy('plan-title', undefined, error('plan-title'))} />
        </Field>
        <Field id="plan-from" label={t('sup.plans.periodFrom')} error={error('plan-from')}>
          <input id="plan-from" name="plan-from" type="date" className="input input--date" defaultValue={`${year}-01-01`} aria-invalid={!!error('plan-from')} aria-describedby={describedBy('plan-from', undefined, error('plan-from'))} />
        </Field>
        <Field id="plan-to" label={t('sup.plans.periodTo')}>
          <input id="plan-to" name="plan-to" type="date" className="input input--date" defaultValue={`${year}-12-31`} />
        </Field>
        <Field id="plan-provinces" label={`${t('sup.plans.provinces')} ${t('common.optional')}`}>
          <input id="plan-provinces" name="plan-provinces" className="input" inputMode="numeric" autoComplete="off" />
        </Field>
        {problem ? <Problem kind={problem} /> : null}
        <button type="submit" className="button">
          {t('sup.plans.create')}
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
  useEffect(() => void (document.title = `${plan?.title ?? t('sup.plans.title')} — ${t('app.name')}`));
  const reload = () => refetch({ requestPolicy: 'network-only' });
  if (q.error && !q.data) return <Problem kind={failure(q as never)} onRetry={reload} />;
  if (!q.data) return <p>{t('app.loading')}</p>;
  if (!plan) return <Problem kind="notFound" />;
  const recs = q.data.recommendations.edges.map((e) => e.node);
  return (
    <>
      <p>
        <Link href="/giam-sat/ke-hoach">{t('sup.plans.title')}</Link>
      </p>
      <h1>{plan.title}</h1>
      <dl className="summary-list">
        <div className="summary-list__row">
          <dt className="summary-list__key">{t('sup.plans.scope')}</dt>
          <dd className="summary-list__value">
            {formatDate(`${plan.scope.periodFrom}T00:00:00+07:00`, locale)}–{formatDate(`${plan.scope.periodTo}T00:00:00+07:00`, locale)} · {plan.scope.provinceCodes.length ? plan.scope.provinceCodes.join(', ') : t('sup.plans.allProvinces')}
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
      <h2 id="sample-title">{t('sup.sample.title')}</h2>
      {s ? (
        <>
          <p data-testid="sample-facts">
            {t('sup.sample.facts', { seed: s.seed, size: s.caseIds.length, population: s.population })}
          </p>
          <dl className="summary-list">
            <div className="summary-list__row">
              <dt className="summary-list__key">{t('sup.sample.seed')}</dt>
              <dd className="summary-list__value mono" data-testid="sample-seed">
                {s.seed}
              </dd>
            </div>
            <div className="summary-list__row">
              <dt className="summary-list__key">{t('sup.sample.populationHash')}</dt>
              <dd className="summary-list__value mono">{s.populationHash}</dd>
            </div>
            <div className="summary-list__row">
              <dt className="summary-list__key">{t('sup.sample.drawnAt')}</dt>
              <dd className="summary-list__value">
                <time dateTime={s.drawnAt}>{formatDateTime(s.drawnAt, locale)}</time>
              </dd>
            </div>
          </dl>
          <p className="hint">{t('sup.sample.reproduce')}</p>
          <div className="table-wrap" role="region" aria-label={t('sup.sample.title')} tabIndex={0}>
            <table className="table" data-testid="sample-cases">
              <thead>
                <tr>
                  <th scope="col">{t('sup.sample.case')}</th>
                  <th scope="col">{t('sup.sample.field')}</th>
                  <th scope="col">{t('sup.sample.organisation')}</th>
                  <th scope="col">{t('sup.sample.state')}</th>
                  <th scope="col">{t('sup.trail.open.trail')}</th>
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
                      <Link href={`/giam-sat/so-cai?${new URLSearchParams({ caseId: c.id })}`}>{t('sup.trail.open.trail')}</Link>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </>
      ) : null}
      {canDraw && !s ? (
        <form
          className="filter filter--inline"
          noValidate
          onSubmit={(e) => {
            e.preventDefault();
            const d = new FormData(e.currentTarget);
            const size = parseVietnameseNumber(String(d.get('sample-size') ?? ''));
            const seed = String(d.get('sample-seed') ?? '').trim();
            if (size === null || !Number.isInteger(size) || size < 1 || size > 500) return setError(t('sup.sample.err.size'));
            setError(null);
            void run({ input: { planId: plan.planId, size, ...(seed ? { seed } : {}) } }).then((r) => {
              if (r.data) {
                setProblem(null);
                onChanged();
              } else setProblem(failure(r as never));
            });
          }}
        >
          <Field id="sample-size" label={t('sup.sample.size')} error={error ?? undefined}>
            <input id="sample-size" name="sample-size" className="input input--4" inputMode="numeric" defaultValue="5" aria-invalid={!!error} aria-describedby={describedBy('sample-size', undefined, error ?? undefined)} />
          </Field>
          <Field id="sample-seed" label={`${t('sup.sample.seed')} ${t('common.optional')}`} hint={t('sup.sample.seedHint')}>
            <input id="sample-seed" name="sample-seed" className="input" autoComplete="off" spellCheck={false} defaultValue="" aria-describedby={describedBy('sample-seed', true)} />
          </Field>
          {problem ? <Problem kind={problem} /> : null}
          <button type="submit" className="button" disabled={draw.fetching}>
            {t('sup.sample.draw')}
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
      <h2 id="findings-title">{t('sup.finding.title')}</h2>
      {plan.findings.length === 0 ? <p>{t('sup.finding.none')}</p> : null}
      <ul className="list" data-testid="findings">
        {plan.findings.map((f) => (
          <li key={f.findingId} data-finding-id={f.findingId}>
            <span className="mono">{f.caseId}</span> · {t(`sup.finding.category.${f.category}` as MessageId)} · <span className={f.severity === 'HIGH' ? 'tag tag--error' : 'tag tag--warning'}>{t(`sup.finding.severity.${f.severity}` as MessageId)}</span> — {f.note} (
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
            if (!caseId) found.push({ field: 'finding-case', message: t('sup.finding.err.case') });
            if (!note) found.push({ field: 'finding-note', message: t('sup.finding.err.note') });
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
          <h3>{t('sup.finding.new')}</h3>
          <ErrorSummary title={`${plan.title} — ${t('app.name')}`} errors={errors} />
          <Field id="finding-case" label={t('sup.finding.case')} error={error('finding-case')}>
            <select id="finding-case" name="finding-case" className="input" aria-invalid={!!error('finding-case')} aria-describedby={describedBy('finding-case', undefined, error('finding-case'))}>
              {plan.sample.caseIds.map((id) => (
                <option key={id} value={id}>
                  {id}
                </option>
              ))}
            </select>
          </Field>
          <Field id="finding-category" label={t('sup.finding.category')}>
            <select id="finding-category" name="finding-category" className="input">
              {FINDING_CATEGORIES.map((c) => (
                <option key={c} value={c}>
                  {t(`sup.finding.category.${c}`)}
                </option>
              ))}
            </select>
          </Field>
          <Field id="finding-severity" label={t('sup.finding.severity')}>
            <select id="finding-severity" name="finding-severity" className="input" defaultValue="MEDIUM">
              {FINDING_SEVERITIES.map((c) => (
                <option key={c} value={c}>
                  {t(`sup.finding.severity.${c}`)}
                </option>
              ))}
            </select>
          </Field>
          <Field id="finding-note" label={t('sup.finding.note')} error={error('finding-note')}>
            <textarea id="finding-note" name="finding-note" className="input" rows={3} aria-invalid={!!error('finding-note')} aria-describedby={describedBy('finding-note', undefined, error('finding-note'))} />
          </Field>
          {problem ? <Problem kind={problem} /> : null}
          <button type="submit" className="button">
            {t('sup.finding.record')}
          </button>
        </form>
      ) : null}
    </section>
  );
}

type Rec = PlanResult['recommendations']['edges'][number]['node'];

type RowRec = Pick<Rec, 'recommendationId' | 'text' | 'issuedAt' | 'responseDueAt' | 'status' | 'response' | 'organisationId' | 'organisation' | 'followUps' | 'version'>;

export function RecommendationRow({ r, onChanged }: { r: RowRec; onChanged?: () => void }) {
  const t = useT();
  const { locale } = useLocale();
  const canFollowUp = useCan('followUpRecommendation') && (r.status === 'RESPONDED' || r.status === 'OVERDUE');
  return (
    <li data-recommendation-id={r.recommendationId} data-status={r.status}>
      <p>
        <span className={r.status === 'OVERDUE' ? 'tag tag--error' : r.status === 'RESPONDED' || r.status === 'ACCEPTED' ? 'tag tag--done' : 'tag tag--info'}>{t(`sup.rec.status.${r.status}` as MessageId)}</span> <strong>{r.organisation?.name ?? r.organisationId}</strong> —{' '}
        {t('sup.rec.issuedAt')} <time dateTime={r.issuedAt}>{formatDate(r.issuedAt, locale)}</time>, {t('sup.rec.due')} <time dateTime={r.responseDueAt}>{formatDateTime(r.responseDueAt, locale)}</time>
      </p>
      <p>{r.text}</p>
      <p>
        {r.response ? (
          <>
            <strong>{t('sup.rec.response')}</strong> (<time dateTime={r.response.respondedAt}>{formatDateTime(r.response.respondedAt, locale)}</time>, <span data-testid="response-late">{r.response.late ? t('sup.rec.late') : t('sup.rec.onTime')}</span>): {r.response.text}
          </>
        ) : (
          t('sup.rec.noResponse')
        )}
      </p>
      {r.followUps.length ? (
        <>
          <p className="bold">{t('sup.rec.followUps')}</p>
          <ul className="list" data-testid="follow-ups">
            {r.followUps.map((f) => (
              <li key={f.at}>
                <time dateTime={f.at}>{formatDateTime(f.at, locale)}</time> · {t(`sup.rec.followUp.${f.action}` as MessageId)} — {f.note}
                {f.action === 'REOPEN' && f.previousResponse ? ` (${t('sup.rec.followUp.previous', { text: f.previousResponse.text })})` : ''}
              </li>
            ))}
          </ul>
        </>
      ) : null}
      {canFollowUp ? <FollowUpForm r={r} onChanged={onChanged} /> : null}
    </li>
  );
}

/** G21: accept or reopen an answer; reissue an overdue recommendation with a new deadline in working days. */
function FollowUpForm({ r, onChanged }: { r: RowRec; onChanged?: () => void }) {
  const t = useT();
  const actions = r.status === 'RESPONDED' ? (['ACCEPT', 'REOPEN'] as const) : (['REISSUE'] as const);
  const [action, setAction] = useState<(typeof actions)[number]>(actions[0]);
  const [errors, setErrors] = useState<FieldError[]>([]);
  const [problem, setProblem] = useState<ErrorKind | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const [, send] = useMutation(FollowUpRecommendationMutation);
  const id = (f: string) => `fu-${f}-${r.recommendationId}`;
  const error = (f: string) => errors.find((e) => e.field === id(f))?.message;
  return (
    <form
      noValidate
      className="inset"
      onSubmit={(e) => {
        e.preventDefault();
        const d = new FormData(e.currentTarget);
        const note = String(d.get('note') ?? '').trim();
        const days = action === 'ACCEPT' ? null : parseVietnameseNumber(String(d.get('days') ?? ''));
        const found: FieldError[] = [];
        if (!note) found.push({ field: id('note'), message: t('sup.rec.followUp.err.note') });
        if (action !== 'ACCEPT' && (days === null || !Number.isInteger(days) || days < 1 || days > 90)) found.push({ field: id('days'), message: t('sup.rec.err.days') });
        setErrors(found);
        if (found.length) return;
        void send({ input: { recommendationId: r.recommendationId, action, note, expectedVersion: r.version, ...(days !== null ? { responseWorkingDays: days } : {}) } }).then((res) => {
          if (res.data) {
            setProblem(null);
            setDone(t('sup.rec.followUp.done', { status: t(`sup.rec.status.${res.data.followUpRecommendation.status}` as MessageId) }));
            onChanged?.();
          } else setProblem(failure(res as never));
        });
      }}
    >
      <fieldset className="fieldset">
        <legend className="fieldset__legend">{t('sup.rec.followUps')}</legend>
        {actions.map((a) => (
          <label className="checkbox" key={a}>
            <input type="radio" name="action" value={a} checked={action === a} onChange={() => setAction(a)} />
            <span>{t(`sup.rec.followUp.${a}`)}</span>
          </label>
        ))}
      </fieldset>
      <Field id={id('note')} label={t('sup.rec.followUp.note')} error={error('note')}>
        <textarea id={id('note')} name="note" className="input" rows={2} aria-invalid={!!error('note')} aria-describedby={describedBy(id('note'), undefined, error('note'))} />
      </Field>
      {action !== 'ACCEPT' ? (
        <Field id={id('days')} label={t('sup.rec.followUp.days')} hint={t('sup.rec.daysHint')} error={error('days')}>
          <input id={id('days')} name="days" className="input input--4" inputMode="numeric" defaultValue="10" aria-invalid={!!error('days')} aria-describedby={describedBy(id('days'), true, error('days'))} />
        </Field>
      ) : null}
      {problem ? <Problem kind={problem} /> : null}
      <p role="status">{done ?? ''}</p>
      <button type="submit" className="button button--secondary">
        {t('sup.rec.followUp.send')}
      </button>
    </form>
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
      <h2 id="recs-title">{t('sup.rec.title')}</h2>
      {recs.length === 0 ? <p>{t('sup.rec.none')}</p> : null}
      <ul className="list" data-testid="plan-recommendations">
        {recs.map((r) => (
          <RecommendationRow key={r.recommendationId} r={r} onChanged={onChanged} />
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
            if (!organisationId) found.push({ field: 'rec-org', message: t('sup.rec.err.org') });
            if (!findingIds.length) found.push({ field: `rec-finding-${plan.findings[0].findingId}`, message: t('sup.rec.err.findings') });
            if (!text) found.push({ field: 'rec-text', message: t('sup.rec.err.text') });
            if (days === null || !Number.isInteger(days) || days < 1 || days > 90) found.push({ field: 'rec-days', message: t('sup.rec.err.days') });
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
          <h3>{t('sup.rec.new')}</h3>
          <ErrorSummary title={`${plan.title} — ${t('app.name')}`} errors={errors} />
          <Field id="rec-org" label={t('sup.rec.organisation')} error={error('rec-org')}>
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
            <legend className="fieldset__legend">{t('sup.rec.findings')}</legend>
            {error(`rec-finding-${plan.findings[0].findingId}`) ? <p className="error-message">{error(`rec-finding-${plan.findings[0].findingId}`)}</p> : null}
            {plan.findings.map((f) => (
              <label className="checkbox" key={f.findingId}>
                <input type="checkbox" id={`rec-finding-${f.findingId}`} name="rec-finding" value={f.findingId} defaultChecked />
                <span>
                  {t(`sup.finding.category.${f.category}` as MessageId)} · {t(`sup.finding.severity.${f.severity}` as MessageId)} — {f.note}
                </span>
              </label>
            ))}
          </fieldset>
          <Field id="rec-text" label={t('sup.rec.text')} error={error('rec-text')}>
            <textarea id="rec-text" name="rec-text" className="input" rows={4} aria-invalid={!!error('rec-text')} aria-describedby={describedBy('rec-text', undefined, error('rec-text'))} />
          </Field>
          <Field id="rec-days" label={t('sup.rec.days')} hint={t('sup.rec.daysHint')} error={error('rec-days')}>
            <input id="rec-days" name="rec-days" className="input input--4" inputMode="numeric" defaultValue="15" aria-invalid={!!error('rec-days')} aria-describedby={describedBy('rec-days', true, error('rec-days'))} />
          </Field>
          {problem ? <Problem kind={problem} /> : null}
          <p role="status">{issued ? t('sup.rec.issued', { due: formatDateTime(issued, locale) }) : ''}</p>
          <button type="submit" className="button">
            {t('sup.rec.issue')}
          </button>
        </form>
      ) : null}
    </section>
  );
}
