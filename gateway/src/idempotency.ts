import { createHash } from 'node:crypto';
import { GraphQLError, getOperationAST, print, type ExecutionResult } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import { Kvm, type KV } from '@nats-io/kv';
import type { NatsConnection } from '@nats-io/transport-node';
import { KV_BUCKETS, newId } from '@legalaid/contracts';
import type { GatewayContext } from './context.js';

/** The HTTP header a client sends with a mutation it may retry. */
export const IDEMPOTENCY_HEADER = 'idempotency-key';
export const IDEMPOTENCY_BUCKET = KV_BUCKETS.gatewayIdempotency;
const KEY_FORMAT = /^[A-Za-z0-9_.:-]{8,128}$/;

/**
 * What one key holds, shared by every gateway replica (JetStream KV):
 * `pending` while the first request runs, `done` with its outcome, `unknown`
 * when the first request ended without one (a service timed out): a retry
 * then runs again with the same request id, which the services apply once.
 */
interface Entry {
  state: 'pending' | 'done' | 'unknown';
  fingerprint: string;
  /** A UUIDv7: the root of every request id the services see for this key. */
  requestId: string;
  startedAt: number;
  result?: StoredResult;
}

interface StoredResult {
  data?: unknown;
  errors?: StoredError[];
}

interface StoredError {
  message: string;
  path?: readonly (string | number)[];
  extensions?: Record<string, unknown>;
}

/** A stored error as yoga serialises it again (its locations are not kept: they point into a document already answered). */
function revive(e: StoredError): GraphQLError {
  return new GraphQLError(e.message, { path: e.path, extensions: e.extensions });
}

export type Begin =
  | { kind: 'run'; requestId: string; revision: number }
  | { kind: 'replay'; result: StoredResult }
  | { kind: 'in-progress' }
  | { kind: 'mismatch' };

/** Codes of outcomes that are not outcomes: the operation may or may not have happened. */
const UNKNOWN_OUTCOME_CODES = new Set(['SERVICE_UNAVAILABLE', 'INTERNAL_SERVER_ERROR', undefined]);

export interface IdempotencyOptions {
  /** How long a key and its outcome are kept (the bucket's TTL). */
  ttlMs: number;
  /** How long a retry waits for the first request of its key to finish before answering "in progress". */
  waitMs: number;
  /** A pending key older than this belongs to a request whose gateway died: a retry takes it over. */
  staleMs: number;
}

/**
 * Idempotency keys and their outcomes in a JetStream key-value bucket every
 * gateway replica sees, with a TTL on the bucket. `create` is atomic across
 * replicas (one first request per key); later writes compare the revision.
 */
export class IdempotencyStore {
  private constructor(
    private readonly kv: KV,
    readonly options: IdempotencyOptions,
  ) {}

  static async open(nc: NatsConnection, options: IdempotencyOptions): Promise<IdempotencyStore> {
    const kv = await new Kvm(nc).create(IDEMPOTENCY_BUCKET, { ttl: options.ttlMs, history: 1, description: 'Idempotency keys of mutations and their outcomes' });
    return new IdempotencyStore(kv, options);
  }

  /** The bucket key for a caller's idempotency key (KV keys allow few characters; the caller's id stays out of it). */
  static slot(caller: string, key: string): string {
    return createHash('sha256').update(`${caller}\n${key}`).digest('hex');
  }

  async begin(slot: string, fingerprint: string, now = Date.now()): Promise<Begin> {
    const fresh: Entry = { state: 'pending', fingerprint, requestId: newId(), startedAt: now };
    try {
      const revision = await this.kv.create(slot, JSON.stringify(fresh));
      return { kind: 'run', requestId: fresh.requestId, revision };
    } catch (err) {
      if (!/wrong last sequence|exists/i.test((err as Error).message)) throw err;
    }
    const deadline = now + this.options.waitMs;
    for (;;) {
      const found = await this.kv.get(slot);
      if (!found || found.operation !== 'PUT') return this.begin(slot, fingerprint, Date.now());
      const entry = found.json<Entry>();
      if (entry.fingerprint !== fingerprint) return { kind: 'mismatch' };
      if (entry.state === 'done') return { kind: 'replay', result: entry.result ?? {} };
      const stale = entry.state === 'pending' && Date.now() - entry.startedAt > this.options.staleMs;
      if (entry.state === 'unknown' || stale) {
        // Run again under the same request id: whatever the first try applied, the services apply once.
        try {
          const revision = await this.kv.update(slot, JSON.stringify({ ...entry, state: 'pending', startedAt: Date.now() } satisfies Entry), found.revision);
          return { kind: 'run', requestId: entry.requestId, revision };
        } catch {
          continue; // another retry took it meanwhile
        }
      }
      if (Date.now() >= deadline) return { kind: 'in-progress' };
      await new Promise((r) => setTimeout(r, 100));
    }
  }

  /** Records the outcome of the run that holds `revision` (the first outcome is the one kept). */
  async finish(slot: string, revision: number, requestId: string, fingerprint: string, result: ExecutionResult): Promise<void> {
    const stored = storable(result);
    const entry: Entry = stored
      ? { state: 'done', fingerprint, requestId, startedAt: Date.now(), result: stored }
      : { state: 'unknown', fingerprint, requestId, startedAt: Date.now() };
    await this.kv.update(slot, JSON.stringify(entry), revision).catch(() => undefined);
  }
}

/** The result as stored, or null when it says nothing about whether the mutation happened. */
function storable(result: ExecutionResult): StoredResult | null {
  const errors: StoredError[] = (result.errors ?? []).map((e) => ({
    message: e.message,
    ...(e.path ? { path: e.path } : {}),
    ...(e.extensions ? { extensions: { ...e.extensions } } : {}),
  }));
  if (errors.some((e) => !(e.extensions && 'code' in e.extensions) || UNKNOWN_OUTCOME_CODES.has(e.extensions.code as string | undefined))) return null;
  return { ...(result.data !== undefined ? { data: JSON.parse(JSON.stringify(result.data)) as unknown } : {}), ...(errors.length ? { errors } : {}) };
}

function refusal(message: string, code: string, status: number): ExecutionResult {
  return { errors: [new GraphQLError(message, { extensions: { code, http: { status } } })] };
}

/**
 * Idempotent mutations: with an `Idempotency-Key` header, the first request
 * runs and its outcome is kept; a retry with the same key (same caller, same
 * document and variables) gets that outcome and changes nothing, on any
 * replica. A retry while the first still runs waits for it, then answers
 * IDEMPOTENCY_KEY_IN_PROGRESS; the same key with another operation or other
 * variables answers IDEMPOTENCY_KEY_REUSED. Services receive request ids
 * derived from the key, so a command retried after SERVICE_UNAVAILABLE is
 * applied once there too.
 */
export function useIdempotency(store: IdempotencyStore): Plugin<GatewayContext> {
  return {
    async onExecute({ args, setResultAndStopExecution, extendContext }) {
      const ctx = args.contextValue;
      const key = ctx.idempotencyKey;
      if (key === undefined) return;
      const operation = getOperationAST(args.document, args.operationName);
      if (operation?.operation !== 'mutation') return;
      if (!KEY_FORMAT.test(key)) {
        setResultAndStopExecution(refusal(`The ${IDEMPOTENCY_HEADER} header must be 8-128 characters of [A-Za-z0-9_.:-] (a UUID is a good key).`, 'BAD_USER_INPUT', 400));
        return;
      }
      const caller = ctx.actor ? `user:${ctx.actor.id}` : `anonymous:${ctx.clientAddress ?? 'unknown'}`;
      const slot = IdempotencyStore.slot(caller, key);
      const fingerprint = createHash('sha256')
        .update(JSON.stringify([print(operation), args.operationName ?? null, args.variableValues ?? {}]))
        .digest('hex');
      const begun = await store.begin(slot, fingerprint);
      if (begun.kind === 'mismatch') {
        setResultAndStopExecution(refusal('This idempotency key was used for another operation or other variables: use a new key for a new request.', 'IDEMPOTENCY_KEY_REUSED', 422));
        return;
      }
      if (begun.kind === 'in-progress') {
        setResultAndStopExecution(refusal('The first request with this idempotency key is still running: retry shortly with the same key.', 'IDEMPOTENCY_KEY_IN_PROGRESS', 409));
        return;
      }
      if (begun.kind === 'replay') {
        const { data, errors } = begun.result;
        setResultAndStopExecution({
          ...(data !== undefined ? { data: data as Record<string, unknown> } : {}),
          ...(errors ? { errors: errors.map(revive) } : {}),
          extensions: { idempotency: { replayed: true } },
        });
        return;
      }
      extendContext({ requestId: begun.requestId, serviceCalls: new Map() });
      return {
        async onExecuteDone({ result }) {
          if (!('errors' in result) && !('data' in result)) return; // an incremental stream: mutations never answer one here
          await store.finish(slot, begun.revision, begun.requestId, fingerprint, result as ExecutionResult);
        },
      };
    },
  };
}

/**
 * The request id one service call of an idempotent mutation carries: the
 * key's root id, the operation and its rank among this request's calls to it
 * (mutation fields run one after another, so a retry numbers them the same).
 */
export function serviceRequestId(ctx: GatewayContext, operation: string): string | undefined {
  if (!ctx.requestId || !ctx.serviceCalls) return undefined;
  const n = (ctx.serviceCalls.get(operation) ?? 0) + 1;
  ctx.serviceCalls.set(operation, n);
  return `${ctx.requestId}.${operation}.${n}`;
}
