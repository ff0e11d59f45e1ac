import { createPrivateKey, createPublicKey, sign, verify, type KeyObject } from 'node:crypto';
import { canonicalize } from './canonical-json.js';
import { sha256Hex } from './hashing.js';

/**
 * Signed checkpoints: the oversight Ed25519 key signs the ledger's hash at a
 * sequence. Whoever holds a checkpoint and the public key can later prove
 * that no entry up to it was altered, reordered or removed.
 */
export interface Checkpoint {
  sequence: number;
  hash: string;
  signedAt: string;
  keyId: string;
  algorithm: 'Ed25519';
  /** The exact string signed. */
  message: string;
  /** Base64 signature of `message`. */
  signature: string;
}

export const LEDGER_NAME = 'legalaid-oversight';

/** PKCS#8 DER prefix of an Ed25519 private key; followed by the 32-byte seed. */
const PKCS8_ED25519_PREFIX = Buffer.from('302e020100300506032b657004220420', 'hex');

export class SigningKeyError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'SigningKeyError';
  }
}

/** Reads a key given as PKCS#8 PEM (newlines may be written `\n`) or as base64 of the 32-byte seed. */
export function parseSigningKey(text: string): KeyObject {
  const value = text.trim();
  try {
    const key = value.includes('-----BEGIN')
      ? createPrivateKey(value.replace(/\\n/g, '\n'))
      : createPrivateKey({ key: Buffer.concat([PKCS8_ED25519_PREFIX, seedOf(value)]), format: 'der', type: 'pkcs8' });
    if (key.asymmetricKeyType !== 'ed25519') throw new SigningKeyError(`the key is ${key.asymmetricKeyType}, not Ed25519`);
    return key;
  } catch (err) {
    if (err instanceof SigningKeyError) throw err;
    throw new SigningKeyError('must be an Ed25519 private key: PKCS#8 PEM, or base64 of its 32-byte seed');
  }
}

function seedOf(b64: string): Buffer {
  const seed = Buffer.from(b64, 'base64');
  if (seed.length !== 32) throw new SigningKeyError('must be an Ed25519 private key: base64 of a 32-byte seed, or PKCS#8 PEM');
  return seed;
}

export function publicKeyPemOf(privateKey: KeyObject): string {
  return createPublicKey(privateKey).export({ format: 'pem', type: 'spki' }).toString();
}

/** A short, stable name for a public key: the first 16 hex digits of SHA-256 over its PEM body. */
export function keyIdOf(publicKeyPem: string): string {
  return sha256Hex(publicKeyPem.replace(/-----[A-Z ]+-----|\s/g, '')).slice(0, 16);
}

export function checkpointMessage(c: { sequence: number; hash: string; signedAt: string; keyId: string }): string {
  return canonicalize({ ledger: LEDGER_NAME, sequence: c.sequence, hash: c.hash, signedAt: c.signedAt, keyId: c.keyId });
}

export function signCheckpoint(entry: { sequence: number; hash: string }, key: KeyObject, signedAt: Date): Checkpoint {
  const keyId = keyIdOf(publicKeyPemOf(key));
  const fields = { sequence: entry.sequence, hash: entry.hash, signedAt: signedAt.toISOString(), keyId };
  const message = checkpointMessage(fields);
  return { ...fields, algorithm: 'Ed25519', message, signature: sign(null, Buffer.from(message, 'utf8'), key).toString('base64') };
}

/**
 * Checks a checkpoint's signature with the public key named by its keyId, and
 * that the signed message says what the checkpoint's fields say. Returns a
 * reason when it fails.
 */
export function checkCheckpoint(c: Checkpoint, publicKeys: Map<string, string>): string | null {
  const pem = publicKeys.get(c.keyId);
  if (!pem) return `no public key ${c.keyId} to check checkpoint ${c.sequence}`;
  if (keyIdOf(pem) !== c.keyId) return `public key ${c.keyId} does not match its id`;
  if (checkpointMessage(c) !== c.message) return `checkpoint ${c.sequence}: the signed message does not match its fields`;
  let ok = false;
  try {
    ok = verify(null, Buffer.from(c.message, 'utf8'), createPublicKey(pem), Buffer.from(c.signature, 'base64'));
  } catch {
    ok = false;
  }
  return ok ? null : `checkpoint ${c.sequence}: the signature is not valid for key ${c.keyId}`;
}
