import { createRemoteJWKSet, jwtVerify, SignJWT, type JWTVerifyGetKey } from 'jose';
import { ActorSchema, DomainError, type Actor } from '@legalaid/contracts';
import type { GatewayConfig } from './config.js';
import { isUserRole } from './access.js';

/**
 * Verifies bearer tokens. The algorithm family comes from configuration and
 * is passed to jose as an explicit list, so `alg: none` or a token signed
 * with another algorithm (e.g. HS256 with the public key) is refused.
 */
export class Authenticator {
  private readonly key: Uint8Array | JWTVerifyGetKey;

  constructor(private readonly config: Pick<GatewayConfig, 'JWT_ALG' | 'JWT_SECRET' | 'JWT_JWKS_URL' | 'JWT_ISSUER' | 'JWT_AUDIENCE'>) {
    this.key =
      config.JWT_ALG === 'HS256'
        ? new TextEncoder().encode(config.JWT_SECRET!)
        : createRemoteJWKSet(new URL(config.JWT_JWKS_URL!), { cacheMaxAge: 10 * 60 * 1000, timeoutDuration: 2000 });
  }

  async actorFrom(authorization: string | null): Promise<Actor | null> {
    return (await this.identityFrom(authorization))?.actor ?? null;
  }

  /** The actor and, when the token has a `name` claim (OpenID Connect), the name to show for them. */
  async identityFrom(authorization: string | null): Promise<{ actor: Actor; displayName: string | null } | null> {
    if (!authorization) return null;
    const match = /^Bearer ([A-Za-z0-9._-]+)$/.exec(authorization.trim());
    if (!match) throw new DomainError('UNAUTHENTICATED', 'the Authorization header must be "Bearer <token>"');
    try {
      const options = { algorithms: [this.config.JWT_ALG], issuer: this.config.JWT_ISSUER, audience: this.config.JWT_AUDIENCE, clockTolerance: 5, requiredClaims: ['exp', 'sub'] };
      const { payload } =
        this.key instanceof Uint8Array ? await jwtVerify(match[1], this.key, options) : await jwtVerify(match[1], this.key, options);
      const actor = ActorSchema.safeParse({
        id: payload.sub,
        role: payload.role,
        ...(payload.org ? { organisationId: payload.org } : {}),
        ...(payload.providerId ? { providerId: payload.providerId } : {}),
      });
      if (!actor.success || !isUserRole(actor.data.role)) {
        throw new Error('claims do not describe a user');
      }
      const name = typeof payload.name === 'string' ? payload.name.normalize('NFC').trim().slice(0, 200) : '';
      return { actor: actor.data, displayName: name && !name.includes('\u0000') ? name : null };
    } catch {
      throw new DomainError('UNAUTHENTICATED', 'the token is invalid or expired');
    }
  }
}

/** A development token (HS256) for a role; used by `npm run token` and the demo. */
export async function devToken(
  secret: string,
  claims: { sub: string; role: string; org?: string; providerId?: string; name?: string },
  options: { issuer?: string; audience?: string; expiresIn?: string } = {},
): Promise<string> {
  return new SignJWT({
    role: claims.role,
    ...(claims.org ? { org: claims.org } : {}),
    ...(claims.providerId ? { providerId: claims.providerId } : {}),
    ...(claims.name ? { name: claims.name } : {}),
  })
    .setProtectedHeader({ alg: 'HS256' })
    .setSubject(claims.sub)
    .setIssuer(options.issuer ?? 'legalaid-dev')
    .setAudience(options.audience ?? 'legalaid-gateway')
    .setIssuedAt()
    .setExpirationTime(options.expiresIn ?? '8h')
    .sign(new TextEncoder().encode(secret));
}
