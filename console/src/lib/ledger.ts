/**
 * The audit ledger's trail check, in the supervisor's own browser: SHA-256
 * over each entry's RFC 8785 canonical record, the chain of prevHash links,
 * each included payload's hash, and the Ed25519 signature of the checkpoint
 * that anchors the trail, all with WebCrypto. The canonicaliser is the
 * service's; the checks are those of its ChainVerifier and offline
 * `verify-trail` command (services/oversight/src/domain/ledger.ts,
 * trail-verify.ts), written again here because WebCrypto is asynchronous and
 * the browser has no node:crypto. The same export file passes or fails both.
 */

import { canonicalize } from '../../../services/oversight/src/domain/canonical-json';

/** JSON Canonicalization Scheme (RFC 8785): the oversight service's own function, which has no Node dependency. */
export { canonicalize };

export async function sha256Hex(text: string): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text));
  return [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, '0')).join('');
}

export const LEDGER_NAME = 'legalaid-oversight';
export const TRAIL_FORMAT = 'legalaid-audit-trail/1';
const GENESIS_HASH = '0'.repeat(64);

export interface TrailActor {
  id: string;
  role: string;
  organisationId?: string | null;
  providerId?: string | null;
}
export interface TrailEntry {
  sequence: number;
  eventId: string;
  type: string;
  occurredAt: string;
  actor: TrailActor;
  payload?: Record<string, unknown> | null;
  payloadHash: string;
  prevHash: string;
  hash: string;
  canonical: string;
  inTrail?: boolean;
}
export interface TrailCheckpoint {
  sequence: number;
  hash: string;
  signedAt: string;
  keyId: string;
  algorithm: string;
  message: string;
  signature: string;
}
export interface TrailDocument {
  format: string;
  entries: TrailEntry[];
  checkpoint: TrailCheckpoint | null;
  publicKeys: { keyId: string; publicKeyPem: string }[];
}

export type BreakReason =
  | 'MISSING_ENTRY'
  | 'SEQUENCE_MISMATCH'
  | 'HASH_MISMATCH'
  | 'CANONICAL_MISMATCH'
  | 'PREV_HASH_MISMATCH'
  | 'PAYLOAD_MISMATCH'
  | 'CHECKPOINT_MISMATCH'
  | 'CHECKPOINT_SIGNATURE_INVALID';
export interface ChainBreak {
  sequence: number;
  reason: BreakReason;
  detail: string;
}
export interface TrailVerification {
  ok: boolean;
  entriesChecked: number;
  trailEntries: number;
  anchoredAt: number | null;
  /** True when the checkpoint was checked against a key the supervisor supplied, not only the one in the file. */
  keyTrusted: boolean;
  firstBroken: ChainBreak | null;
}

const pemBody = (pem: string) => pem.replace(/-----[A-Z ]+-----|\s/g, '');

/** The first 16 hex digits of SHA-256 over the PEM body, as oversight names its keys. */
export async function keyIdOf(publicKeyPem: string): Promise<string> {
  return (await sha256Hex(pemBody(publicKeyPem))).slice(0, 16);
}

export function checkpointMessage(c: { sequence: number; hash: string; signedAt: string; keyId: string }): string {
  return canonicalize({ ledger: LEDGER_NAME, sequence: c.sequence, hash: c.hash, signedAt: c.signedAt, keyId: c.keyId });
}

function base64Bytes(b64: string): Uint8Array<ArrayBuffer> {
  const bin = atob(b64);
  const out = new Uint8Array(bin.length);
  for (let i = 0; i < bin.length; i++) out[i] = bin.charCodeAt(i);
  return out;
}

/** Ed25519 with WebCrypto (Chromium 137+, Firefox 129+, Safari 17+; Node 20). */
export async function ed25519Verify(publicKeyPem: string, message: string, signatureB64: string): Promise<boolean> {
  try {
    const key = await crypto.subtle.importKey('spki', base64Bytes(pemBody(publicKeyPem)), { name: 'Ed25519' }, false, ['verify']);
    return await crypto.subtle.verify({ name: 'Ed25519' }, key, base64Bytes(signatureB64), new TextEncoder().encode(message));
  } catch {
    return false;
  }
}

/** Null when the checkpoint's signature and fields hold; otherwise why not. */
export async function checkCheckpoint(c: TrailCheckpoint, publicKeys: Map<string, string>): Promise<string | null> {
  const pem = publicKeys.get(c.keyId);
  if (!pem) return `no public key ${c.keyId} to check checkpoint ${c.sequence}`;
  if ((await keyIdOf(pem)) !== c.keyId) return `public key ${c.keyId} does not match its id`;
  if (checkpointMessage(c) !== c.message) return `checkpoint ${c.sequence}: the signed message does not match its fields`;
  return (await ed25519Verify(pem, c.message, c.signature)) ? null : `checkpoint ${c.sequence}: the signature is not valid for key ${c.keyId}`;
}

const cleanActor = (a: TrailActor) => ({ id: a.id, role: a.role, ...(a.organisationId ? { organisationId: a.organisationId } : {}), ...(a.providerId ? { providerId: a.providerId } : {}) });

interface CanonicalFields {
  sequence: number;
  eventId: string;
  type: string;
  occurredAt: string;
  actor: TrailActor;
  payloadHash: string;
  prevHash: string;
}

async function checkEntry(e: TrailEntry, expected: number, prevHash: string | undefined, checkpointHash: string | undefined): Promise<ChainBreak | null> {
  if (e.sequence > expected) return { sequence: expected, reason: 'MISSING_ENTRY', detail: `entry ${expected} is missing (next stored entry is ${e.sequence})` };
  if (e.sequence < expected) return { sequence: e.sequence, reason: 'SEQUENCE_MISMATCH', detail: `entry ${e.sequence} appears after entry ${expected - 1}` };
  if ((await sha256Hex(e.canonical)) !== e.hash) return { sequence: e.sequence, reason: 'HASH_MISMATCH', detail: `the stored hash of entry ${e.sequence} does not match its canonical record` };
  let fields: CanonicalFields;
  try {
    fields = JSON.parse(e.canonical) as CanonicalFields;
  } catch {
    return { sequence: e.sequence, reason: 'CANONICAL_MISMATCH', detail: `the canonical record of entry ${e.sequence} is not JSON` };
  }
  if (fields.sequence !== e.sequence) return { sequence: e.sequence, reason: 'SEQUENCE_MISMATCH', detail: `position ${e.sequence} holds the record of entry ${fields.sequence}: entries were reordered` };
  const mismatched = (
    [
      ['eventId', fields.eventId === e.eventId],
      ['type', fields.type === e.type],
      ['occurredAt', fields.occurredAt === e.occurredAt],
      ['actor', canonicalize(fields.actor) === canonicalize(cleanActor(e.actor))],
      ['payloadHash', fields.payloadHash === e.payloadHash],
      ['prevHash', fields.prevHash === e.prevHash],
    ] as const
  ).find(([, same]) => !same);
  if (mismatched) return { sequence: e.sequence, reason: 'CANONICAL_MISMATCH', detail: `field ${mismatched[0]} of entry ${e.sequence} differs from its canonical record` };
  if (prevHash !== undefined && e.prevHash !== prevHash) {
    return { sequence: e.sequence, reason: 'PREV_HASH_MISMATCH', detail: `entry ${e.sequence} does not chain to entry ${e.sequence - 1}: one of them was altered or replaced` };
  }
  if (e.payload !== undefined && e.payload !== null && (await sha256Hex(canonicalize(e.payload))) !== e.payloadHash) {
    return { sequence: e.sequence, reason: 'PAYLOAD_MISMATCH', detail: `the payload of entry ${e.sequence} was altered` };
  }
  if (checkpointHash !== undefined && checkpointHash !== e.hash) {
    return { sequence: e.sequence, reason: 'CHECKPOINT_MISMATCH', detail: `entry ${e.sequence} does not have the hash signed in its checkpoint: the ledger was rewritten at or before entry ${e.sequence}` };
  }
  return null;
}

/**
 * Verifies a trail export (the `document` of auditTrail, or a file) as the
 * offline command does. With `trustedPublicKeyPem` (from ledgerPublicKeys,
 * fetched apart from the file), a forged file cannot vouch for itself.
 */
export async function verifyTrail(exp: TrailDocument, trustedPublicKeyPem?: string): Promise<TrailVerification> {
  const entries = [...(exp.entries ?? [])];
  const trailEntries = entries.filter((e) => e.inTrail !== false).length;
  const keyTrusted = trustedPublicKeyPem !== undefined;
  const keys = new Map<string, string>();
  if (trustedPublicKeyPem) keys.set(await keyIdOf(trustedPublicKeyPem), trustedPublicKeyPem);
  else for (const k of exp.publicKeys ?? []) keys.set(k.keyId, k.publicKeyPem);
  const fail = (b: ChainBreak, checked = 0): TrailVerification => ({ ok: false, entriesChecked: checked, trailEntries, anchoredAt: null, keyTrusted, firstBroken: b });

  if (exp.format !== TRAIL_FORMAT) return fail({ sequence: 0, reason: 'CANONICAL_MISMATCH', detail: `unknown export format ${String(exp.format)}` });
  if (entries.length === 0) return { ok: true, entriesChecked: 0, trailEntries: 0, anchoredAt: null, keyTrusted, firstBroken: null };
  const cp = exp.checkpoint;
  if (cp) {
    const problem = await checkCheckpoint(cp, keys);
    if (problem) return fail({ sequence: cp.sequence, reason: 'CHECKPOINT_SIGNATURE_INVALID', detail: problem });
  }
  let expected = entries[0].sequence;
  let prevHash: string | undefined = expected === 1 ? GENESIS_HASH : undefined;
  let checked = 0;
  for (const e of entries) {
    const broken = await checkEntry(e, expected, prevHash, cp && cp.sequence === e.sequence ? cp.hash : undefined);
    if (broken) return fail(broken, checked);
    checked++;
    expected = e.sequence + 1;
    prevHash = e.hash;
  }
  if (cp && expected - 1 < cp.sequence) {
    return fail({ sequence: expected, reason: 'MISSING_ENTRY', detail: `a signed checkpoint covers entry ${cp.sequence}, but the trail ends at ${expected - 1}: entries were removed` }, checked);
  }
  return { ok: true, entriesChecked: checked, trailEntries, anchoredAt: cp ? cp.sequence : null, keyTrusted, firstBroken: null };
}
