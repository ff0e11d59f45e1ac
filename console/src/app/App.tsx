import { lazy, Suspense, useEffect, useState, type ReactNode } from 'react';
import { useQuery } from 'urql';
import { OrganisationQuery } from '../api/operations';
import { mapError } from '../lib/errors';
import { useLocale, useT } from '../i18n/i18n';
import type { MessageId } from '../i18n/messages';
import type { ConsoleConfig } from './config';
import { liveState, onLiveState, type LiveState } from './client';
import { MeContext, useMeQuery, type Me } from './me';
import { Link, match, useLocation } from './router';
import { secondsLeft, signOut } from './session';
import { Forbidden, NotFound, Problem } from '../screens/Problems';

const Home = lazy(() => import('../screens/Home'));
const Queue = lazy(() => import('../screens/Queue'));
const NewRequest = lazy(() => import('../screens/NewRequest'));
const RequestRecord = lazy(() => import('../screens/RequestRecord'));
const Letter = lazy(() => import('../screens/Letter'));
const Statistics = lazy(() => import('../screens/Statistics'));
const Providers = lazy(() => import('../screens/Providers'));
const Escalations = lazy(() => import('../screens/staff/Escalations'));

interface Route {
  pattern: string;
  /** Every operation the screen needs: without them it is neither linked nor shown. */
  needs: string[];
  nav?: MessageId;
  render: (p: Record<string, string>) => ReactNode;
}

const ROUTES: Route[] = [
  { pattern: '', needs: ['requestCounts'], nav: 'nav.home', render: () => <Home /> },
  { pattern: '/yeu-cau', needs: ['legalAidRequests'], nav: 'nav.queue', render: () => <Queue /> },
  { pattern: '/yeu-cau/moi', needs: ['submitLegalAidRequest', 'referenceData'], nav: 'nav.new', render: () => <NewRequest /> },
  { pattern: '/leo-thang', needs: ['escalationQueue', 'assignReferral', 'providers'], nav: 'nav.escalations', render: () => <Escalations /> },
  { pattern: '/nguoi-thuc-hien', needs: ['providers'], nav: 'nav.providers', render: () => <Providers /> },
  { pattern: '/thong-ke', needs: ['statistics', 'referenceData'], nav: 'nav.stats', render: () => <Statistics /> },
  { pattern: '/yeu-cau/:id', needs: ['legalAidRequest'], render: (p) => <RequestRecord id={p.id} /> },
  { pattern: '/yeu-cau/:id/:section', needs: ['legalAidRequest'], render: (p) => <RequestRecord id={p.id} section={p.section} /> },
  { pattern: '/yeu-cau/:id/van-ban/:kind', needs: ['legalAidRequest', 'organisation'], render: (p) => <Letter id={p.id} kind={p.kind} /> },
];

function useLive(): LiveState {
  const [s, setS] = useState(liveState());
  useEffect(() => onLiveState(setS), []);
  return s;
}

function SessionClock({ config }: { config: ConsoleConfig }) {
  const t = useT();
  const [left, setLeft] = useState(secondsLeft());
  useEffect(() => {
    const id = setInterval(() => setLeft(secondsLeft()), 30_000);
    return () => clearInterval(id);
  }, []);
  if (left === null) return null;
  const minutes = Math.max(0, Math.floor(left / 60));
  return (
    <>
      <span className="header__session">{t('app.session', { minutes })}</span>
      {left < 120 ? (
        <div className="banner banner--warning" role="alert">
          {t('app.sessionEnding', { minutes })}{' '}
          <button type="button" className="button button--secondary" onClick={() => void signOut(config)}>
            {t('app.signOut')}
          </button>
        </div>
      ) : null}
    </>
  );
}

function Header({ me, config }: { me: Me; config: ConsoleConfig }) {
  const t = useT();
  const { locale, setLocale } = useLocale();
  const live = useLive();
  const [org] = useQuery({ query: OrganisationQuery, variables: { id: me.organisationId ?? '' }, pause: !me.organisationId || !me.operations.includes('organisation'), requestPolicy: 'cache-first' });
  return (
    <header className="header">
      <div className="header__bar">
        <Link href="/" className="header__product">
          {t('app.name')}
        </Link>
        <span className="header__org">{org.data?.organisation?.name ?? ''}</span>
        <span className="header__role">{t(`role.${me.role}` as MessageId)}</span>
        <span className={`live live--${live}`} role="status">
          {live === 'idle' ? null : (
            <>
              <span aria-hidden="true">{live === 'live' ? '● ' : live === 'lost' ? '○ ' : '◌ '}</span>
              {t(`app.live.${live}`)}
            </>
          )}
        </span>
        <div className="header__lang" role="group" aria-label={t('app.language')}>
          <button type="button" lang="vi" aria-pressed={locale === 'vi'} onClick={() => setLocale('vi')}>
            Tiếng Việt
          </button>
          <button type="button" lang="en" aria-pressed={locale === 'en'} onClick={() => setLocale('en')}>
            English
          </button>
        </div>
        <SessionClock config={config} />
        <button type="button" className="button button--secondary header__signout" onClick={() => void signOut(config)}>
          {t('app.signOut')}
        </button>
      </div>
    </header>
  );
}

export function Shell({ config }: { config: ConsoleConfig }) {
  const t = useT();
  const { path } = useLocation();
  const [me] = useMeQuery();
  if (me.fetching && !me.data) return <p className="page">{t('app.loading')}</p>;
  if (!me.data) {
    const err = mapError(me.error?.graphQLErrors, me.error?.networkError);
    if (err.kind === 'unauthenticated') {
      void signOut(config);
      return null;
    }
    return <Problem kind={err.kind} />;
  }
  const who = me.data.me;
  const allowed = (r: Route) => r.needs.every((op) => who.operations.includes(op));
  const clean = path.replace(/\/$/, '');
  let screen: ReactNode = <NotFound />;
  for (const r of ROUTES) {
    const params = match(r.pattern, clean);
    if (params) {
      screen = allowed(r) ? r.render(params) : <Forbidden />;
      break;
    }
  }
  const navItems = ROUTES.filter((r) => r.nav && allowed(r));
  return (
    <MeContext.Provider value={who}>
      <a href="#main" className="skip-link">
        {t('app.skip')}
      </a>
      {config.environment !== 'production' ? <div className="env-banner">{t('app.env', { env: config.environment })}</div> : null}
      <Header me={who} config={config} />
      <nav className="nav" aria-label={t('app.nav')}>
        <ul>
          {navItems.map((r) => {
            const href = r.pattern || '/';
            const current = href === '/' ? clean === '' : clean === r.pattern || (r.pattern === '/yeu-cau' && clean.startsWith('/yeu-cau/') && !clean.startsWith('/yeu-cau/moi'));
            return (
              <li key={href}>
                <Link href={href} aria-current={current ? 'page' : undefined}>
                  {t(r.nav!)}
                </Link>
              </li>
            );
          })}
        </ul>
      </nav>
      <main id="main" className="page" tabIndex={-1}>
        <Suspense fallback={<p>{t('app.loading')}</p>}>{screen}</Suspense>
      </main>
      <footer className="footer">
        <p>{t('app.help')}</p>
      </footer>
    </MeContext.Provider>
  );
}
