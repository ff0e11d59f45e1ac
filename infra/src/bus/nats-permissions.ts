import * as nkeys from '@nats-io/nkeys';
import {
  CONTEXTS,
  DEAD_LETTER_STREAM,
  KV_BUCKETS,
  MatchingRpc,
  SERVICE_CONTEXTS,
  STREAMS,
  SUBJECT_ROOT,
  streamNameOf,
  type Context,
} from '@legalaid/contracts';

/**
 * Who may publish and subscribe to what on NATS, derived once from the
 * streams, contexts and buckets declared in contracts/. The same table
 * configures the test servers, `npm start`, compose and Kubernetes, so a
 * permission a process lacks fails a test before it fails in production.
 *
 * Threats it answers: a compromised or buggy service publishing another
 * context's events, or sending requests as the gateway (which carry the
 * acting user); a client that only reaches the port reading personal data
 * off request/reply subjects.
 */
export const NATS_IDENTITIES = ['gateway', 'intake', 'matching', 'case-tracking', 'oversight', 'operator', 'backup'] as const;
export type NatsIdentity = (typeof NATS_IDENTITIES)[number];

export interface NatsPermissions {
  publish: string[];
  subscribe: string[];
  /** Replies to requests this identity received (its answers to the gateway), and only those. */
  allowResponses: boolean;
}

const INBOX = '_INBOX.>';
const ALL_STREAMS = STREAMS.map((s) => s.name);
const JS_API = '$JS.API';

/** JetStream API subjects to read a stream through durable or ordered pull consumers (and ack what it read). */
function consumerApi(stream: string): string[] {
  return [
    `${JS_API}.STREAM.INFO.${stream}`,
    // nats.js on 2.9: `CONSUMER.CREATE.<stream>.<name>[.<filter>]`; older servers: `CONSUMER.DURABLE.CREATE`.
    `${JS_API}.CONSUMER.CREATE.${stream}`,
    `${JS_API}.CONSUMER.CREATE.${stream}.>`,
    `${JS_API}.CONSUMER.DURABLE.CREATE.${stream}.>`,
    `${JS_API}.CONSUMER.INFO.${stream}.>`,
    `${JS_API}.CONSUMER.MSG.NEXT.${stream}.>`,
    `$JS.ACK.${stream}.>`,
  ];
}

/** A key-value bucket read and written by one identity. */
function bucketApi(bucket: string): string[] {
  const stream = `KV_${bucket}`;
  return [
    `$KV.${bucket}.>`,
    `${JS_API}.STREAM.INFO.${stream}`,
    `${JS_API}.STREAM.CREATE.${stream}`,
    `${JS_API}.STREAM.UPDATE.${stream}`,
    `${JS_API}.STREAM.MSG.GET.${stream}`,
    `${JS_API}.DIRECT.GET.${stream}.>`,
  ];
}

/**
 * The few operations one service asks of another (signed like the
 * gateway's, answered only for that caller): intake reads the appointed
 * provider's name from matching for the appointment notice.
 */
const SERVICE_CALLS: Partial<Record<Context, string[]>> = {
  intake: [MatchingRpc.appointedPerformer.subject],
};

function servicePermissions(context: Context): NatsPermissions {
  const own = streamNameOf(context);
  // Oversight keeps the dead-letter stream's configuration; every service may create it when missing.
  const updatable = context === 'oversight' ? [own, DEAD_LETTER_STREAM] : [own];
  return {
    publish: [
      `${SUBJECT_ROOT}.${context}.>`,
      // Its own consumers' dead letters (named after the service, whatever the failed message's context).
      `${SUBJECT_ROOT}.dlq.${context}.>`,
      `${SUBJECT_ROOT}.notice.${context}.>`,
      ...(SERVICE_CALLS[context] ?? []),
      `${JS_API}.INFO`,
      // Every process ensures every stream (start-up order never matters) but changes only its own.
      ...ALL_STREAMS.map((s) => `${JS_API}.STREAM.CREATE.${s}`),
      ...updatable.map((s) => `${JS_API}.STREAM.UPDATE.${s}`),
      ...ALL_STREAMS.flatMap(consumerApi),
      // Its dead letters: listed, shown and removed after a successful replay; ordered readers cleaned up.
      `${JS_API}.STREAM.MSG.GET.${DEAD_LETTER_STREAM}`,
      `${JS_API}.STREAM.MSG.DELETE.${DEAD_LETTER_STREAM}`,
      `${JS_API}.CONSUMER.DELETE.${DEAD_LETTER_STREAM}.>`,
    ],
    subscribe: [INBOX, `${SUBJECT_ROOT}.rpc.${context}.>`, `${SUBJECT_ROOT}.notice.${context}.>`],
    allowResponses: true,
  };
}

/** The permissions of one identity. */
export function natsPermissions(identity: NatsIdentity): NatsPermissions {
  switch (identity) {
    case 'gateway':
      return {
        publish: [`${SUBJECT_ROOT}.rpc.>`, `${JS_API}.INFO`, ...Object.values(KV_BUCKETS).flatMap(bucketApi)],
        // Events (five tokens) for subscriptions; never another process's inbox or requests.
        subscribe: [INBOX, `${SUBJECT_ROOT}.*.*.*.*`],
        allowResponses: false,
      };
    case 'operator':
      // `npm run dlq`: the dead-letter operations of every service, nothing else.
      return { publish: CONTEXTS.map((c) => `${SUBJECT_ROOT}.rpc.${c}.deadLetters.>`), subscribe: [INBOX], allowResponses: false };
    case 'backup':
      // `npm run backup`: reads every stream and, on restore into an empty server, re-creates and re-publishes them.
      return {
        publish: [
          ...STREAMS.flatMap((s) => s.subjects),
          `${JS_API}.INFO`,
          `${JS_API}.STREAM.NAMES`,
          `${JS_API}.STREAM.LIST`,
          ...ALL_STREAMS.flatMap((s) => [
            `${JS_API}.STREAM.CREATE.${s}`,
            `${JS_API}.STREAM.UPDATE.${s}`,
            `${JS_API}.STREAM.MSG.GET.${s}`,
            `${JS_API}.DIRECT.GET.${s}.>`,
            ...consumerApi(s),
          ]),
        ],
        subscribe: [INBOX],
        allowResponses: false,
      };
    default:
      return servicePermissions(SERVICE_CONTEXTS[identity]);
  }
}

export interface NatsUser {
  /** Public NKey (U…). */
  nkey: string;
  /** Omitted: every permission (test harnesses only). */
  permissions?: NatsPermissions;
}

/** `authorization { users = [...] }` for nats-server (its configuration format accepts JSON). */
export function natsAuthorizationBlock(users: readonly NatsUser[]): string {
  const entries = users.map((u) =>
    u.permissions
      ? {
          nkey: u.nkey,
          permissions: {
            publish: { allow: u.permissions.publish },
            subscribe: { allow: u.permissions.subscribe },
            ...(u.permissions.allowResponses ? { allow_responses: true } : {}),
          },
        }
      : { nkey: u.nkey },
  );
  // The time a client has to answer the server's nonce: the default 2 s is too short for a busy process signing in JavaScript.
  return `authorization: ${JSON.stringify({ timeout: 10, users: entries }, null, 2)}\n`;
}

/** The authorization block for the network's identities, given each one's public NKey. */
export function networkAuthorization(publicKeys: Partial<Record<NatsIdentity, string>>, extra: readonly NatsUser[] = []): string {
  const users: NatsUser[] = [];
  for (const identity of NATS_IDENTITIES) {
    const nkey = publicKeys[identity];
    if (nkey) users.push({ nkey, permissions: natsPermissions(identity) });
  }
  return natsAuthorizationBlock([...users, ...extra]);
}

/** A fresh NKey user: the seed the process keeps secret, the public key the server's table names. */
export function createNatsUser(): { seed: string; publicKey: string } {
  const kp = nkeys.createUser();
  return { seed: new TextDecoder().decode(kp.getSeed()), publicKey: kp.getPublicKey() };
}

export function natsPublicKey(seed: string): string {
  return nkeys.fromSeed(new TextEncoder().encode(seed)).getPublicKey();
}

/** Seeds for every identity of the network (`NATS_NKEY_SEED` of each process). */
export function createNetworkSeeds(): Record<NatsIdentity, string> {
  return Object.fromEntries(NATS_IDENTITIES.map((i) => [i, createNatsUser().seed])) as Record<NatsIdentity, string>;
}

/** The authorization block for seeds as createNetworkSeeds makes them. */
export function authorizationForSeeds(seeds: Partial<Record<NatsIdentity, string>>, extra: readonly NatsUser[] = []): string {
  const keys = Object.fromEntries(Object.entries(seeds).map(([i, s]) => [i, natsPublicKey(s!)]));
  return networkAuthorization(keys, extra);
}
