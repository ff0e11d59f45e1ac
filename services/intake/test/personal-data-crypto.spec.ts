import { randomBytes } from 'node:crypto';
import { describe, expect, it } from '@jest/globals';
import { PersonalDataCrypto } from '../src/domain/personal-data-crypto.js';
import { hashToken } from '../src/domain/feedback.js';

const k1 = randomBytes(32);
const k2 = randomBytes(32);
const index = randomBytes(32);

describe('personal data at rest', () => {
  it('seals with AES-256-GCM bound to the record id', () => {
    const c = new PersonalDataCrypto(new Map([['k1', k1]]), 'k1', index);
    const sealed = c.seal('Trần Thị Bình', 'req-1');
    expect(sealed.k).toBe('k1');
    expect(sealed.ct).not.toContain('Bình');
    expect(c.open(sealed, 'req-1')).toBe('Trần Thị Bình');
    expect(() => c.open(sealed, 'req-2')).toThrow();
    expect(() => c.open({ ...sealed, ct: Buffer.from('tampered').toString('base64') }, 'req-1')).toThrow();
  });

  it('rotates: a new active key reads old records and re-seals them', () => {
    const old = new PersonalDataCrypto(new Map([['k1', k1]]), 'k1', index);
    const sealed = old.seal('secret', 'req-1');
    const rotated = new PersonalDataCrypto(new Map([['k1', k1], ['k2', k2]]), 'k2', index);
    const resealed = rotated.reseal(sealed, 'req-1');
    expect(resealed.k).toBe('k2');
    expect(rotated.open(resealed, 'req-1')).toBe('secret');
    expect(rotated.reseal(resealed, 'req-1')).toBe(resealed);
    const withoutOld = new PersonalDataCrypto(new Map([['k2', k2]]), 'k2', index);
    expect(() => withoutOld.open(sealed, 'req-1')).toThrow(/k1 is not configured/);
  });

  it('blind indexes are keyed, stable, and insensitive to case, diacritics and spacing', () => {
    const c = new PersonalDataCrypto(new Map([['k1', k1]]), 'k1', index);
    const other = new PersonalDataCrypto(new Map([['k1', k1]]), 'k1', randomBytes(32));
    expect(c.blindIndex('name', 'Nguyễn  Văn Đức')).toBe(c.blindIndex('name', 'nguyen van duc'));
    expect(c.blindIndex('phone', '0912345678')).not.toBe(other.blindIndex('phone', '0912345678'));
    expect(c.blindIndex('phone', '0912345678')).not.toBe(c.blindIndex('idNumber', '0912345678'));
    expect(c.applicantRef({ fullName: 'A', idNumber: '079123456789' })).toBe(c.applicantRef({ fullName: 'B', idNumber: '079123456789' }));
    expect(c.applicantRef({ fullName: 'A' })).toMatch(/^ap_[A-Za-z0-9_-]{32}$/);
  });

  it('party hashes: one from the ID number, one from name and birth date; a name alone gives none', () => {
    const c = new PersonalDataCrypto(new Map([['k1', k1]]), 'k1', index);
    const withId = c.partyHashes({ fullName: 'Lê Văn C', idNumber: '079123456789', birthDate: '1980-02-03' });
    const withoutId = c.partyHashes({ fullName: 'LE VAN C', birthDate: '1980-02-03' });
    expect(withId.strong).toEqual([expect.stringMatching(/^ph_[A-Za-z0-9_-]{32}$/)]);
    // The same person with an ID in one request and without in another shares the name + birth date hash.
    expect(withoutId).toEqual({ strong: [], nameBirth: withId.nameBirth });
    // Namesakes born on other days do not.
    expect(c.partyHashes({ fullName: 'Lê Văn C', birthDate: '1981-02-03' }).nameBirth).not.toBe(withId.nameBirth);
    expect(c.partyHashes({ fullName: 'Lê Văn C' })).toEqual({ strong: [], nameBirth: null });
    // The ID hash is the one earlier declarations used.
    expect(c.partyHashes({ fullName: 'Someone else', idNumber: '079123456789' }).strong).toEqual(withId.strong);
    expect(withId.strong[0]).not.toBe(withId.nameBirth);
  });

  it('feedback tokens travel as SHA-256 hex', () => {
    expect(hashToken('abc')).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
  });
});
