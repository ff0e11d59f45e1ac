import { Injectable } from '@nestjs/common';
import type { InputOf, OutputOf, OversightRpc, RpcRequest } from '@legalaid/contracts';
import { CheckpointRepository } from '../adapters/checkpoint.repository.js';
import { LedgerRepository } from '../adapters/ledger.repository.js';
import { allow } from '../domain/access.js';
import { checkCheckpoint } from '../domain/checkpoint.js';
import { ChainVerifier } from '../domain/ledger.js';

/**
 * Verifies the ledger, whole or a range: each checkpoint's signature, then
 * every entry in order (hash, canonical record, link to the previous entry,
 * payload, signed hashes), stopping at the first broken link.
 */
@Injectable()
export class VerifyLedger {
  constructor(
    private readonly ledger: LedgerRepository,
    private readonly checkpoints: CheckpointRepository,
  ) {}

  async execute(req: RpcRequest<InputOf<typeof OversightRpc.verifyAuditLedger>>): Promise<OutputOf<typeof OversightRpc.verifyAuditLedger>> {
    allow(req.actor, 'readLedger');
    return this.verify(req.input.fromSequence, req.input.toSequence);
  }

  async verify(fromSequence?: number, toSequence?: number): Promise<OutputOf<typeof OversightRpc.verifyAuditLedger>> {
    const tail = (await this.ledger.loadTail())?.sequence ?? 0;
    const latestCheckpoint = (await this.checkpoints.latest())?.sequence ?? 0;
    const from = fromSequence ?? 1;
    // A checkpoint beyond the stored tail means entries were removed from the end: verify up to it.
    const to = toSequence ?? Math.max(tail, latestCheckpoint);
    if (to < from || to === 0) return { ok: true, fromSequence: from, toSequence: to, checkedEntries: 0, checkpointsChecked: 0, firstBroken: null };

    const checkpoints = await this.checkpoints.inRange(from, to);
    const keys = new Map((await this.checkpoints.allKeys()).map((k) => [k._id, k.publicKeyPem]));
    for (const cp of checkpoints) {
      const problem = checkCheckpoint(cp, keys);
      if (problem) {
        return { ok: false, fromSequence: from, toSequence: to, checkedEntries: 0, checkpointsChecked: 0, firstBroken: { sequence: cp.sequence, reason: 'CHECKPOINT_SIGNATURE_INVALID', detail: problem } };
      }
    }
    const before = from > 1 ? await this.ledger.get(from - 1) : null;
    const verifier = new ChainVerifier({ fromSequence: from, prevHash: before?.hash, checkpoints });
    for await (const entry of this.ledger.range(from, to)) {
      if (verifier.push(entry)) break;
    }
    verifier.finish(to);
    const r = verifier.result;
    return { ok: r.firstBroken === null, fromSequence: from, toSequence: to, checkedEntries: r.checkedEntries, checkpointsChecked: r.checkpointsMatched, firstBroken: r.firstBroken };
  }
}
