import { useEffect, useRef } from 'react';
import { useT } from '../i18n/i18n';

export interface FieldError {
  field: string;
  message: string;
}

/** GOV.UK error summary: takes focus, links to each field, prefixes the page title with "Lỗi: ". */
export function ErrorSummary({ errors, title }: { errors: FieldError[]; title: string }) {
  const t = useT();
  const ref = useRef<HTMLDivElement>(null);
  const key = errors.map((e) => e.field + e.message).join('|');
  useEffect(() => {
    if (!errors.length) {
      document.title = title;
      return;
    }
    document.title = t('error.title') + title;
    ref.current?.focus();
  }, [key]); // eslint-disable-line react-hooks/exhaustive-deps
  if (!errors.length) return null;
  return (
    <div className="error-summary" ref={ref} tabIndex={-1} role="alert" aria-labelledby="error-summary-title">
      <h2 id="error-summary-title">{t('error.summary')}</h2>
      <ul>
        {errors.map((e) => (
          <li key={e.field}>
            <a
              href={`#${e.field}`}
              onClick={(ev) => {
                ev.preventDefault();
                document.getElementById(e.field)?.focus();
              }}
            >
              {e.message}
            </a>
          </li>
        ))}
      </ul>
    </div>
  );
}

/** A labelled form control with hint and inline error (GOV.UK form group). */
export function Field({ id, label, hint, error, children }: { id: string; label: string; hint?: string; error?: string; children: React.ReactNode }) {
  return (
    <div className={`form-group${error ? ' form-group--error' : ''}`}>
      <label className="label" htmlFor={id}>
        {label}
      </label>
      {hint ? (
        <div className="hint" id={`${id}-hint`}>
          {hint}
        </div>
      ) : null}
      {error ? (
        <p className="error-message" id={`${id}-error`}>
          <span className="visually-hidden">{'! '}</span>
          {error}
        </p>
      ) : null}
      {children}
    </div>
  );
}

export function describedBy(id: string, hint?: boolean, error?: string): string | undefined {
  return [hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ') || undefined;
}
