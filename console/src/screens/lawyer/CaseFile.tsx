import { useEffect, useState } from 'react';
import { useMutation, useQuery, useSubscription } from 'urql';
import { ApplicantContactQuery, CaseFileQuery, CaseUpdatedSubscription, CloseCaseMutation, RecordActivityMutation, ScheduleDeadlineMutation } from '../../api/lawyer';
import { useCan, useReferenceData } from '../../app/me';
import { DeadlineBadge } from '../../components/DeadlineBadge';
import { describedBy, ErrorSummary, Field } from '../../components/ErrorSummary';
import { useLabel, useLocale, useT } from '../../i18n/i18n';
import { mapError, type ErrorKind } from '../../lib/errors';
import { nfc, parseVietnameseNumber } from '../../lib/text';
import { formatDate, formatDateTime } from '../../lib/time';
import type { CaseFileQuery as CaseFileResult } from '../../gql/graphql';
import { Problem } from '../Problems';
import { formatHours, useCaseLabels, vnInstant, vnToday } from './shared';

type CaseRecord = NonNullable<CaseFileResult['case']>;
type Errors = { field: string; message: string }[];
type Result = { data?: unknown; error?: { graphQLErrors: unknown[]; networkError?: Error } };

/** Runs a command; field errors go to the form, other failures to a banner (what was typed stays). */
function useCommand(onDone: () => void) {
  const [errors, setErrors] = useState<Errors>([]);
  const [problem, setProblem] = useState<ErrorKind | null>(null);
  const run = async (p: Promise<Result>, fieldOf: (path: string) => string = (x) => x): Promise<boolean> => {
    const res = await p;
    if (res.data) {
      setErrors([]);
      setProblem(null);
      onDone();
      return true;
    }
    const m = mapError(res.error?.graphQLErrors as never, res.error?.networkError);
    if (m.kind === 'input') setErrors(Object.entries(m.fields).map(([f, message]) => ({ field: fieldOf(f.split('.').at(-1)!), message })));
    setProblem(m.kind === 'input' ? null : m.kind);
    return false;
  };
  return { errors, setErrors, problem, run };
}

/**
 * L4: the case file. Deadlines with their badges; the applicant's contact
 * only while the case is the lawyer's, behind a logged reveal; activities
 * with hours typed the Vietnamese way ("1,5"); hearings and defence-counsel
 * deadlines; closing with a statutory outcome and the hours pre-filled.
 * caseUpdated keeps it current.
 */
export default function CaseFile({ id }: { id: string }) {
  const t = useT();
  const { locale } = useLocale();
  const ref = useReferenceData();
  const field = useLabel(ref?.fieldsOfLaw);
  const form = useLabel(ref?.aidForms);
  const { label } = useCaseLabels();
  const [c, refetch] = useQuery({ query: CaseFileQuery, variables: { id } });
  const [live] = useSubscription({ query: CaseUpdatedSubscription, variables: { id } });
  useEffect(() => {
    if (live.data) refetch({ requestPolicy: 'network-only' });
  }, [live.data?.caseUpdated.event.id]); // eslint-disable-line react-hooks/exhaustive-deps
  const k = c.data?.case;
  const title = k ? t('lawyer.case.title', { field: field(k.fieldOfLaw) }) : t('lawyer.cases.title');
  useEffect(() => void (document.title = `${title} — ${t('app.name')}`));
  if (c.error && !c.data) return <Problem kind={mapError(c.error.graphQLErrors, c.error.networkError).kind} onRetry={() => refetch({ requestPolicy: 'network-only' })} />;
  if (!k) return <p>{t('app.loading')}</p>;
  const reload = () => refetch({ requestPolicy: 'network-only' });
  const active = k.state === 'OPEN' || k.state === 'IN_PROGRESS' || k.state === 'SUSPENDED';
  return (
    <>
      <div className="record-header">
        <h1>{title}</h1>
        <p>
          <span className="tag" data-testid="case-state">{label('caseState', k.state)}</span> {k.urgent ? <span className="tag tag--urgent">{t('lawyer.offer.urgent')}</span> : null}{' '}
          {k.custody ? <span className="tag tag--warning">{t('lawyer.case.custody')}</span> : null} {k.outcome ? <span className="tag tag--done">{label('closingOutcome', k.outcome)}</span> : null}
        </p>
        <p>
          {form(k.aidForm)} · <time dateTime={k.openedAt}>{formatDateTime(k.openedAt, locale)}</time> · {t('lawyer.cases.hours', { hours: formatHours(k.activityHours, locale) })}
        </p>
      </div>
      {live.data ? (
        <p className="live-region" role="status">
          {t('lawyer.case.updated')}
        </p>
      ) : null}
      <h2>{t('lawyer.case.deadlines')}</h2>
      <div className="table-wrap" role="region" aria-label={t('lawyer.case.deadlines')} tabIndex={0}>
        <table className="table" data-testid="deadlines">
          <thead>
            <tr>
              <th scope="col">{t('lawyer.case.deadlineKind')}</th>
              <th scope="col">{t('lawyer.cases.col.state')}</th>
              <th scope="col">{t('queue.col.due')}</th>
            </tr>
          </thead>
          <tbody>
            {k.deadlines.map((d) => (
              <tr key={d.deadlineId} data-deadline={d.kind}>
                <td>
                  {label('deadlineKind', d.kind)}
                  {d.eventAt ? (
                    <>
                      {' '}
                      · <time dateTime={d.eventAt}>{formatDateTime(d.eventAt, locale)}</time>
                    </>
                  ) : null}
                  {d.court ? ` · ${d.court}` : ''}
                </td>
                <td>{label('deadlineStatus', d.status)}</td>
                <td>{d.status === 'CANCELLED' ? '—' : <DeadlineBadge dueAt={d.dueAt} remindAt={d.remindAt} satisfiedAt={d.satisfiedAt} />}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {active ? <Contact requestId={k.requestId} /> : null}
      <h2>{t('lawyer.case.activities')}</h2>
      {k.activities.length ? (
        <ol className="timeline" data-testid="activities">
          {k.activities.map((a) => (
            <li className="timeline__item" key={a.activityId}>
              <h3 className="timeline__title">
                {label('activityKind', a.kind)} — {t('lawyer.cases.hours', { hours: formatHours(a.hours, locale) })}
              </h3>
              <p>
                <time dateTime={a.performedAt}>{formatDate(a.performedAt, locale)}</time>
                {a.authorName ? ` · ${a.authorName}` : ''}
                {a.hearing ? ` · ${a.hearing.court} ${a.hearing.date}` : ''}
              </p>
              {a.note ? <p>{a.note}</p> : null}
            </li>
          ))}
        </ol>
      ) : (
        <p>{t('lawyer.case.noActivities')}</p>
      )}
      {active ? (
        <>
          <RecordActivity k={k} onDone={reload} />
          <Schedule k={k} onDone={reload} />
          <Close k={k} onDone={reload} />
        </>
      ) : null}
      {k.closure ? (
        <div className="panel" role="status" data-testid="case-closed">
          <p>{t('lawyer.case.closed', { outcome: label('closingOutcome', k.closure.outcome), hours: formatHours(k.closure.totalHours, locale) })}</p>
        </div>
      ) : null}
      <h2>{t('lawyer.case.timeline')}</h2>
      <ol className="timeline" data-testid="case-timeline">
        {k.timeline.map((e, i) => (
          <li className="timeline__item" key={i}>
            <p>
              <time dateTime={e.at}>{formatDateTime(e.at, locale)}</time> — {e.activityKind ? label('activityKind', e.activityKind) : e.deadlineKind ? label('deadlineKind', e.deadlineKind) : e.state ? label('caseState', e.state) : e.type}
              {e.actorName ? ` · ${e.actorName}` : ''}
            </p>
          </li>
        ))}
      </ol>
    </>
  );
}

/** The contact card: nothing is read until the lawyer asks; intake logs the read. */
function Contact({ requestId }: { requestId: string }) {
  const t = useT();
  const can = useCan('applicantContact');
  const [shown, setShown] = useState(false);
  const [contact] = useQuery({ query: ApplicantContactQuery, variables: { requestId }, pause: !shown, requestPolicy: 'network-only' });
  if (!can) return null;
  const v = contact.data?.applicantContact;
  return (
    <section aria-labelledby="contact-title">
      <h2 id="contact-title">{t('lawyer.case.contact')}</h2>
      {!shown ? (
        <div className="interruption">
          <p>{t('lawyer.case.contactNotice')}</p>
          <button type="button" className="button button--inverse" onClick={() => setShown(true)} data-testid="reveal-contact">
            {t('lawyer.case.reveal')}
          </button>
        </div>
      ) : contact.error ? (
        <Problem kind={mapError(contact.error.graphQLErrors, contact.error.networkError).kind} />
      ) : v ? (
        <div className="inset" data-pii data-testid="contact">
          <p role="status">{t('lawyer.case.contactLogged')}</p>
          <p className="bold">{v.fullName}</p>
          {v.contactSafety && !v.contactSafety.safeToCall ? <p className="tag tag--warning">{t('lawyer.case.unsafe')}</p> : null}
          {v.contactSafety && !v.contactSafety.leaveMessages ? <p className="tag tag--warning">{t('lawyer.case.noMessages')}</p> : null}
          {v.contactSafety?.note ? <p>{v.contactSafety.note}</p> : null}
          <p>{[v.phone, v.email, v.addressLine].filter(Boolean).join(' · ')}</p>
          <p>
            {v.language}
            {v.needsInterpreter ? ` · ${t('lawyer.case.interpreter')}` : ''}
            {v.accessNeeds ? ` · ${v.accessNeeds}` : ''}
          </p>
          {v.guardian ? <p>{[v.guardian.fullName, v.guardian.phone].filter(Boolean).join(' · ')}</p> : null}
        </div>
      ) : (
        <p>{t('app.loading')}</p>
      )}
    </section>
  );
}

/** Work done today is recorded as of now; an earlier day at its noon (Viet Nam), never in the future. */
function performedAt(date: string): string {
  return date === vnToday() ? new Date().toISOString() : vnInstant(date, '12:00');
}

function RecordActivity({ k, onDone }: { k: CaseRecord; onDone: () => void }) {
  const t = useT();
  const { terms } = useCaseLabels();
  const { locale } = useLocale();
  const [kind, setKind] = useState('');
  const [date, setDate] = useState(vnToday());
  const [hours, setHours] = useState('');
  const [note, setNote] = useState('');
  const [saved, setSaved] = useState(false);
  const [, record] = useMutation(RecordActivityMutation);
  const cmd = useCommand(onDone);
  const submit = async () => {
    const h = parseVietnameseNumber(hours);
    const e: Errors = [];
    if (!kind) e.push({ field: 'activity-kind', message: t('lawyer.err.kind') });
    if (!date) e.push({ field: 'activity-date', message: t('lawyer.err.date') });
    if (h === null || h < 0) e.push({ field: 'activity-hours', message: t('lawyer.err.hours') });
    if (e.length) return cmd.setErrors(e);
    const ok = await cmd.run(
      record({ input: { caseId: k.id, kind: kind as never, performedAt: performedAt(date), hours: h!, ...(note.trim() ? { note: nfc(note.trim()) } : {}), expectedVersion: k.version } }),
      (f) => ({ hours: 'activity-hours', kind: 'activity-kind', performedAt: 'activity-date', note: 'activity-note' })[f] ?? 'activity-note',
    );
    setSaved(ok);
    if (ok) {
      setKind('');
      setHours('');
      setNote('');
    }
  };
  const err = (f: string) => cmd.errors.find((e) => e.field === f)?.message;
  return (
    <section aria-labelledby="record-title">
      <h2 id="record-title">{t('lawyer.case.record')}</h2>
      <ErrorSummary title={t('lawyer.case.record')} errors={cmd.errors} />
      {cmd.problem ? <Problem kind={cmd.problem} /> : null}
      {saved ? (
        <p className="panel" role="status" data-testid="activity-saved">
          {t('lawyer.case.saved')}
        </p>
      ) : null}
      <Field id="activity-kind" label={t('lawyer.case.kind')} error={err('activity-kind')}>
        <select id="activity-kind" className="select" value={kind} onChange={(e) => setKind(e.target.value)} aria-invalid={!!err('activity-kind')} aria-describedby={describedBy('activity-kind', false, err('activity-kind'))}>
          <option value="">—</option>
          {terms('activityKind').map((x) => (
            <option key={x.code} value={x.code}>
              {x[locale]}
            </option>
          ))}
        </select>
      </Field>
      <Field id="activity-date" label={t('lawyer.case.performedAt')} error={err('activity-date')}>
        <input id="activity-date" className="input input--date" type="date" value={date} max={vnToday()} onChange={(e) => setDate(e.target.value)} aria-invalid={!!err('activity-date')} aria-describedby={describedBy('activity-date', false, err('activity-date'))} />
      </Field>
      <Field id="activity-hours" label={t('lawyer.case.hoursLabel')} error={err('activity-hours')}>
        <input id="activity-hours" className="input input--4" inputMode="decimal" value={hours} onChange={(e) => setHours(e.target.value)} aria-invalid={!!err('activity-hours')} aria-describedby={describedBy('activity-hours', false, err('activity-hours'))} />
      </Field>
      <Field id="activity-note" label={`${t('lawyer.case.note')} ${t('common.optional')}`} error={err('activity-note')}>
        <textarea id="activity-note" className="textarea" rows={2} maxLength={2000} value={note} onChange={(e) => setNote(e.target.value)} />
      </Field>
      <button type="button" className="button" onClick={() => void submit()} data-testid="save-activity">
        {t('lawyer.case.save')}
      </button>
    </section>
  );
}

function Schedule({ k, onDone }: { k: CaseRecord; onDone: () => void }) {
  const t = useT();
  const { label } = useCaseLabels();
  const [kind, setKind] = useState<'HEARING' | 'DEFENCE_COUNSEL'>('HEARING');
  const [date, setDate] = useState('');
  const [time, setTime] = useState('08:00');
  const [court, setCourt] = useState('');
  const [, schedule] = useMutation(ScheduleDeadlineMutation);
  const cmd = useCommand(onDone);
  const submit = () => {
    if (!date) return cmd.setErrors([{ field: 'schedule-date', message: t('lawyer.err.at') }]);
    void cmd.run(schedule({ input: { caseId: k.id, kind, at: vnInstant(date, time || '08:00'), ...(court.trim() ? { court: nfc(court.trim()) } : {}), expectedVersion: k.version } }), () => 'schedule-date');
  };
  const err = (f: string) => cmd.errors.find((e) => e.field === f)?.message;
  return (
    <section aria-labelledby="schedule-title">
      <h2 id="schedule-title">{t('lawyer.case.schedule')}</h2>
      <ErrorSummary title={t('lawyer.case.schedule')} errors={cmd.errors} />
      {cmd.problem ? <Problem kind={cmd.problem} /> : null}
      <Field id="schedule-kind" label={t('lawyer.case.scheduleKind')}>
        <select id="schedule-kind" className="select" value={kind} onChange={(e) => setKind(e.target.value as 'HEARING' | 'DEFENCE_COUNSEL')}>
          <option value="HEARING">{label('deadlineKind', 'HEARING')}</option>
          <option value="DEFENCE_COUNSEL">{label('deadlineKind', 'DEFENCE_COUNSEL')}</option>
        </select>
      </Field>
      <Field id="schedule-date" label={t('lawyer.case.scheduleAt')} error={err('schedule-date')}>
        <span className="inline-form">
          <input id="schedule-date" className="input input--date" type="date" value={date} onChange={(e) => setDate(e.target.value)} aria-invalid={!!err('schedule-date')} aria-describedby={describedBy('schedule-date', false, err('schedule-date'))} />
          <input id="schedule-time" className="input input--4" type="time" value={time} onChange={(e) => setTime(e.target.value)} aria-label={t('lawyer.case.scheduleAt')} />
        </span>
      </Field>
      <Field id="schedule-court" label={`${t('lawyer.case.court')} ${t('common.optional')}`}>
        <input id="schedule-court" className="input" value={court} maxLength={200} onChange={(e) => setCourt(e.target.value)} />
      </Field>
      <button type="button" className="button button--secondary" onClick={submit} data-testid="save-schedule">
        {t('lawyer.case.scheduleSave')}
      </button>
    </section>
  );
}

/** Closing: outcome, summary and the total hours pre-filled from the activities (WCAG 3.3.7), then check answers. */
function Close({ k, onDone }: { k: CaseRecord; onDone: () => void }) {
  const t = useT();
  const { locale } = useLocale();
  const { terms, label } = useCaseLabels();
  const [outcome, setOutcome] = useState('');
  const [summary, setSummary] = useState('');
  const [total, setTotal] = useState(() => formatHours(k.activityHours, 'vi'));
  const [tag, setTag] = useState('');
  const [checking, setChecking] = useState(false);
  const [, close] = useMutation(CloseCaseMutation);
  const cmd = useCommand(onDone);
  useEffect(() => setTotal(formatHours(k.activityHours, 'vi')), [k.activityHours]);
  const hours = parseVietnameseNumber(total);
  const check = () => {
    const e: Errors = [];
    if (!outcome) e.push({ field: 'close-outcome', message: t('lawyer.err.outcome') });
    if (!summary.trim()) e.push({ field: 'close-summary', message: t('lawyer.err.summary') });
    if (hours === null || hours < 0) e.push({ field: 'close-hours', message: t('lawyer.err.hours') });
    cmd.setErrors(e);
    setChecking(e.length === 0);
  };
  const err = (f: string) => cmd.errors.find((e) => e.field === f)?.message;
  return (
    <section aria-labelledby="close-title">
      <h2 id="close-title">{t('lawyer.case.close')}</h2>
      <ErrorSummary title={t('lawyer.case.close')} errors={cmd.errors} />
      {cmd.problem ? <Problem kind={cmd.problem} /> : null}
      {checking ? (
        <>
          <h3>{t('lawyer.case.checkClose')}</h3>
          <dl className="summary-list" data-testid="close-check">
            {(
              [
                ['lawyer.case.outcome', label('closingOutcome', outcome)],
                ['lawyer.case.summary', summary],
                ['lawyer.case.totalHours', formatHours(hours ?? 0, locale)],
                ['lawyer.case.policyTag', tag ? label('policyFeedbackTag', tag) : '—'],
              ] as const
            ).map(([key, value]) => (
              <div className="summary-list__row" key={key}>
                <dt className="summary-list__key">{t(key)}</dt>
                <dd className="summary-list__value">{value}</dd>
              </div>
            ))}
          </dl>
          <p>
            <button type="button" className="button button--secondary" onClick={() => setChecking(false)}>
              {t('common.change')}
            </button>{' '}
            <button
              type="button"
              className="button"
              data-testid="confirm-close"
              onClick={() =>
                void cmd.run(
                  close({ input: { caseId: k.id, outcome: outcome as never, summary: nfc(summary.trim()), totalHours: hours!, ...(tag ? { policyFeedbackTag: tag as never } : {}), expectedVersion: k.version } }),
                  (f) => ({ outcome: 'close-outcome', summary: 'close-summary', totalHours: 'close-hours' })[f] ?? 'close-summary',
                ).then((ok) => !ok && setChecking(false))
              }
            >
              {t('lawyer.case.confirmClose')}
            </button>
          </p>
        </>
      ) : (
        <>
          <Field id="close-outcome" label={t('lawyer.case.outcome')} error={err('close-outcome')}>
            <select id="close-outcome" className="select" value={outcome} onChange={(e) => setOutcome(e.target.value)} aria-invalid={!!err('close-outcome')} aria-describedby={describedBy('close-outcome', false, err('close-outcome'))}>
              <option value="">—</option>
              {terms('closingOutcome').map((x) => (
                <option key={x.code} value={x.code}>
                  {x[locale]}
                </option>
              ))}
            </select>
          </Field>
          <Field id="close-summary" label={t('lawyer.case.summary')} error={err('close-summary')}>
            <textarea id="close-summary" className="textarea" rows={3} maxLength={4000} value={summary} onChange={(e) => setSummary(e.target.value)} aria-invalid={!!err('close-summary')} aria-describedby={describedBy('close-summary', false, err('close-summary'))} />
          </Field>
          <Field id="close-hours" label={t('lawyer.case.totalHours')} error={err('close-hours')}>
            <input id="close-hours" className="input input--4" inputMode="decimal" value={total} onChange={(e) => setTotal(e.target.value)} aria-invalid={!!err('close-hours')} aria-describedby={describedBy('close-hours', false, err('close-hours'))} />
          </Field>
          <Field id="close-tag" label={`${t('lawyer.case.policyTag')} ${t('common.optional')}`}>
            <select id="close-tag" className="select" value={tag} onChange={(e) => setTag(e.target.value)}>
              <option value="">—</option>
              {terms('policyFeedbackTag').map((x) => (
                <option key={x.code} value={x.code}>
                  {x[locale]}
                </option>
              ))}
            </select>
          </Field>
          <button type="button" className="button button--secondary" onClick={check} data-testid="check-close">
            {t('lawyer.case.checkClose')}
          </button>
        </>
      )}
    </section>
  );
}
