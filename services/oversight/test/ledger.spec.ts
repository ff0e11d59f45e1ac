import { describe, expect, it } from '@jest/globals';
import { generateKeyPairSync } from 'node:crypto';
import { canonicalize } from '../src/domain/canonical-json.js';
import { buildEntry, ChainVerifier, type LedgerEntry, type LedgerRecord } from '../src/domain/ledger.js';
import { checkCheckpoint, keyIdOf, parseSigningKey, publicKeyPemOf, signCheckpoint } from '../src/domain/checkpoint.js';
import { payloadHashOf, sha256Hex } from '../src/domain/hashing.js';

const T0 = Date.parse('2025-03-03T01:00:00.000Z');

function record(i: number): LedgerRecord {
  return {
    eventId: `0195f0a0-0000-7000-8000-${String(i).padStart(12, '0')}`,
    type: i % 3 === 0 ? 'matching.referral.created' : 'intake.request.received',
    version: 1,
    occurredAt: new Date(T0 + i * 1000).toISOString(),
    actor: { id: `staff-${i % 7}`, role: 'CENTRE_STAFF', organisationId: 'centre-hcm' },
    correlationId: `corr-${i}`,
    causationId: null,
    payload: { requestId: `req-${i}`, applicantRef: 'ap_abcdefghijklmnop', fieldOfLaw: 'LAND', n: i },
  };
}

function buildLedger(n: number): LedgerEntry[] {
  const out: LedgerEntry[] = [];
  for (let i = 1; i <= n; i++) out.push(buildEntry(record(i), out.at(-1) ?? null, new Date(T0 + i * 1000 + 5)));
  return out;
}

function verify(entries: Partial<LedgerEntry>[], checkpoints: { sequence: number; hash: string }[] = []) {
  const v = new ChainVerifier({ fromSequence: 1, checkpoints });
  for (const e of entries) v.push(e as LedgerEntry);
  v.finish();
  return v.result;
}

/** Recomputes every entry from `from` on, as an attacker with write access to the database would. */
function rewriteFrom(entries: LedgerEntry[], from: number, change: (r: LedgerRecord) => LedgerRecord): LedgerEntry[] {
  const out = entries.slice(0, from - 1);
  for (let i = from; i <= entries.length; i++) {
    const rec = i === from ? change(record(i)) : record(i);
    out.push(buildEntry(rec, out.at(-1) ?? null, new Date(T0 + i * 1000 + 5)));
  }
  return out;
}

describe('canonical JSON (RFC 8785)', () => {
  it.each([
    [{ b: 1, a: [true, null, 'x'] }, '{"a":[true,null,"x"],"b":1}'],
    [{ '\u20ac': 1, '\r': 2, '1': 3, ö: 4 }, '{"\\r":2,"1":3,"ö":4,"€":1}'],
    [{ n: -0, big: 1e21, small: 1e-7, frac: 0.1 }, '{"big":1e+21,"frac":0.1,"n":0,"small":1e-7}'],
    ['tab\there "q" \u0001', '"tab\\there \\"q\\" \\u0001"'],
    [{ skip: undefined, keep: 1 }, '{"keep":1}'],
  ])('%j → %s', (value, expected) => {
    expect(canonicalize(value)).toBe(expected);
  });

  it('refuses values JSON cannot carry', () => {
    expect(() => canonicalize({ x: Number.NaN })).toThrow(/NaN/);
    expect(() => canonicalize({ x: 1n })).toThrow(/bigint/);
  });
});

describe('ledger chain', () => {
  const ledger = buildLedger(3000);

  it('chains 3000 entries that verify, each hash over its canonical string', () => {
    expect(ledger[0].prevHash).toBe('0'.repeat(64));
    expect(ledger[1].prevHash).toBe(ledger[0].hash);
    expect(sha256Hex(ledger[41].canonical)).toBe(ledger[41].hash);
    expect(JSON.parse(ledger[41].canonical)).toMatchObject({ sequence: 42, payloadHash: payloadHashOf(ledger[41].payload) });
    expect(verify(ledger)).toEqual({ checkedEntries: 3000, checkpointsMatched: 0, firstBroken: null });
  });

  it('stays verifiable when a payload is erased (the payload hash still chains it)', () => {
    const erased = ledger.map((e) => (e.sequence === 10 ? { ...e, payload: null } : e));
    expect(verify(erased).firstBroken).toBeNull();
  });

  it('locates an edited payload', () => {
    const tampered = ledger.map((e) => (e.sequence === 1234 ? { ...e, payload: { ...e.payload, fieldOfLaw: 'CRIMINAL' } } : e));
    expect(verify(tampered).firstBroken).toMatchObject({ sequence: 1234, reason: 'PAYLOAD_MISMATCH' });
  });

  it('locates an edited field that the canonical string covers', () => {
    const tampered = ledger.map((e) => (e.sequence === 77 ? { ...e, actor: { id: 'someone-else', role: 'ADMIN' } } : e));
    expect(verify(tampered).firstBroken).toMatchObject({ sequence: 77, reason: 'CANONICAL_MISMATCH' });
  });

  it('locates an entry whose stored hash was edited', () => {
    const tampered = ledger.map((e) => (e.sequence === 500 ? { ...e, hash: sha256Hex('forged') } : e));
    expect(verify(tampered).firstBroken).toMatchObject({ sequence: 500, reason: 'HASH_MISMATCH' });
  });

  it('locates a deleted entry', () => {
    const tampered = ledger.filter((e) => e.sequence !== 2001);
    expect(verify(tampered).firstBroken).toMatchObject({ sequence: 2001, reason: 'MISSING_ENTRY' });
  });

  it('locates reordered entries (records swapped between positions)', () => {
    const tampered = ledger.map((e) => (e.sequence === 300 ? { ...ledger[300], sequence: 300 } : e.sequence === 301 ? { ...ledger[299], sequence: 301 } : e));
    expect(verify(tampered).firstBroken).toMatchObject({ sequence: 300, reason: 'SEQUENCE_MISMATCH' });
  });

  it('locates an entry replaced with a recomputed one that no longer chains', () => {
    const forged = buildEntry({ ...record(900), payload: { requestId: 'req-900', forged: true } }, ledger[898], new Date(T0));
    const tampered = [...ledger.slice(0, 899), forged, ...ledger.slice(900)];
    // The forged entry chains back correctly, but the next one still points at the original.
    expect(verify(tampered).firstBroken).toMatchObject({ sequence: 901, reason: 'PREV_HASH_MISMATCH' });
  });

  it('detects a tail rewritten with recomputed hashes only through an old signed checkpoint, and says where', () => {
    const rewritten = rewriteFrom(ledger, 1500, (r) => ({ ...r, payload: { ...r.payload, fieldOfLaw: 'CRIMINAL' } }));
    expect(verify(rewritten).firstBroken).toBeNull(); // self-consistent: the chain alone cannot tell
    const checkpoints = [ledger[999], ledger[1999]].map((e) => ({ sequence: e.sequence, hash: e.hash }));
    expect(verify(ledger, checkpoints)).toMatchObject({ checkpointsMatched: 2, firstBroken: null });
    const broken = verify(rewritten, checkpoints).firstBroken!;
    expect(broken).toMatchObject({ sequence: 2000, reason: 'CHECKPOINT_MISMATCH' });
    expect(broken.detail).toContain('between entries 1001 and 2000');
  });

  it('detects entries removed from the end when a checkpoint covers them', () => {
    const truncated = ledger.slice(0, 2500);
    expect(verify(truncated).firstBroken).toBeNull();
    expect(verify(truncated, [{ sequence: 2800, hash: ledger[2799].hash }]).firstBroken).toMatchObject({ sequence: 2501, reason: 'MISSING_ENTRY' });
  });

  it('verifies a range anchored on the entry before it', () => {
    const v = new ChainVerifier({ fromSequence: 101, prevHash: ledger[99].hash });
    for (const e of ledger.slice(100, 200)) v.push(e);
    expect(v.finish(200)).toBeNull();
    const wrongAnchor = new ChainVerifier({ fromSequence: 101, prevHash: ledger[98].hash });
    wrongAnchor.push(ledger[100]);
    expect(wrongAnchor.result.firstBroken).toMatchObject({ sequence: 101, reason: 'PREV_HASH_MISMATCH' });
  });
});

describe('signed checkpoints', () => {
  const { privateKey } = generateKeyPairSync('ed25519');
  const seed = privateKey.export({ format: 'der', type: 'pkcs8' }).subarray(-32).toString('base64');

  it('reads the key as PEM (with escaped newlines) or as a base64 seed, and refuses anything else', () => {
    const pem = privateKey.export({ format: 'pem', type: 'pkcs8' }).toString();
    const a = parseSigningKey(pem.replace(/\n/g, '\\n'));
    const b = parseSigningKey(seed);
    expect(publicKeyPemOf(a)).toBe(publicKeyPemOf(b));
    const rsa = generateKeyPairSync('rsa', { modulusLength: 1024 }).privateKey.export({ format: 'pem', type: 'pkcs8' }).toString();
    expect(() => parseSigningKey(rsa)).toThrow(/not Ed25519/);
    expect(() => parseSigningKey('short')).toThrow(/Ed25519 private key/);
  });

  it('signs a sequence and hash that the public key verifies, and refuses any change', () => {
    const key = parseSigningKey(seed);
    const pem = publicKeyPemOf(key);
    const keys = new Map([[keyIdOf(pem), pem]]);
    const cp = signCheckpoint({ sequence: 10, hash: 'a'.repeat(64) }, key, new Date('2025-03-03T00:00:00Z'));
    expect(cp.message).toBe(`{"hash":"${'a'.repeat(64)}","keyId":"${cp.keyId}","ledger":"legalaid-oversight","sequence":10,"signedAt":"2025-03-03T00:00:00.000Z"}`);
    expect(checkCheckpoint(cp, keys)).toBeNull();
    expect(checkCheckpoint({ ...cp, hash: 'b'.repeat(64) }, keys)).toMatch(/does not match its fields/);
    const forgedMessage = cp.message.replace('"sequence":10', '"sequence":11');
    expect(checkCheckpoint({ ...cp, sequence: 11, message: forgedMessage }, keys)).toMatch(/signature is not valid/);
    const other = generateKeyPairSync('ed25519').privateKey;
    const otherPem = publicKeyPemOf(other);
    expect(checkCheckpoint(cp, new Map([[cp.keyId, otherPem]]))).toMatch(/does not match its id/);
    expect(checkCheckpoint(cp, new Map())).toMatch(/no public key/);
  });
});
