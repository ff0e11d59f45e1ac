import { existsSync } from 'node:fs';
import { z } from 'zod';

/**
 * The one configuration loader: every process reads its environment through
 * a zod schema, and a bad value stops it with a message naming the variable.
 */
export class ConfigError extends Error {
  constructor(readonly problems: { variable: string; message: string }[]) {
    super(
      'Invalid configuration:\n' +
        problems.map((p) => `  - ${p.variable}: ${p.message}`).join('\n') +
        '\nSee the configuration table in README.md.',
    );
    this.name = 'ConfigError';
  }
}

const readableFile = z.string().min(1).refine((p) => existsSync(p), 'must name an existing file');

/**
 * How a process proves who it is to NATS and protects the connection: its own
 * NKey (the server's permission table, nats-permissions.ts, decides what it
 * may do) and TLS. Part of every process's configuration schema.
 */
export const NatsSecurityShape = {
  /** This process's NKey user seed (SU…); its public key is in the server's authorization block. */
  NATS_NKEY_SEED: z
    .string()
    .regex(/^SU[A-Z2-7]{56}$/, 'must be an NKey user seed: "SU" and 56 base32 characters (npm run secrets generates them)')
    .optional(),
  /** CA certificate (PEM) the NATS server's certificate is checked against; set: the connection must use TLS. */
  NATS_TLS_CA: readableFile.optional(),
  /** Client certificate and key (PEM), for servers that verify clients. Both or neither. */
  NATS_TLS_CERT: readableFile.optional(),
  NATS_TLS_KEY: readableFile.optional(),
};

/**
 * How a process proves who it is to the database and protects the
 * connection: its own database user, who may read and write its own
 * database only (created by the deployment: compose's mongo-users, or a
 * PostgreSQL role under FerretDB), and TLS. Part of every process's schema.
 */
export const MongoSecurityShape = {
  /** This process's database user; its password is read from MONGO_PASSWORD_FILE (never from the environment). */
  MONGO_USER: z
    .string()
    .regex(/^[A-Za-z0-9_.-]{1,63}$/, 'must be 1-63 letters, digits, _ . or -')
    .optional(),
  MONGO_PASSWORD_FILE: readableFile.optional(),
  /** SCRAM-SHA-256 on mongod; PLAIN on FerretDB, which passes the user and password to PostgreSQL. */
  MONGO_AUTH_MECHANISM: z.enum(['SCRAM-SHA-256', 'SCRAM-SHA-1', 'PLAIN']).default('SCRAM-SHA-256'),
  /** Where the user is defined: `admin` for mongod's users, `$external` for PLAIN. */
  MONGO_AUTH_SOURCE: z
    .string()
    .regex(/^(\$external|[A-Za-z0-9_-]{1,60})$/, 'must be a database name or $external')
    .optional(),
  /** CA certificate (PEM) the database server's certificate is checked against; set: the connection uses TLS. */
  MONGO_TLS_CA: readableFile.optional(),
  /** Client certificate and its key in one PEM file, for servers that verify clients. */
  MONGO_TLS_CERT_KEY: readableFile.optional(),
};
const port = z.coerce.number().int().min(0).max(65535);

/** Variables every service process understands. */
export const BaseConfigSchema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  NATS_URL: z
    .string()
    .regex(/^(nats|tls):\/\/[^\s]+$/, 'must be a nats:// or tls:// URL, e.g. nats://127.0.0.1:4222')
    .optional(),
  ...NatsSecurityShape,
  /** JetStream replicas of every stream (3 on a three-node cluster); a stream keeps its count once created unless changed here. */
  BUS_STREAM_REPLICAS: z.coerce.number().int().min(1).max(5).default(1),
  MONGO_URL: z
    .string()
    .regex(/^mongodb(\+srv)?:\/\/[^\s]+$/, 'must be a mongodb:// URL, e.g. mongodb://127.0.0.1:27017')
    .optional(),
  MONGO_DB: z
    .string()
    .regex(/^[A-Za-z0-9_-]{1,60}$/, 'must be 1-60 letters, digits, _ or -')
    .optional(),
  /**
   * Database connections per process. 1 by default: FerretDB v1 (SQLite) does not isolate
   * concurrent conditional updates to one document made on different connections. Raise it
   * only on mongod.
   */
  MONGO_MAX_POOL_SIZE: z.coerce.number().int().min(1).max(200).default(10),
  ...MongoSecurityShape,
  /** Diagnostics: a file to append one line per database command to (names of fields only, never values). */
  MONGO_TRACE_FILE: z.string().min(1).optional(),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  HEALTH_PORT: port.default(0),
  HEALTH_HOST: z.string().default('127.0.0.1'),
  OTEL_EXPORTER_OTLP_ENDPOINT: z.string().url().optional(),
  /** How old a metric read from the database (e.g. open offers) may be when /metrics is scraped. */
  METRICS_DB_GAUGE_MAX_AGE_MS: z.coerce.number().int().min(0).max(3_600_000).default(15_000),
  /** How often a service re-reads its copy of the calendar decisions (another replica may have stored a new one). */
  CALENDAR_REFRESH_MS: z.coerce.number().int().min(100).max(3_600_000).default(30_000),
  /** Outbox relay: how often to look for pending events when not woken. */
  OUTBOX_POLL_MS: z.coerce.number().int().min(10).max(60000).default(250),
  /** Bus retries: deliveries before a message is dead-lettered. */
  BUS_MAX_DELIVER: z.coerce.number().int().min(1).max(100).default(5),
  /** JetStream AckWait: how soon work held by a dead process is redelivered (living ones send heartbeats). */
  BUS_ACK_WAIT_MS: z.coerce.number().int().min(1000).max(3600000).default(4000),
  BUS_BACKOFF_MS: z
    .string()
    .regex(/^\d+(,\d+)*$/, 'must be comma-separated milliseconds, e.g. 200,1000,5000')
    .default('200,1000,5000,15000'),
  /** On shutdown, how long in-flight request/reply handlers get to answer after the subscription stops. */
  RPC_GRACE_PERIOD_MS: z.coerce.number().int().min(0).max(60000).default(2000),
  /** Data kept by the local runtime when it starts servers itself. */
  LEGALAID_DATA_DIR: z.string().default('.data'),
  /** Allow the local runtime to download a database server (off: nothing leaves the machine). */
  LEGALAID_ALLOW_DOWNLOAD: z.enum(['0', '1', 'true', 'false']).default('0'),
});
export type BaseConfig = z.infer<typeof BaseConfigSchema>;

export function loadConfig<S extends z.ZodObject<z.ZodRawShape>>(
  schema: S,
  env: Record<string, string | undefined> = process.env,
): z.infer<S> {
  // Empty strings are treated as unset, as a shell `FOO=` would mean.
  const cleaned = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== undefined && v !== ''));
  const result = schema.safeParse(cleaned);
  if (!result.success) {
    throw new ConfigError(
      result.error.issues.map((issue) => {
        const variable = String(issue.path[0] ?? '(root)');
        const got = cleaned[variable];
        return { variable, message: `${issue.message}${got !== undefined ? ` (got "${got.slice(0, 80)}")` : ''}` };
      }),
    );
  }
  return result.data;
}

export function backoffList(config: Pick<BaseConfig, 'BUS_BACKOFF_MS'>): number[] {
  return config.BUS_BACKOFF_MS.split(',').map(Number);
}

/** Shared key with which the gateway signs requests to services (base64, at least 32 bytes). */
export const RpcSigningKeySchema = z
  .string()
  .refine((s) => /^[A-Za-z0-9+/_-]+=*$/.test(s) && Buffer.from(s, 'base64').length >= 32, 'must be base64 of at least 32 random bytes');

/**
 * What every service process must be given beyond the base variables; its
 * schema is `BaseConfigSchema.extend({ ...ServiceConnectionShape, ...<its own shape> })`.
 */
export const ServiceConnectionShape = {
  NATS_URL: z.string().regex(/^(nats|tls):\/\/[^\s]+$/, 'must be a nats:// URL, e.g. nats://127.0.0.1:4222'),
  MONGO_URL: z.string().regex(/^mongodb(\+srv)?:\/\/[^\s]+$/, 'must be a mongodb:// URL, e.g. mongodb://127.0.0.1:27017'),
  RPC_SIGNING_KEY: RpcSigningKeySchema,
};
