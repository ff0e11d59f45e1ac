import { describe, expect, it } from 'vitest';
import { createRequest, makeOperation, gql, type Operation } from '@urql/core';
import { withIdempotencyKey } from './idempotency';

const op = (kind: 'mutation' | 'query', fetchOptions?: RequestInit | (() => RequestInit)): Operation =>
  makeOperation(kind, createRequest(gql`mutation M { x }`, {}), { url: '/graphql', requestPolicy: 'network-only', fetchOptions } as never);
const headersOf = (o: Operation) => {
  const f = o.context.fetchOptions;
  return ((typeof f === 'function' ? f() : f)?.headers ?? {}) as Record<string, string>;
};

describe('idempotency keys', () => {
  it('gives a mutation one key, kept across reads of its fetch options, and keeps the other headers', () => {
    let n = 0;
    const sent = withIdempotencyKey(op('mutation', () => ({ headers: { authorization: 'Bearer t' } })), () => `key-${++n}`);
    expect(headersOf(sent)).toEqual({ authorization: 'Bearer t', 'idempotency-key': 'key-1' });
    expect(headersOf(sent)['idempotency-key']).toBe('key-1');
    // A second mutation gets its own key.
    expect(headersOf(withIdempotencyKey(op('mutation'), () => `key-${++n}`))['idempotency-key']).toBe('key-2');
  });

  it('leaves queries alone and keeps a key the caller chose', () => {
    const query = op('query', { headers: { authorization: 'Bearer t' } });
    expect(withIdempotencyKey(query)).toBe(query);
    const chosen = op('mutation', { headers: { 'Idempotency-Key': 'mine' } });
    expect(withIdempotencyKey(chosen)).toBe(chosen);
  });
});
