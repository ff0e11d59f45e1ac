import type { z } from 'zod';

interface Def {
  type: string;
  innerType?: z.ZodType;
  in?: z.ZodType;
  shape?: Record<string, z.ZodType>;
  element?: z.ZodType;
}
const defOf = (schema: z.ZodType) => (schema as unknown as { _zod: { def: Def } })._zod.def;

/**
 * GraphQL sends `null` for an optional argument the client set to null (and
 * some clients for every omitted one); the contracts distinguish an absent
 * field (`.optional()`) from a null one (`.nullable()`). Guided by the
 * operation's input schema, this drops a null only where the contract would
 * refuse it but accepts the field's absence, and keeps it where null means
 * something (e.g. a service area without a commune: the whole province).
 */
export function fitInput(schema: z.ZodType, value: unknown): unknown {
  const def = defOf(schema);
  switch (def.type) {
    case 'optional':
    case 'nullable':
    case 'default':
    case 'prefault':
    case 'readonly':
    case 'nonoptional':
    case 'catch':
      return value === null || value === undefined ? value : fitInput(def.innerType!, value);
    case 'pipe':
      return fitInput(def.in!, value);
    case 'array':
      return Array.isArray(value) ? value.map((v) => fitInput(def.element!, v)) : value;
    case 'object': {
      if (!value || typeof value !== 'object' || Array.isArray(value)) return value;
      const out: Record<string, unknown> = {};
      for (const [key, v] of Object.entries(value)) {
        const field = def.shape?.[key];
        if (!field) {
          out[key] = v;
          continue;
        }
        if (v === null && !field.safeParse(null).success) continue;
        out[key] = fitInput(field, v);
      }
      return out;
    }
    default:
      return value;
  }
}
