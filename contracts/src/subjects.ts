/**
 * Subject and stream naming, in one place (DESIGN.md §2 and §6).
 *
 * - events:       legalaid.<context>.<aggregate>.<event>.v<N>
 * - request/reply legalaid.rpc.<context>.<name>   (never captured by a stream)
 * - dead letters: legalaid.dlq.<context of the consuming service>.<consumer> (the failed message's subject is in the record)
 * - notices:      legalaid.notice.<context>.<name> (core NATS between replicas of one service; never captured by a stream)
 */
export const CONTEXTS = ['intake', 'matching', 'cases', 'oversight'] as const;
export type Context = (typeof CONTEXTS)[number];

export const SUBJECT_ROOT = 'legalaid';

export interface StreamDefinition {
  name: string;
  subjects: string[];
  description: string;
}

export function streamNameOf(context: Context): string {
  return `LEGALAID_${context.toUpperCase()}`;
}

export const DEAD_LETTER_STREAM = 'LEGALAID_DLQ';

/** Every stream of the network; every process ensures all of them at start-up. */
export const STREAMS: readonly StreamDefinition[] = [
  ...CONTEXTS.map((context) => ({
    name: streamNameOf(context),
    subjects: [`${SUBJECT_ROOT}.${context}.>`],
    description: `Domain events of the ${context} context`,
  })),
  {
    name: DEAD_LETTER_STREAM,
    subjects: [`${SUBJECT_ROOT}.dlq.>`],
    description: 'Messages a consumer could not process, with the error',
  },
];

export function eventSubject(type: string, version: number): string {
  return `${SUBJECT_ROOT}.${type}.v${version}`;
}

export function rpcSubject(context: Context, name: string): string {
  return `${SUBJECT_ROOT}.rpc.${context}.${name}`;
}

/** A notice between replicas of one service: at most once, so a replica also catches up on its own. */
export function noticeSubject(context: Context, name: string): string {
  return `${SUBJECT_ROOT}.notice.${context}.${name}`;
}

export function deadLetterSubject(context: Context, consumer: string): string {
  return `${SUBJECT_ROOT}.dlq.${context}.${consumer}`;
}

/** The context token of an event subject, or undefined if it is not one. */
export function contextOfSubject(subject: string): Context | undefined {
  const token = subject.split('.')[1];
  return (CONTEXTS as readonly string[]).includes(token) ? (token as Context) : undefined;
}

/** The service processes and the context each publishes and answers under. */
export const SERVICE_CONTEXTS = { intake: 'intake', matching: 'matching', 'case-tracking': 'cases', oversight: 'oversight' } as const satisfies Record<string, Context>;

/**
 * JetStream key-value buckets: state the gateway's replicas share (the rate
 * limit's counters). A bucket `b` is the stream `KV_b` on subjects `$KV.b.>`.
 */
export const KV_BUCKETS = {
  /** Per-user request counts of the gateway's rate limit, one key per user and window. */
  gatewayRateLimit: 'legalaid_gateway_rate_limit',
  /** Mutations' idempotency keys and their first outcomes, shared by every gateway replica. */
  gatewayIdempotency: 'legalaid_idempotency',
} as const;
