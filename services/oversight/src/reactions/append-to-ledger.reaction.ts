import { Inject, Injectable } from '@nestjs/common';
import type { Envelope } from '@legalaid/contracts';
import { CLOCK, CONFIG, type Clock, type DeadLetterRecord } from '@legalaid/infra';
import type { OversightSettings } from '../config.js';
import { LedgerRepository } from '../adapters/ledger.repository.js';
import { SignCheckpoint } from '../commands/sign-checkpoint.command.js';
import { refsOf } from '../domain/facts.js';
import type { LedgerActor, LedgerRecord } from '../domain/ledger.js';
import { pseudonymise, redactFreeText } from '../domain/personal-data.js';

/** Citizens act anonymously: whatever id the gateway gave them, the ledger keeps none. */
function ledgerActor(a: Envelope['actor']): LedgerActor {
  return a.role === 'CITIZEN' ? { id: 'citizen', role: 'CITIZEN' } : a;
}

/**
 * Every event of every context, and every dead letter, goes on the ledger
 * once (DESIGN.md §6): pseudonymised, chained, and signed every N entries.
 */
@Injectable()
export class AppendToLedger {
  constructor(
    private readonly ledger: LedgerRepository,
    private readonly signer: SignCheckpoint,
    @Inject(CONFIG) private readonly config: OversightSettings,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async event(e: Envelope): Promise<boolean> {
    const payload = pseudonymise(e.data) as Record<string, unknown>;
    return this.append(
      {
        eventId: e.id,
        type: e.type,
        version: e.version,
        occurredAt: e.occurredAt,
        actor: ledgerActor(e.actor),
        correlationId: e.correlationId,
        causationId: e.causationId,
        payload: payload && typeof payload === 'object' && !Array.isArray(payload) ? payload : { value: payload },
      },
      refsOf(e.data),
    );
  }

  /**
   * A dead letter: what failed, where and why. The original message is not
   * copied (it may be the very thing that broke a contract); its id and type
   * are, so the trail shows the failure next to the event.
   */
  async deadLetter(record: DeadLetterRecord, subject: string): Promise<boolean> {
    let original: { id?: unknown; type?: unknown; data?: unknown } = {};
    try {
      original = JSON.parse(record.payload) as typeof original;
    } catch {
      /* unparseable: recorded without its id */
    }
    const originalEventId = typeof original.id === 'string' ? original.id.slice(0, 128) : null;
    return this.append(
      {
        eventId: `dlq:${record.consumer}:${record.stream}:${record.streamSequence}`,
        type: 'dlq.dead-letter.recorded',
        version: 1,
        occurredAt: record.failedAt,
        actor: { id: `consumer:${record.consumer}`.slice(0, 128), role: 'SYSTEM' },
        correlationId: null,
        causationId: originalEventId,
        payload: {
          deadLetterSubject: subject,
          originalSubject: record.originalSubject,
          stream: record.stream,
          streamSequence: record.streamSequence,
          consumer: record.consumer,
          deliveryCount: record.deliveryCount,
          reason: record.reason,
          error: redactFreeText(String(record.error ?? '')).slice(0, 500),
          originalEventId,
          originalType: typeof original.type === 'string' ? original.type.slice(0, 128) : null,
        },
      },
      refsOf(original.data),
    );
  }

  private async append(record: LedgerRecord, refs: string[]): Promise<boolean> {
    const { entry, appended } = await this.ledger.append(record, refs, this.clock());
    if (appended && entry.sequence % this.config.OVERSIGHT_CHECKPOINT_EVERY === 0) {
      await this.signer.at(entry, `checkpoint-${entry.sequence}`);
    }
    return appended;
  }
}
