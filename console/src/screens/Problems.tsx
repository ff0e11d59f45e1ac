import { useEffect } from 'react';
import { useT } from '../i18n/i18n';
import type { ErrorKind } from '../lib/errors';

export function Forbidden() {
  const t = useT();
  useEffect(() => void (document.title = t('error.forbidden')), []); // eslint-disable-line react-hooks/exhaustive-deps
  return (
    <section data-problem="forbidden">
      <h1>{t('error.forbidden')}</h1>
      <p>{t('error.forbiddenBody')}</p>
    </section>
  );
}

export function NotFound() {
  const t = useT();
  useEffect(() => void (document.title = t('error.notFound')), []); // eslint-disable-line react-hooks/exhaustive-deps
  return (
    <section data-problem="not-found">
      <h1>{t('error.notFound')}</h1>
      <p>{t('error.notFoundBody')}</p>
    </section>
  );
}

/** What a failed read shows, by the gateway's error code. */
export function Problem({ kind, onRetry }: { kind: ErrorKind; onRetry?: () => void }) {
  const t = useT();
  if (kind === 'forbidden') return <Forbidden />;
  if (kind === 'notFound') return <NotFound />;
  return (
    <div className="banner banner--error" role="alert" data-problem={kind}>
      <p>{kind === 'unavailable' ? t('error.unavailable') : kind === 'conflict' ? t('error.conflict') : t('error.unknown')}</p>
      {onRetry ? (
        <button type="button" className="button" onClick={onRetry}>
          {t('error.retry')}
        </button>
      ) : null}
    </div>
  );
}
