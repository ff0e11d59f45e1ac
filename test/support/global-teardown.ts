import type { RunningServer } from '../../infra/dist/runtime/servers.js';

export default async function globalTeardown(): Promise<void> {
  const started = ((globalThis as Record<string, unknown>).__legalaidServers ?? []) as RunningServer[];
  // Servers started here are removed with their data (databases on the machine's PostgreSQL included).
  await Promise.all(started.map((s) => (s.destroy ? s.destroy() : s.stop())));
}
