import type { RunningServer } from '../../infra/dist/runtime/servers.js';

export default async function globalTeardown(): Promise<void> {
  const started = ((globalThis as Record<string, unknown>).__legalaidServers ?? []) as RunningServer[];
  await Promise.all(started.map((s) => s.stop()));
}
