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
const Ledger = lazy(() => import('../screens/supervisor/Ledger'));
const Plans = lazy(() => import('../screens/supervisor/Plans'));
const PlanRecord = lazy(() => import('../screens/supervisor/Plans').then((m) => ({ default: m.PlanRecord })));
const Recommendations = lazy(() => import('../screens/supervisor/Recommendations'));
const AccessAudit = lazy(() => import('../screens/supervisor/AccessAudit'));
const CitizenFeedback = lazy(() => import('../screens/supervisor/CitizenFeedback'));
const MyDay = lazy(() => import('../screens/lawyer/MyDay'));
const OfferList = lazy(() => import('../screens/lawyer/Offers').then((m) => ({ default: m.OfferList })));
const Offer = lazy(() => import('../screens/lawyer/Offers'));
const Caseload = lazy(() => import('../screens/lawyer/Caseload'));
const CaseFile = lazy(() => import('../screens/lawyer/CaseFile'));
const Profile = lazy(() => import('../screens/lawyer/Profile'));
const Hours = lazy(() => import('../screens/lawyer/Hours'));
const OrgHome = lazy(() => import('../screens/org/OrgHome'));
const Escalations = lazy(() => import('../screens/org/Escalations'));
const Members = lazy(() => import('../screens/org/Members'));
const OrgRecommendations = lazy(() => import('../screens/org/Recommendations'));
const StaffEscalations = lazy(() => import('../screens/staff/Escalations'));

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
  // Lawyers (L1–L5): a pattern may serve several roles; the first route the role is allowed wins.
  { pattern: '', needs: ['myOffers', 'cases'], nav: 'nav.myDay', render: () => <MyDay /> },
  { pattern: '/loi-moi', needs: ['myOffers'], nav: 'nav.offers', render: () => <OfferList /> },
  { pattern: '/loi-moi/:id', needs: ['myOffers', 'acceptOffer', 'declineOffer'], render: (p) => <Offer id={p.id} /> },
  { pattern: '/vu-viec', needs: ['cases', 'caseCounts', 'recordCaseActivity'], nav: 'nav.caseload', render: () => <Caseload /> },
  { pattern: '/vu-viec/:id', needs: ['case', 'recordCaseActivity', 'closeCase'], render: (p) => <CaseFile id={p.id} /> },
  { pattern: '/ho-so', needs: ['myOffers', 'provider', 'updateProvider', 'setProviderAvailability'], nav: 'nav.profile', render: () => <Profile /> },
  { pattern: '/gio-lam', needs: ['myOffers', 'hoursSummary'], nav: 'nav.hours', render: () => <Hours /> },
  // Organisation admins (O1–O5).
  { pattern: '', needs: ['escalationQueue', 'providers', 'caseCounts', 'recommendations', 'respondToRecommendation'], nav: 'nav.orgHome', render: () => <OrgHome /> },
  { pattern: '/leo-thang', needs: ['escalationQueue', 'providers', 'assignReferral', 'respondToRecommendation'], nav: 'nav.orgEscalations', render: () => <Escalations /> },
  { pattern: '/thanh-vien', needs: ['providers', 'cases', 'respondToRecommendation'], nav: 'nav.members', render: () => <Members /> },
  { pattern: '/kien-nghi', needs: ['recommendations', 'respondToRecommendation'], nav: 'nav.orgRecommendations', render: () => <OrgRecommendations /> },
  { pattern: '/leo-thang', needs: ['escalationQueue', 'assignReferral', 'providers'], nav: 'nav.escalations', render: () => <StaffEscalations /> },
  { pattern: '/nguoi-thuc-hien', needs: ['providers'], nav: 'nav.providers', render: () => <Providers /> },
  { pattern: '/thong-ke', needs: ['statistics', 'referenceData'], nav: 'nav.stats', render: () => <Statistics /> },
  { pattern: '/yeu-cau/:id', needs: ['legalAidRequest'], render: (p) => <RequestRecord id={p.id} /> },
  { pattern: '/yeu-cau/:id/:section', needs: ['legalAidRequest'], render: (p) => <RequestRecord id={p.id} section={p.section} /> },
  { pattern: '/giam-sat/so-cai', needs: ['auditTrail', 'verifyAuditLedger', 'checkpoints', 'ledgerPublicKeys'], nav: 'nav.ledger', render: () => <Ledger /> },
  { pattern: '/giam-sat/ke-hoach', needs: ['supervisionPlans'], nav: 'nav.plans', render: () => <Plans /> },
  { pattern: '/giam-sat/ke-hoach/:id', needs: ['supervisionPlans', 'recommendations'], render: (p) => <PlanRecord planId={p.id} /> },
  { pattern: '/giam-sat/phan-anh', needs: ['feedbackResponses', 'complaints', 'organisations'], nav: 'nav.feedback', render: () => <CitizenFeedback /> },
  { pattern: '/giam-sat/truy-cap', needs: ['personalDataAccessLog', 'auditTrail'], nav: 'nav.audit', render: () => <AccessAudit /> },
  { pattern: '/giam-sat/kien-nghi', needs: ['recommendations', 'supervisionPlans'], nav: 'nav.recommendations', render: () => <Recommendations /> },
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
  const matching = ROUTES.flatMap((r) => {
    const params = match(r.pattern, clean);
    return params ? [{ r, params }] : [];
  });
  // The most specific pattern decides ("/yeu-cau/moi" before "/yeu-cau/:id"); among routes of that pattern, the first the role may use.
  const chosen = matching.filter((m) => m.r.pattern === matching[0]?.r.pattern).find((m) => allowed(m.r));
  if (chosen) screen = chosen.r.render(chosen.params);
  else if (matching.length) screen = <Forbidden />;
  // One entry per place: where several roles' routes share a pattern, the first the role may use (as routing chooses).
  const navItems = ROUTES.filter((r, i) => r.nav && allowed(r) && !ROUTES.slice(0, i).some((o) => o.pattern === r.pattern && o.nav && allowed(o)));
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
              <li key={`${href}:${r.nav}`}>
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
