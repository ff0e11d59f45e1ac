import { describe, expect, it } from '@jest/globals';
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'yaml';
import type { z } from 'zod';
import { BaseConfigSchema, ConfigError, loadConfig, ServiceConnectionShape } from '../infra/src/config.js';
import { natsConnectOptions } from '../infra/src/bus/nats-connection.js';
import { mongoSecurityOptions } from '../infra/src/mongo/security.js';
import { natsPermissions, natsPublicKey, type NatsIdentity } from '../infra/src/bus/nats-permissions.js';
import { createDeploymentSecrets, DATABASE_USERS } from '../infra/src/runtime/deployment-secrets.js';
import { IntakeConfig } from '../services/intake/src/config.js';
import { MatchingConfigShape } from '../services/matching/src/config.js';
import { CaseTrackingConfig } from '../services/case-tracking/src/config.js';
import { OversightConfig } from '../services/oversight/src/config.js';
import { loadGatewayConfig } from '../gateway/src/config.js';

/**
 * No Docker engine runs here, so the compose file is checked by reading it,
 * by Debian's docker-compose (v1), which must accept it (`.ci/run` installs
 * it), and by feeding what it gives each process to that process's own
 * configuration schema: the file starts only if every process starts.
 */
const ROOT = process.cwd();
type Service = {
  image?: string;
  command?: string[];
  build?: { dockerfile: string; args: { APP: string } };
  depends_on?: Record<string, { condition: string }>;
  healthcheck?: { test: string[] };
  ports?: string[];
  environment?: Record<string, string>;
  restart?: string;
  volumes?: string[];
};
const compose = parse(readFileSync(join(ROOT, 'docker-compose.yml'), 'utf8'), { merge: true }) as { services: Record<string, Service> };
const APPS = ['intake', 'matching', 'case-tracking', 'oversight'] as const;
const NATS_NODES = ['nats-1', 'nats-2', 'nats-3'];
const MONGO_MEMBERS = ['mongo-1', 'mongo-2', 'mongo-3'];
const SCHEMAS: Record<(typeof APPS)[number], z.ZodRawShape> = {
  intake: IntakeConfig,
  matching: MatchingConfigShape,
  'case-tracking': CaseTrackingConfig,
  oversight: OversightConfig,
};

function requireDockerCompose(): void {
  const which = spawnSync('docker-compose', ['--version']);
  if (which.status !== 0) throw new Error('docker-compose is not installed: `apt-get install docker-compose` (.ci/run does it)');
}

/** Secrets as `npm run secrets` makes them, in a temporary folder; the compose file as docker-compose resolves it with them. */
const secretsDir = mkdtempSync(join(tmpdir(), 'legalaid-compose-'));
const secrets = createDeploymentSecrets(secretsDir);
// An empty env file: a .env in the checkout (from `npm run secrets`) must not stand in for the variables given here.
const emptyEnvFile = join(secretsDir, 'empty.env');
writeFileSync(emptyEnvFile, '');
function resolvedCompose(env: Record<string, string>): { status: number | null; stderr: string; services: Record<string, Service> } {
  const r = spawnSync('docker-compose', ['--env-file', emptyEnvFile, '-f', 'docker-compose.yml', 'config'], { env: { PATH: process.env.PATH, ...env }, stdio: 'pipe' });
  return { status: r.status, stderr: r.stderr.toString(), services: r.status === 0 ? (parse(r.stdout.toString()) as { services: Record<string, Service> }).services : {} };
}

/** A process's environment as compose gives it, with files mounted into the container read from where compose takes them. */
function processEnv(service: Service): Record<string, string> {
  const env = { ...(service.environment ?? {}) };
  const mounted = (target: string) => service.volumes?.map((vol) => String(vol)).find((vol) => vol.split(':')[1] === target);
  for (const [k, v] of Object.entries(env)) {
    if (v === '/etc/legalaid/certs/ca.pem') {
      expect(mounted(v)).toBeDefined();
      env[k] = secrets.certificates.ca;
    }
    if (k === 'MONGO_PASSWORD_FILE') {
      // The service's own password file from the secrets, mounted where the variable says.
      const source = mounted(v);
      expect(source?.split(':')[0]).toMatch(new RegExp(`/infra/compose/secrets/mongo/${env.MONGO_USER}\\.password$`));
      env[k] = secrets.mongo.passwords[env.MONGO_USER];
    }
  }
  return env;
}

describe('docker-compose.yml', () => {
  it('runs a three-node NATS cluster (>= 2.12.3, alpine for its healthcheck) with JetStream file storage, sync_interval: always, TLS and the permission table', () => {
    for (const name of NATS_NODES) {
      const nats = compose.services[name];
      const [major, minor, patch] = /nats:(\d+)\.(\d+)\.(\d+)-alpine$/.exec(nats.image ?? '')!.slice(1).map(Number);
      expect(major * 10000 + minor * 100 + patch).toBeGreaterThanOrEqual(21203);
      expect(nats.healthcheck?.test.join(' ')).toContain('8222/healthz');
      expect(nats.restart).toBe('unless-stopped');
      expect(nats.environment?.NATS_SERVER_NAME).toBe(name);
      expect(nats.volumes).toEqual(expect.arrayContaining(['./infra/compose/secrets/authorization.conf:/etc/nats/authorization.conf:ro']));
    }
    const conf = readFileSync(join(ROOT, 'infra/compose/nats.conf'), 'utf8');
    expect(conf).toMatch(/jetstream\s*\{[^}]*store_dir:\s*\/data[^}]*sync_interval:\s*always/s);
    for (const name of NATS_NODES) expect(conf).toContain(`nats-route://${name}:6222`);
    expect(conf).toMatch(/^tls\s*\{[^}]*cert_file/m);
    expect(conf).toMatch(/cluster\s*\{[\s\S]*tls\s*\{[^}]*verify:\s*true/);
    expect(conf).toMatch(/^include \.\/authorization\.conf$/m);
  });

  it("parses in this machine's nats-server with the generated authorization and certificates", () => {
    // nats-server 2.9 here predates sync_interval (2.10+): test the rest of the file.
    const dir = mkdtempSync(join(tmpdir(), 'legalaid-nats-conf-'));
    const conf = readFileSync(join(ROOT, 'infra/compose/nats.conf'), 'utf8')
      .replace(/^\s*sync_interval:.*$/m, '')
      .replace(/store_dir: \/data/, `store_dir: ${JSON.stringify(join(dir, 'js'))}`)
      .replaceAll('/etc/nats/certs/ca.pem', secrets.certificates.ca)
      .replaceAll('/etc/nats/certs/server.pem', secrets.certificates.cert)
      .replaceAll('/etc/nats/certs/server-key.pem', secrets.certificates.key);
    writeFileSync(join(dir, 'nats.conf'), conf);
    writeFileSync(join(dir, 'authorization.conf'), secrets.authorization);
    const r = spawnSync('/usr/sbin/nats-server', ['-t', '-c', join(dir, 'nats.conf')], { env: { NATS_SERVER_NAME: 'nats-1' }, stdio: 'pipe' });
    expect(`${r.stdout}${r.stderr}`).not.toMatch(/error/i);
    expect(r.status).toBe(0);
  });

  it('runs MongoDB as a three-member replica set initiated by its healthcheck, with TLS required, key-file authentication between members and an administrator', () => {
    for (const name of MONGO_MEMBERS) {
      const m = compose.services[name];
      expect(m.image).toMatch(/^mongo:\d/);
      const command = m.command!.join(' ');
      expect(command).toMatch(/^mongod --replSet rs0 --bind_ip_all /);
      expect(command).toContain('--tlsMode requireTLS');
      expect(command).toContain('--tlsCAFile /etc/legalaid/certs/ca.pem');
      expect(command).toMatch(/--keyFile \S+/);
      expect(m.environment?.MONGO_INITDB_ROOT_PASSWORD_FILE).toBe('/run/legalaid/mongo/root.password');
      expect(m.restart).toBe('unless-stopped');
      expect(m.volumes).toEqual(expect.arrayContaining(['./infra/compose/secrets/mongo:/run/legalaid/mongo:ro']));
    }
    const init = compose.services['mongo-1'].healthcheck!.test.join(' ');
    expect(init).toContain('rs.initiate');
    expect(init).toContain('--tls --tlsCAFile /etc/legalaid/certs/ca.pem');
    for (const name of MONGO_MEMBERS) expect(init).toContain(`${name}:27017`);
  });

  it('creates one database user per service, who may read and write its own database only, before any service starts', () => {
    const users = compose.services['mongo-users'];
    expect(users.depends_on).toEqual({ 'mongo-1': { condition: 'service_healthy' } });
    expect(String((users as unknown as { entrypoint: string[] }).entrypoint.join(' '))).toContain('--file /run/legalaid/mongo/users.js');
    // The script npm run secrets writes: each service's user with readWrite on its own database and nothing else.
    const script = readFileSync(secrets.mongo.usersScript, 'utf8');
    const listed = JSON.parse(/const users = (\[.*\]);/.exec(script)![1]) as { user: string; roles: { role: string; db: string }[] }[];
    expect(listed).toEqual(DATABASE_USERS);
    for (const app of APPS) {
      const user = app.replace(/-/g, '_');
      expect(listed.find((u) => u.user === user)?.roles).toEqual([{ role: 'readWrite', db: `legalaid_${user}` }]);
      expect(compose.services[app].environment?.MONGO_USER).toBe(user);
      expect(existsSync(secrets.mongo.passwords[user])).toBe(true);
    }
    // Passwords differ between users.
    const passwords = APPS.map((a) => readFileSync(secrets.mongo.passwords[a.replace(/-/g, '_')], 'utf8'));
    expect(new Set(passwords).size).toBe(APPS.length);
  });

  it.each(APPS)('builds and runs %s from the shared Dockerfile, after NATS and MongoDB are healthy, restarting on failure', (name) => {
    const svc = compose.services[name];
    expect(svc.build?.args.APP).toBe(`services/${name}`);
    expect(existsSync(join(ROOT, svc.build!.dockerfile))).toBe(true);
    expect(existsSync(join(ROOT, `services/${name}/src/main.ts`))).toBe(true);
    expect(svc.depends_on).toEqual({ ...Object.fromEntries([...NATS_NODES, 'mongo-1'].map((n) => [n, { condition: 'service_healthy' }])), 'mongo-users': { condition: 'service_completed_successfully' } });
    expect(svc.healthcheck?.test.join(' ')).toContain('/readyz');
    expect(svc.restart).toBe('unless-stopped');
    expect(svc.environment?.NATS_URL).toBe(NATS_NODES.map((n) => `tls://${n}:4222`).join(','));
    expect(svc.environment?.MONGO_URL).toBe(`mongodb://${MONGO_MEMBERS.map((m) => `${m}:27017`).join(',')}/?replicaSet=rs0`);
    expect(Number(svc.environment?.MONGO_MAX_POOL_SIZE)).toBeGreaterThanOrEqual(10);
    expect(svc.environment?.BUS_STREAM_REPLICAS).toBe('3');
  });

  it('runs the gateway after every service is healthy, published on loopback only', () => {
    const gw = compose.services.gateway;
    expect(gw.build?.args.APP).toBe('gateway');
    expect(Object.keys(gw.depends_on ?? {}).sort()).toEqual(['case-tracking', 'intake', 'matching', 'nats-1', 'nats-2', 'nats-3', 'oversight']);
    expect(gw.ports).toEqual(['127.0.0.1:4000:4000']);
    expect(gw.restart).toBe('unless-stopped');
    for (const svc of Object.values(compose.services)) for (const p of svc.ports ?? []) expect(p).toMatch(/^127\.0\.0\.1:/);
  });

  describe('with the secrets of `npm run secrets`', () => {
    requireDockerCompose();
    const resolved = resolvedCompose(secrets.env);

    it('is accepted by docker-compose (v1)', () => {
      expect(resolved.stderr).not.toMatch(/ERROR/);
      expect(resolved.status).toBe(0);
      execFileSync('docker-compose', ['--env-file', emptyEnvFile, '-f', 'docker-compose.yml', 'config', '-q'], { env: { PATH: process.env.PATH, ...secrets.env }, stdio: 'pipe' });
    });

    const identities: [string, NatsIdentity][] = [...APPS.map((a) => [a, a] as [string, NatsIdentity]), ['gateway', 'gateway']];
    it.each(identities)("gives %s every variable its own configuration schema requires, as production checks them", (name, identity) => {
      const env = processEnv(resolved.services[name]);
      expect(env.NODE_ENV).toBe('production');
      const config =
        name === 'gateway'
          ? loadGatewayConfig(env)
          : loadConfig(BaseConfigSchema.extend({ ...ServiceConnectionShape, ...SCHEMAS[name as (typeof APPS)[number]] }), env);
      // Production's own checks: an NKey and TLS towards NATS off loopback; its own database user and TLS towards MongoDB.
      expect(() => natsConnectOptions(config, config.NATS_URL!, name)).not.toThrow();
      if (name !== 'gateway') {
        const db = mongoSecurityOptions(config, config.MONGO_URL!);
        expect(db).toMatchObject({ tls: true, tlsCAFile: secrets.certificates.ca, authMechanism: 'SCRAM-SHA-256', authSource: 'admin', auth: { username: name.replace(/-/g, '_') } });
        expect(db.auth?.password).toBe(readFileSync(secrets.mongo.passwords[name.replace(/-/g, '_')], 'utf8'));
      }
      // Its NKey is the one the server's table gives this identity's permissions.
      const publicKey = natsPublicKey(config.NATS_NKEY_SEED!);
      const table = JSON.parse(secrets.authorization.replace(/^authorization: /, '')) as { users: { nkey: string; permissions: { publish: { allow: string[] } } }[] };
      expect(table.users.find((u) => u.nkey === publicKey)?.permissions.publish.allow).toEqual(natsPermissions(identity).publish);
      if (name === 'oversight') expect(env.OVERSIGHT_SIGNING_KEY).toBeTruthy();
    });

    it.each(['RPC_SIGNING_KEY', 'NATS_NKEY_SEED_MATCHING', 'OVERSIGHT_SIGNING_KEY'])('refuses to run without %s', (variable) => {
      const { [variable]: _, ...rest } = secrets.env;
      const r = resolvedCompose(rest);
      expect(r.status).not.toBe(0);
      expect(r.stderr).toContain(variable);
    });

    it("a schema check fails when a required variable is missing (the check above can fail)", () => {
      const env = processEnv(resolved.services.intake);
      delete env.INTAKE_INDEX_KEY;
      expect(() => loadConfig(BaseConfigSchema.extend({ ...ServiceConnectionShape, ...IntakeConfig }), env)).toThrow(ConfigError);
    });
  });

  it('ships traces to Jaeger through an OpenTelemetry collector and metrics to Prometheus and Grafana', () => {
    for (const name of [...APPS, 'gateway']) expect(compose.services[name].environment?.OTEL_EXPORTER_OTLP_ENDPOINT).toContain('otel-collector:4318');
    expect(compose.services['otel-collector'].image).toMatch(/opentelemetry-collector/);
    expect(compose.services.jaeger.image).toMatch(/jaeger/);
    const prom = readFileSync(join(ROOT, 'infra/compose/prometheus.yml'), 'utf8');
    for (const name of APPS) expect(prom).toContain(`${name}:9100`);
    expect(prom).toContain('gateway:4000');
    const dashboard = JSON.parse(readFileSync(join(ROOT, 'infra/compose/grafana/dashboards/legalaid.json'), 'utf8')) as { panels: { targets: { expr: string }[] }[] };
    const exprs = dashboard.panels.flatMap((p) => p.targets.map((t) => t.expr)).join(' ');
    for (const metric of ['legalaid_rpc_requests_total', 'legalaid_bus_consumed_total', 'legalaid_bus_dead_letters_total', 'legalaid_outbox_pending', 'legalaid_bus_consumer_pending']) {
      expect(exprs).toContain(metric);
    }
  });
});
