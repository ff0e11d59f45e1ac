import { describe, expect, it } from '@jest/globals';
import { randomBytes } from 'node:crypto';
import { MAX_SIGNATURE_SKEW_MS, signRequest, verifyRequest } from '@legalaid/infra';

describe('request signatures', () => {
  const key = randomBytes(32);
  const subject = 'legalaid.rpc.intake.getRequest';
  const body = JSON.stringify({ actor: { id: 'staff-1', role: 'CENTRE_STAFF', organisationId: 'centre-hcm' }, correlationId: 'c1', input: { requestId: 'x' } });
  const now = 1_800_000_000_000;

  it('accepts the body it signed, for that subject, within the skew', () => {
    expect(verifyRequest(key, subject, body, signRequest(key, subject, body, now), now + 1000)).toBe('valid');
  });

  it.each([
    ['another actor in the body', () => verifyRequest(key, subject, body.replace('CENTRE_STAFF', 'ADMIN'), signRequest(key, subject, body, now), now), 'invalid'],
    ['another subject', () => verifyRequest(key, 'legalaid.rpc.intake.eraseExpired', body, signRequest(key, subject, body, now), now), 'invalid'],
    ['another key', () => verifyRequest(randomBytes(32), subject, body, signRequest(key, subject, body, now), now), 'invalid'],
    ['no signature', () => verifyRequest(key, subject, body, undefined, now), 'missing'],
    ['garbage', () => verifyRequest(key, subject, body, 'abc', now), 'invalid'],
    ['a replay after the skew', () => verifyRequest(key, subject, body, signRequest(key, subject, body, now), now + MAX_SIGNATURE_SKEW_MS + 1), 'expired'],
    ['a changed timestamp', () => verifyRequest(key, subject, body, signRequest(key, subject, body, now).replace(/^\d+/, String(now + 5)), now), 'invalid'],
  ])('refuses %s', (_label, check, expected) => {
    expect(check()).toBe(expected);
  });
});
