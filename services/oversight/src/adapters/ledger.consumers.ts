import { Injectable } from '@nestjs/common';
import { DEAD_LETTER_STREAM, streamNameOf, type Envelope } from '@legalaid/contracts';
import { EventConsumer, OnEvent, type DeadLetterRecord, type HandlerContext } from '@legalaid/infra';
import { AppendToLedger } from '../reactions/append-to-ledger.reaction.js';
import { RecordFact } from '../reactions/record-fact.reaction.js';
import { StoreInvitation } from '../reactions/store-invitation.reaction.js';

/**
 * What oversight does with every event it reads: the ledger first, then the
 * reactions (statistics facts, feedback invitations). Each step is
 * idempotent, so a redelivery after a partial failure completes the rest.
 */
@Injectable()
export class EventIntake {
  constructor(
    private readonly ledger: AppendToLedger,
    private readonly facts: RecordFact,
    private readonly invitations: StoreInvitation,
  ) {}

  async handle(event: Envelope): Promise<void> {
    await this.ledger.event(event);
    await this.facts.execute(event);
    if (event.type === 'intake.feedback.invited') await this.invitations.execute(event);
  }
}

// One durable consumer per context stream (DESIGN.md §6): NATS 2.9 has no multi-filter consumers.
// The '*' handler receives every event of the stream, validated against its contract.

@Injectable()
@EventConsumer({ stream: streamNameOf('intake'), durable: 'oversight-intake' })
export class IntakeStreamConsumer {
  constructor(private readonly intake: EventIntake) {}
  @OnEvent('*')
  handle(event: Envelope) {
    return this.intake.handle(event);
  }
}

@Injectable()
@EventConsumer({ stream: streamNameOf('matching'), durable: 'oversight-matching' })
export class MatchingStreamConsumer {
  constructor(private readonly intake: EventIntake) {}
  @OnEvent('*')
  handle(event: Envelope) {
    return this.intake.handle(event);
  }
}

@Injectable()
@EventConsumer({ stream: streamNameOf('cases'), durable: 'oversight-cases' })
export class CasesStreamConsumer {
  constructor(private readonly intake: EventIntake) {}
  @OnEvent('*')
  handle(event: Envelope) {
    return this.intake.handle(event);
  }
}

/** Oversight's own events land on the ledger too (plans, findings, recommendations, checkpoints). */
@Injectable()
@EventConsumer({ stream: streamNameOf('oversight'), durable: 'oversight-oversight' })
export class OversightStreamConsumer {
  constructor(private readonly intake: EventIntake) {}
  @OnEvent('*')
  handle(event: Envelope) {
    return this.intake.handle(event);
  }
}

/** Dead letters are recorded too; a failure here is logged and parked, never dead-lettered again. */
@Injectable()
@EventConsumer({ stream: DEAD_LETTER_STREAM, durable: 'oversight-dlq', raw: true, parkFailures: true })
export class DeadLetterConsumer {
  constructor(private readonly ledger: AppendToLedger) {}
  @OnEvent('*')
  async handle(record: Envelope, ctx: HandlerContext) {
    await this.ledger.deadLetter(record as unknown as DeadLetterRecord, ctx.subject);
  }
}
