import type { ConsoleConfig } from './config';

/**
 * The access token: in memory and in this tab's sessionStorage only (never
 * localStorage, never a cookie). Development sign-in takes a token from
 * `npm start -- --demo`'s /dev-login#token=… links or a pasted one; production
 * signs in with the OIDC code flow and PKCE (oidc-client-ts, loaded only then).
 */
const KEY = 'legalaid.session';
let token: string | null = null;
const listeners = new Set<() => void>();

export function currentToken(): string | null {
  if (token === null) token = sessionStorage.getItem(KEY);
  return token;
}

export function setToken(value: string | null): void {
  token = value;
  if (value) sessionStorage.setItem(KEY, value);
  else sessionStorage.removeItem(KEY);
  for (const l of listeners) l();
}

export function onSessionChange(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** Seconds until the token's exp (read, not verified: the gateway verifies). */
export function secondsLeft(now = Date.now()): number | null {
  const t = currentToken();
  if (!t) return null;
  try {
    const payload = JSON.parse(atob(t.split('.')[1].replace(/-/g, '+').replace(/_/g, '/'))) as { exp?: number };
    return typeof payload.exp === 'number' ? Math.floor(payload.exp - now / 1000) : null;
  } catch {
    return null;
  }
}

/** /dev-login#token=…: takes the token from the fragment (never sent to a server) and clears it. */
export function takeDevLoginToken(config: ConsoleConfig): boolean {
  if (config.authMode !== 'dev' || location.pathname !== '/dev-login') return false;
  const value = new URLSearchParams(location.hash.slice(1)).get('token');
  history.replaceState(null, '', '/');
  if (value && /^[\w-]+\.[\w-]+\.[\w-]+$/.test(value)) {
    setToken(value);
    return true;
  }
  return false;
}

async function userManager(config: ConsoleConfig) {
  const { UserManager, WebStorageStateStore } = await import('oidc-client-ts');
  return new UserManager({
    authority: config.authority!,
    client_id: config.clientId!,
    redirect_uri: `${location.origin}/auth/callback`,
    post_logout_redirect_uri: `${location.origin}/`,
    response_type: 'code',
    scope: 'openid',
    automaticSilentRenew: true,
    userStore: new WebStorageStateStore({ store: sessionStorage }),
  });
}

export async function signInWithOidc(config: ConsoleConfig): Promise<void> {
  await (await userManager(config)).signinRedirect({ state: location.pathname + location.search });
}

/** Finishes the code flow on /auth/callback; returns the path to resume. */
export async function completeOidcSignIn(config: ConsoleConfig): Promise<string> {
  const manager = await userManager(config);
  const user = await manager.signinRedirectCallback();
  setToken(user.access_token);
  manager.events.addUserLoaded((u) => setToken(u.access_token));
  return typeof user.state === 'string' && user.state.startsWith('/') ? user.state : '/';
}

export async function signOut(config: ConsoleConfig): Promise<void> {
  setToken(null);
  if (config.authMode === 'oidc') await (await userManager(config)).signoutRedirect();
}
