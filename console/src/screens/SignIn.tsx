import { useEffect, useState } from 'react';
import type { ConsoleConfig } from '../app/config';
import { setToken, signInWithOidc } from '../app/session';
import { ErrorSummary, Field, describedBy } from '../components/ErrorSummary';
import { useLocale, useT } from '../i18n/i18n';

/** Development: paste a token (the HS256 secret never reaches the browser). Production: OIDC code flow with PKCE. */
export function SignIn({ config }: { config: ConsoleConfig }) {
  const t = useT();
  const { locale, setLocale } = useLocale();
  const [value, setValue] = useState('');
  const [error, setError] = useState('');
  useEffect(() => void (document.title = `${t('signin.title')} — ${t('app.name')}`), [locale]); // eslint-disable-line react-hooks/exhaustive-deps
  return (
    <main id="main" className="page page--narrow">
      <div className="header__lang" role="group" aria-label={t('app.language')}>
        <button type="button" lang="vi" aria-pressed={locale === 'vi'} onClick={() => setLocale('vi')}>
          Tiếng Việt
        </button>
        <button type="button" lang="en" aria-pressed={locale === 'en'} onClick={() => setLocale('en')}>
          English
        </button>
      </div>
      <h1>{t('app.name')}</h1>
      <h2>{t('signin.title')}</h2>
      {config.authMode === 'oidc' ? (
        <button type="button" className="button" onClick={() => void signInWithOidc(config)}>
          {t('signin.oidc')}
        </button>
      ) : (
        <form
          noValidate
          onSubmit={(e) => {
            e.preventDefault();
            const v = value.trim();
            if (!/^[\w-]+\.[\w-]+\.[\w-]+$/.test(v)) {
              setError(t('signin.tokenInvalid'));
              return;
            }
            setToken(v);
          }}
        >
          <ErrorSummary title={t('signin.title')} errors={error ? [{ field: 'token', message: error }] : []} />
          <p>{t('signin.devIntro')}</p>
          <Field id="token" label={t('signin.token')} error={error}>
            <textarea id="token" className="textarea" rows={4} value={value} aria-describedby={describedBy('token', false, error)} onChange={(e) => setValue(e.target.value)} autoComplete="off" spellCheck={false} />
          </Field>
          <button type="submit" className="button">
            {t('signin.submit')}
          </button>
        </form>
      )}
    </main>
  );
}
