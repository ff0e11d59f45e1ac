import { z } from 'zod';

/**
 * Free text as it may be stored: trimmed, bounded, and without NUL characters
 * (which FerretDB refuses and which have no place in a legal record).
 */
export function text(max: number) {
  return z
    .string()
    .trim()
    .min(1)
    .max(max)
    .refine((s) => !s.includes('\u0000'), 'text must not contain NUL characters');
}

/**
 * Case, spacing and Vietnamese diacritics folded (đ → d): how names are
 * compared and searched ("Hồ Chí Minh" and "ho chi minh" are the same).
 */
export function foldVietnamese(value: string): string {
  return value
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}

/** A calendar date (YYYY-MM-DD), as on an ID card or a hearing notice. */
export const DateOnlySchema = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'date must be YYYY-MM-DD');

export const IsoDateTimeSchema = z.string().datetime({ offset: true });

/** Relay-style page arguments shared by every list query. */
export const PageInputSchema = z
  .object({
    first: z.number().int().min(1).max(100).default(20),
    after: z.string().max(200).nullable().optional(),
  })
  .strict();
