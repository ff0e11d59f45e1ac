import { describe, expect, it } from '@jest/globals';
import { generateKeyPairSync } from 'node:crypto';
import { buildEntry, type LedgerEntry } from '../src/domain/ledger.js';
import { keyIdOf, publicKeyPemOf, signCheckpoint } from '../src/domain/checkpoint.js';
import { verifyTrailExport, type TrailExportLike } from '../src/domain/trail-verify.js';

const T0 = Date.parse('2025-05-05T02:00:00.000Z');
const oversightKey = generateKeyPairSync('ed25519').privateKey;
const oversightPem = publicKeyPemOf(oversightKey);

function ledger(n: number, mark = 'x'): LedgerEntry[] {
  const out: LedgerEntry[] = [];
  for (let i = 1; i <= n; i++) {
    out.push(
      buildEntry(
        { eventId: `e${i}`, type: 'cases.case.closed', version: 1, occurredAt: new Date(T0 + i).toISOString(), actor: { id: 'lawyer-1', role: 'LAWYER' }, correlationId: null, causationId: null, payload: { caseId: i % 5 === 0 ? 'case-A' : `case-${i}`, mark } },
        out.at(-1) ?? null,
        new Date(T0 + i),
      ),
    );
  }
  return out;
}

function exportOf(entries: LedgerEntry[], key = oversightKey): TrailExportLike {
  const cp = signCheckpoint(entries.at(-1)!, key, new Date(T0));
  const pem = publicKeyPemOf(key);
  return {
    format: 'legalaid-audit-trail/1',
    entries: entries.slice(4).map((e) => ({ ...e, inTrail: e.payload?.caseId === 'case-A', payload: e.payload?.caseId === 'case-A' ? e.payload : null })),
    checkpoint: cp,
    publicKeys: [{ keyId: keyIdOf(pem), publicKeyPem: pem }],
  };
}

describe('offline trail verification', () => {
  it('accepts an intact export anchored by its signed checkpoint', () => {
    expect(verifyTrailExport(exportOf(ledger(30)), oversightPem)).toEqual({ ok: true, entriesChecked: 26, trailEntries: 6, anchoredAt: 30, keyTrusted: true, firstBroken: null });
  });

  it('locates a dropped link between trail entries', () => {
    const exp = exportOf(ledger(30));
    exp.entries = exp.entries.filter((e) => e.sequence !== 12);
    expect(verifyTrailExport(exp, oversightPem).firstBroken).toMatchObject({ sequence: 12, reason: 'MISSING_ENTRY' });
  });

  it('refuses a file forged wholesale with its own key when checked against the published key', () => {
    const forger = generateKeyPairSync('ed25519').privateKey;
    const forged = exportOf(ledger(30, 'forged'), forger);
    // The file vouches for itself...
    expect(verifyTrailExport(forged)).toMatchObject({ ok: true, keyTrusted: false });
    // ...but not against the oversight service's published key.
    expect(verifyTrailExport(forged, oversightPem).firstBroken).toMatchObject({ reason: 'CHECKPOINT_SIGNATURE_INVALID' });
  });

  it('refuses entries that do not reach the checkpoint', () => {
    const exp = exportOf(ledger(30));
    exp.entries = exp.entries.slice(0, -3);
    expect(verifyTrailExport(exp, oversightPem).firstBroken).toMatchObject({ sequence: 28, reason: 'MISSING_ENTRY' });
  });
});
