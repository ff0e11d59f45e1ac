import { StrictMode, useEffect, useMemo, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { Provider } from 'urql';
import { Shell } from './app/App';
import { createApiClient } from './app/client';
import { loadConfig, type ConsoleConfig } from './app/config';
import { completeOidcSignIn, currentToken, onSessionChange, takeDevLoginToken } from './app/session';
import { navigate } from './app/router';
import { I18nProvider } from './i18n/i18n';
import { SignIn } from './screens/SignIn';
import './styles.css';

function Root({ config }: { config: ConsoleConfig }) {
  const [token, setTokenState] = useState(currentToken());
  useEffect(() => onSessionChange(() => setTokenState(currentToken())), []);
  // A new client per session: nothing cached for one user is shown to the next.
  const client = useMemo(() => createApiClient(), [token]);
  if (!token) return <SignIn config={config} />;
  return (
    <Provider value={client}>
      <Shell config={config} />
    </Provider>
  );
}

async function start() {
  const config = await loadConfig();
  takeDevLoginToken(config);
  if (config.authMode === 'oidc' && location.pathname === '/auth/callback') navigate(await completeOidcSignIn(config), { replace: true });
  createRoot(document.getElementById('root')!).render(
    <StrictMode>
      <I18nProvider>
        <Root config={config} />
      </I18nProvider>
    </StrictMode>,
  );
}

void start();
