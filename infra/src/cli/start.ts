import { parseArgs } from 'node:util';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { loadConfig, BaseConfigSchema, ConfigError } from '../config.js';
import { resolveServers, RuntimeError } from '../runtime/servers.js';
import { devSecrets, devSeeds, REPO_ROOT, SERVICES, spawnProcess } from '../runtime/network.js';
import { Supervisor } from '../runtime/supervisor.js';
import { authorizationForSeeds } from '../bus/nats-permissions.js';
import { writeFileSync } from 'node:fs';

/**
 * `npm start`: the whole network on this machine. Uses NATS_URL / MONGO_URL
 * when set, otherwise starts nats-server and mongod/FerretDB with data under
 * .data/, then the four services and the gateway under a supervisor: a
 * process that dies is restarted with backoff while the rest keeps running.
 * Ctrl-C stops everything.
 */
/** Variables of the message providers (see NotifyConfig), passed to intake and matching. */
const NOTIFY_VARIABLES = new Set(['SMTP_URL', 'SMTP_FROM', 'SMS_GATEWAY_URL', 'SMS_GATEWAY_SECRET', 'ZALO_ZNS_URL', 'ZALO_ZNS_TOKEN', 'CONSOLE_BASE_URL', 'MATCHING_SUPERVISORS_EMAIL']);

const { values } = parseArgs({ options: { demo: { type: 'boolean' }, download: { type: 'boolean' }, verbose: { type: 'boolean' } } });

async function run(): Promise<void> {
  const config = loadConfig(BaseConfigSchema);
  const dataDir = resolve(config.LEGALAID_DATA_DIR);
  const secrets = devSecrets(dataDir);
  const seeds = devSeeds(secrets);
  // Every process has its own NKey; the server enforces the same permission table as production.
  const authorization = authorizationForSeeds(seeds);
  const authorizationFile = join(dataDir, 'nats-authorization.conf');
  writeFileSync(authorizationFile, authorization, { mode: 0o600 });
  if (config.NATS_URL) console.log(`NATS_URL is set: that server must include ${authorizationFile} (the processes' NKeys and permissions).`);
  const servers = await resolveServers({
    natsConfig: authorization,
    natsUrl: config.NATS_URL,
    mongoUrl: config.MONGO_URL,
    dataDir,
    allowDownload: values.download || config.LEGALAID_ALLOW_DOWNLOAD === '1' || config.LEGALAID_ALLOW_DOWNLOAD === 'true',
  });
  console.log(`servers: ${servers.describe}`);
  const tls = Object.fromEntries(Object.entries({ NATS_TLS_CA: config.NATS_TLS_CA, NATS_TLS_CERT: config.NATS_TLS_CERT, NATS_TLS_KEY: config.NATS_TLS_KEY }).filter(([, v]) => v)) as Record<string, string>;
  const common = { ...tls, NATS_URL: servers.natsUrl, MONGO_URL: servers.mongoUrl, LOG_LEVEL: config.LOG_LEVEL, NODE_ENV: config.NODE_ENV, RPC_SIGNING_KEY: secrets.RPC_SIGNING_KEY };
  // Message providers and settings are passed on to the services that send messages; unset, they write to the local sink.
  const notify = Object.fromEntries(Object.entries(process.env).filter(([k, v]) => v && (NOTIFY_VARIABLES.has(k) || k.startsWith('NOTIFY_'))) as [string, string][]);
  const sends = { ...notify, LEGALAID_DATA_DIR: dataDir };
  // Without --verbose the children's output is not echoed: a crash prints the last lines of it.
  const supervisor = new Supervisor({ tailLines: values.verbose ? 0 : 15, log: (line) => console.error(line) });
  // The supervisor's state for probes and operators: /readyz is 503 while a process restarts or crash-loops.
  const status = await supervisor.serve(Number(process.env.SUPERVISOR_PORT ?? 4001)).catch((err: Error) => {
    console.error(`supervisor: no status endpoint (${err.message}); set SUPERVISOR_PORT to a free port`);
    return undefined;
  });
  let stopping = false;
  const stopAll = async (code: number) => {
    if (stopping) return;
    stopping = true;
    console.log('stopping…');
    await status?.close();
    await supervisor.stop('SIGTERM');
    await servers.stop();
    process.exit(code);
  };
  process.once('SIGINT', () => void stopAll(0));
  process.once('SIGTERM', () => void stopAll(0));
  const starting: Promise<Record<string, unknown>>[] = [];
  try {
    for (const name of SERVICES) {
      const own: Record<string, string> =
        name === 'intake'
          ? { INTAKE_DATA_KEYS: secrets.INTAKE_DATA_KEYS, INTAKE_ACTIVE_KEY_ID: secrets.INTAKE_ACTIVE_KEY_ID, INTAKE_INDEX_KEY: secrets.INTAKE_INDEX_KEY }
          : name === 'oversight'
            ? { OVERSIGHT_SIGNING_KEY: secrets.OVERSIGHT_SIGNING_KEY }
            : {};
      if (name === 'intake' || name === 'matching') Object.assign(own, sends);
      starting.push(supervisor.add(name, () => spawnProcess(name, { ...common, ...own, NATS_NKEY_SEED: seeds[name] }, { echo: values.verbose })));
    }
    // The built web console and its persisted operations, served by the gateway on its own origin.
    const consoleDir = join(REPO_ROOT, 'console', 'dist');
    const consoleEnv: Record<string, string> = existsSync(join(consoleDir, 'index.html'))
      ? { CONSOLE_DIR: consoleDir, PERSISTED_OPERATIONS_FILE: join(consoleDir, 'persisted-operations.json') }
      : {};
    const gatewayEnv = { ...common, ...consoleEnv, NATS_NKEY_SEED: seeds.gateway, JWT_SECRET: secrets.JWT_SECRET, GATEWAY_PORT: process.env.GATEWAY_PORT ?? '4000' };
    starting.push(supervisor.add('gateway', () => spawnProcess('gateway', gatewayEnv, { echo: values.verbose })));
    // A process that fails its first start is a set-up problem (configuration, build): stop and say so.
    const ready = await Promise.all(starting);
    for (const name of [...SERVICES, 'gateway']) supervisor.onStart(name, () => console.error(`status: ${supervisor.statusLine()}`));
    const gateway = ready.at(-1)!;
    const consoleUrl = (gateway.url as string).replace(/\/graphql$/, '/');
    console.log(`\nLegal aid network is running.\n  Console: ${consoleEnv.CONSOLE_DIR ? consoleUrl : '(not built: npm run build -w console)'}\n  GraphQL: ${gateway.url as string}\n  Supervisor: ${status ? `${status.url}/readyz` : '(no status endpoint)'}\n  Development tokens: JWT_SECRET=${secrets.JWT_SECRET} npm run token -- --role CENTRE_STAFF --org <centre id>\n  Dead letters: NATS_URL=${servers.natsUrl} NATS_NKEY_SEED=${seeds.operator} RPC_SIGNING_KEY=${secrets.RPC_SIGNING_KEY} npm run dlq -- list --context matching\nPress Ctrl-C to stop.`);
    const unset = ['SMTP_URL', 'SMS_GATEWAY_URL', 'ZALO_ZNS_URL'].filter((k) => !notify[k]);
    if (unset.length) {
      const sink = (service: string) => notify.NOTIFY_SINK_FILE ?? join(dataDir, `notifications-${service}.jsonl`);
      console.log(`  Messages without a provider (${unset.join(', ')} unset) go to ${sink('intake')} and ${sink('matching')}`);
    }
    if (values.demo) {
      const { runDemo } = await import('./demo.js');
      await runDemo({ natsUrl: servers.natsUrl, jwtSecret: secrets.JWT_SECRET, graphqlUrl: gateway.url as string, consoleUrl: consoleEnv.CONSOLE_DIR ? consoleUrl : undefined });
    }
  } catch (err) {
    console.error((err as Error).message);
    await stopAll(1);
  }
}

run().catch((err: Error) => {
  console.error(err instanceof ConfigError || err instanceof RuntimeError ? err.message : err.stack);
  process.exit(2);
});
