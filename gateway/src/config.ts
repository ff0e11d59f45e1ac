import { z } from 'zod';
import { BaseConfigSchema, loadConfig } from '@legalaid/infra';

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
  SERVICE_TIMEOUT_MS: z.coerce.number().int().min(500).max(60000).default(5000),
});
export type GatewayConfig = z.infer<typeof GatewayConfigSchema>;

export function loadGatewayConfig(env: Record<string, string | undefined> = process.env): GatewayConfig {
  const config = loadConfig(GatewayConfigSchema, env);
  if (config.JWT_ALG === 'HS256' && !config.JWT_SECRET) {
    throw new (class extends Error {
      override name = 'ConfigError';
    })('Invalid configuration:\n  - JWT_SECRET: required when JWT_ALG is HS256 (at least 32 characters)');
  }
  if (config.JWT_ALG !== 'HS256' && !config.JWT_JWKS_URL) {
    throw new (class extends Error {
      override name = 'ConfigError';
    })(`Invalid configuration:\n  - JWT_JWKS_URL: required when JWT_ALG is ${config.JWT_ALG}`);
  }
  return config;
}
