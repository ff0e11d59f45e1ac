import type { Schema } from 'mongoose';

/**
 * Writes that MongoDB performs but FerretDB v1 silently gets wrong, refused
 * on every server (so code that runs on one runs on both, and a test on
 * either catches the use):
 * - `$pull` by a condition (`{$pull: {arr: {k: 1}}}`) reports a match and
 *   changes nothing on FerretDB (pulling an exact scalar works);
 * - positional paths (`arr.$.k`, `arr.$[]`) and write filters with dot
 *   notation (`{'arr.k': 2}`) silently match nothing on its PostgreSQL
 *   backend.
 */
export class NonPortableWrite extends Error {
  constructor(message: string) {
    super(`non-portable write: ${message} (FerretDB would silently do nothing; see infra/src/storage/portable-writes.ts)`);
    this.name = 'NonPortableWrite';
  }
}

export function checkPortableWrite(filter: Record<string, unknown> | undefined, update: unknown): void {
  for (const key of Object.keys(filter ?? {})) {
    if (key.includes('.')) throw new NonPortableWrite(`write filter on a dotted path "${key}"`);
  }
  if (!update || typeof update !== 'object' || Array.isArray(update)) return;
  for (const [op, fields] of Object.entries(update as Record<string, unknown>)) {
    if (!op.startsWith('$') || !fields || typeof fields !== 'object') continue;
    for (const [path, value] of Object.entries(fields as Record<string, unknown>)) {
      if (/\.\$(\[|\.|$)/.test(path) || path.startsWith('$')) throw new NonPortableWrite(`positional path "${path}" in ${op}`);
      if (op === '$pull' && value !== null && typeof value === 'object' && !(value instanceof Date)) throw new NonPortableWrite(`$pull by a condition on "${path}"`);
    }
  }
}

/** Mongoose plugin: runs `checkPortableWrite` before every update a model sends. */
export function portableWrites(schema: Schema): void {
  for (const op of ['updateOne', 'updateMany', 'findOneAndUpdate'] as const) {
    schema.pre(op, function (this: { getFilter(): Record<string, unknown>; getUpdate(): unknown }) {
      checkPortableWrite(this.getFilter(), this.getUpdate());
    });
  }
}
