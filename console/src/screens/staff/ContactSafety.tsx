import type { UseFormRegister } from 'react-hook-form';
import { describedBy } from '../../components/ErrorSummary';
import { useT } from '../../i18n/i18n';
import { SAFE_CHANNELS, type ContactSafetyForm, type ContactSafetyView } from '../../lib/contact-safety';
import type { RequestFormValues } from '../../lib/request-form';

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
export function ContactSafetyFields({ register, value, error }: { register: UseFormRegister<RequestFormValues>; value: ContactSafetyForm; error?: string }) {
  const t = useT();
  return (
    <fieldset className="fieldset" aria-describedby="contact-safety-hint">
      <legend className="label">{t('contact.safety')}</legend>
      <p className="hint" id="contact-safety-hint">
        {t('contact.safetyHint')}
      </p>
      <div className="checkbox">
        <input id="contactSafetyAsked" type="checkbox" {...register('contactSafety.asked')} />
        <label htmlFor="contactSafetyAsked">{t('contact.askedLabel')}</label>
      </div>
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
                  <input id={i === 0 ? 'safeTimes' : `safeTimes-${i}-from`} className="input input--4" inputMode="numeric" placeholder="08:00" aria-invalid={!!error} {...register(`contactSafety.times.${i}.from`)} />
                </div>
                <div>
                  <label className="label" htmlFor={`safeTimes-${i}-to`}>
                    {t('contact.timeTo')}
                  </label>
                  <input id={`safeTimes-${i}-to`} className="input input--4" inputMode="numeric" placeholder="11:00" aria-invalid={!!error} {...register(`contactSafety.times.${i}.to`)} />
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
