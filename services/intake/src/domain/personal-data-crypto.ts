import { createCipheriv, createDecipheriv, createHmac, randomBytes } from 'node:crypto';
import { foldVietnamese, type PartyHashes } from '@legalaid/contracts';

/**
 * Personal data at rest: AES-256-GCM with keys identified by id so they can
 * rotate (Decree 13/2023). Lookups go through keyed hashes (a blind index),
 * never through plaintext. The pseudonymous applicant reference and party
 * hashes use the same index key, so the same person maps to the same
 * reference without anyone outside intake learning who they are.
 */
export interface Sealed {
  /** key id */
  k: string;
  /** base64 iv */
  iv: string;
  /** base64 ciphertext */
  ct: string;
  /** base64 auth tag */
  tag: string;
}

export class PersonalDataCrypto {
  constructor(
    private readonly keys: ReadonlyMap<string, Buffer>,
    private readonly activeKeyId: string,
    private readonly indexKey: Buffer,
  ) {
    if (!keys.has(activeKeyId)) throw new Error(`active key ${activeKeyId} is not among the data keys`);
    for (const [id, key] of keys) if (key.length !== 32) throw new Error(`data key ${id} must be 32 bytes`);
    if (indexKey.length < 32) throw new Error('index key must be at least 32 bytes');
  }

  /** Parses `id:base64,id:base64` as written in INTAKE_DATA_KEYS. */
  static parseKeys(spec: string): Map<string, Buffer> {
    const map = new Map<string, Buffer>();
    for (const part of spec.split(',')) {
      const [id, b64] = part.split(':');
      map.set(id, Buffer.from(b64, 'base64'));
    }
    return map;
  }

  get activeKey(): string {
    return this.activeKeyId;
  }

  /** Re-seals a record written under an older key with the active key (key rotation). */
  reseal(sealed: Sealed, aad: string): Sealed {
    return sealed.k === this.activeKeyId ? sealed : this.seal(this.open(sealed, aad), aad);
  }

  seal(plaintext: string, aad: string): Sealed {
    const iv = randomBytes(12);
    const cipher = createCipheriv('aes-256-gcm', this.keys.get(this.activeKeyId)!, iv);
    cipher.setAAD(Buffer.from(aad));
    const ct = Buffer.concat([cipher.update(plaintext, 'utf8'), cipher.final()]);
    return { k: this.activeKeyId, iv: iv.toString('base64'), ct: ct.toString('base64'), tag: cipher.getAuthTag().toString('base64') };
  }

  /** `aad` binds the ciphertext to its record, so it cannot be pasted into another. */
  open(sealed: Sealed, aad: string): string {
    const key = this.keys.get(sealed.k);
    if (!key) throw new Error(`data key ${sealed.k} is not configured`);
    const decipher = createDecipheriv('aes-256-gcm', key, Buffer.from(sealed.iv, 'base64'));
    decipher.setAAD(Buffer.from(aad));
    decipher.setAuthTag(Buffer.from(sealed.tag, 'base64'));
    return Buffer.concat([decipher.update(Buffer.from(sealed.ct, 'base64')), decipher.final()]).toString('utf8');
  }

  /** Keyed hash for equality lookups (blind index). */
  blindIndex(purpose: string, value: string): string {
    return createHmac('sha256', this.indexKey).update(`${purpose}\u0000${normalise(value)}`).digest('base64url');
  }

  /** Pseudonymous applicant reference: by ID number when known, else by name, birth date and phone. */
  applicantRef(identity: { idNumber?: string; fullName: string; birthDate?: string; phone?: string }): string {
    const basis = identity.idNumber ? `id:${identity.idNumber}` : `p:${identity.fullName}|${identity.birthDate ?? ''}|${identity.phone ?? ''}`;
    return `ap_${this.blindIndex('applicant', basis).slice(0, 32)}`;
  }

  /**
   * A party's keyed hashes for conflict checks: from the ID number (strong), and from the
   * normalised name with the birth date. A name alone gives no hash: it would match namesakes.
   */
  partyHashes(party: { fullName: string; idNumber?: string; birthDate?: string }): PartyHashes {
    const hash = (basis: string) => `ph_${this.blindIndex('party', basis).slice(0, 32)}`;
    return {
      strong: party.idNumber ? [hash(`id:${party.idNumber}`)] : [],
      nameBirth: party.birthDate ? hash(`nb:${party.fullName}|${party.birthDate}`) : null,
    };
  }
}

/** Case and diacritics-insensitive, whitespace-collapsed, so "Nguyễn  Văn A" = "nguyen van a". */
export const normalise = foldVietnamese;
