import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { BaseConfigSchema, ConfigError, loadConfig } from '@legalaid/infra';

const flag = z.enum(['0', '1', 'true', 'false']).transform((v) => v === '1' || v === 'true');

export const GatewayConfigSchema = BaseConfigSchema.extend({
  NATS_URL: z.string().regex(/^(nats|tls):\/\/[^\s]+$/, 'must be a nats:// URL, e.g. nats://127.0.0.1:4222'),
  GATEWAY_HOST: z.string().default('127.0.0.1'),
  GATEWAY_PORT: z.coerce.number().int().min(0).max(65535).default(4000),
  /** Algorithm family for bearer tokens: HS256 (development secret) or RS256/ES256 from a JWKS. */
  JWT_ALG: z.enum(['HS256', 'RS256', 'ES256']).default('HS256'),
  JWT_SECRET: z.string().min(32, 'must be at least 32 characters').optional(),
  JWT_JWKS_URL: z.string().url().optional(),
  JWT_ISSUER: z.string().default('legalaid-dev'),
  JWT_AUDIENCE: z.string().default('legalaid-gateway'),
  /** Above the services' database timeout (~2 s) so an outage answers SERVICE_UNAVAILABLE, not a hang. */
  SERVICE_TIMEOUT_MS: z.coerce.number().int().min(100).max(60000).default(5000),
  /** How long /readyz waits for each service's ping. */
  READY_TIMEOUT_MS: z.coerce.number().int().min(50).max(10000).default(1000),
  /** Largest request body accepted (bytes); larger ones get 413 before any parsing. */
  GATEWAY_MAX_BODY_BYTES: z.coerce.number().int().min(1024).max(10_000_000).default(100_000),
  /** GraphQL Armor limits. */
  GRAPHQL_MAX_DEPTH: z.coerce.number().int().min(2).max(50).default(10),
  GRAPHQL_MAX_COST: z.coerce.number().int().min(10).max(1_000_000).default(5000),
  GRAPHQL_MAX_ALIASES: z.coerce.number().int().min(0).max(1000).default(15),
  GRAPHQL_MAX_TOKENS: z.coerce.number().int().min(50).max(100_000).default(2000),
  GRAPHQL_MAX_DIRECTIVES: z.coerce.number().int().min(0).max(1000).default(20),
  /** Per-user rate limit: at most RATE_LIMIT_MAX requests per RATE_LIMIT_WINDOW (e.g. 60s), refilled continuously. */
  RATE_LIMIT_MAX: z.coerce.number().int().min(1).max(1_000_000).default(1200),
  RATE_LIMIT_WINDOW: z.string().regex(/^\d+(ms|s|m|h)$/, 'must be a duration such as 60s or 1m').default('60s'),
  /** Introspection and GraphiQL; default: on except in production. */
  GRAPHQL_INTROSPECTION: flag.optional(),
  /** Optional persisted operations: a JSON file `{ "<sha256 hex>": "<document>" }`. */
  PERSISTED_OPERATIONS_FILE: z.string().optional(),
  /** Public web submissions (no token, channel WEB, land RECEIVED for staff to screen): off by default. */
  PUBLIC_SUBMISSIONS: flag.default(false),
  /** Public submissions per client address per hour. */
  PUBLIC_SUBMISSIONS_PER_HOUR: z.coerce.number().int().min(1).max(10_000).default(5),
  /** How long an idempotency key and the outcome of its mutation are kept (TTL of the JetStream KV bucket). */
  IDEMPOTENCY_TTL_MS: z.coerce.number().int().min(60_000).max(30 * 24 * 3_600_000).default(24 * 3_600_000),
  /** Public open-data requests (/hsds, /open-data) per client address per minute. */
  OPEN_DATA_PER_MINUTE: z.coerce.number().int().min(1).max(100_000).default(120),
  /** With persisted operations loaded: refuse any document not in the file. */
  PERSISTED_OPERATIONS_ONLY: flag.default(false),
  /** The built web console (console/dist) served on this origin; unset: no console. */
  CONSOLE_DIR: z.string().optional(),
  /** The OpenID Connect issuer the console signs in with (RS256/ES256 only), e.g. https://idp/realms/legalaid. */
  CONSOLE_OIDC_AUTHORITY: z.string().url().optional(),
  /** The console's public OIDC client id. */
  CONSOLE_OIDC_CLIENT_ID: z.string().min(1).optional(),
});
export type GatewayConfig = z.infer<typeof GatewayConfigSchema>;

export function loadGatewayConfig(env: Record<string, string | undefined> = process.env): GatewayConfig {
  const config = loadConfig(GatewayConfigSchema, env);
  if (config.JWT_ALG === 'HS256' && !config.JWT_SECRET) {
    throw new ConfigError([{ variable: 'JWT_SECRET', message: 'required when JWT_ALG is HS256 (at least 32 characters)' }]);
  }
  if (config.JWT_ALG !== 'HS256' && !config.JWT_JWKS_URL) {
    throw new ConfigError([{ variable: 'JWT_JWKS_URL', message: `required when JWT_ALG is ${config.JWT_ALG}` }]);
  }
  if (config.PERSISTED_OPERATIONS_ONLY && !config.PERSISTED_OPERATIONS_FILE) {
    throw new ConfigError([{ variable: 'PERSISTED_OPERATIONS_FILE', message: 'required when PERSISTED_OPERATIONS_ONLY is set' }]);
  }
  if (config.CONSOLE_DIR && !existsSync(join(config.CONSOLE_DIR, 'index.html'))) {
    throw new ConfigError([{ variable: 'CONSOLE_DIR', message: `no index.html in ${config.CONSOLE_DIR} (run npm run build -w console)` }]);
  }
  if (config.CONSOLE_DIR && config.JWT_ALG !== 'HS256' && !config.CONSOLE_OIDC_AUTHORITY) {
    throw new ConfigError([{ variable: 'CONSOLE_OIDC_AUTHORITY', message: `required with CONSOLE_DIR when JWT_ALG is ${config.JWT_ALG} (the console signs in there)` }]);
  }
  return config;
}

/** Introspection and GraphiQL follow NODE_ENV unless set explicitly. */
export function introspectionEnabled(config: Pick<GatewayConfig, 'NODE_ENV' | 'GRAPHQL_INTROSPECTION'>): boolean {
  return config.GRAPHQL_INTROSPECTION ?? config.NODE_ENV !== 'production';
}
