import { AsyncLocalStorage } from 'node:async_hooks';
import { createHash, randomUUID } from 'node:crypto';
import { Schema, type Connection, type Model } from 'mongoose';
import { RequestIdSchema, type RpcDefinition, type RpcReply } from '@legalaid/contracts';
import { isDuplicateKey } from '../mongo/connection.js';

/**
 * The service-side retry guard of every command (`kind: 'command'` in the
 * contracts): a command retried with the same request id is applied once and
 * answers the same.
 *
 * Each service keeps one entry per request id in its own database
 * (`rpc_requests`): `running` while a try holds it (the holder beats every
 * `beatMs`), `done` with the reply of the first try that finished. A retry
 * finds the reply and gets it back without running; one sent while the first
 * still runs waits for it; one whose holder died (no beat for `staleMs`) takes
 * the entry over and runs again. That second run cannot apply twice either:
 * while a command runs, every aggregate write records its request id in the
 * aggregate's applied ids, in the same update (AggregateStore.save), so a
 * write the dead holder made is skipped.
 *
 * Replies that say nothing about the outcome (the database was away, an
 * internal error) are not kept: the entry is released and a retry runs again.
 */
export interface RequestGuardOptions {
  /** How long a reply is kept (as long as the gateway keeps an Idempotency-Key). */
  ttlMs: number;
  /** How long a retry waits for a try that still runs before answering SERVICE_UNAVAILABLE. */
  waitMs: number;
  /** How often a running try beats. */
  beatMs: number;
  /** A running entry without a beat for this long belongs to a dead process: a retry takes it over. */
  staleMs: number;
}

export const REQUEST_GUARD_DEFAULTS: RequestGuardOptions = { ttlMs: 24 * 3600_000, waitMs: 4000, beatMs: 1000, staleMs: 3000 };

interface LedgerEntry {
  _id: string;
  operation: string;
  fingerprint: string;
  state: 'running' | 'done';
  holder: string;
  beatAt: Date;
  createdAt: Date;
  /** The reply as JSON (its keys may be anything a contract allows). */
  reply: string | null;
}

const ledgerSchema = new Schema<LedgerEntry>(
  {
    _id: String,
    operation: String,
    fingerprint: String,
    state: String,
    holder: String,
    beatAt: Date,
    createdAt: { type: Date, index: true },
    reply: { type: String, default: null },
  },
  { versionKey: false, collection: 'rpc_requests' },
);

/** The command request a write happens in: its id, and the aggregates this try has written already. */
interface CommandScope {
  requestId: string;
  written: Set<string>;
}

const scope = new AsyncLocalStorage<CommandScope>();

/**
 * The request id to record with an aggregate write made by a guarded command
 * (its first write of that aggregate in this try), or undefined outside one.
 * A second write of the same aggregate in the same try records nothing: it
 * is the same command going on, not a retry.
 */
export function commandWriteMarker(aggregate: string): string | undefined {
  const s = scope.getStore();
  if (!s || s.written.has(aggregate)) return undefined;
  return s.requestId;
}

/** Notes that this try wrote the aggregate (see commandWriteMarker). */
export function noteCommandWrite(aggregate: string): void {
  scope.getStore()?.written.add(aggregate);
}

/** Codes of replies that do not tell whether the command happened: not kept, a retry runs again. */
const UNKNOWN_OUTCOMES = new Set(['SERVICE_UNAVAILABLE', 'INTERNAL', 'UNAUTHENTICATED']);

function keepable(reply: RpcReply<unknown>): boolean {
  return reply.ok || !UNKNOWN_OUTCOMES.has(reply.error.code);
}

export function requestFingerprint(def: RpcDefinition, raw: { actor?: unknown; input?: unknown }): string {
  return createHash('sha256').update(JSON.stringify([def.subject, raw.actor ?? null, raw.input ?? null])).digest('hex');
}

const REUSED: RpcReply<never> = {
  ok: false,
  error: { code: 'VALIDATION_FAILED', message: 'this request id was used for another request: a new request needs a new id' },
};
const STILL_RUNNING: RpcReply<never> = {
  ok: false,
  error: { code: 'SERVICE_UNAVAILABLE', message: 'the first try of this request is still running; retry shortly with the same request id' },
};

export class RequestLedger {
  private readonly model: Model<LedgerEntry>;
  /** This process: the holder of the entries its tries run under. */
  private readonly holder = randomUUID();
  private pruner?: NodeJS.Timeout;

  constructor(
    connection: Connection,
    readonly options: RequestGuardOptions = REQUEST_GUARD_DEFAULTS,
  ) {
    this.model = (connection.models.RpcRequest as Model<LedgerEntry> | undefined) ?? connection.model<LedgerEntry>('RpcRequest', ledgerSchema);
  }

  /** Removes replies older than the TTL now and then (the server's TTL indexes are not relied upon). */
  startPruning(everyMs = 600_000): void {
    const prune = () => void this.model.deleteMany({ createdAt: { $lt: new Date(Date.now() - this.options.ttlMs) } }).catch(() => undefined);
    this.pruner = setInterval(prune, everyMs);
    this.pruner.unref();
    prune();
  }

  stop(): void {
    clearInterval(this.pruner);
  }

  /** The kept reply of this request, if it finished (REUSED when the id came with another request). */
  async replay(requestId: string, operation: string, fingerprint: string): Promise<RpcReply<unknown> | null> {
    const found = await this.model.findById(requestId).lean<LedgerEntry>();
    if (!found) return null;
    if (found.operation !== operation || found.fingerprint !== fingerprint) return REUSED;
    return found.state === 'done' && found.reply ? (JSON.parse(found.reply) as RpcReply<unknown>) : null;
  }

  /**
   * Runs a command under its request id: the kept reply if an earlier try
   * finished, else this try holds the entry while `run` runs, inside a scope
   * whose aggregate writes record the request id.
   */
  async guard<R>(requestId: string, operation: string, fingerprint: string, run: () => Promise<RpcReply<R>>): Promise<RpcReply<R>> {
    const deadline = Date.now() + this.options.waitMs;
    for (;;) {
      const now = new Date();
      try {
        await this.model.create([{ _id: requestId, operation, fingerprint, state: 'running', holder: this.holder, beatAt: now, createdAt: now, reply: null }]);
        break;
      } catch (err) {
        if (!isDuplicateKey(err)) throw err;
      }
      const found = await this.model.findById(requestId).lean<LedgerEntry>();
      if (!found) continue; // released meanwhile
      if (found.operation !== operation || found.fingerprint !== fingerprint) return REUSED;
      if (found.state === 'done' && found.reply) return JSON.parse(found.reply) as RpcReply<R>;
      // Stale: its holder died (or stood still). Never our own: a try of this process is alive by definition.
      if (found.holder !== this.holder && Date.now() - new Date(found.beatAt).getTime() > this.options.staleMs) {
        const taken = await this.model.updateOne({ _id: requestId, state: 'running', beatAt: found.beatAt }, { $set: { holder: this.holder, beatAt: new Date() } });
        if (taken.modifiedCount === 1) break;
        continue;
      }
      if (Date.now() >= deadline) return STILL_RUNNING;
      await new Promise((r) => setTimeout(r, 100));
    }
    const beat = setInterval(() => void this.model.updateOne({ _id: requestId, holder: this.holder, state: 'running' }, { $set: { beatAt: new Date() } }).catch(() => undefined), this.options.beatMs);
    let reply: RpcReply<R> | undefined;
    try {
      reply = await scope.run({ requestId, written: new Set() }, run);
      return reply;
    } finally {
      clearInterval(beat);
      if (reply && keepable(reply)) {
        await this.model.updateOne({ _id: requestId, holder: this.holder }, { $set: { state: 'done', reply: JSON.stringify(reply), beatAt: new Date() } }).catch(() => undefined);
      } else {
        await this.model.deleteOne({ _id: requestId, holder: this.holder, state: 'running' }).catch(() => undefined);
      }
    }
  }
}

let ledger: RequestLedger | undefined;

/** The ledger of this process's commands (runService sets it up on the service's database). */
export function configureRequestLedger(l: RequestLedger | undefined): void {
  ledger = l;
}

/** The command's request id, if the request carries a well-formed one. */
function requestIdOf(raw: unknown): string | undefined {
  const id = (raw as { requestId?: unknown } | null)?.requestId;
  return RequestIdSchema.safeParse(id).success ? (id as string) : undefined;
}

/**
 * Where answerRpc hands a command to the guard: `replay` before the request
 * is parsed (a retry identical to a finished try gets its reply), `guard`
 * around the run. Queries, and commands sent without a request id, pass.
 */
export const commandGuard = {
  async replay(def: RpcDefinition, raw: unknown): Promise<RpcReply<unknown> | null> {
    const requestId = requestIdOf(raw);
    if (def.kind !== 'command' || !requestId || !ledger) return null;
    return ledger.replay(requestId, def.subject, requestFingerprint(def, raw as object));
  },
  async run<R>(def: RpcDefinition, raw: unknown, run: () => Promise<RpcReply<R>>): Promise<RpcReply<R>> {
    const requestId = requestIdOf(raw);
    if (def.kind !== 'command' || !requestId || !ledger) return run();
    return ledger.guard(requestId, def.subject, requestFingerprint(def, raw as object), run);
  },
};
