import { NATS_IDENTITIES, type NatsIdentity } from '../bus/nats-permissions.js';
import { basename } from 'node:path';
import type { DeploymentSecrets } from './deployment-secrets.js';
import { devSeedVariable } from './network.js';

/** The namespace the manifests under infra/k8s use. */
export const K8S_NAMESPACE = 'legalaid';

/** Which secret variables each process's Secret (`legalaid-<identity>`) holds: only its own. */
export const SECRET_VARIABLES: Record<NatsIdentity, readonly string[]> = {
  intake: ['RPC_SIGNING_KEY', 'INTAKE_DATA_KEYS', 'INTAKE_ACTIVE_KEY_ID', 'INTAKE_INDEX_KEY'],
  matching: ['RPC_SIGNING_KEY'],
  'case-tracking': ['RPC_SIGNING_KEY'],
  oversight: ['RPC_SIGNING_KEY', 'OVERSIGHT_SIGNING_KEY'],
  gateway: ['RPC_SIGNING_KEY', 'JWT_SECRET'],
  operator: ['RPC_SIGNING_KEY'],
  backup: [],
};

interface Secret {
  apiVersion: 'v1';
  kind: 'Secret';
  metadata: { name: string; namespace: string; labels: Record<string, string> };
  type: string;
  stringData: Record<string, string>;
}

/** The Kubernetes Secrets the manifests refer to, one per process plus NATS's authorization and certificates. */
export function kubernetesSecretObjects(secrets: DeploymentSecrets, read: (file: string) => string): Secret[] {
  const secret = (name: string, stringData: Record<string, string>, type = 'Opaque'): Secret => ({
    apiVersion: 'v1',
    kind: 'Secret',
    metadata: { name, namespace: K8S_NAMESPACE, labels: { 'app.kubernetes.io/part-of': 'legalaid' } },
    type,
    stringData,
  });
  return [
    ...NATS_IDENTITIES.map((identity) =>
      secret(`legalaid-${identity}`, {
        NATS_NKEY_SEED: secrets.env[devSeedVariable(identity)],
        ...Object.fromEntries(SECRET_VARIABLES[identity].map((v) => [v, secrets.env[v]])),
      }),
    ),
    // Each service's database password, mounted as a file (MONGO_PASSWORD_FILE), never an environment variable.
    ...Object.entries(secrets.mongo.passwords)
      .filter(([user]) => user !== 'backup')
      .map(([user, file]) => secret(`legalaid-${user.replace(/_/g, '-')}-db`, { password: read(file) })),
    secret('legalaid-backup-db', { password: read(secrets.mongo.passwords.backup) }),
    // MongoDB's administrator, the replica set's key file, every user's password and the users script (read by the init Job).
    secret('mongo-auth', {
      'root.password': read(secrets.mongo.rootPassword),
      keyfile: read(secrets.mongo.keyFile),
      'users.js': read(secrets.mongo.usersScript),
      ...Object.fromEntries(Object.values(secrets.mongo.passwords).map((f) => [basename(f), read(f)])),
    }),
    secret('mongo-tls', { 'server.pem': read(secrets.mongo.serverPem), 'ca.crt': read(secrets.certificates.ca) }),
    secret('nats-auth', { 'authorization.conf': secrets.authorization }),
    secret('nats-tls', { 'ca.crt': read(secrets.certificates.ca), 'tls.crt': read(secrets.certificates.cert), 'tls.key': read(secrets.certificates.key) }, 'kubernetes.io/tls'),
  ];
}

/** The Secrets as a multi-document YAML file (each document written as JSON, which YAML accepts). */
export function kubernetesSecrets(secrets: DeploymentSecrets, read: (file: string) => string): string {
  return kubernetesSecretObjects(secrets, read)
    .map((s) => `---\n${JSON.stringify(s, null, 2)}\n`)
    .join('');
}
