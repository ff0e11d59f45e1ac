import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { ManagedProcess } from './network.js';

export type ChildState = 'starting' | 'running' | 'restarting' | 'crash-loop' | 'stopped';

export interface ChildStatus {
  name: string;
  state: ChildState;
  /** Restarts since the supervisor started. */
  restarts: number;
  /** Why the last run ended: `code 1`, `signal SIGKILL`. */
  lastExit: string | null;
  /** Crashes within the crash-loop window. */
  recentCrashes: number;
}

export interface SupervisorOptions {
  /** First delay before a restart; it doubles with each crash inside the window. */
  initialBackoffMs?: number;
  /** Cap of the delay (also the delay while in a crash loop). */
  maxBackoffMs?: number;
  /** A crash loop: this many crashes within `crashLoopWindowMs`. */
  crashLoopCrashes?: number;
  crashLoopWindowMs?: number;
  /** Where the supervisor's own lines go (default: stderr). */
  log?: (line: string) => void;
  /** Lines of a crashed child's output printed with its exit line. */
  tailLines?: number;
  now?: () => number;
}

interface Child {
  name: string;
  start: () => ManagedProcess;
  current: ManagedProcess | undefined;
  state: ChildState;
  restarts: number;
  lastExit: string | null;
  crashes: number[];
  timer: NodeJS.Timeout | undefined;
  listeners: ((p: ManagedProcess) => void)[];
}

/**
 * Keeps child processes running, as `npm start` needs when nobody watches:
 * a child that exits on its own is restarted after a delay that doubles with
 * each crash inside a window (so a process that dies at start-up does not
 * spin), the others keep running, and a crash loop is reported loudly and
 * kept at the capped delay rather than given up on or hidden. `stop()` ends
 * everything with SIGTERM and cancels pending restarts.
 */
export class Supervisor {
  private readonly children = new Map<string, Child>();
  private stopping = false;
  private readonly initialBackoffMs: number;
  private readonly maxBackoffMs: number;
  private readonly crashLoopCrashes: number;
  private readonly crashLoopWindowMs: number;
  private readonly log: (line: string) => void;
  private readonly tailLines: number;
  private readonly now: () => number;

  constructor(options: SupervisorOptions = {}) {
    this.initialBackoffMs = options.initialBackoffMs ?? 500;
    this.maxBackoffMs = options.maxBackoffMs ?? 30000;
    this.crashLoopCrashes = options.crashLoopCrashes ?? 5;
    this.crashLoopWindowMs = options.crashLoopWindowMs ?? 60000;
    this.log = options.log ?? ((line) => process.stderr.write(`${line}\n`));
    this.tailLines = options.tailLines ?? 0;
    this.now = options.now ?? Date.now;
  }

  /** Starts a child; resolves with its first "ready" record (rejects if its first run dies before it). */
  add(name: string, start: () => ManagedProcess): Promise<Record<string, unknown>> {
    if (this.children.has(name)) throw new Error(`${name} is already supervised`);
    const child: Child = { name, start, current: undefined, state: 'starting', restarts: 0, lastExit: null, crashes: [], timer: undefined, listeners: [] };
    this.children.set(name, child);
    return this.run(child).ready;
  }

  /** Calls `listener` with each new run of a child (restarts included). */
  onStart(name: string, listener: (p: ManagedProcess) => void): void {
    this.child(name).listeners.push(listener);
  }

  /** The running process of a child, if any. */
  process(name: string): ManagedProcess | undefined {
    return this.child(name).current;
  }

  status(): ChildStatus[] {
    const since = this.now() - this.crashLoopWindowMs;
    return [...this.children.values()].map((c) => ({
      name: c.name,
      state: c.state,
      restarts: c.restarts,
      lastExit: c.lastExit,
      recentCrashes: c.crashes.filter((t) => t > since).length,
    }));
  }

  /** One line for a terminal: `intake running · matching crash-loop (7 restarts, signal SIGKILL)`. */
  statusLine(): string {
    return this.status()
      .map((s) => (s.state === 'running' && s.restarts === 0 ? `${s.name} running` : `${s.name} ${s.state} (${s.restarts} restarts${s.lastExit ? `, last: ${s.lastExit}` : ''})`))
      .join(' · ');
  }

  /**
   * What a readiness probe reads: ready when every child runs; otherwise the
   * children that do not (restarting, in a crash loop, not started yet), each
   * with its restarts and how its last run ended.
   */
  readiness(): { ready: boolean; failing: ChildStatus[]; children: ChildStatus[] } {
    const children = this.status();
    const failing = children.filter((c) => c.state !== 'running');
    return { ready: children.length > 0 && failing.length === 0, failing, children };
  }

  /**
   * Serves the supervisor's state on loopback: `/readyz` answers 200 when
   * every child runs, else 503 naming the failing ones with their restarts
   * (a crash loop shows here, not only in the log); `/status` always 200.
   */
  async serve(port: number, host = '127.0.0.1'): Promise<{ url: string; close: () => Promise<void> }> {
    const server: Server = createServer((req, res) => {
      const path = (req.url ?? '/').split('?')[0];
      if (path !== '/readyz' && path !== '/status') {
        res.writeHead(404, { 'content-type': 'application/json' }).end('{"error":"not found"}');
        return;
      }
      const r = this.readiness();
      const body = {
        status: r.ready ? 'ready' : 'not ready',
        ...(r.failing.length ? { failing: r.failing.map((c) => `${c.name} ${c.state} (${c.restarts} restarts${c.lastExit ? `, last: ${c.lastExit}` : ''})`) } : {}),
        children: r.children,
      };
      res.writeHead(path === '/readyz' && !r.ready ? 503 : 200, { 'content-type': 'application/json' }).end(JSON.stringify(body));
    });
    await new Promise<void>((ok, fail) => server.once('error', fail).listen(port, host, () => ok()));
    const { port: bound } = server.address() as AddressInfo;
    return {
      url: `http://${host}:${bound}`,
      close: () => new Promise<void>((ok) => server.close(() => ok())),
    };
  }

  /** Stops every child (SIGTERM, then SIGKILL after the child's grace) and cancels pending restarts. */
  async stop(signal: NodeJS.Signals = 'SIGTERM'): Promise<void> {
    this.stopping = true;
    await Promise.all(
      [...this.children.values()].map(async (c) => {
        if (c.timer) clearTimeout(c.timer);
        c.timer = undefined;
        c.state = 'stopped';
        await c.current?.stop(signal);
      }),
    );
  }

  private child(name: string): Child {
    const c = this.children.get(name);
    if (!c) throw new Error(`${name} is not supervised`);
    return c;
  }

  private run(child: Child): ManagedProcess {
    const p = child.start();
    child.current = p;
    const restarted = child.restarts > 0;
    const startedAt = this.now();
    p.ready.then(
      () => {
        if (child.current !== p || this.stopping) return;
        // Up again, even after a crash loop: the crashes stay counted in `recentCrashes` and `restarts`.
        child.state = 'running';
        if (restarted) this.log(`supervisor: ${child.name} is ready again after restart ${child.restarts} (${this.now() - startedAt} ms)`);
      },
      () => undefined,
    );
    p.child.once('exit', (code, signal) => this.exited(child, p, code, signal));
    for (const l of child.listeners) l(p);
    return p;
  }

  private exited(child: Child, p: ManagedProcess, code: number | null, signal: NodeJS.Signals | null): void {
    if (this.stopping || child.current !== p) return;
    const t = this.now();
    child.lastExit = signal ? `signal ${signal}` : `code ${code}`;
    child.crashes = [...child.crashes.filter((c) => c > t - this.crashLoopWindowMs), t];
    const inWindow = child.crashes.length;
    const loop = inWindow >= this.crashLoopCrashes;
    const delay = loop ? this.maxBackoffMs : Math.min(this.maxBackoffMs, this.initialBackoffMs * 2 ** (inWindow - 1));
    child.state = loop ? 'crash-loop' : 'restarting';
    const tail = this.tailLines > 0 ? p.lines.slice(-this.tailLines) : [];
    this.log(`supervisor: ${child.name} exited (${child.lastExit}); restarting in ${delay} ms`);
    for (const line of tail) this.log(`  [${child.name}] ${line}`);
    if (loop) {
      this.log(
        `supervisor: CRASH LOOP: ${child.name} crashed ${inWindow} times in ${Math.round(this.crashLoopWindowMs / 1000)} s ` +
          `(last: ${child.lastExit}); it is restarted every ${Math.round(delay / 1000)} s until it stays up — look at its log`,
      );
    }
    child.timer = setTimeout(() => {
      child.timer = undefined;
      if (this.stopping) return;
      child.restarts += 1;
      try {
        this.run(child);
      } catch (err) {
        // The entry point vanished (e.g. a rebuild in progress): count it as a crash.
        this.log(`supervisor: ${child.name} could not be started: ${(err as Error).message}`);
        this.exited(child, p, null, null);
      }
    }, delay);
  }
}
