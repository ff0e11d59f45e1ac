import { DomainError } from '@legalaid/contracts';

/** Opaque page cursors over (time, id), newest first; ties on time are broken by id. */
export interface Cursor {
  at: Date;
  id: string;
}

export function encodeCursor(at: Date, id: string): string {
  return Buffer.from(JSON.stringify([at.toISOString(), id])).toString('base64url');
}

export function decodeCursor(raw: string | null | undefined): Cursor | null {
  if (!raw) return null;
  try {
    const [at, id] = JSON.parse(Buffer.from(raw, 'base64url').toString('utf8')) as [string, string];
    const date = new Date(at);
    if (Number.isNaN(+date) || typeof id !== 'string') throw new Error('bad');
    return { at: date, id };
  } catch {
    throw new DomainError('VALIDATION_FAILED', 'invalid page cursor', [{ path: 'after', message: 'not a cursor this list returned' }]);
  }
}

/** The filter for "older than the cursor" on a time field, newest-first order by (field, _id). */
export function olderThan(field: string, c: Cursor | null): Record<string, unknown> {
  if (!c) return {};
  return { $or: [{ [field]: { $lt: c.at } }, { [field]: c.at, _id: { $lt: c.id } }] };
}
