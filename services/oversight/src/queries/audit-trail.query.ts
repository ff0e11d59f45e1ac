import { Inject, Injectable } from '@nestjs/common';
import { DomainError, type InputOf, type LedgerEntryView, type OutputOf, type OversightRpc, type RpcRequest } from '@legalaid/contracts';
import { CLOCK, type Clock } from '@legalaid/infra';
import { CheckpointRepository } from '../adapters/checkpoint.repository.js';
import { LedgerRepository } from '../adapters/ledger.repository.js';
import { allow } from '../domain/access.js';

/** A trail export spans at most this many entries (trail entries and the links between them). */
export const MAX_TRAIL_SPAN = 50_000;

/**
 * The trail of a request or a case: every ledger entry that concerns it,
 * pseudonymised, plus the entries between them (as links, without payload)
 * up to the signed checkpoint that anchors the last one. A supervisor can
 * verify the file offline with the oversight `verify-trail` command.
 */
@Injectable()
export class AuditTrail {
  constructor(
    private readonly ledger: LedgerRepository,
    private readonly checkpoints: CheckpointRepository,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async execute(req: RpcRequest<InputOf<typeof OversightRpc.auditTrail>>): Promise<OutputOf<typeof OversightRpc.auditTrail>> {
    allow(req.actor, 'readLedger');
    const requestIds = new Set<string>(req.input.requestId ? [req.input.requestId] : []);
    const caseIds = new Set<string>(req.input.caseId ? [req.input.caseId] : []);
    // Two passes: a case's entries name its request, and a request's name its cases.
    let hits = await this.ledger.sequencesFor([...requestIds, ...caseIds]);
    for (const h of hits) {
      const p = h.payload ?? {};
      if (typeof p.requestId === 'string') requestIds.add(p.requestId);
      if (typeof p.caseId === 'string') caseIds.add(p.caseId);
    }
    hits = await this.ledger.sequencesFor([...requestIds, ...caseIds]);
    if (hits.length === 0) throw new DomainError('NOT_FOUND', 'the ledger holds nothing about this request or case');

    const inTrail = new Set(hits.map((h) => h.sequence));
    const first = hits[0].sequence;
    const last = hits[hits.length - 1].sequence;
    const checkpoint = await this.checkpoints.firstFrom(last);
    const end = checkpoint?.sequence ?? last;
    if (end - first + 1 > MAX_TRAIL_SPAN) throw new DomainError('CONFLICT', `this trail spans ${end - first + 1} ledger entries; sign a checkpoint closer to it or verify the ledger instead`);

    const entries: LedgerEntryView[] = [];
    for await (const e of this.ledger.range(first, end)) {
      const mine = inTrail.has(e.sequence);
      entries.push({
        sequence: e.sequence,
        eventId: e.eventId,
        type: e.type,
        occurredAt: e.occurredAt,
        actor: e.actor as LedgerEntryView['actor'],
        payload: mine ? e.payload : null,
        payloadHash: e.payloadHash,
        prevHash: e.prevHash,
        hash: e.hash,
        canonical: e.canonical,
        inTrail: mine,
      });
    }
    const keys = await this.checkpoints.allKeys();
    const current = checkpoint?.keyId;
    return {
      format: 'legalaid-audit-trail/1',
      exportedAt: this.clock().toISOString(),
      subject: { requestIds: [...requestIds].sort(), caseIds: [...caseIds].sort() },
      entries,
      checkpoint,
      publicKeys: keys.map((k) => ({ keyId: k._id, algorithm: 'Ed25519' as const, publicKeyPem: k.publicKeyPem, current: k._id === current, firstSeenAt: new Date(k.firstSeenAt).toISOString() })),
    };
  }
}
