import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { REPO_ROOT } from '../runtime/network.js';
import { createDeploymentSecrets, dotenv } from '../runtime/deployment-secrets.js';
import { kubernetesSecrets } from '../runtime/kubernetes-secrets.js';

/**
 * `npm run secrets`: every secret of a deployment, made fresh on this machine.
 *   (default)  .env and infra/compose/secrets/ (NATS authorization and certificates) for docker compose
 *   --k8s      infra/k8s/secrets/secrets.yaml: the Kubernetes Secrets the manifests refer to
 * Refuses to replace existing secrets (intake's keys are needed to read what
 * was sealed with them) unless --force. Nothing written here is tracked by git.
 */
const { values } = parseArgs({ options: { k8s: { type: 'boolean' }, force: { type: 'boolean' } } });

const target = values.k8s ? join(REPO_ROOT, 'infra/k8s/secrets') : join(REPO_ROOT, 'infra/compose/secrets');
const files = values.k8s ? [join(target, 'secrets.yaml')] : [join(REPO_ROOT, '.env'), join(target, 'authorization.conf')];
const present = files.filter((f) => existsSync(f));
if (present.length && !values.force) {
  process.stderr.write(`${present.join(', ')} already exist: keep them (they read old records) or pass --force to replace them.\n`);
  process.exit(2);
}
mkdirSync(target, { recursive: true, mode: 0o700 });
const secrets = createDeploymentSecrets(target);
if (values.k8s) {
  writeFileSync(join(target, 'secrets.yaml'), kubernetesSecrets(secrets, (f) => readFileSync(f, 'utf8')), { mode: 0o600 });
  process.stdout.write(`wrote ${join(target, 'secrets.yaml')}: kubectl apply -n legalaid -f infra/k8s/secrets/secrets.yaml\n`);
} else {
  writeFileSync(join(REPO_ROOT, '.env'), dotenv(secrets.env), { mode: 0o600 });
  process.stdout.write(`wrote .env and ${target} (NATS authorization and TLS certificates): docker compose up --build\n`);
}
