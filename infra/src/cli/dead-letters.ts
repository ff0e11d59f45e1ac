import { parseArgs } from 'node:util';
import { randomUUID } from 'node:crypto';
import { CONTEXTS, DEAD_LETTER_RPCS, type Context } from '@legalaid/contracts';
import { z } from 'zod';
import { RpcClient } from '../bus/rpc-client.js';
import { BaseConfigSchema, ConfigError, loadConfig, RpcSigningKeySchema } from '../config.js';

/**
 * Operator command for dead letters:
 *   npm run dlq -- list   --context matching
 *   npm run dlq -- show   --context matching --seq 12
 *   npm run dlq -- replay --context matching --seq 12
 * Talks to the running service over NATS (NATS_URL) as an administrator.
 */
const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { context: { type: 'string' }, seq: { type: 'string' }, limit: { type: 'string' }, operator: { type: 'string' } },
});
const action = positionals[0];
const context = values.context as Context;
const usage = 'usage: npm run dlq -- <list|show|replay> --context <intake|matching|cases|oversight> [--seq N] [--limit N]';
if (!['list', 'show', 'replay'].includes(action ?? '') || !CONTEXTS.includes(context)) {
  process.stderr.write(`${usage}\n`);
  process.exit(2);
}
// NATS_URL, the operator's NKey (NATS_NKEY_SEED: its permissions reach the dead-letter operations only), TLS and
// the request-signing key, validated like every process's configuration (npm start prints them).
const OperatorConfigSchema = BaseConfigSchema.extend({
  NATS_URL: z.string().regex(/^(nats|tls):\/\/[^\s]+$/, "must be a nats:// URL: the network's NATS server (npm start prints it)"),
  RPC_SIGNING_KEY: RpcSigningKeySchema,
});
let config: z.infer<typeof OperatorConfigSchema>;
let rpc: RpcClient;
try {
  config = loadConfig(OperatorConfigSchema);
  rpc = await RpcClient.connect({ servers: config.NATS_URL, name: 'dlq-cli', timeoutMs: 10000, security: config, signingKey: Buffer.from(config.RPC_SIGNING_KEY, 'base64') });
} catch (err) {
  process.stderr.write(`${(err as Error).message}\n`);
  process.exit(err instanceof ConfigError ? 2 : 1);
}
const meta = { actor: { id: `operator:${values.operator ?? process.env.USER ?? 'cli'}`, role: 'ADMIN' as const }, correlationId: randomUUID() };
const ops = DEAD_LETTER_RPCS[context];
try {
  if (action === 'list') {
    const list = await rpc.call(ops.list, { limit: Number(values.limit ?? 100) }, meta);
    for (const d of list) process.stdout.write(`${d.sequence}\t${d.consumer}\t${d.reason}\t${d.eventType ?? '-'}\t${d.failedAt}\t${d.error}\n`);
    if (list.length === 0) process.stdout.write('no dead letters\n');
  } else {
    const sequence = Number(values.seq);
    if (!Number.isInteger(sequence) || sequence < 1) throw new Error('--seq must be a dead letter sequence number');
    const out = action === 'show' ? await rpc.call(ops.show, { sequence }, meta) : await rpc.call(ops.replay, { sequence }, meta);
    process.stdout.write(`${JSON.stringify(out, null, 2)}\n`);
  }
} catch (err) {
  process.stderr.write(`${(err as Error).message}\n`);
  process.exitCode = 1;
} finally {
  await rpc.close();
}
