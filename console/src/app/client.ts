import { Client, cacheExchange, fetchExchange, subscriptionExchange, type Operation } from '@urql/core';
import { persistedExchange } from '@urql/exchange-persisted';
import { createClient as createSseClient } from 'graphql-sse';
import { idempotencyExchange } from './idempotency';
import { currentToken } from './session';

/** idle: no live stream open on this screen. */
export type LiveState = 'idle' | 'connecting' | 'live' | 'lost';
const liveListeners = new Set<(s: LiveState) => void>();
let live: LiveState = 'idle';
let streams = 0;
function setLive(s: LiveState) {
  live = s;
  for (const l of liveListeners) l(s);
}
export function liveState(): LiveState {
  return live;
}
export function onLiveState(l: (s: LiveState) => void): () => void {
  liveListeners.add(l);
  return () => liveListeners.delete(l);
}

/** The hash codegen gave the document; the gateway's persisted-operations file is keyed by it. */
function documentHash(document: unknown): string | undefined {
  return (document as { __meta__?: { hash?: string } } | undefined)?.__meta__?.hash;
}

const authHeaders = (): Record<string, string> => {
  const t = currentToken();
  return t ? { authorization: `Bearer ${t}` } : {};
};

/**
 * urql against the gateway on this origin: every mutation with an
 * Idempotency-Key (idempotency.ts); persisted operations by hash (the
 * text is sent only if the gateway does not know the hash, as in development
 * without the manifest), subscriptions over graphql-sse in distinct
 * connections mode with the current token on every (re)connect.
 */
export function createApiClient(): Client {
  const sse = createSseClient({
    url: '/graphql',
    headers: authHeaders,
    retryAttempts: 1000,
    retry: async (retries) => new Promise((r) => setTimeout(r, Math.min(1000 * 2 ** Math.min(retries, 4), 15000) + Math.random() * 500)),
    on: {
      connecting: (reconnecting) => reconnecting && setLive('lost'),
      connected: () => setLive('live'),
    },
  });
  return new Client({
    url: '/graphql',
    requestPolicy: 'cache-and-network',
    fetchOptions: () => ({ headers: { ...authHeaders(), accept: 'application/graphql-response+json, application/json' } }),
    exchanges: [
      cacheExchange,
      idempotencyExchange,
      persistedExchange({
        preferGetForPersistedQueries: false,
        enableForMutation: true,
        generateHash: async (_query, document) => documentHash(document) ?? null,
      }),
      subscriptionExchange({
        forwardSubscription: (request, operation: Operation) => ({
          subscribe: (sink) => {
            const hash = documentHash(operation.query);
            if (streams++ === 0) setLive('connecting');
            const dispose = sse.subscribe(
              { query: request.query ?? '', variables: request.variables as Record<string, unknown>, extensions: hash ? { persistedQuery: { version: 1, sha256Hash: hash } } : undefined },
              { next: (v) => sink.next(v as never), error: (e) => (setLive('lost'), sink.error(e)), complete: () => sink.complete() },
            );
            return {
              unsubscribe: () => {
                dispose();
                if (--streams === 0) setLive('idle');
              },
            };
          },
        }),
      }),
      fetchExchange,
    ],
  });
}
