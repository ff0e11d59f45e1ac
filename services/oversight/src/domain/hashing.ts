import { createHash } from 'node:crypto';
import { canonicalize } from './canonical-json.js';

export function sha256Hex(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}

/** The hash a payload is chained by: erasing the payload later leaves this hash, and the chain, intact. */
export function payloadHashOf(payload: unknown): string {
  return sha256Hex(canonicalize(payload ?? null));
}

/** The previous-hash of the first entry. */
export const GENESIS_HASH = '0'.repeat(64);
