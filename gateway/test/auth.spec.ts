import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { createServer, type Server } from 'node:http';
import { generateKeyPairSync, createHmac } from 'node:crypto';
import { exportJWK, SignJWT, type JWK } from 'jose';
import { Authenticator, devToken } from '../src/auth.js';

const SECRET = 'auth-spec-secret-that-is-long-enough-0123456789';
const ISS = 'legalaid-dev';
const AUD = 'legalaid-gateway';

const hs = new Authenticator({ JWT_ALG: 'HS256', JWT_SECRET: SECRET, JWT_ISSUER: ISS, JWT_AUDIENCE: AUD });

async function expectRefused(auth: Authenticator, token: string) {
  await expect(auth.actorFrom(`Bearer ${token}`)).rejects.toMatchObject({ code: 'UNAUTHENTICATED' });
}

const b64 = (v: unknown) => Buffer.from(JSON.stringify(v)).toString('base64url');
const now = () => Math.floor(Date.now() / 1000);

describe('HS256 development tokens', () => {
  it('accepts a valid token and reads the claims', async () => {
    const t = await devToken(SECRET, { sub: 'u1', role: 'LAWYER', org: 'bar-hcm', providerId: 'prov-1' });
    await expect(hs.actorFrom(`Bearer ${t}`)).resolves.toEqual({ id: 'u1', role: 'LAWYER', organisationId: 'bar-hcm', providerId: 'prov-1' });
  });

  it('treats a missing header as anonymous and a malformed one as unauthenticated', async () => {
    await expect(hs.actorFrom(null)).resolves.toBeNull();
    await expect(hs.actorFrom('Basic abc')).rejects.toMatchObject({ code: 'UNAUTHENTICATED' });
  });

  it('refuses a tampered payload (role raised without re-signing)', async () => {
    const t = await devToken(SECRET, { sub: 'u1', role: 'LAWYER' });
    const [h, p, s] = t.split('.');
    const payload = JSON.parse(Buffer.from(p, 'base64url').toString());
    const forged = `${h}.${b64({ ...payload, role: 'ADMIN' })}.${s}`;
    await expectRefused(hs, forged);
  });

  it('refuses a token signed with another secret', async () => {
    await expectRefused(hs, await devToken('another-secret-that-is-long-enough-0123456789', { sub: 'u1', role: 'ADMIN' }));
  });

  it('refuses an expired token', async () => {
    const t = await new SignJWT({ role: 'ADMIN' })
      .setProtectedHeader({ alg: 'HS256' })
      .setSubject('u1')
      .setIssuer(ISS)
      .setAudience(AUD)
      .setIssuedAt(now() - 7200)
      .setExpirationTime(now() - 3600)
      .sign(new TextEncoder().encode(SECRET));
    await expectRefused(hs, t);
  });

  it('refuses a token without an expiry', async () => {
    const t = await new SignJWT({ role: 'ADMIN' }).setProtectedHeader({ alg: 'HS256' }).setSubject('u1').setIssuer(ISS).setAudience(AUD).sign(new TextEncoder().encode(SECRET));
    await expectRefused(hs, t);
  });

  it('refuses alg: none', async () => {
    const unsigned = `${b64({ alg: 'none', typ: 'JWT' })}.${b64({ sub: 'u1', role: 'ADMIN', iss: ISS, aud: AUD, exp: now() + 600 })}.`;
    await expectRefused(hs, unsigned);
  });

  it('refuses another HMAC algorithm than the configured one (HS512 with the same secret)', async () => {
    const t = await new SignJWT({ role: 'ADMIN' })
      .setProtectedHeader({ alg: 'HS512' })
      .setSubject('u1')
      .setIssuer(ISS)
      .setAudience(AUD)
      .setExpirationTime('1h')
      .sign(new TextEncoder().encode(SECRET));
    await expectRefused(hs, t);
  });

  it('refuses the wrong issuer or audience', async () => {
    await expectRefused(hs, await devToken(SECRET, { sub: 'u1', role: 'ADMIN' }, { issuer: 'someone-else' }));
    await expectRefused(hs, await devToken(SECRET, { sub: 'u1', role: 'ADMIN' }, { audience: 'another-api' }));
  });

  it('refuses roles that never come from a token (SYSTEM, CITIZEN) and unknown roles', async () => {
    for (const role of ['SYSTEM', 'CITIZEN', 'ROOT']) await expectRefused(hs, await devToken(SECRET, { sub: 'u1', role }));
  });
});

describe('RS256 and ES256 tokens from a JWKS', () => {
  const rsa = generateKeyPairSync('rsa', { modulusLength: 2048 });
  const ec = generateKeyPairSync('ec', { namedCurve: 'P-256' });
  const stranger = generateKeyPairSync('rsa', { modulusLength: 2048 });
  let server: Server;
  let jwksUrl: string;
  let jwks: { keys: JWK[] };

  beforeAll(async () => {
    jwks = {
      keys: [
        { ...(await exportJWK(rsa.publicKey)), kid: 'rsa-1', alg: 'RS256', use: 'sig' },
        { ...(await exportJWK(ec.publicKey)), kid: 'ec-1', alg: 'ES256', use: 'sig' },
      ],
    };
    server = createServer((req, res) => {
      res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(jwks));
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', () => r()));
    jwksUrl = `http://127.0.0.1:${(server.address() as { port: number }).port}/realms/legalaid/protocol/openid-connect/certs`;
  });
  afterAll(async () => {
    await new Promise((r) => server.close(r));
  });

  const sign = (alg: string, kid: string, key: Parameters<SignJWT['sign']>[0], claims: Record<string, unknown> = { role: 'SUPERVISOR', org: 'front-hcm' }) =>
    new SignJWT(claims).setProtectedHeader({ alg, kid }).setSubject('kc-user-1').setIssuer(ISS).setAudience(AUD).setExpirationTime('10m').sign(key);

  it('accepts an RS256 token whose key is in the JWKS', async () => {
    const rs = new Authenticator({ JWT_ALG: 'RS256', JWT_JWKS_URL: jwksUrl, JWT_ISSUER: ISS, JWT_AUDIENCE: AUD });
    await expect(rs.actorFrom(`Bearer ${await sign('RS256', 'rsa-1', rsa.privateKey)}`)).resolves.toEqual({ id: 'kc-user-1', role: 'SUPERVISOR', organisationId: 'front-hcm' });
  });

  it('accepts an ES256 token when configured for ES256, and refuses RS256 there', async () => {
    const es = new Authenticator({ JWT_ALG: 'ES256', JWT_JWKS_URL: jwksUrl, JWT_ISSUER: ISS, JWT_AUDIENCE: AUD });
    await expect(es.actorFrom(`Bearer ${await sign('ES256', 'ec-1', ec.privateKey)}`)).resolves.toMatchObject({ role: 'SUPERVISOR' });
    await expectRefused(es, await sign('RS256', 'rsa-1', rsa.privateKey));
  });

  it('refuses a token signed by a key outside the JWKS', async () => {
    const rs = new Authenticator({ JWT_ALG: 'RS256', JWT_JWKS_URL: jwksUrl, JWT_ISSUER: ISS, JWT_AUDIENCE: AUD });
    await expectRefused(rs, await sign('RS256', 'rsa-1', stranger.privateKey));
  });

  it('refuses HS256 signed with the public key (algorithm confusion)', async () => {
    const rs = new Authenticator({ JWT_ALG: 'RS256', JWT_JWKS_URL: jwksUrl, JWT_ISSUER: ISS, JWT_AUDIENCE: AUD });
    const pem = rsa.publicKey.export({ type: 'spki', format: 'pem' }) as string;
    const head = b64({ alg: 'HS256', kid: 'rsa-1' });
    const body = b64({ sub: 'kc-user-1', role: 'ADMIN', iss: ISS, aud: AUD, exp: now() + 600 });
    const sig = createHmac('sha256', pem).update(`${head}.${body}`).digest('base64url');
    await expectRefused(rs, `${head}.${body}.${sig}`);
  });

  it('refuses alg: none against a JWKS configuration too', async () => {
    const rs = new Authenticator({ JWT_ALG: 'RS256', JWT_JWKS_URL: jwksUrl, JWT_ISSUER: ISS, JWT_AUDIENCE: AUD });
    await expectRefused(rs, `${b64({ alg: 'none', kid: 'rsa-1' })}.${b64({ sub: 'x', role: 'ADMIN', iss: ISS, aud: AUD, exp: now() + 600 })}.`);
  });
});
