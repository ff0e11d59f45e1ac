import { useEffect, useMemo, useRef, useState, type ReactElement } from "react";
import { useForm, type Resolver } from 'react-hook-form';
import { useClient, useMutation, useQuery } from 'urql';
import { FindByIdentityQuery, SubmitRequestMutation, UnitsQuery } from '../api/operations';
import { useMe, useReferenceData } from '../app/me';
import { Link } from '../app/router';
import { ErrorSummary, Field, describedBy, type FieldError } from '../components/ErrorSummary';
import { useLabel, useLocale, useT } from '../i18n/i18n';
import type { MessageId } from '../i18n/messages';
import { mapError, type ErrorKind } from '../lib/errors';
import { EMPTY_FORM, TASK_FIELDS, isReferralChannel, toSubmitInput, validateRequestForm, type RequestFormValues } from '../lib/request-form';
import { matchesFolded } from '../lib/text';
import { Problem } from './Problems';
import { ContactSafetyFields, useContactSafetyText } from './staff/ContactSafety';

type Task = keyof typeof TASK_FIELDS;
type Step = 'tasks' | Task | 'check';
const TASKS: Task[] = ['channel', 'applicant', 'matter', 'group', 'consent'];
const CHANNELS = ['WALK_IN', 'HOTLINE', 'WRITTEN', 'REFERRAL_FRONT', 'REFERRAL_NGO', 'REFERRAL_COMMUNE', 'REFERRAL_POLICE', 'REFERRAL_PROCURACY', 'REFERRAL_COURT'];
const PURPOSES = [
  ['LEGAL_AID_PROCESSING', 'new.consentLegal'],
  ['REFERRAL_TO_PROVIDER', 'new.consentReferral'],
  ['FEEDBACK_CONTACT', 'new.consentFeedback'],
] as const;

/** The "10-line resolver": the form's rules (lib/request-form) as react-hook-form errors. */
const resolver: Resolver<RequestFormValues> = async (values) => {
  const errors = validateRequestForm(values, new Date());
  if (!Object.keys(errors).length) return { values, errors: {} };
  return { values: {}, errors: Object.fromEntries(Object.entries(errors).map(([k, m]) => [k, { type: 'rule', message: m }])) };
};

function useCallTimer(on: boolean): string {
  const start = useRef(Date.now());
  const [now, setNow] = useState(Date.now());
  useEffect(() => {
    if (!on) return;
    start.current = Date.now();
    const id = setInterval(() => setNow(Date.now()), 1000);
    return () => clearInterval(id);
  }, [on]);
  const s = Math.max(0, Math.floor((now - start.current) / 1000));
  return `${Math.floor(s / 60)}:${String(s % 60).padStart(2, '0')}`;
}

/**
 * C3: a GOV.UK task list of question pages, check answers, then one
 * submitLegalAidRequest. Typed data is kept in memory across steps and after
 * an error. Hotline mode puts every question on one page with the consent
 * script and a call timer.
 */
export default function NewRequest() {
  const t = useT();
  const { locale } = useLocale();
  const me = useMe();
  const ref = useReferenceData();
  const label = { channel: useLabel(ref?.channels), field: useLabel(ref?.fieldsOfLaw), form: useLabel(ref?.aidForms), group: useLabel(ref?.eligibilityGroups), urgency: useLabel(ref?.urgencyReasons) };
  const safetyText = useContactSafetyText();
  const form = useForm<RequestFormValues>({ defaultValues: EMPTY_FORM, resolver, mode: 'onSubmit', reValidateMode: 'onSubmit', shouldFocusError: false });
  const { register, watch, getValues, setValue, formState } = form;
  const values = watch();
  const [step, setStep] = useState<Step>('tasks');
  const [visited, setVisited] = useState<Set<Task>>(new Set());
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [problem, setProblem] = useState<ErrorKind | null>(null);
  const [sent, setSent] = useState<{ id: string; duplicates: string[] } | null>(null);
  const [duplicates, setDuplicates] = useState<{ id: string; status: string }[]>([]);
  const [communeQuery, setCommuneQuery] = useState('');
  const hotline = values.channel === 'HOTLINE';
  const callTime = useCallTimer(hotline);
  const client = useClient();
  const [submitState, submit] = useMutation(SubmitRequestMutation);
  const [units] = useQuery({ query: UnitsQuery, variables: { provinceCode: null }, requestPolicy: 'cache-first' });
  const provinces = units.data?.referenceData.administrativeUnits.filter((u) => u.level === 'PROVINCE') ?? [];
  const communes = useMemo(
    () => (units.data?.referenceData.administrativeUnits ?? []).filter((u) => u.level === 'COMMUNE' && u.parentCode === values.provinceCode && matchesFolded(u.name, communeQuery)),
    [units.data, values.provinceCode, communeQuery],
  );
  const title = t('new.title');
  useEffect(() => void (document.title = `${title} — ${t('app.name')}`), [locale]); // eslint-disable-line react-hooks/exhaustive-deps
  useEffect(() => {
    window.scrollTo(0, 0);
  }, [step]);

  const errorsFor = (fields: readonly string[]) => Object.fromEntries(Object.entries(validateRequestForm(getValues(), new Date())).filter(([k]) => fields.includes(k)));
  const summaryErrors: FieldError[] = Object.entries(errors).map(([field, id]) => ({ field, message: t(id as MessageId) }));
  const err = (f: string) => (errors[f] ? t(errors[f] as MessageId) : undefined);

  /** Duplicate look-up once an ID number or phone is complete (intake logs it; the notice says so first). */
  const lookUp = async () => {
    const v = getValues();
    const idNumber = v.idNumber.replace(/[\s.]/g, '');
    const phone = v.phone.replace(/[\s.]/g, '');
    const id = /^\d{9}(\d{3})?$/.test(idNumber) ? idNumber : undefined;
    const ph = /^\+?\d{8,15}$/.test(phone) ? phone : undefined;
    if (!id && !ph) return setDuplicates([]);
    const r = await client.query(FindByIdentityQuery, { idNumber: id, phone: ph }, { requestPolicy: 'network-only' }).toPromise();
    setDuplicates(r.data?.findRequestsByIdentity ?? []);
  };

  const leave = (task: Task) => {
    const e = errorsFor(TASK_FIELDS[task]);
    setErrors(e);
    if (Object.keys(e).length) return;
    setVisited((s) => new Set(s).add(task));
    if (task === 'applicant') void lookUp();
    setStep('tasks');
  };

  const send = async () => {
    const e = validateRequestForm(getValues(), new Date());
    setErrors(e);
    if (Object.keys(e).length) return;
    setProblem(null);
    const r = await submit({ input: toSubmitInput(getValues(), me.organisationId ?? '') as never });
    if (r.data) {
      setSent({ id: r.data.submitLegalAidRequest.requestId, duplicates: r.data.submitLegalAidRequest.possibleDuplicateOf });
      return;
    }
    const m = mapError(r.error?.graphQLErrors, r.error?.networkError);
    if (m.kind === 'input' && Object.keys(m.fields).length) {
      setErrors(Object.fromEntries(Object.entries(m.fields).map(([k, msg]) => [k.split('.').at(-1)!, msg])) as Record<string, string>);
      return;
    }
    setProblem(m.kind);
  };

  if (sent) {
    return (
      <>
        <div className="panel" role="status">
          <h1>{t('new.sent')}</h1>
          <p className="panel__body" data-testid="request-id">
            {t('new.sentId', { id: sent.id })}
          </p>
        </div>
        {sent.duplicates.length ? (
          <div className="banner banner--warning" role="alert" data-testid="duplicate-warning">
            <p>{t('rec.duplicate')}</p>
            <ul>
              {sent.duplicates.map((d) => (
                <li key={d}>
                  <Link href={`/yeu-cau/${d}`}>{d}</Link>
                </li>
              ))}
            </ul>
          </div>
        ) : null}
        <p>
          <Link href={`/yeu-cau/${sent.id}/sang-loc`} className="button">
            {t('new.screenNow')}
          </Link>{' '}
          <a
            href="/yeu-cau/moi"
            className="link-button"
            onClick={(e) => {
              e.preventDefault();
              form.reset(EMPTY_FORM);
              setVisited(new Set());
              setDuplicates([]);
              setSent(null);
              setStep('tasks');
            }}
          >
            {t('new.another')}
          </a>
        </p>
      </>
    );
  }

  const channelPage = (
    <fieldset className="fieldset" key="channel">
      <legend className="fieldset__legend">{t('new.task.channel')}</legend>
      <Field id="channel" label={t('new.channel')}>
        <select id="channel" className="select" {...register('channel')}>
          {CHANNELS.map((c) => (
            <option key={c} value={c}>
              {label.channel(c)}
            </option>
          ))}
        </select>
      </Field>
      {isReferralChannel(values.channel) ? (
        <>
          <Field id="referrerOrganisation" label={t('new.referrerOrg')} error={err('referrerOrganisation')}>
            <input id="referrerOrganisation" className="input" aria-invalid={!!err('referrerOrganisation')} aria-describedby={describedBy('referrerOrganisation', false, err('referrerOrganisation'))} {...register('referrerOrganisation')} />
          </Field>
          <Field id="referrerOfficer" label={`${t('new.referrerOfficer')} ${t('common.optional')}`}>
            <input id="referrerOfficer" className="input" {...register('referrerOfficer')} />
          </Field>
        </>
      ) : null}
    </fieldset>
  );

  const applicantPage = (
    <fieldset className="fieldset" key="applicant">
      <legend className="fieldset__legend">{t('new.task.applicant')}</legend>
      <Field id="fullName" label={t('new.fullName')} error={err('fullName')}>
        <input id="fullName" className="input" autoComplete="off" aria-invalid={!!err('fullName')} aria-describedby={describedBy('fullName', false, err('fullName'))} data-pii {...register('fullName')} />
      </Field>
      <p className="hint" id="lookup-notice">
        {t('new.lookupNotice')}
      </p>
      <Field id="idNumber" label={`${t('new.idNumber')} ${t('common.optional')}`} error={err('idNumber')}>
        <input id="idNumber" className="input input--20" inputMode="numeric" autoComplete="off" aria-invalid={!!err('idNumber')} aria-describedby={['lookup-notice', describedBy('idNumber', false, err('idNumber'))].filter(Boolean).join(' ')} data-pii {...register('idNumber', { onBlur: () => void lookUp() })} />
      </Field>
      <Field id="phone" label={`${t('new.phone')} ${t('common.optional')}`} error={err('phone')}>
        <input id="phone" className="input input--20" type="tel" inputMode="tel" autoComplete="off" aria-invalid={!!err('phone')} aria-describedby={['lookup-notice', describedBy('phone', false, err('phone'))].filter(Boolean).join(' ')} data-pii {...register('phone', { onBlur: () => void lookUp() })} />
      </Field>
      {duplicates.length ? (
        <div className="banner banner--warning" role="alert" data-testid="duplicate-lookup">
          <p>{t('new.duplicateFound', { n: duplicates.length })}</p>
          <ul>
            {duplicates.map((d) => (
              <li key={d.id}>
                <Link href={`/yeu-cau/${d.id}`} target="_blank">
                  {d.id}
                </Link>{' '}
                ({t(`status.${d.status}` as MessageId)})
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      <fieldset className="fieldset" role="group" aria-describedby={err('birthDate') ? 'birthDate-error' : undefined}>
        <legend className="label">
          {t('new.birthDate')} {t('common.optional')}
        </legend>
        {err('birthDate') ? (
          <p className="error-message" id="birthDate-error">
            {err('birthDate')}
          </p>
        ) : null}
        <div className="date-input">
          <div>
            <label className="label" htmlFor="birthDate">
              {t('new.day')}
            </label>
            <input id="birthDate" className="input input--2" inputMode="numeric" data-pii {...register('birthDay')} />
          </div>
          <div>
            <label className="label" htmlFor="birthMonth">
              {t('new.month')}
            </label>
            <input id="birthMonth" className="input input--2" inputMode="numeric" data-pii {...register('birthMonth')} />
          </div>
          <div>
            <label className="label" htmlFor="birthYear">
              {t('new.year')}
            </label>
            <input id="birthYear" className="input input--4" inputMode="numeric" data-pii {...register('birthYear')} />
          </div>
        </div>
      </fieldset>
      <Field id="provinceCode" label={t('new.province')} error={err('provinceCode')}>
        <select id="provinceCode" className="select" aria-invalid={!!err('provinceCode')} aria-describedby={describedBy('provinceCode', false, err('provinceCode'))} {...register('provinceCode', { onChange: () => setValue('communeCode', '') })}>
          <option value="">—</option>
          {provinces.map((p) => (
            <option key={p.code} value={p.code}>
              {p.name}
            </option>
          ))}
        </select>
      </Field>
      {values.provinceCode ? (
        <>
          <Field id="communeQuery" label={t('new.communeFilter')}>
            <input id="communeQuery" className="input" type="search" autoComplete="off" value={communeQuery} onChange={(e) => setCommuneQuery(e.target.value)} />
          </Field>
          <Field id="communeCode" label={`${t('new.commune')} ${t('common.optional')}`}>
            <select id="communeCode" className="select" {...register('communeCode')}>
              <option value="">—</option>
              {communes.map((c) => (
                <option key={c.code} value={c.code}>
                  {c.name}
                </option>
              ))}
            </select>
          </Field>
        </>
      ) : null}
      <Field id="addressLine" label={`${t('new.addressLine')} ${t('common.optional')}`}>
        <input id="addressLine" className="input" autoComplete="off" data-pii {...register('addressLine')} />
      </Field>
      <div className="checkbox">
        <input id="needsInterpreter" type="checkbox" {...register('needsInterpreter')} />
        <label htmlFor="needsInterpreter">{t('new.interpreter')}</label>
      </div>
      <ContactSafetyFields register={register as unknown as Parameters<typeof ContactSafetyFields>[0]['register']} value={values.contactSafety} error={err('safeTimes')} />
    </fieldset>
  );

  const matterPage = (
    <fieldset className="fieldset" key="matter">
      <legend className="fieldset__legend">{t('new.task.matter')}</legend>
      <Field id="fieldOfLaw" label={t('new.field')}>
        <select id="fieldOfLaw" className="select" {...register('fieldOfLaw')}>
          {ref?.fieldsOfLaw.map((c) => (
            <option key={c.code} value={c.code}>
              {c[locale]}
            </option>
          ))}
        </select>
      </Field>
      <Field id="aidForm" label={t('new.form')}>
        <select id="aidForm" className="select" {...register('aidForm')}>
          {ref?.aidForms.map((c) => (
            <option key={c.code} value={c.code}>
              {c[locale]}
            </option>
          ))}
        </select>
      </Field>
      <Field id="summary" label={t('new.summary')} hint={t('new.summaryHint', { n: 4000 - values.summary.length })} error={err('summary')}>
        <textarea id="summary" className="textarea" rows={5} aria-invalid={!!err('summary')} aria-describedby={describedBy('summary', true, err('summary'))} data-pii {...register('summary')} />
      </Field>
      <fieldset className="fieldset">
        <legend className="label">
          {t('new.urgency')} {t('common.optional')}
        </legend>
        {ref?.urgencyReasons.map((u) => (
          <div className="checkbox" key={u.code}>
            <input type="checkbox" id={`urgency-${u.code}`} value={u.code} {...register('urgencyReasons')} />
            <label htmlFor={`urgency-${u.code}`}>{u[locale]}</label>
          </div>
        ))}
      </fieldset>
    </fieldset>
  );

  const groupPage = (
    <fieldset className="fieldset" key="group">
      <legend className="fieldset__legend">{t('new.task.group')}</legend>
      <Field id="claimedEligibilityGroup" label={`${t('new.group')} ${t('common.optional')}`}>
        <select id="claimedEligibilityGroup" className="select" {...register('claimedEligibilityGroup')}>
          <option value="">—</option>
          {ref?.eligibilityGroups.map((c) => (
            <option key={c.code} value={c.code}>
              {c[locale]}
            </option>
          ))}
        </select>
      </Field>
    </fieldset>
  );

  const consentPage = (
    <fieldset className="fieldset" key="consent" aria-describedby={err('consentPurposes') ? 'consentPurposes-error' : undefined}>
      <legend className="fieldset__legend">{t('new.task.consent')}</legend>
      {hotline ? <p className="inset">{t('new.hotlineScript')}</p> : null}
      {err('consentPurposes') ? (
        <p className="error-message" id="consentPurposes-error">
          {err('consentPurposes')}
        </p>
      ) : null}
      {PURPOSES.map(([code, msg], i) => (
        <div className="checkbox" key={code}>
          <input type="checkbox" id={i === 0 ? 'consentPurposes' : `consent-${code}`} value={code} {...register('consentPurposes')} />
          <label htmlFor={i === 0 ? 'consentPurposes' : `consent-${code}`}>{t(msg)}</label>
        </div>
      ))}
      <Field id="consentGivenBy" label={t('new.consentBy')}>
        <select id="consentGivenBy" className="select" {...register('consentGivenBy')}>
          {(['APPLICANT', 'GUARDIAN', 'REPRESENTATIVE'] as const).map((g) => (
            <option key={g} value={g}>
              {t(`new.givenBy.${g}`)}
            </option>
          ))}
        </select>
      </Field>
      <Field id="consentMethod" label={t('new.consentMethod')}>
        <select id="consentMethod" className="select" {...register('consentMethod')}>
          {(['WRITTEN', 'ORAL_RECORDED', 'ELECTRONIC'] as const).map((g) => (
            <option key={g} value={g}>
              {t(`new.method.${g}`)}
            </option>
          ))}
        </select>
      </Field>
    </fieldset>
  );

  const pages: Record<Task, ReactElement> = { channel: channelPage, applicant: applicantPage, matter: matterPage, group: groupPage, consent: consentPage };
  const rows: [Task, MessageId, string][] = [
    ['channel', 'new.channel', label.channel(values.channel) + (isReferralChannel(values.channel) ? ` — ${values.referrerOrganisation}` : '')],
    ['applicant', 'new.fullName', values.fullName],
    ['applicant', 'new.idNumber', values.idNumber || '—'],
    ['applicant', 'new.phone', values.phone || '—'],
    ['applicant', 'contact.safety', safetyText(values.contactSafety)],
    ['applicant', 'new.province', [provinces.find((p) => p.code === values.provinceCode)?.name, units.data?.referenceData.administrativeUnits.find((u) => u.code === values.communeCode)?.name].filter(Boolean).join(', ') || '—'],
    ['matter', 'new.field', `${label.field(values.fieldOfLaw)} — ${label.form(values.aidForm)}`],
    ['matter', 'new.summary', values.summary],
    ['matter', 'new.urgency', values.urgencyReasons.map((u) => label.urgency(u)).join(', ') || '—'],
    ['group', 'new.group', label.group(values.claimedEligibilityGroup) || '—'],
    ['consent', 'new.task.consent', PURPOSES.filter(([c]) => values.consentPurposes.includes(c)).map(([, m]) => t(m)).join('; ')],
  ];
  const checkPage = (
    <section key="check">
      <h2>{t('new.check')}</h2>
      <dl className="summary-list">
        {rows.map(([task, key, value], i) => (
          <div className="summary-list__row" key={i}>
            <dt className="summary-list__key">{t(key)}</dt>
            <dd className="summary-list__value" data-pii={task === 'applicant' || key === 'new.summary' ? '' : undefined}>
              {value}
            </dd>
            <dd className="summary-list__actions">
              <a
                href={`#${task}`}
                onClick={(e) => {
                  e.preventDefault();
                  setStep(task);
                }}
              >
                {t('common.change')}
                <span className="visually-hidden"> {t(key)}</span>
              </a>
            </dd>
          </div>
        ))}
      </dl>
      {problem ? <Problem kind={problem} /> : null}
      <button type="button" className="button" disabled={submitState.fetching} onClick={() => void send()} data-testid="submit-request">
        {problem === 'unavailable' ? t('error.retry') : t('new.submit')}
      </button>
    </section>
  );

  const status = (task: Task) => {
    const e = errorsFor(TASK_FIELDS[task]);
    if (visited.has(task) && Object.keys(e).length) return 'error';
    return visited.has(task) ? 'done' : 'todo';
  };

  return (
    <>
      <h1>{title}</h1>
      <ErrorSummary title={title} errors={summaryErrors} />
      {hotline ? (
        <p className="tag" role="timer" aria-live="off">
          {t('new.hotline')} · {t('new.callTimer', { time: callTime })}
        </p>
      ) : null}
      <form noValidate onSubmit={(e) => e.preventDefault()} aria-busy={formState.isSubmitting}>
        {hotline && step !== 'check' ? (
          <>
            {TASKS.map((task) => pages[task])}
            <button
              type="button"
              className="button"
              onClick={() => {
                const e = validateRequestForm(getValues(), new Date());
                setErrors(e);
                if (!Object.keys(e).length) {
                  setVisited(new Set(TASKS));
                  void lookUp();
                  setStep('check');
                }
              }}
            >
              {t('common.continue')}
            </button>
          </>
        ) : step === 'tasks' ? (
          <>
            <h2>{t('new.tasks')}</h2>
            <ul className="task-list">
              {TASKS.map((task) => (
                <li className="task-list__item" key={task}>
                  <a
                    href={`#${task}`}
                    id={`task-${task}`}
                    onClick={(e) => {
                      e.preventDefault();
                      setErrors({});
                      setStep(task);
                    }}
                  >
                    {t(`new.task.${task}`)}
                  </a>
                  <span className={`tag tag--${status(task)}`}>{t(`new.status.${status(task)}`)}</span>
                </li>
              ))}
              <li className="task-list__item">
                <a
                  href="#check"
                  id="task-check"
                  onClick={(e) => {
                    e.preventDefault();
                    const all = validateRequestForm(getValues(), new Date());
                    setErrors(all);
                    if (!Object.keys(all).length) setStep('check');
                  }}
                >
                  {t('new.task.check')}
                </a>
              </li>
            </ul>
          </>
        ) : step === 'check' ? (
          checkPage
        ) : (
          <>
            {pages[step]}
            <button type="button" className="button" onClick={() => leave(step)} data-testid="continue">
              {t('common.continue')}
            </button>
          </>
        )}
      </form>
    </>
  );
}
