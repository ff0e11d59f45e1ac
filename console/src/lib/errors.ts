/** The one mapping of the gateway's errors (extensions.code) to what a screen does. */
export type ErrorKind = 'input' | 'unauthenticated' | 'forbidden' | 'notFound' | 'conflict' | 'unavailable' | 'rateLimited' | 'unknown';

export interface GatewayErrorLike {
  message: string;
  extensions?: { code?: unknown; reason?: unknown; details?: unknown };
}

export interface MappedError {
  kind: ErrorKind;
  /** The service's own reason, e.g. TOKEN_USED, OFFER_EXPIRED. */
  reason: string | null;
  /** Field path (dot-separated, "input." removed) → message, for inline errors and the error summary. */
  fields: Record<string, string>;
  message: string;
}

const KINDS: Record<string, ErrorKind> = {
  BAD_USER_INPUT: 'input',
  UNAUTHENTICATED: 'unauthenticated',
  FORBIDDEN: 'forbidden',
  NOT_FOUND: 'notFound',
  CONFLICT: 'conflict',
  SERVICE_UNAVAILABLE: 'unavailable',
  RATE_LIMITED: 'rateLimited',
};

function detailsToFields(details: unknown): Record<string, string> {
  const fields: Record<string, string> = {};
  const add = (path: unknown, message: unknown) => {
    const key = (Array.isArray(path) ? path.join('.') : String(path ?? '')).replace(/^input\./, '');
    if (key && !(key in fields)) fields[key] = String(message ?? '');
  };
  if (Array.isArray(details)) {
    for (const d of details) {
      if (d && typeof d === 'object') add((d as { path?: unknown; field?: unknown }).path ?? (d as { field?: unknown }).field, (d as { message?: unknown }).message);
    }
  } else if (details && typeof details === 'object') {
    for (const [k, v] of Object.entries(details)) add(k, Array.isArray(v) ? v[0] : v);
  }
  return fields;
}

/** Maps the first error of a response; a network failure (no response) is "unavailable". */
export function mapError(errors: readonly GatewayErrorLike[] | undefined, networkError?: unknown): MappedError {
  if (networkError && !errors?.length) return { kind: 'unavailable', reason: null, fields: {}, message: String((networkError as Error).message ?? networkError) };
  const first = errors?.[0];
  if (!first) return { kind: 'unknown', reason: null, fields: {}, message: '' };
  const code = typeof first.extensions?.code === 'string' ? first.extensions.code : '';
  const reason = typeof first.extensions?.reason === 'string' ? first.extensions.reason : null;
  return { kind: KINDS[code] ?? 'unknown', reason, fields: detailsToFields(first.extensions?.details), message: first.message };
}
