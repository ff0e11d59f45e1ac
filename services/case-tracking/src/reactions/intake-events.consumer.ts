import { Injectable } from '@nestjs/common';
import { IntakeRequestAccepted, IntakeRequestWithdrawn, streamNameOf, type EventOf } from '@legalaid/contracts';
import { EventConsumer, OnEvent } from '@legalaid/infra';
import { NoteRequestUrgency } from './note-request-urgency.reaction.js';
import { CloseWithdrawnCases } from './close-withdrawn-cases.reaction.js';

/**
 * Case-tracking's one durable consumer on intake's stream (a consumer reads
 * one stream); each event goes to its own use case.
 */
@Injectable()
@EventConsumer({ stream: streamNameOf('intake'), durable: 'case-tracking-intake' })
export class IntakeEventsConsumer {
  constructor(
    private readonly noteUrgency: NoteRequestUrgency,
    private readonly closeWithdrawn: CloseWithdrawnCases,
  ) {}

  @OnEvent(IntakeRequestAccepted)
  accepted(event: EventOf<typeof IntakeRequestAccepted>): Promise<void> {
    return this.noteUrgency.handle(event);
  }

  @OnEvent(IntakeRequestWithdrawn)
  withdrawn(event: EventOf<typeof IntakeRequestWithdrawn>): Promise<void> {
    return this.closeWithdrawn.handle(event);
  }
}
