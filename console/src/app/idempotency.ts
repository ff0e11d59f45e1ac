import { makeOperation, mapExchange, type Exchange, type Operation } from '@urql/core';

/**
 * Every mutation carries an `Idempotency-Key` header (the gateway keeps the
 * first outcome under it, across its replicas): made once when the
 * mutation is sent, kept by the exchanges after this one (a persisted
 * operation sent again with its text is the same request), so a retry
 * never applies twice. A key the caller put in the context is kept.
 */
export function withIdempotencyKey(operation: Operation, newKey: () => string = () => crypto.randomUUID()): Operation {
  if (operation.kind !== 'mutation') return operation;
  const given = operation.context.fetchOptions;
  const base = (typeof given === 'function' ? given() : given) ?? {};
  const headers = new Headers(base.headers as HeadersInit | undefined);
  if (headers.has('idempotency-key')) return operation;
  const key = newKey();
  return makeOperation(operation.kind, operation, {
    ...operation.context,
    fetchOptions: () => {
      const now = (typeof given === 'function' ? given() : given) ?? {};
      return { ...now, headers: { ...Object.fromEntries(new Headers(now.headers as HeadersInit | undefined).entries()), 'idempotency-key': key } };
    },
  });
}

export const idempotencyExchange: Exchange = mapExchange({ onOperation: (operation) => withIdempotencyKey(operation) });
