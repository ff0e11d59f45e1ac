import { describe, expect, it } from '@jest/globals';
import { appliedRequestMarker, newId } from '@legalaid/contracts';
import { appliedRequest, creationId, derivedId, requestMarker } from '../src/ids.js';

const UUID_V7 = /^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;
const UUID_V8 = /^[0-9a-f]{8}-[0-9a-f]{4}-8[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

describe('ids for retried commands', () => {
  it('a creating command retried with its request id gets the same id; without one, a fresh id', () => {
    const requestId = `${newId()}.submitRequest.1`;
    const first = creationId({ requestId }, 'legal-aid-request', () => 'fresh');
    expect(creationId({ requestId }, 'legal-aid-request', () => 'fresh')).toBe(first);
    expect(creationId({ requestId }, 'provider', () => 'fresh')).not.toBe(first);
    expect(creationId({ requestId: `${requestId}x` }, 'legal-aid-request', () => 'fresh')).not.toBe(first);
    expect(creationId({}, 'legal-aid-request', () => 'fresh')).toBe('fresh');
  });

  it('keeps the time of a UUIDv7 request id, so derived ids sort like every other id', () => {
    const earlier = newId();
    const later = '7fffffff-ffff-7fff-bfff-ffffffffffff';
    const a = creationId({ requestId: `${earlier}.x.1` }, 'k', newId);
    const b = creationId({ requestId: `${later}.x.1` }, 'k', newId);
    expect(a).toMatch(UUID_V7);
    expect(a.slice(0, 13)).toBe(earlier.slice(0, 13));
    expect(a < b).toBe(true);
    // Another request id: a name-derived UUID.
    expect(creationId({ requestId: 'client-key-1' }, 'k', newId)).toMatch(UUID_V8);
    expect(derivedId('x')).toBe(derivedId('x'));
  });

  it('finds a request id among an aggregate applied ids, next to event ids', () => {
    const doc = { appliedEventIds: ['evt-1', appliedRequestMarker('r-1')] };
    expect(appliedRequest(doc, { requestId: 'r-1' })).toBe(true);
    expect(appliedRequest(doc, { requestId: 'r-2' })).toBe(false);
    expect(appliedRequest(doc, {})).toBe(false);
    expect(appliedRequest({}, { requestId: 'r-1' })).toBe(false);
    expect(requestMarker({ requestId: 'r-1' })).toBe(appliedRequestMarker('r-1'));
    expect(requestMarker({})).toBeUndefined();
  });
});
