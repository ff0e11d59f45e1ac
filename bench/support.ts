import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { authorizationForSeeds, createNatsUser, createNetworkSeeds, REPO_ROOT, startMongo, startNats, type NatsIdentity, type RunningServer } from '@legalaid/infra';

/**
 * The network's NKeys for a benchmark run: its NATS server enforces the
 * production permission table, each spawned process gets its own seed, and
 * the benchmark's own connections (setup, load, baselines) a harness user
 * with every permission (`NATS_NKEY_SEED` of this process).
 */
export const benchSeeds: Record<NatsIdentity, string> = createNetworkSeeds();
const harness = createNatsUser();
process.env.NATS_NKEY_SEED = harness.seed;

/** Servers of a benchmark's own (never shared with tests or a running network). */
export async function benchServers(): Promise<{ nats: RunningServer; mongo: RunningServer; stop(): Promise<void> }> {
  const dataDir = mkdtempSync(join(tmpdir(), 'legalaid-bench-'));
  const nats = await startNats({ dataDir, config: authorizationForSeeds(benchSeeds, [{ nkey: harness.publicKey }]) });
  const mongo = process.env.MONGO_URL ? { url: process.env.MONGO_URL, kind: 'configured' as const, stop: async () => undefined } : await startMongo({ dataDir });
  return { nats, mongo, stop: async () => void (await Promise.all([nats.stop(), mongo.destroy ? mongo.destroy() : mongo.stop()])) };
}

export function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return NaN;
  const idx = Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1);
  return sorted[Math.max(0, idx)];
}

export function summarise(latenciesMs: number[]) {
  const s = [...latenciesMs].sort((a, b) => a - b);
  return { n: s.length, p50: round(percentile(s, 50)), p95: round(percentile(s, 95)), p99: round(percentile(s, 99)), max: round(s.at(-1) ?? NaN) };
}

export function round(x: number, digits = 2): number {
  const f = 10 ** digits;
  return Math.round(x * f) / f;
}

export function machine() {
  return { node: process.version, cpus: cpus().length, cpuModel: cpus()[0]?.model, memoryGiB: round(totalmem() / 2 ** 30, 1), date: new Date().toISOString() };
}

/** Writes a result file under bench/results/ and prints it. */
export function report(name: string, result: Record<string, unknown>): void {
  const dir = join(REPO_ROOT, 'bench', 'results');
  mkdirSync(dir, { recursive: true });
  const body = { bench: name, machine: machine(), ...result };
  writeFileSync(join(dir, `${name}.json`), `${JSON.stringify(body, null, 2)}\n`);
  console.log(JSON.stringify(body, null, 2));
}
