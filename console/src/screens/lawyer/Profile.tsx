import { useEffect, useState } from 'react';
import { useMutation, useQuery } from 'urql';
import { MyProfileQuery, SetLeaveMutation, UpdateProfileMutation } from '../../api/lawyer';
import { useMe, useReferenceData } from '../../app/me';
import { describedBy, ErrorSummary, Field } from '../../components/ErrorSummary';
import { useLabel, useLocale, useT } from '../../i18n/i18n';
import { mapError, type ErrorKind } from '../../lib/errors';
import { formatDate } from '../../lib/time';
import { Problem } from '../Problems';
import { vnInstant } from './shared';

/** L5: capacity, remote advice, taking new cases, leave periods; the count of declared conflicts. */
export default function Profile() {
  const t = useT();
  const { locale } = useLocale();
  const me = useMe();
  const ref = useReferenceData();
  const field = useLabel(ref?.fieldsOfLaw);
  useEffect(() => void (document.title = `${t('lawyer.profile.title')} — ${t('app.name')}`));
  const [p, refetch] = useQuery({ query: MyProfileQuery, variables: { id: me.providerId ?? '' }, pause: !me.providerId });
  const [, update] = useMutation(UpdateProfileMutation);
  const [, setAvailability] = useMutation(SetLeaveMutation);
  const [capacity, setCapacity] = useState<string | null>(null);
  const [from, setFrom] = useState('');
  const [to, setTo] = useState('');
  const [errors, setErrors] = useState<{ field: string; message: string }[]>([]);
  const [problem, setProblem] = useState<ErrorKind | null>(null);
  const [saved, setSaved] = useState(false);
  const v = p.data?.provider;
  if (p.error && !p.data) return <Problem kind={mapError(p.error.graphQLErrors, p.error.networkError).kind} />;
  if (!v) return <p>{t('app.loading')}</p>;
  const done = async (res: { data?: unknown; error?: { graphQLErrors: unknown[]; networkError?: Error } }, fieldId: string) => {
    setSaved(!!res.data);
    if (res.data) {
      setErrors([]);
      setProblem(null);
      refetch({ requestPolicy: 'network-only' });
      return;
    }
    const m = mapError(res.error?.graphQLErrors as never, res.error?.networkError);
    if (m.kind === 'input') setErrors(Object.values(m.fields).map((message) => ({ field: fieldId, message })));
    setProblem(m.kind === 'input' ? null : m.kind);
  };
  const saveProfile = async () => {
    const n = Number(capacity ?? v.capacity);
    if (!Number.isInteger(n) || n < 0) return setErrors([{ field: 'capacity', message: t('lawyer.err.hours') }]);
    await done(await update({ input: { providerId: v.id, patch: { capacity: n }, expectedVersion: v.version } }), 'capacity');
  };
  const addLeave = async () => {
    if (!from || !to || to < from) return setErrors([{ field: 'leave-from', message: t('lawyer.err.date') }]);
    const leave = [...v.leave.map((l) => ({ from: l.from, to: l.to })), { from: vnInstant(from, '00:00'), to: vnInstant(to, '23:59') }];
    await done(await setAvailability({ input: { providerId: v.id, available: v.available, leave } }), 'leave-from');
    setFrom('');
    setTo('');
  };
  const err = (f: string) => errors.find((e) => e.field === f)?.message;
  return (
    <>
      <h1>{t('lawyer.profile.title')}</h1>
      <ErrorSummary title={t('lawyer.profile.title')} errors={errors} />
      {problem ? <Problem kind={problem} /> : null}
      {saved ? (
        <p className="panel" role="status">
          {t('lawyer.profile.saved')}
        </p>
      ) : null}
      <dl className="summary-list">
        <div className="summary-list__row">
          <dt className="summary-list__key">{v.displayName}</dt>
          <dd className="summary-list__value">{v.organisation?.name}</dd>
        </div>
        <div className="summary-list__row">
          <dt className="summary-list__key">{t('lawyer.profile.fields')}</dt>
          <dd className="summary-list__value">{v.fieldsOfLaw.map((f) => field(f)).join(', ')}</dd>
        </div>
        <div className="summary-list__row">
          <dt className="summary-list__key">{t('lawyer.profile.available')}</dt>
          <dd className="summary-list__value">{v.available ? t('common.yes') : t('common.no')}</dd>
        </div>
        <div className="summary-list__row">
          <dt className="summary-list__key">{t('lawyer.profile.loadLabel')}</dt>
          <dd className="summary-list__value">{t('lawyer.profile.load', { open: v.openCases, capacity: v.capacity })}</dd>
        </div>
        <div className="summary-list__row">
          <dt className="summary-list__key">{t('lawyer.profile.conflicts')}</dt>
          <dd className="summary-list__value">{v.declaredConflictCount}</dd>
        </div>
      </dl>
      <Field id="capacity" label={t('lawyer.profile.capacity')} error={err('capacity')}>
        <input id="capacity" className="input input--4" inputMode="numeric" value={capacity ?? String(v.capacity)} onChange={(e) => setCapacity(e.target.value)} aria-invalid={!!err('capacity')} aria-describedby={describedBy('capacity', false, err('capacity'))} />
      </Field>
      <button type="button" className="button" onClick={() => void saveProfile()} data-testid="save-profile">
        {t('lawyer.profile.save')}
      </button>
      <h2>{t('lawyer.profile.leave')}</h2>
      {v.leave.length ? (
        <ul className="list" data-testid="leave">
          {v.leave.map((l, i) => (
            <li key={i}>
              <time dateTime={l.from}>{formatDate(l.from, locale)}</time> – <time dateTime={l.to}>{formatDate(l.to, locale)}</time>
            </li>
          ))}
        </ul>
      ) : (
        <p>{t('common.none')}</p>
      )}
      <Field id="leave-from" label={t('lawyer.profile.leaveFrom')} error={err('leave-from')}>
        <input id="leave-from" className="input input--date" type="date" value={from} onChange={(e) => setFrom(e.target.value)} aria-invalid={!!err('leave-from')} aria-describedby={describedBy('leave-from', false, err('leave-from'))} />
      </Field>
      <Field id="leave-to" label={t('lawyer.profile.leaveTo')}>
        <input id="leave-to" className="input input--date" type="date" value={to} onChange={(e) => setTo(e.target.value)} />
      </Field>
      <button type="button" className="button button--secondary" onClick={() => void addLeave()} data-testid="add-leave">
        {t('lawyer.profile.addLeave')}
      </button>
    </>
  );
}
