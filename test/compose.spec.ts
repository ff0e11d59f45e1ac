import { describe, expect, it } from '@jest/globals';
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';

/**
 * No Docker engine runs here, so the compose file is checked by reading it:
 * every service, port and dependency, and Debian's docker-compose (v1) must
 * accept it (`.ci/run` installs docker-compose).
 */
const ROOT = process.cwd();
const compose = parse(readFileSync(join(ROOT, 'docker-compose.yml'), 'utf8'), { merge: true }) as {
  services: Record<string, { image?: string; build?: { dockerfile: string; args: { APP: string } }; depends_on?: Record<string, { condition: string }>; healthcheck?: { test: string[] }; ports?: string[]; environment?: Record<string, string> }>;
};
const APPS = ['intake', 'matching', 'case-tracking', 'oversight'];
const secrets = { INTAKE_DATA_KEYS: 'k1:x', INTAKE_ACTIVE_KEY_ID: 'k1', INTAKE_INDEX_KEY: 'x' };

describe('docker-compose.yml', () => {
  it('runs NATS >= 2.12.3 (alpine, for its healthcheck) with JetStream file storage and sync_interval: always', () => {
    const nats = compose.services.nats;
    const [major, minor, patch] = /nats:(\d+)\.(\d+)\.(\d+)-alpine$/.exec(nats.image ?? '')!.slice(1).map(Number);
    expect(major * 10000 + minor * 100 + patch).toBeGreaterThanOrEqual(21203);
    const conf = readFileSync(join(ROOT, 'infra/compose/nats.conf'), 'utf8');
    expect(conf).toMatch(/jetstream\s*\{[^}]*store_dir:\s*\/data[^}]*sync_interval:\s*always/s);
    expect(nats.healthcheck?.test.join(' ')).toContain('8222/healthz');
  });

  it('runs MongoDB with a healthcheck', () => {
    expect(compose.services.mongo.image).toMatch(/^mongo:\d/);
    expect(compose.services.mongo.healthcheck?.test.join(' ')).toContain('ping');
  });

  it.each(APPS)('builds and runs %s from the shared Dockerfile, after NATS and MongoDB are healthy', (name) => {
    const svc = compose.services[name];
    expect(svc.build?.args.APP).toBe(`services/${name}`);
    expect(existsSync(join(ROOT, svc.build!.dockerfile))).toBe(true);
    expect(existsSync(join(ROOT, `services/${name}/src/main.ts`))).toBe(true);
    expect(svc.depends_on).toEqual({ nats: { condition: 'service_healthy' }, mongo: { condition: 'service_healthy' } });
    expect(svc.healthcheck?.test.join(' ')).toContain('/readyz');
    expect(svc.environment?.NATS_URL).toBe('nats://nats:4222');
    expect(svc.environment?.MONGO_URL).toBe('mongodb://mongo:27017');
  });

  it('runs the gateway after every service is healthy, published on loopback only', () => {
    const gw = compose.services.gateway;
    expect(gw.build?.args.APP).toBe('gateway');
    expect(Object.keys(gw.depends_on ?? {}).sort()).toEqual(['case-tracking', 'intake', 'matching', 'nats', 'oversight']);
    expect(gw.ports).toEqual(['127.0.0.1:4000:4000']);
    for (const svc of Object.values(compose.services)) for (const p of svc.ports ?? []) expect(p).toMatch(/^127\.0\.0\.1:/);
  });

  it('is accepted by docker-compose (v1), and refuses to run without intake keys', () => {
    const which = spawnSync('docker-compose', ['--version']);
    if (which.status !== 0) throw new Error('docker-compose is not installed: `apt-get install docker-compose` (.ci/run does it)');
    execFileSync('docker-compose', ['-f', 'docker-compose.yml', 'config', '-q'], { env: { ...process.env, ...secrets }, stdio: 'pipe' });
    const missing = spawnSync('docker-compose', ['-f', 'docker-compose.yml', 'config', '-q'], { env: { PATH: process.env.PATH }, stdio: 'pipe' });
    expect(missing.status).not.toBe(0);
    expect(missing.stderr.toString()).toMatch(/INTAKE_DATA_KEYS/);
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
