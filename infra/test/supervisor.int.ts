import { afterEach, describe, expect, it } from '@jest/globals';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawnNode } from '../src/runtime/network.js';
import { Supervisor } from '../src/runtime/supervisor.js';
import { until } from './helpers.js';

/** A real child process: logs "ready" like a service, then stays up until killed. */
const longLived = () => spawnNode('worker', ['-e', `console.log(JSON.stringify({ msg: 'ready', pid: process.pid })); setInterval(() => {}, 1000);`], {});
/** A child that dies at start-up, every time. */
const dying = () => spawnNode('broken', ['-e', `console.error('cannot read configuration'); process.exit(3);`], {});

/** A child that dies at start-up its first `crashes` runs (counted in a file), then stays up. */
const recovering = (counter: string, crashes: number) => () =>
  spawnNode('flaky', ['-e', `
    const fs = require('node:fs');
    const n = fs.existsSync(${JSON.stringify(counter)}) ? Number(fs.readFileSync(${JSON.stringify(counter)}, 'utf8')) + 1 : 1;
    fs.writeFileSync(${JSON.stringify(counter)}, String(n));
    if (n <= ${crashes}) { console.error('crash ' + n); process.exit(4); }
    console.log(JSON.stringify({ msg: 'ready', pid: process.pid })); setInterval(() => {}, 1000);`], {});

const alive = (pid: number | undefined) => {
  try {
    process.kill(pid!, 0);
    return true;
  } catch {
    return false;
  }
};

describe('Supervisor (real child processes)', () => {
  let supervisor: Supervisor | undefined;
  afterEach(async () => {
    await supervisor?.stop();
  });

  it('restarts a child killed with SIGKILL, says why, and leaves the other children running', async () => {
    const lines: string[] = [];
    supervisor = new Supervisor({ initialBackoffMs: 100, log: (l) => lines.push(l) });
    await supervisor.add('worker', longLived);
    await supervisor.add('other', longLived);
    const first = supervisor.process('worker')!;
    const otherPid = supervisor.process('other')!.child.pid;

    first.child.kill('SIGKILL');
    const second = await until(() => {
      const p = supervisor!.process('worker');
      return p && p !== first ? p : undefined;
    });
    const ready = await second.ready;
    expect(ready.pid).toBe(second.child.pid);
    expect(ready.pid).not.toBe(first.child.pid);
    expect(alive(first.child.pid)).toBe(false);
    expect(lines).toContain('supervisor: worker exited (signal SIGKILL); restarting in 100 ms');
    await until(() => (lines.some((l) => l.startsWith('supervisor: worker is ready again after restart 1')) ? true : undefined));
    expect(supervisor.process('other')!.child.pid).toBe(otherPid);
    expect(alive(otherPid)).toBe(true);
    expect(supervisor.status().find((s) => s.name === 'worker')).toMatchObject({ state: 'running', restarts: 1, lastExit: 'signal SIGKILL' });
  });

  it('backs off exponentially, reports a crash loop loudly and keeps retrying at the capped delay', async () => {
    const lines: string[] = [];
    supervisor = new Supervisor({ initialBackoffMs: 20, maxBackoffMs: 160, crashLoopCrashes: 4, crashLoopWindowMs: 60000, tailLines: 1, log: (l) => lines.push(l) });
    await expect(supervisor.add('broken', dying)).rejects.toThrow(/exited with code 3/);
    await until(() => (supervisor!.status()[0].restarts >= 5 ? true : undefined), 20000);
    const delays = lines.filter((l) => l.startsWith('supervisor: broken exited (code 3)')).map((l) => Number(/in (\d+) ms/.exec(l)![1]));
    expect(delays.slice(0, 5)).toEqual([20, 40, 80, 160, 160]);
    expect(lines).toContain('  [broken] cannot read configuration');
    expect(lines.some((l) => l.includes('CRASH LOOP: broken crashed 4 times in 60 s (last: code 3)'))).toBe(true);
    expect(supervisor.status()[0].state).toBe('crash-loop');
    expect(supervisor.statusLine()).toMatch(/^broken crash-loop \(\d+ restarts, last: code 3\)$/);
  });

  it('stop() ends every child and restarts nothing afterwards', async () => {
    const lines: string[] = [];
    supervisor = new Supervisor({ initialBackoffMs: 10, log: (l) => lines.push(l) });
    await supervisor.add('worker', longLived);
    const p = supervisor.process('worker')!;
    await supervisor.stop();
    expect(p.child.signalCode ?? p.child.exitCode).not.toBeNull();
    // The child's exit event has fired by now: a wrong restart would have logged its exit line already.
    expect(supervisor.process('worker')).toBe(p);
    expect(supervisor.status()[0]).toMatchObject({ state: 'stopped', restarts: 0 });
    expect(lines.filter((l) => l.includes('exited'))).toEqual([]);
  });

  it('/readyz names a crash-looping child with its restarts (503) while the others run, and is 200 once it stays up', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'supervisor-'));
    supervisor = new Supervisor({ initialBackoffMs: 20, maxBackoffMs: 200, crashLoopCrashes: 3, crashLoopWindowMs: 60000, log: () => undefined });
    const status = await supervisor.serve(0);
    try {
      await supervisor.add('worker', longLived);
      const readyz = async () => {
        const res = await fetch(`${status.url}/readyz`);
        return { status: res.status, body: (await res.json()) as { status: string; failing?: string[]; children: { name: string; state: string; restarts: number; lastExit: string | null }[] } };
      };
      expect(await readyz()).toMatchObject({ status: 200, body: { status: 'ready', children: [{ name: 'worker', state: 'running', restarts: 0 }] } });

      await expect(supervisor.add('flaky', recovering(join(dir, 'runs'), 6))).rejects.toThrow(/exited with code 4/);
      const looping = await until(async () => {
        const r = await readyz();
        const flaky = r.body.children.find((c) => c.name === 'flaky');
        return flaky?.state === 'crash-loop' && flaky.restarts >= 3 ? r : undefined;
      }, 20000);
      expect(looping.status).toBe(503);
      expect(looping.body.status).toBe('not ready');
      expect(looping.body.failing).toEqual([expect.stringMatching(/^flaky crash-loop \(\d+ restarts, last: code 4\)$/)]);
      expect(looping.body.children.find((c) => c.name === 'worker')).toMatchObject({ state: 'running', restarts: 0 });
      expect((await fetch(`${status.url}/status`)).status).toBe(200);

      // The seventh run stays up: ready again, its restarts still shown.
      const recovered = await until(async () => {
        const r = await readyz();
        return r.status === 200 ? r : undefined;
      }, 20000);
      expect(recovered.body.children.find((c) => c.name === 'flaky')).toMatchObject({ state: 'running', restarts: 6, lastExit: 'code 4' });
    } finally {
      await status.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
