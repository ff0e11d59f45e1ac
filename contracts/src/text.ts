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

/** A calendar date (YYYY-MM-DD), as on an ID card or a hearing notice. */
export const DateOnlySchema = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'date must be YYYY-MM-DD');

export const IsoDateTimeSchema = z.string().datetime({ offset: true });

/**
 * Asks a list for the number of items its filter matches besides the page
 * (a countDocuments on the same indexed equality filter): only when a
 * screen shows it.
 */
export const WithTotalCountSchema = z.boolean().optional();
export const TotalCountSchema = z.number().int().min(0).optional();

/** Relay-style page arguments shared by every list query. */
export const PageInputSchema = z
  .object({
    first: z.number().int().min(1).max(100).default(20),
    after: z.string().max(200).nullable().optional(),
  })
  .strict();

/**
 * How many items of a list fall due when, for dashboards' deadline tiles:
 * already past, within DUE_SOON_WORKING_DAYS working days (Viet Nam
 * calendar), later. Items without a due date are in none of them.
 */
export const DeadlineBucketsSchema = z
  .object({ past: z.number().int().min(0), dueSoon: z.number().int().min(0), later: z.number().int().min(0) })
  .strict();

/** "Due soon" on dashboards: within this many working days (the console's "due within 2 working days" tile). */
export const DUE_SOON_WORKING_DAYS = 2;
