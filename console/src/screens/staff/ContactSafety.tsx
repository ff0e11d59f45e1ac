import { useState } from 'react';
import { useForm, type UseFormRegister } from 'react-hook-form';
import { useMutation } from 'urql';
import { UpdateContactSafetyMutation } from '../../api/staff';
import { describedBy, ErrorSummary } from '../../components/ErrorSummary';
import { useT } from '../../i18n/i18n';
import { contactSafetyInput, emptyContactSafety, safeTimesError, SAFE_CHANNELS, type ContactSafetyForm, type ContactSafetyView } from '../../lib/contact-safety';
import { mapError } from '../../lib/errors';

type SafetyValues = { contactSafety: ContactSafetyForm };

const CHANNEL_LABEL = { safeToCall: 'contact.safeToCall', safeToSms: 'contact.safeToSms', safeToEmail: 'contact.safeToEmail', safeToZalo: 'contact.safeToZalo' } as const;

/** Safe contact as one line: the safe channels, whether messages may be left, the safe times, the note. */
export function useContactSafetyText(): (c: ContactSafetyView | ContactSafetyForm | null | undefined) => string {
  const t = useT();
  return (c) => {
    if (!c || ('asked' in c && !c.asked)) return t('contact.notRecorded');
    const channels = SAFE_CHANNELS.filter((k) => c[k]).map((k) => t(CHANNEL_LABEL[k]));
    const times = ('times' in c ? c.times : c.safeTimes).filter((w) => w.from && w.to).map((w) => `${w.from}–${w.to}`);
    return [
      channels.length ? channels.join(', ') : t('contact.summary.none'),
      c.leaveMessages ? null : t('contact.summary.noMessages'),
      times.length ? times.join(', ') : t('contact.summary.anyTime'),
      c.note?.trim() || null,
    ]
      .filter(Boolean)
      .join(' · ');
  };
}

/** The read-only view (the request record's contact section). */
export function ContactSafetySummary({ value }: { value: ContactSafetyView | null | undefined }) {
  const text = useContactSafetyText();
  return <span data-testid="contact-safety">{text(value)}</span>;
}

/** The question in the applicant task: asked or not, then channels, messages, times and a note. */
export function ContactSafetyFields({ register, value, error, editing = false }: { register: UseFormRegister<SafetyValues>; value: ContactSafetyForm; error?: string; editing?: boolean }) {
  const t = useT();
  return (
    <fieldset className="fieldset" aria-describedby="contact-safety-hint">
      <legend className="label">{t('contact.safety')}</legend>
      <p className="hint" id="contact-safety-hint">
        {t('contact.safetyHint')}
      </p>
      {editing ? null : (
        <div className="checkbox">
          <input id="contactSafetyAsked" type="checkbox" {...register('contactSafety.asked')} />
          <label htmlFor="contactSafetyAsked">{t('contact.askedLabel')}</label>
        </div>
      )}
      {value.asked ? (
        <div className="inset">
          {[...SAFE_CHANNELS, 'leaveMessages' as const].map((k) => (
            <div className="checkbox" key={k}>
              <input id={`contact-${k}`} type="checkbox" {...register(`contactSafety.${k}`)} />
              <label htmlFor={`contact-${k}`}>{t(k === 'leaveMessages' ? 'contact.leaveMessages' : CHANNEL_LABEL[k])}</label>
            </div>
          ))}
          <fieldset className={`fieldset${error ? ' form-group--error' : ''}`} aria-describedby={describedBy('safeTimes', true, error)}>
            <legend className="label">{t('contact.times')}</legend>
            <div className="hint" id="safeTimes-hint">
              {t('contact.timesHint')}
            </div>
            {error ? (
              <p className="error-message" id="safeTimes-error">
                <span className="visually-hidden">{'! '}</span>
                {error}
              </p>
            ) : null}
            {value.times.map((_, i) => (
              <div className="date-input" key={i}>
                <div>
                  <label className="label" htmlFor={i === 0 ? 'safeTimes' : `safeTimes-${i}-from`}>
                    {t('contact.timeFrom')}
                  </label>
                  <input id={i === 0 ? 'safeTimes' : `safeTimes-${i}-from`} className="input input--time" inputMode="numeric" placeholder="08:00" aria-invalid={!!error} {...register(`contactSafety.times.${i}.from`)} />
                </div>
                <div>
                  <label className="label" htmlFor={`safeTimes-${i}-to`}>
                    {t('contact.timeTo')}
                  </label>
                  <input id={`safeTimes-${i}-to`} className="input input--time" inputMode="numeric" placeholder="11:00" aria-invalid={!!error} {...register(`contactSafety.times.${i}.to`)} />
                </div>
              </div>
            ))}
          </fieldset>
          <div className="form-group">
            <label className="label" htmlFor="contactSafetyNote">
              {t('contact.note')} {t('common.optional')}
            </label>
            <div className="hint" id="contactSafetyNote-hint">
              {t('contact.noteHint')}
            </div>
            <input id="contactSafetyNote" className="input" maxLength={300} autoComplete="off" aria-describedby="contactSafetyNote-hint" data-pii {...register('contactSafety.note')} />
          </div>
        </div>
      ) : null}
    </fieldset>
  );
}

/** The form's values for a recorded safe contact (two time rows, blanks after the recorded ones). */
function toForm(v: ContactSafetyView | null | undefined): ContactSafetyForm {
  const base = emptyContactSafety();
  if (!v) return { ...base, asked: true };
  const times = [...v.safeTimes.map((w) => ({ from: w.from, to: w.to })), ...base.times].slice(0, Math.max(2, v.safeTimes.length));
  return { asked: true, safeToCall: v.safeToCall, safeToSms: v.safeToSms, safeToEmail: v.safeToEmail, safeToZalo: v.safeToZalo, leaveMessages: v.leaveMessages, times, note: v.note ?? '' };
}

/**
 * The contact view's safe contact, with "Thay đổi" for the centre's staff:
 * the same questions as intake, saved with updateContactSafety (the
 * request's version guards against overwriting a newer change). What was
 * saved is shown at once, without reading the personal data again.
 */
export function ContactSafetyEditor({ requestId, version, value, canEdit }: { requestId: string; version: number; value: ContactSafetyView | null | undefined; canEdit: boolean }) {
  const t = useT();
  const text = useContactSafetyText();
  const [current, setCurrent] = useState(value);
  const [editing, setEditing] = useState(false);
  const [saved, setSaved] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [state, save] = useMutation(UpdateContactSafetyMutation);
  const form = useForm<SafetyValues>({ defaultValues: { contactSafety: toForm(current) } });
  const values = form.watch();
  if (!editing) {
    return (
      <>
        <span data-testid="contact-safety">{text(current)}</span>
        {saved ? <span className="tag tag--done"> {t('contact.saved')}</span> : null}
        {canEdit ? (
          <>
            {' '}
            <button
              type="button"
              className="link-button"
              data-testid="edit-contact-safety"
              onClick={() => {
                form.reset({ contactSafety: toForm(current) });
                setSaved(false);
                setEditing(true);
              }}
            >
              {t('common.change')}
              <span className="visually-hidden"> {t('contact.safety')}</span>
            </button>
          </>
        ) : null}
      </>
    );
  }
  const submit = async () => {
    const c = form.getValues().contactSafety;
    if (safeTimesError(c.times)) return setError(t('contact.err.time'));
    setError(null);
    const input = contactSafetyInput({ ...c, asked: true })!;
    const r = await save({ input: { requestId, contactSafety: input, expectedVersion: version } });
    if (!r.data) {
      const m = mapError(r.error?.graphQLErrors, r.error?.networkError);
      return setError(m.reason === 'VERSION_CONFLICT' ? t('error.conflict') : t('esc.err.other', { message: m.message }));
    }
    setCurrent({ ...input, note: input.note ?? null });
    setSaved(true);
    setEditing(false);
  };
  return (
    <form
      noValidate
      data-testid="contact-safety-form"
      onSubmit={(e) => {
        e.preventDefault();
        void submit();
      }}
    >
      <ErrorSummary title={document.title.replace(/^(Lỗi|Error): /, '')} errors={error ? [{ field: 'safeTimes', message: error }] : []} />
      <ContactSafetyFields register={form.register} value={values.contactSafety} error={error ?? undefined} editing />
      <button type="submit" className="button" disabled={state.fetching} data-testid="save-contact-safety">
        {t('contact.save')}
      </button>{' '}
      <button type="button" className="link-button" onClick={() => setEditing(false)}>
        {t('esc.close')}
      </button>
    </form>
  );
}
