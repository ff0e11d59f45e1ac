import { createHash } from 'node:crypto';
import { appliedRequestMarker } from '@legalaid/contracts';

/**
 * A UUID (version 8, "custom") derived from a name: the same name gives the
 * same id on every replica and every retry, so a command retried with its
 * request id finds the document its first run created.
 */
export function derivedId(name: string): string {
  const h = createHash('sha256').update(name).digest('hex');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-8${h.slice(13, 16)}-${((parseInt(h[16], 16) & 0x3) | 0x8).toString(16)}${h.slice(17, 20)}-${h.slice(20, 32)}`;
}

/**
 * The id a creating command gives its document: derived from the request id
 * when the client sent one (a retry finds the first run's document), a new
 * UUIDv7 otherwise. A request id that starts with a UUIDv7 (the gateway's do)
 * lends its timestamp, so the derived id is a UUIDv7 too and sorts by the
 * time the request was first made, like every other id.
 */
export function creationId(request: { requestId?: string }, kind: string, fresh: () => string): string {
  if (!request.requestId) return fresh();
  const time = /^([0-9a-f]{8})-([0-9a-f]{4})-7/i.exec(request.requestId);
  if (!time) return derivedId(`${kind}:${request.requestId}`);
  const h = createHash('sha256').update(`${kind}:${request.requestId}`).digest('hex');
  return `${time[1].toLowerCase()}-${time[2].toLowerCase()}-7${h.slice(0, 3)}-${((parseInt(h[3], 16) & 0x3) | 0x8).toString(16)}${h.slice(4, 7)}-${h.slice(7, 19)}`;
}

/** Whether an aggregate already holds this request's marker (the command was applied by an earlier try). */
export function appliedRequest(doc: { appliedEventIds?: string[] }, request: { requestId?: string }): boolean {
  return request.requestId !== undefined && (doc.appliedEventIds ?? []).includes(appliedRequestMarker(request.requestId));
}

/** The applied id to save with a command's write (AggregateStore.save's guard), if the request has an id. */
export function requestMarker(request: { requestId?: string }): string | undefined {
  return request.requestId ? appliedRequestMarker(request.requestId) : undefined;
}
