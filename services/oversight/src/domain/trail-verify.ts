import { ChainVerifier, type ChainBreak, type VerifiableEntry } from './ledger.js';
import { checkCheckpoint, keyIdOf, type Checkpoint } from './checkpoint.js';

/** The parts of a trail export (contracts TrailExportSchema) the offline check needs. */
export interface TrailExportLike {
  format: string;
  entries: (VerifiableEntry & { inTrail?: boolean })[];
  checkpoint: Checkpoint | null;
  publicKeys: { keyId: string; publicKeyPem: string }[];
}

export interface TrailVerification {
  ok: boolean;
  entriesChecked: number;
  trailEntries: number;
  /** Sequence of the signed checkpoint the entries chain up to, or null if none anchors them. */
  anchoredAt: number | null;
  /** True when the checkpoint was checked with a key supplied by the verifier, not only the one in the file. */
  keyTrusted: boolean;
  firstBroken: ChainBreak | null;
}

/**
 * Verifies an exported trail with nothing but the file (and, better, a
 * public key obtained separately): every entry's hash, its chaining to the
 * next, every included payload, and the signed checkpoint at the end.
 */
export function verifyTrailExport(exp: TrailExportLike, trustedPublicKeyPem?: string): TrailVerification {
  const entries = [...exp.entries];
  const trailEntries = entries.filter((e) => e.inTrail !== false).length;
  const keyTrusted = trustedPublicKeyPem !== undefined;
  const keys = new Map<string, string>();
  if (trustedPublicKeyPem) keys.set(keyIdOf(trustedPublicKeyPem), trustedPublicKeyPem);
  else for (const k of exp.publicKeys) keys.set(k.keyId, k.publicKeyPem);
  const fail = (b: ChainBreak, checked = 0): TrailVerification => ({ ok: false, entriesChecked: checked, trailEntries, anchoredAt: null, keyTrusted, firstBroken: b });

  if (exp.format !== 'legalaid-audit-trail/1') return fail({ sequence: 0, reason: 'CANONICAL_MISMATCH', detail: `unknown export format ${exp.format}` });
  if (entries.length === 0) return { ok: true, entriesChecked: 0, trailEntries: 0, anchoredAt: null, keyTrusted, firstBroken: null };
  const cp = exp.checkpoint;
  if (cp) {
    const problem = checkCheckpoint(cp, keys);
    if (problem) return fail({ sequence: cp.sequence, reason: 'CHECKPOINT_SIGNATURE_INVALID', detail: problem });
  }
  const verifier = new ChainVerifier({ fromSequence: entries[0].sequence, checkpoints: cp ? [cp] : [] });
  for (const e of entries) verifier.push(e);
  const broken = verifier.finish(cp?.sequence);
  const { checkedEntries } = verifier.result;
  if (broken) return fail(broken, checkedEntries);
  return { ok: true, entriesChecked: checkedEntries, trailEntries, anchoredAt: cp ? cp.sequence : null, keyTrusted, firstBroken: null };
}
