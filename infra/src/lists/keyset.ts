import { DomainError } from '@legalaid/contracts';

/**
 * Keyset pagination over one sort field and `_id` (the tie-break), as plain
 * MongoDB: the page after a cursor is `field > v, or field = v and _id > id`
 * (reversed for descending orders). With an equality filter that narrows the
 * list first (a centre and a status, a provider and a state) and a compound
 * index ending in the sort field and `_id`, MongoDB serves it from the index.
 *
 * The sort field must never be null or missing on a listed document: writers
 * store a sentinel instead (e.g. FAR_FUTURE for "no due date"), so "none"
 * sorts last and the comparison above holds for every document.
 */
export interface KeysetOrder {
  field: string;
  direction: 1 | -1;
}

export type KeysetValue = string | number | boolean | Date;

/** Stands for "no date" in a date sort field: sorts after every real date. */
export const FAR_FUTURE = new Date('9999-12-31T23:59:59.999Z');

export interface KeysetPosition {
  value: KeysetValue;
  id: string;
}

/** The sort of an order, always ending with `_id` so every position is unique. */
export function keysetSort(order: KeysetOrder): Record<string, 1 | -1> {
  return order.field === '_id' ? { _id: order.direction } : { [order.field]: order.direction, _id: order.direction };
}

/** The filter narrowed to what comes after `after` in `order`. */
export function keysetFilter(filter: Record<string, unknown>, order: KeysetOrder, after: KeysetPosition | null): Record<string, unknown> {
  if (!after) return filter;
  const op = order.direction === 1 ? '$gt' : '$lt';
  if (order.field === '_id') return { $and: [filter, { _id: { [op]: after.id } }] };
  return { $and: [filter, { $or: [{ [order.field]: { [op]: after.value } }, { [order.field]: after.value, _id: { [op]: after.id } }] }] };
}

/** The position of a listed document, as an opaque cursor naming the order it belongs to. */
export function encodeKeysetCursor(orderName: string, doc: Record<string, unknown> & { _id: string }, order: KeysetOrder): string {
  const raw = order.field === '_id' ? doc._id : doc[order.field];
  const value = raw instanceof Date ? { d: raw.toISOString() } : raw;
  return Buffer.from(JSON.stringify([orderName, value, doc._id]), 'utf8').toString('base64url');
}

/** A cursor this service issued for the same order, or VALIDATION_FAILED. */
export function decodeKeysetCursor(cursor: string | null | undefined, orderName: string, path = 'page.after'): KeysetPosition | null {
  if (!cursor) return null;
  const refuse = (why: string) => new DomainError('VALIDATION_FAILED', `the page cursor ${why}`, [{ path, message: why }]);
  let parsed: unknown;
  try {
    parsed = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    throw refuse('is not one this service gave out');
  }
  if (!Array.isArray(parsed) || parsed.length !== 3 || typeof parsed[0] !== 'string' || typeof parsed[2] !== 'string' || parsed[2].length > 200) {
    throw refuse('is not one this service gave out');
  }
  if (parsed[0] !== orderName) throw refuse(`belongs to another order (${parsed[0]})`);
  const v = parsed[1] as unknown;
  let value: KeysetValue;
  if (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean') value = v;
  else if (v && typeof v === 'object' && typeof (v as { d?: unknown }).d === 'string' && !Number.isNaN(Date.parse((v as { d: string }).d))) value = new Date((v as { d: string }).d);
  else throw refuse('is not one this service gave out');
  if (typeof value === 'string' && value.length > 200) throw refuse('is not one this service gave out');
  return { value, id: parsed[2] };
}
