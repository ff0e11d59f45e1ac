import { readFileSync } from 'node:fs';
import type { MongoClientOptions } from 'mongodb';
import { z } from 'zod';
import { ConfigError, MongoSecurityShape } from '../config.js';

export const MongoSecuritySchema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  ...MongoSecurityShape,
});
export type MongoSecurityConfig = z.infer<typeof MongoSecuritySchema>;

const LOOPBACK = /^(127\.\d+\.\d+\.\d+|localhost|\[?::1\]?)$/;

/** Host names of a mongodb:// URL (the seed list before the path). */
function hostsOf(url: string): string[] {
  const authority = url.replace(/^mongodb(\+srv)?:\/\//, '').split('/')[0].split('?')[0];
  const hosts = authority.includes('@') ? authority.slice(authority.lastIndexOf('@') + 1) : authority;
  return hosts.split(',').map((h) => (h.startsWith('[') ? h.slice(0, h.indexOf(']') + 1) : h.split(':')[0]));
}

function urlHasCredentials(url: string): boolean {
  return /^mongodb(\+srv)?:\/\/[^/?]*@/.test(url);
}

function urlRequestsTls(url: string): boolean {
  return /[?&](tls|ssl)=true\b/i.test(url) || url.startsWith('mongodb+srv://');
}

/**
 * Driver options for one process's database connection. Refuses, as a
 * configuration error, a user without a password file (and the reverse),
 * and in production a connection that leaves the machine without its own
 * user or without TLS.
 */
export function mongoSecurityOptions(config: MongoSecurityConfig, url: string): MongoClientOptions {
  const problems: { variable: string; message: string }[] = [];
  if (Boolean(config.MONGO_USER) !== Boolean(config.MONGO_PASSWORD_FILE)) {
    problems.push({ variable: config.MONGO_USER ? 'MONGO_PASSWORD_FILE' : 'MONGO_USER', message: 'MONGO_USER and MONGO_PASSWORD_FILE go together' });
  }
  if (urlHasCredentials(url)) {
    problems.push({ variable: 'MONGO_URL', message: 'must not carry a user or password (they would show in process listings): use MONGO_USER and MONGO_PASSWORD_FILE' });
  }
  const tls = Boolean(config.MONGO_TLS_CA || config.MONGO_TLS_CERT_KEY) || urlRequestsTls(url);
  if (config.NODE_ENV === 'production' && hostsOf(url).some((h) => !LOOPBACK.test(h))) {
    if (!config.MONGO_USER) {
      problems.push({ variable: 'MONGO_USER', message: 'required in production when the database is not on loopback: each service has its own database user, who may use its own database only' });
    }
    if (!tls) problems.push({ variable: 'MONGO_TLS_CA', message: 'required in production when the database is not on loopback: connections leaving the machine use TLS' });
  }
  let password: string | undefined;
  if (config.MONGO_PASSWORD_FILE && config.MONGO_USER) {
    password = readFileSync(config.MONGO_PASSWORD_FILE, 'utf8').replace(/\r?\n$/, '');
    if (!password) problems.push({ variable: 'MONGO_PASSWORD_FILE', message: 'the file is empty' });
  }
  if (problems.length) throw new ConfigError(problems);
  return {
    ...(config.MONGO_USER && password
      ? {
          auth: { username: config.MONGO_USER, password },
          authMechanism: config.MONGO_AUTH_MECHANISM,
          authSource: config.MONGO_AUTH_SOURCE ?? (config.MONGO_AUTH_MECHANISM === 'PLAIN' ? '$external' : 'admin'),
        }
      : {}),
    ...(tls
      ? {
          tls: true,
          ...(config.MONGO_TLS_CA ? { tlsCAFile: config.MONGO_TLS_CA } : {}),
          ...(config.MONGO_TLS_CERT_KEY ? { tlsCertificateKeyFile: config.MONGO_TLS_CERT_KEY } : {}),
        }
      : {}),
  };
}
