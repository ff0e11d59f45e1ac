import { createHmac, timingSafeEqual } from 'node:crypto';

/**
 * Requests to services carry the acting user in their body; anyone able to
 * publish on NATS could otherwise claim to be an administrator. The gateway
 * (and operator tools) sign each request with a shared key: HMAC-SHA256 over
 * the subject, a timestamp and the exact body. Services refuse a request
 * whose signature is missing, wrong or older than the allowed skew, so a
 * forged or replayed envelope changes nothing.
 */
export const REQUEST_SIGNATURE_HEADER = 'Legalaid-Request-Signature';
export const MAX_SIGNATURE_SKEW_MS = 60_000;

let processKey: Buffer | undefined;

/** Sets the key this process signs and verifies with (from RPC_SIGNING_KEY). */
export function configureRequestSigning(keyBase64: string): void {
  const key = Buffer.from(keyBase64, 'base64');
  if (key.length < 32) throw new Error('RPC_SIGNING_KEY must be base64 of at least 32 bytes');
  processKey = key;
}

export function requestSigningKey(): Buffer | undefined {
  if (!processKey && process.env.RPC_SIGNING_KEY) configureRequestSigning(process.env.RPC_SIGNING_KEY);
  return processKey;
}

function mac(key: Buffer, subject: string, ts: string, body: string): Buffer {
  return createHmac('sha256', key).update(`${subject}\n${ts}\n${body}`).digest();
}

export function signRequest(key: Buffer, subject: string, body: string, now = Date.now()): string {
  const ts = String(now);
  return `${ts}.${mac(key, subject, ts, body).toString('base64url')}`;
}

export type SignatureCheck = 'valid' | 'missing' | 'invalid' | 'expired';

export function verifyRequest(key: Buffer, subject: string, body: string, header: string | undefined, now = Date.now()): SignatureCheck {
  if (!header) return 'missing';
  const [ts, sig] = header.split('.');
  if (!ts || !sig || !/^\d{1,16}$/.test(ts)) return 'invalid';
  const expected = mac(key, subject, ts, body);
  const given = Buffer.from(sig, 'base64url');
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return 'invalid';
  if (Math.abs(now - Number(ts)) > MAX_SIGNATURE_SKEW_MS) return 'expired';
  return 'valid';
}
