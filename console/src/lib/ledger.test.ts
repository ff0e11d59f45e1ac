import { describe, expect, it } from 'vitest';
import { canonicalize, checkpointMessage, keyIdOf, sha256Hex, verifyTrail, type TrailDocument } from './ledger';
import trailFixture from './testdata/trail.json';

// The RFC 8785 test vectors (cyberphone/json-canonicalization testdata), inputs and expected outputs as raw text.
const inputs = import.meta.glob<string>('./testdata/rfc8785/input/*.json', { query: '?raw', import: 'default', eager: true });
const outputs = import.meta.glob<string>('./testdata/rfc8785/output/*.json', { query: '?raw', import: 'default', eager: true });
const fresh = (): TrailDocument => JSON.parse(JSON.stringify(trailFixture)) as TrailDocument;
const trustedKey = fresh().publicKeys[0].publicKeyPem;

describe('RFC 8785 canonicaliser (browser)', () => {
  const names = Object.keys(inputs).map((p) => p.split('/').pop()!);
  it('has the six vectors', () => expect(names.sort()).toEqual(['arrays.json', 'french.json', 'structures.json', 'unicode.json', 'values.json', 'weird.json']));
  for (const name of names) {
    it(`canonicalises ${name} exactly as the RFC's expected output`, () => {
      const input = inputs[`./testdata/rfc8785/input/${name}`];
      const expected = outputs[`./testdata/rfc8785/output/${name}`];
      expect(canonicalize(JSON.parse(input))).toBe(expected);
    });
  }
  it('refuses what JSON cannot hold', () => {
    expect(() => canonicalize(Number.NaN)).toThrow(TypeError);
    expect(() => canonicalize({ a: Infinity })).toThrow(TypeError);
    expect(() => canonicalize({ f: () => 1 })).toThrow(TypeError);
  });
  it('drops undefined members, writes -0 as 0 and undefined array items as null', () => {
    expect(canonicalize({ b: undefined, a: -0, c: [undefined] })).toBe('{"a":0,"c":[null]}');
  });
});

describe('trail verification in the browser', () => {
  it('hashes like the server (SHA-256 of the canonical record is the entry hash)', async () => {
    const e = fresh().entries[0];
    expect(await sha256Hex(e.canonical)).toBe(e.hash);
    expect(await sha256Hex('')).toBe('e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855');
  });

  it('passes a trail the oversight service built and signed, against the trusted key', async () => {
    const doc = fresh();
    expect(await keyIdOf(trustedKey)).toBe(doc.checkpoint!.keyId);
    expect(checkpointMessage(doc.checkpoint!)).toBe(doc.checkpoint!.message);
    expect(await verifyTrail(doc, trustedKey)).toEqual({ ok: true, entriesChecked: 4, trailEntries: 3, anchoredAt: 4, keyTrusted: true, firstBroken: null });
    expect((await verifyTrail(doc)).keyTrusted).toBe(false);
  });

  it('fails when one byte of a payload changes', async () => {
    const doc = fresh();
    (doc.entries[1].payload as { eligibilityGroup: string }).eligibilityGroup = 'POOR_HOUSEHOLE';
    const r = await verifyTrail(doc, trustedKey);
    expect(r.ok).toBe(false);
    expect(r.firstBroken).toMatchObject({ sequence: 2, reason: 'PAYLOAD_MISMATCH' });
  });

  it('fails when one byte of the downloaded file changes anywhere in a canonical record', async () => {
    const text = JSON.stringify(trailFixture, null, 2);
    const at = text.indexOf('"canonical": "') + 40;
    const tampered = text.slice(0, at) + (text[at] === 'a' ? 'b' : 'a') + text.slice(at + 1);
    const r = await verifyTrail(JSON.parse(tampered) as TrailDocument, trustedKey);
    expect(r.ok).toBe(false);
    expect(r.firstBroken?.sequence).toBe(1);
    expect(r.firstBroken?.reason).toBe('HASH_MISMATCH');
  });

  it('fails a rewritten chain whose hashes were recomputed, because the signed checkpoint no longer matches', async () => {
    const doc = fresh();
    const last = doc.entries[3];
    const fields = JSON.parse(last.canonical) as Record<string, unknown>;
    fields.type = 'cases.case.closed';
    last.type = 'cases.case.closed';
    last.canonical = canonicalize(fields);
    last.hash = await sha256Hex(last.canonical);
    const r = await verifyTrail(doc, trustedKey);
    expect(r.firstBroken).toMatchObject({ sequence: 4, reason: 'CHECKPOINT_MISMATCH' });
  });

  it('fails a removed entry, a broken link and a forged signature', async () => {
    const gap = fresh();
    gap.entries.splice(1, 1);
    expect((await verifyTrail(gap, trustedKey)).firstBroken).toMatchObject({ sequence: 2, reason: 'MISSING_ENTRY' });

    const cut = fresh();
    cut.entries.pop();
    expect((await verifyTrail(cut, trustedKey)).firstBroken).toMatchObject({ sequence: 4, reason: 'MISSING_ENTRY' });

    const link = fresh();
    link.entries[2].prevHash = '0'.repeat(64);
    expect((await verifyTrail(link, trustedKey)).firstBroken).toMatchObject({ sequence: 3, reason: 'CANONICAL_MISMATCH' });

    const forged = fresh();
    const sig = forged.checkpoint!.signature;
    forged.checkpoint!.signature = (sig[0] === 'A' ? 'B' : 'A') + sig.slice(1);
    expect((await verifyTrail(forged, trustedKey)).firstBroken).toMatchObject({ reason: 'CHECKPOINT_SIGNATURE_INVALID' });
  });

  it('does not let a file vouch for itself with its own key when a trusted key is given', async () => {
    const doc = fresh();
    doc.checkpoint!.keyId = 'ffffffffffffffff';
    doc.publicKeys[0].keyId = 'ffffffffffffffff';
    expect((await verifyTrail(doc, trustedKey)).firstBroken).toMatchObject({ reason: 'CHECKPOINT_SIGNATURE_INVALID' });
  });

  it('refuses an unknown format', async () => {
    expect((await verifyTrail({ ...fresh(), format: 'other/1' }, trustedKey)).ok).toBe(false);
  });
});
