import { connect, nkeyAuthenticator, type NatsConnection, type NodeConnectionOptions } from '@nats-io/transport-node';
import { z } from 'zod';
import { ConfigError, loadConfig, NatsSecurityShape } from '../config.js';

export const NatsSecuritySchema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  NATS_URL: z.string().optional(),
  ...NatsSecurityShape,
});
export type NatsSecurityConfig = z.infer<typeof NatsSecuritySchema>;

const LOOPBACK = /^(127\.\d+\.\d+\.\d+|localhost|\[?::1\]?)$/;

function hostsOf(servers: string): string[] {
  return servers.split(',').map((s) => {
    const withScheme = /^[a-z]+:\/\//.test(s) ? s : `nats://${s}`;
    try {
      return new URL(withScheme).hostname;
    } catch {
      return s;
    }
  });
}

/**
 * Connection options for one process. Refuses, as a configuration error, a
 * TLS certificate without its key, and in production a connection without
 * an NKey or one that leaves the machine without TLS.
 */
export function natsConnectOptions(config: NatsSecurityConfig, servers: string, name: string): NodeConnectionOptions {
  const problems: { variable: string; message: string }[] = [];
  if (Boolean(config.NATS_TLS_CERT) !== Boolean(config.NATS_TLS_KEY)) {
    problems.push({ variable: config.NATS_TLS_CERT ? 'NATS_TLS_KEY' : 'NATS_TLS_CERT', message: 'NATS_TLS_CERT and NATS_TLS_KEY go together' });
  }
  const tls = config.NATS_TLS_CA || config.NATS_TLS_CERT || servers.split(',').some((s) => s.startsWith('tls://'));
  if (config.NODE_ENV === 'production') {
    if (!config.NATS_NKEY_SEED) problems.push({ variable: 'NATS_NKEY_SEED', message: 'required in production: each process has its own NATS credentials' });
    if (!tls && hostsOf(servers).some((h) => !LOOPBACK.test(h))) {
      problems.push({ variable: 'NATS_TLS_CA', message: 'required in production when NATS is not on loopback: connections leaving the machine use TLS' });
    }
  }
  if (problems.length) throw new ConfigError(problems);
  return {
    servers: servers.split(','),
    name,
    maxReconnectAttempts: -1,
    reconnectTimeWait: 500,
    ...(config.NATS_NKEY_SEED ? { authenticator: nkeyAuthenticator(new TextEncoder().encode(config.NATS_NKEY_SEED)) } : {}),
    ...(tls
      ? {
          tls: {
            ...(config.NATS_TLS_CA ? { caFile: config.NATS_TLS_CA } : {}),
            ...(config.NATS_TLS_CERT ? { certFile: config.NATS_TLS_CERT, keyFile: config.NATS_TLS_KEY } : {}),
          },
        }
      : {}),
  };
}

/**
 * Connects with this process's credentials: `security` from its loaded
 * configuration, or else read from the environment (operator tools, tests).
 */
export async function connectNats(options: { servers: string; name: string; security?: NatsSecurityConfig }): Promise<NatsConnection> {
  const security = options.security ?? loadConfig(NatsSecuritySchema);
  return connect(natsConnectOptions(security, options.servers, options.name));
}
