import { canonicalize } from './canonical-json.js';
import { GENESIS_HASH, payloadHashOf, sha256Hex } from './hashing.js';

/**
 * The audit ledger's rules, with no I/O: how an entry is built and chained,
 * and how a sequence of entries is checked. The same verifier runs in the
 * service and in the offline `verify-trail` command.
 */

export interface LedgerActor {
  id: string;
  role: string;
  organisationId?: string;
  providerId?: string;
}

/** What the ledger records of one event (the payload already pseudonymised). */
export interface LedgerRecord {
  eventId: string;
  type: string;
  version: number;
  occurredAt: string;
  actor: LedgerActor;
  correlationId: string | null;
  causationId: string | null;
  payload: Record<string, unknown>;
}

/** A stored entry. `canonical` is kept verbatim: its SHA-256 is `hash`. */
export interface LedgerEntry {
  sequence: number;
  eventId: string;
  type: string;
  occurredAt: string;
  recordedAt: string;
  actor: LedgerActor;
  /** Null once erased (the entry's payloadHash still chains it). */
  payload: Record<string, unknown> | null;
  payloadHash: string;
  prevHash: string;
  hash: string;
  canonical: string;
}

/** The fields the chained hash covers, in the canonical string. */
interface CanonicalFields {
  v: 1;
  sequence: number;
  eventId: string;
  type: string;
  version: number;
  occurredAt: string;
  recordedAt: string;
  actor: LedgerActor;
  correlationId: string | null;
  causationId: string | null;
  payloadHash: string;
  prevHash: string;
}

function cleanActor(a: LedgerActor): LedgerActor {
  return {
    id: a.id,
    role: a.role,
    ...(a.organisationId ? { organisationId: a.organisationId } : {}),
    ...(a.providerId ? { providerId: a.providerId } : {}),
  };
}

/** Builds the entry that follows `prev` (or the first entry when prev is null). */
export function buildEntry(record: LedgerRecord, prev: { sequence: number; hash: string } | null, recordedAt: Date): LedgerEntry {
  const sequence = (prev?.sequence ?? 0) + 1;
  const prevHash = prev?.hash ?? GENESIS_HASH;
  const payloadHash = payloadHashOf(record.payload);
  const actor = cleanActor(record.actor);
  const fields: CanonicalFields = {
    v: 1,
    sequence,
    eventId: record.eventId,
    type: record.type,
    version: record.version,
    occurredAt: record.occurredAt,
    recordedAt: recordedAt.toISOString(),
    actor,
    correlationId: record.correlationId,
    causationId: record.causationId,
    payloadHash,
    prevHash,
  };
  const canonical = canonicalize(fields);
  return {
    sequence,
    eventId: record.eventId,
    type: record.type,
    occurredAt: record.occurredAt,
    recordedAt: fields.recordedAt,
    actor,
    payload: record.payload,
    payloadHash,
    prevHash,
    hash: sha256Hex(canonical),
    canonical,
  };
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

/** An entry as the verifier sees it: payload undefined means "not included" (a link in a trail export). */
export type VerifiableEntry = Omit<LedgerEntry, 'payload' | 'recordedAt'> & { payload?: Record<string, unknown> | null };

/**
 * Checks entries one by one, in sequence order, and stops at the first broken
 * link. Anchors: the hash of the entry before the first one (when known) and
 * the signed checkpoints whose hashes the entries must reproduce.
 */
export class ChainVerifier {
  private expected: number;
  private prevHash: string | undefined;
  private checked = 0;
  private broken: ChainBreak | null = null;
  private readonly checkpoints: Map<number, string>;
  private checkpointsMatched = 0;
  private lastMatchedCheckpoint = 0;

  constructor(options: { fromSequence: number; prevHash?: string; checkpoints?: { sequence: number; hash: string }[] }) {
    this.expected = options.fromSequence;
    this.prevHash = options.fromSequence === 1 ? GENESIS_HASH : options.prevHash;
    this.checkpoints = new Map((options.checkpoints ?? []).map((c) => [c.sequence, c.hash]));
  }

  get result(): { checkedEntries: number; checkpointsMatched: number; firstBroken: ChainBreak | null } {
    return { checkedEntries: this.checked, checkpointsMatched: this.checkpointsMatched, firstBroken: this.broken };
  }

  /** Returns the break found at this entry, if any; after a break, further entries are ignored. */
  push(entry: VerifiableEntry): ChainBreak | null {
    if (this.broken) return this.broken;
    this.broken = this.check(entry);
    if (!this.broken) {
      this.checked++;
      this.expected = entry.sequence + 1;
      this.prevHash = entry.hash;
    }
    return this.broken;
  }

  /** Call after the last entry: a checkpoint beyond it means entries were removed from the end. */
  finish(lastExpectedSequence?: number): ChainBreak | null {
    if (this.broken) return this.broken;
    const lastSeen = this.expected - 1;
    const beyond = [...this.checkpoints.keys()].filter((s) => s > lastSeen);
    if (beyond.length > 0) {
      const s = Math.min(...beyond);
      this.broken = { sequence: lastSeen + 1, reason: 'MISSING_ENTRY', detail: `a signed checkpoint covers entry ${s}, but the ledger ends at ${lastSeen}: entries were removed` };
    } else if (lastExpectedSequence !== undefined && lastSeen < lastExpectedSequence) {
      this.broken = { sequence: lastSeen + 1, reason: 'MISSING_ENTRY', detail: `entries ${lastSeen + 1} to ${lastExpectedSequence} are missing` };
    }
    return this.broken;
  }

  private check(e: VerifiableEntry): ChainBreak | null {
    if (e.sequence > this.expected) {
      return { sequence: this.expected, reason: 'MISSING_ENTRY', detail: `entry ${this.expected} is missing (next stored entry is ${e.sequence})` };
    }
    if (e.sequence < this.expected) {
      return { sequence: e.sequence, reason: 'SEQUENCE_MISMATCH', detail: `entry ${e.sequence} appears after entry ${this.expected - 1}` };
    }
    if (sha256Hex(e.canonical) !== e.hash) {
      return { sequence: e.sequence, reason: 'HASH_MISMATCH', detail: `the stored hash of entry ${e.sequence} does not match its canonical record` };
    }
    let fields: CanonicalFields;
    try {
      fields = JSON.parse(e.canonical) as CanonicalFields;
    } catch {
      return { sequence: e.sequence, reason: 'CANONICAL_MISMATCH', detail: `the canonical record of entry ${e.sequence} is not JSON` };
    }
    if (fields.sequence !== e.sequence) {
      return { sequence: e.sequence, reason: 'SEQUENCE_MISMATCH', detail: `position ${e.sequence} holds the record of entry ${fields.sequence}: entries were reordered` };
    }
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
    if (mismatched) {
      return { sequence: e.sequence, reason: 'CANONICAL_MISMATCH', detail: `field ${mismatched[0]} of entry ${e.sequence} differs from its canonical record` };
    }
    if (this.prevHash !== undefined && e.prevHash !== this.prevHash) {
      return {
        sequence: e.sequence,
        reason: 'PREV_HASH_MISMATCH',
        detail: `entry ${e.sequence} does not chain to entry ${e.sequence - 1}: one of them was altered or replaced`,
      };
    }
    if (e.payload !== undefined && e.payload !== null && payloadHashOf(e.payload) !== e.payloadHash) {
      return { sequence: e.sequence, reason: 'PAYLOAD_MISMATCH', detail: `the payload of entry ${e.sequence} was altered` };
    }
    const signed = this.checkpoints.get(e.sequence);
    if (signed !== undefined) {
      if (signed !== e.hash) {
        return {
          sequence: e.sequence,
          reason: 'CHECKPOINT_MISMATCH',
          detail:
            `entry ${e.sequence} does not have the hash signed in its checkpoint: the ledger was rewritten ` +
            (this.lastMatchedCheckpoint ? `between entries ${this.lastMatchedCheckpoint + 1} and ${e.sequence}` : `at or before entry ${e.sequence}`),
        };
      }
      this.checkpointsMatched++;
      this.lastMatchedCheckpoint = e.sequence;
    }
    return null;
  }
}
