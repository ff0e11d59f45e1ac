import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { request } from 'node:http';
import { ConfigError } from '@legalaid/infra';
import { loadGatewayConfig } from '../src/config.js';
import { consoleConfig } from '../src/console-host.js';
import { gql, SECRET, startTestGateway } from './helpers.js';

/** The gateway serving the built console (CONSOLE_DIR) on its own origin, beside /graphql. */
const dir = mkdtempSync(join(tmpdir(), 'console-dist-'));
mkdirSync(join(dir, 'assets'));
writeFileSync(join(dir, 'index.html'), '<!doctype html><title>shell</title>');
writeFileSync(join(dir, 'feedback.html'), '<!doctype html><title>feedback</title>');
writeFileSync(join(dir, 'assets', 'app-abc123.js'), 'console.log("app")');
writeFileSync(join(dir, 'assets', 'app-abc123.js.gz'), gzipSync('console.log("app")'));
writeFileSync(join(dir, 'secret.txt.bak'), 'not served outside');
const outside = mkdtempSync(join(tmpdir(), 'outside-'));
writeFileSync(join(outside, 'private.txt'), 'private');

/** A raw GET (fetch would normalise the path before sending it). */
function rawGet(port: number, path: string, headers: Record<string, string> = {}): Promise<{ status: number; headers: Record<string, string | string[] | undefined>; body: string }> {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, path, method: 'GET', headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks).toString('utf8') }));
    });
    req.on('error', reject);
    req.end();
  });
}

describe('gateway: the console on the same origin', () => {
  let gateway: Awaited<ReturnType<typeof startTestGateway>>;
  let base: string;
  beforeAll(async () => {
    gateway = await startTestGateway({ CONSOLE_DIR: dir });
    base = gateway.url.replace(/\/graphql$/, '');
  });
  afterAll(async () => {
    await gateway?.close();
  });

  it('serves index.html for client routes that ask for HTML, with the security headers and no-cache', async () => {
    for (const path of ['/', '/yeu-cau', '/yeu-cau/01934f6e-7c1a-7000-8000-0000000000aa/sang-loc', '/dev-login']) {
      const res = await fetch(base + path, { headers: { accept: 'text/html' } });
      expect(res.status).toBe(200);
      expect(await res.text()).toContain('<title>shell</title>');
      expect(res.headers.get('cache-control')).toBe('no-cache');
      const csp = res.headers.get('content-security-policy') ?? '';
      expect(csp).toContain("default-src 'self'");
      expect(csp).toContain("frame-ancestors 'none'");
      expect(csp).toContain("base-uri 'none'");
      expect(csp).toContain("script-src 'self'");
      expect(csp).not.toContain('unsafe-inline');
      expect(res.headers.get('x-content-type-options')).toBe('nosniff');
      expect(res.headers.get('referrer-policy')).toBe('no-referrer');
    }
  });

  it('serves the citizen page at /gop-y, its own file', async () => {
    const res = await fetch(`${base}/gop-y?hl=km`, { headers: { accept: 'text/html' } });
    expect(res.status).toBe(200);
    expect(await res.text()).toContain('<title>feedback</title>');
    expect(res.headers.get('referrer-policy')).toBe('no-referrer');
  });

  it('serves hashed assets as immutable, precompressed when accepted', async () => {
    const plain = await rawGet(gateway.port, '/assets/app-abc123.js');
    expect(plain.status).toBe(200);
    expect(plain.body).toBe('console.log("app")');
    expect(plain.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect(plain.headers['content-type']).toContain('text/javascript');
    expect(plain.headers['content-encoding']).toBeUndefined();
    const gz = await rawGet(gateway.port, '/assets/app-abc123.js', { 'accept-encoding': 'gzip, deflate' });
    expect(gz.headers['content-encoding']).toBe('gzip');
    expect(gz.headers.vary).toBe('accept-encoding');
  });

  it('answers 404 for a missing asset or file instead of the shell, and never serves outside the folder', async () => {
    expect((await rawGet(gateway.port, '/assets/missing.js', { accept: 'text/html' })).status).toBe(404);
    expect((await rawGet(gateway.port, '/favicon.ico', { accept: 'text/html' })).status).toBe(404);
    for (const path of ['/../' + outside.split('/').pop() + '/private.txt', '/%2e%2e/%2e%2e/etc/passwd', '/assets/..%2f..%2fetc%2fpasswd', '/%00index.html', '/..\\..\\etc\\passwd', '/%E0%A4%A']) {
      const res = await rawGet(gateway.port, path, { accept: 'text/html' });
      expect([400, 404]).toContain(res.status);
      expect(res.body).not.toContain('private');
      expect(res.body).not.toContain('root:');
    }
  });

  it('tells the browser how to sign in through /console-config.json', async () => {
    const res = await fetch(`${base}/console-config.json`);
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ authMode: 'dev', authority: null, clientId: null, environment: 'test' });
    expect(res.headers.get('cache-control')).toBe('no-cache');
  });

  it('keeps GraphQL, health and metrics where they were', async () => {
    const r = await gql(gateway.url, '{ referenceData { channels { code } } }');
    expect(r.status).toBe(200);
    expect((r.data as { referenceData: { channels: unknown[] } }).referenceData.channels.length).toBeGreaterThan(0);
    expect((await fetch(`${base}/healthz`)).status).toBe(200);
    const post = await fetch(`${base}/yeu-cau`, { method: 'POST', headers: { accept: 'text/html' } });
    expect(post.status).not.toBe(200);
  });
});

describe('gateway: console settings', () => {
  const env = { NATS_URL: 'nats://127.0.0.1:4222', JWT_SECRET: SECRET };
  it('refuses a CONSOLE_DIR without a built console, naming the variable', () => {
    expect(() => loadGatewayConfig({ ...env, CONSOLE_DIR: outside })).toThrow(ConfigError);
    expect(() => loadGatewayConfig({ ...env, CONSOLE_DIR: outside })).toThrow(/CONSOLE_DIR/);
  });
  it('needs the OIDC authority when tokens come from an identity provider', () => {
    const oidc = { NATS_URL: 'nats://127.0.0.1:4222', JWT_ALG: 'RS256', JWT_JWKS_URL: 'https://idp.example/realms/legalaid/protocol/openid-connect/certs', CONSOLE_DIR: dir };
    expect(() => loadGatewayConfig(oidc)).toThrow(/CONSOLE_OIDC_AUTHORITY/);
    const config = loadGatewayConfig({ ...oidc, CONSOLE_OIDC_AUTHORITY: 'https://idp.example/realms/legalaid' });
    expect(consoleConfig(config)).toEqual({ authMode: 'oidc', authority: 'https://idp.example/realms/legalaid', clientId: 'legalaid-console', environment: 'development' });
  });
  it('with OIDC, the page may connect to the identity provider and nowhere else', async () => {
    const { securityHeaders } = await import('../src/console-host.js');
    expect(securityHeaders(['https://idp.example'])['content-security-policy']).toContain("connect-src 'self' https://idp.example");
  });
});
