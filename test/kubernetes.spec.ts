import { describe, expect, it } from '@jest/globals';
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseAllDocuments } from 'yaml';
import type { z } from 'zod';
import { BaseConfigSchema, loadConfig, ServiceConnectionShape } from '../infra/src/config.js';
import { mongoSecurityOptions } from '../infra/src/mongo/security.js';
import { natsConnectOptions } from '../infra/src/bus/nats-connection.js';
import { natsPublicKey } from '../infra/src/bus/nats-permissions.js';
import { createDeploymentSecrets } from '../infra/src/runtime/deployment-secrets.js';
import { kubernetesSecretObjects } from '../infra/src/runtime/kubernetes-secrets.js';
import { IntakeConfig } from '../services/intake/src/config.js';
import { MatchingConfigShape } from '../services/matching/src/config.js';
import { CaseTrackingConfig } from '../services/case-tracking/src/config.js';
import { OversightConfig } from '../services/oversight/src/config.js';
import { loadGatewayConfig } from '../gateway/src/config.js';

/**
 * The manifests under infra/k8s, and the Secrets `npm run secrets -- --k8s`
 * makes, validated against the Kubernetes API's OpenAPI schemas by
 * kubernetes-models (no cluster, no network), then checked for what running
 * beyond one machine needs.
 */
const require = createRequire(import.meta.url);
const DIR = join(process.cwd(), 'infra/k8s');
type K8sObject = { apiVersion: string; kind: string; metadata: { name: string; namespace?: string; labels?: Record<string, string> }; spec?: any; data?: any; stringData?: any };
const manifests: K8sObject[] = readdirSync(DIR)
  .filter((f) => f.endsWith('.yaml'))
  .flatMap((f) => parseAllDocuments(readFileSync(join(DIR, f), 'utf8')).map((d) => d.toJS() as K8sObject))
  .filter(Boolean);
const secrets = createDeploymentSecrets(mkdtempSync(join(tmpdir(), 'legalaid-k8s-')));
const secretObjects = kubernetesSecretObjects(secrets, (f) => readFileSync(f, 'utf8')) as K8sObject[];

/** kubernetes-models' class for an object: `kubernetes-models/<group>/<version>/<Kind>` (core: `v1/<Kind>`). */
function validate(obj: K8sObject): void {
  const [group, version] = obj.apiVersion.includes('/') ? obj.apiVersion.split('/') : ['', obj.apiVersion];
  const Model = require(`kubernetes-models/${group ? `${group}/` : ''}${version}/${obj.kind}`)[obj.kind] as new (o: unknown) => { validate(): void };
  new Model(obj).validate();
}

const APPS = ['intake', 'matching', 'case-tracking', 'oversight', 'gateway'] as const;
const SHAPES: Record<string, z.ZodRawShape> = { intake: IntakeConfig, matching: MatchingConfigShape, 'case-tracking': CaseTrackingConfig, oversight: OversightConfig };
const find = (kind: string, name: string) => manifests.find((m) => m.kind === kind && m.metadata.name === name);

describe('Kubernetes manifests (infra/k8s)', () => {
  it('are all valid against the Kubernetes API schemas, in the legalaid namespace', () => {
    expect(manifests.length).toBeGreaterThan(20);
    for (const m of [...manifests, ...secretObjects]) {
      expect(() => validate(m)).not.toThrow();
      if (m.kind !== 'Namespace') expect(m.metadata.namespace).toBe('legalaid');
    }
  });

  it('refuses an invalid object (the validation can fail)', () => {
    const broken = structuredClone(find('Deployment', 'intake')!);
    broken.spec.replicas = 'two';
    expect(() => validate(broken)).toThrow();
    const noImage = structuredClone(find('Deployment', 'matching')!);
    delete noImage.spec.template.spec.containers[0].image;
    noImage.spec.template.spec.containers[0].ports = [{ containerPort: 'http' }];
    expect(() => validate(noImage)).toThrow();
  });

  it.each(APPS)('runs %s as a Deployment of two replicas or more with probes, limits, a PodDisruptionBudget, an autoscaler and its own Secret', (name) => {
    const dep = find('Deployment', name)!;
    expect(dep.spec.replicas).toBeGreaterThanOrEqual(2);
    const c = dep.spec.template.spec.containers[0];
    expect(c.readinessProbe.httpGet.path).toBe('/readyz');
    expect(c.livenessProbe.httpGet.path).toBe('/healthz');
    expect(c.resources.requests).toEqual(expect.objectContaining({ cpu: expect.any(String), memory: expect.any(String) }));
    expect(c.resources.limits).toEqual(expect.objectContaining({ cpu: expect.any(String), memory: expect.any(String) }));
    expect(c.envFrom).toEqual([{ secretRef: { name: `legalaid-${name}` } }]);
    const pdb = find('PodDisruptionBudget', name)!;
    expect(pdb.spec.selector.matchLabels).toEqual(dep.spec.selector.matchLabels);
    const hpa = find('HorizontalPodAutoscaler', name)!;
    expect(hpa.spec.scaleTargetRef).toEqual({ apiVersion: 'apps/v1', kind: 'Deployment', name });
    expect(hpa.spec.minReplicas).toBeGreaterThanOrEqual(2);
  });

  it.each(APPS)('gives %s every variable its own configuration schema requires (Secret and env together)', (name) => {
    const c = find('Deployment', name)!.spec.template.spec.containers[0];
    const secret = secretObjects.find((s) => s.metadata.name === `legalaid-${name}`)!;
    const env: Record<string, string> = { ...secret.stringData, ...Object.fromEntries(c.env.map((e: { name: string; value: string }) => [e.name, e.value])) };
    // The CA is mounted from the nats-tls Secret; read it from where the Secret was made.
    expect(env.NATS_TLS_CA).toBe('/etc/legalaid/certs/ca.crt');
    env.NATS_TLS_CA = secrets.certificates.ca;
    if (name !== 'gateway') {
      // The database password is a file from the service's own db Secret, mounted where MONGO_PASSWORD_FILE says.
      const spec = find('Deployment', name)!.spec.template.spec;
      const mount = c.volumeMounts.find((m: { mountPath: string }) => env.MONGO_PASSWORD_FILE.startsWith(`${m.mountPath}/`));
      const volume = spec.volumes.find((v: { name: string }) => v.name === mount.name);
      expect(volume.secret.secretName).toBe(`legalaid-${name}-db`);
      const dbSecret = secretObjects.find((s) => s.metadata.name === `legalaid-${name}-db`)!;
      expect(dbSecret.stringData.password).toBe(readFileSync(secrets.mongo.passwords[name.replace(/-/g, '_')], 'utf8'));
      expect(Object.keys(secret.stringData)).not.toContain('MONGO_PASSWORD');
      env.MONGO_PASSWORD_FILE = secrets.mongo.passwords[name.replace(/-/g, '_')];
      expect(env.MONGO_TLS_CA).toBe('/etc/legalaid/certs/ca.crt');
      env.MONGO_TLS_CA = secrets.certificates.ca;
      expect(env.MONGO_USER).toBe(name.replace(/-/g, '_'));
    }
    const config = name === 'gateway' ? loadGatewayConfig(env) : loadConfig(BaseConfigSchema.extend({ ...ServiceConnectionShape, ...SHAPES[name] }), env);
    expect(() => natsConnectOptions(config, config.NATS_URL!, name)).not.toThrow();
    if (name !== 'gateway') expect(mongoSecurityOptions(config, config.MONGO_URL!)).toMatchObject({ tls: true, authSource: 'admin', auth: { username: name.replace(/-/g, '_') } });
    expect(secrets.authorization).toContain(natsPublicKey(env.NATS_NKEY_SEED));
    if (name !== 'gateway') expect(Number(env.MONGO_MAX_POOL_SIZE)).toBeGreaterThan(1);
    expect(env.BUS_STREAM_REPLICAS).toBe('3');
  });

  it('lets each process reach only NATS, its own database and its dependencies; the gateway takes ingress', () => {
    const deny = find('NetworkPolicy', 'default-deny')!;
    expect(deny.spec).toEqual({ podSelector: {}, policyTypes: ['Ingress', 'Egress'] });
    const egressTo = (name: string) =>
      find('NetworkPolicy', name)!.spec.egress.map((e: { to?: { podSelector: { matchLabels: Record<string, string> } }[]; ports: { port: number }[] }) => [
        e.to?.map((t) => t.podSelector.matchLabels['app.kubernetes.io/name']).join(',') ?? '*',
        e.ports.map((p) => p.port).join(','),
      ]);
    for (const name of APPS.filter((a) => a !== 'gateway')) expect(egressTo(name)).toEqual([['nats', '4222'], ['mongo', '27017']]);
    // The gateway reaches the services through NATS only (and the identity provider's JWKS over HTTPS).
    expect(egressTo('gateway')).toEqual([['nats', '4222'], ['*', '443']]);
    const mongoIngress = find('NetworkPolicy', 'mongo')!.spec.ingress[0].from.map((f: { podSelector: { matchLabels: Record<string, string> } }) => Object.values(f.podSelector.matchLabels)[0]);
    expect(mongoIngress).not.toContain('gateway');
    const gatewayIngress = find('NetworkPolicy', 'gateway')!.spec.ingress[0];
    expect(gatewayIngress.ports).toEqual([{ protocol: 'TCP', port: 4000 }]);
  });

  it('runs NATS as a three-node JetStream cluster over TLS with the permission table, and MongoDB as a three-member replica set', () => {
    const nats = find('StatefulSet', 'nats')!;
    expect(nats.spec.replicas).toBe(3);
    expect(nats.spec.template.spec.containers[0].image).toMatch(/^nats:2\.(1[2-9]|[2-9]\d)\.\d+-alpine$/);
    const conf = find('ConfigMap', 'nats-config')!.data['nats.conf'] as string;
    expect(conf).toMatch(/sync_interval:\s*always/);
    expect(conf).toMatch(/include \.\/authorization\.conf/);
    for (const i of [0, 1, 2]) expect(conf).toContain(`nats-route://nats-${i}.nats-headless:6222`);
    expect(find('PodDisruptionBudget', 'nats')!.spec.minAvailable).toBe(2);
    const mongo = find('StatefulSet', 'mongo')!;
    expect(mongo.spec.replicas).toBe(3);
    const args = mongo.spec.template.spec.containers[0].args.join(' ');
    expect(args).toMatch(/^mongod --replSet rs0 --bind_ip_all /);
    expect(args).toContain('--tlsMode requireTLS');
    expect(args).toMatch(/--keyFile \S+/);
    const init = find('Job', 'mongo-rs-init')!.spec.template.spec.containers[0].command.join(' ');
    expect(init).toContain('rs.initiate');
    expect(init).toContain('--file /run/legalaid/mongo/users.js');
    // The users script and every password the Job reads are in mongo-auth.
    const auth = secretObjects.find((s) => s.metadata.name === 'mongo-auth')!;
    for (const key of ['users.js', 'root.password', 'keyfile', 'intake.password', 'matching.password', 'case_tracking.password', 'oversight.password']) expect(Object.keys(auth.stringData)).toContain(key);
    // Secrets hold the keys: nothing secret is in the manifests themselves.
    expect(manifests.filter((m) => m.kind === 'Secret')).toEqual([]);
    for (const s of ['nats-auth', 'nats-tls', 'mongo-auth', 'mongo-tls', ...APPS.map((a) => `legalaid-${a}`)]) expect(secretObjects.map((o) => o.metadata.name)).toContain(s);
  });
});
