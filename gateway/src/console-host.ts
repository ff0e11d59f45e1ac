import { existsSync, readFileSync, statSync } from 'node:fs';
import { extname, resolve, sep } from 'node:path';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { GatewayConfig } from './config.js';

/** What /console-config.json tells the browser: one build serves every environment. */
export interface ConsoleConfig {
  authMode: 'dev' | 'oidc';
  authority: string | null;
  clientId: string | null;
  environment: string;
}

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
  '.webmanifest': 'application/manifest+json',
};

/** Pages that are files of their own rather than routes of the console shell. */
const PAGES: Record<string, string> = { '/gop-y': 'feedback.html', '/gop-y/': 'feedback.html' };

export function consoleConfig(config: Pick<GatewayConfig, 'NODE_ENV' | 'JWT_ALG' | 'CONSOLE_OIDC_AUTHORITY' | 'CONSOLE_OIDC_CLIENT_ID'>): ConsoleConfig {
  const oidc = config.JWT_ALG !== 'HS256';
  return {
    authMode: oidc ? 'oidc' : 'dev',
    authority: oidc ? (config.CONSOLE_OIDC_AUTHORITY ?? null) : null,
    clientId: oidc ? (config.CONSOLE_OIDC_CLIENT_ID ?? 'legalaid-console') : null,
    environment: config.NODE_ENV,
  };
}

/** The headers every console response carries. */
export function securityHeaders(connectSrc: string[]): Record<string, string> {
  return {
    'content-security-policy': [
      "default-src 'self'",
      "script-src 'self'",
      "style-src 'self'",
      "img-src 'self' data:",
      `connect-src ${["'self'", ...connectSrc].join(' ')}`,
      "object-src 'none'",
      "frame-ancestors 'none'",
      "base-uri 'none'",
      "form-action 'self'",
    ].join('; '),
    'x-content-type-options': 'nosniff',
    'referrer-policy': 'no-referrer',
    'x-frame-options': 'DENY',
    'cross-origin-opener-policy': 'same-origin',
    'permissions-policy': 'camera=(), microphone=(), geolocation=(), interest-cohort=()',
  };
}

/**
 * Serves the built console (CONSOLE_DIR) on the gateway's origin: hashed
 * assets as immutable, HTML as no-cache, precompressed .br/.gz when the
 * browser accepts them, /console-config.json, and the shell's index.html for
 * any other GET that asks for HTML (client-side routes). Paths are decoded and
 * normalised, and must stay inside the folder. Returns false for requests it
 * does not serve (the API, health, metrics).
 */
export function consoleHost(config: Pick<GatewayConfig, 'CONSOLE_DIR' | 'NODE_ENV' | 'JWT_ALG' | 'CONSOLE_OIDC_AUTHORITY' | 'CONSOLE_OIDC_CLIENT_ID'>) {
  const root = config.CONSOLE_DIR ? resolve(config.CONSOLE_DIR) : undefined;
  const settings = consoleConfig(config);
  const authorityOrigin = settings.authority ? new URL(settings.authority).origin : undefined;
  const headers = securityHeaders(authorityOrigin ? [authorityOrigin] : []);

  const send = (res: ServerResponse, status: number, extra: Record<string, string>, body?: Buffer | string, head = false) => {
    res.writeHead(status, { ...headers, ...extra });
    res.end(head ? undefined : body);
  };

  const fileIn = (relative: string): string | undefined => {
    if (!root) return undefined;
    const full = resolve(root, '.' + sep + relative);
    if (full !== root && !full.startsWith(root + sep)) return undefined;
    try {
      return statSync(full).isFile() ? full : undefined;
    } catch {
      return undefined;
    }
  };

  const serveFile = (req: IncomingMessage, res: ServerResponse, full: string, cache: string) => {
    const accepts = String(req.headers['accept-encoding'] ?? '');
    const type = TYPES[extname(full)] ?? 'application/octet-stream';
    const vary = { vary: 'accept-encoding', 'content-type': type, 'cache-control': cache };
    for (const [encoding, suffix] of [['br', '.br'], ['gzip', '.gz']] as const) {
      if (new RegExp(`\\b${encoding}\\b`).test(accepts) && existsSync(full + suffix)) {
        const body = readFileSync(full + suffix);
        send(res, 200, { ...vary, 'content-encoding': encoding, 'content-length': String(body.length) }, body, req.method === 'HEAD');
        return;
      }
    }
    const body = readFileSync(full);
    send(res, 200, { ...vary, 'content-length': String(body.length) }, body, req.method === 'HEAD');
  };

  return (req: IncomingMessage, res: ServerResponse): boolean => {
    if (req.method !== 'GET' && req.method !== 'HEAD') return false;
    const rawPath = (req.url ?? '/').split(/[?#]/)[0];
    if (rawPath === '/graphql' || rawPath.startsWith('/graphql/')) return false;
    if (rawPath === '/console-config.json') {
      send(res, 200, { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-cache' }, JSON.stringify(settings), req.method === 'HEAD');
      return true;
    }
    if (!root) return false;
    let path: string;
    try {
      path = decodeURIComponent(rawPath);
    } catch {
      send(res, 400, { 'content-type': 'text/plain; charset=utf-8' }, 'Bad path.');
      return true;
    }
    if (path.includes('\0') || path.split('/').includes('..') || path.includes('\\')) {
      send(res, 400, { 'content-type': 'text/plain; charset=utf-8' }, 'Bad path.');
      return true;
    }
    const page = PAGES[path];
    if (page) {
      const full = fileIn(page);
      if (full) serveFile(req, res, full, 'no-cache');
      else send(res, 404, { 'content-type': 'text/plain; charset=utf-8' }, 'Not found.');
      return true;
    }
    const file = path !== '/' ? fileIn(path.slice(1)) : undefined;
    if (file && !file.endsWith('.br') && !file.endsWith('.gz')) {
      serveFile(req, res, file, path.startsWith('/assets/') ? 'public, max-age=31536000, immutable' : 'no-cache');
      return true;
    }
    const wantsHtml = String(req.headers.accept ?? '').includes('text/html');
    if (wantsHtml && !path.startsWith('/assets/') && !extname(path)) {
      const index = fileIn('index.html');
      if (index) {
        serveFile(req, res, index, 'no-cache');
        return true;
      }
    }
    send(res, 404, { 'content-type': 'text/plain; charset=utf-8', 'cache-control': 'no-cache' }, 'Not found.');
    return true;
  };
}
