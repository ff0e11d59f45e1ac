import { Controller, type Type } from '@nestjs/common';
import { Ctx, MessagePattern, Payload, type NatsContext } from '@nestjs/microservices';
import { DEAD_LETTER_RPCS, DomainError, type Actor, type Context, type DeadLetterView } from '@legalaid/contracts';
import type { Logger } from 'pino';
import type { Bus, DeadLetterRecord } from '../bus/bus.js';
import { answerRpc } from './rpc.js';

function requireAdmin(actor: Actor): void {
  if (actor.role !== 'ADMIN') throw new DomainError('FORBIDDEN', 'dead-letter operations are for administrators');
}

function view(sequence: number, r: DeadLetterRecord): DeadLetterView {
  let eventId: string | null = null;
  let eventType: string | null = null;
  try {
    const p = JSON.parse(r.payload) as { id?: unknown; type?: unknown };
    eventId = typeof p.id === 'string' ? p.id : null;
    eventType = typeof p.type === 'string' ? p.type : null;
  } catch {
    /* unparseable payload: that is why it is here */
  }
  return {
    sequence,
    consumer: r.consumer,
    originalSubject: r.originalSubject,
    stream: r.stream,
    streamSequence: r.streamSequence,
    deliveryCount: r.deliveryCount,
    reason: r.reason,
    error: r.error,
    failedAt: r.failedAt,
    eventId,
    eventType,
  };
}

/** The dead-letter operations of one service, answered on its queue group. */
export function deadLetterController(context: Context, bus: Bus, logger: Logger): Type<unknown> {
  const rpc = DEAD_LETTER_RPCS[context];

  @Controller()
  class DeadLetterController {
    @MessagePattern(rpc.list.subject)
    list(@Payload() raw: unknown, @Ctx() ctx: NatsContext) {
      return answerRpc(rpc.list, raw, ctx, logger, async (req) => {
        requireAdmin(req.actor);
        return (await bus.listDeadLetters(req.input.limit)).map((d) => view(d.sequence, d.record));
      });
    }

    @MessagePattern(rpc.show.subject)
    show(@Payload() raw: unknown, @Ctx() ctx: NatsContext) {
      return answerRpc(rpc.show, raw, ctx, logger, async (req) => {
        requireAdmin(req.actor);
        const r = await bus.getDeadLetter(req.input.sequence);
        if (!r) throw new DomainError('DEAD_LETTER_NOT_FOUND', `no dead letter ${req.input.sequence} for this service`);
        return { ...view(req.input.sequence, r), payload: r.payload, headers: r.headers };
      });
    }

    @MessagePattern(rpc.replay.subject)
    replay(@Payload() raw: unknown, @Ctx() ctx: NatsContext) {
      return answerRpc(rpc.replay, raw, ctx, logger, async (req) => {
        requireAdmin(req.actor);
        const result = await bus.replayDeadLetter(req.input.sequence);
        if (!result) throw new DomainError('DEAD_LETTER_NOT_FOUND', `no dead letter ${req.input.sequence} for this service`);
        return { sequence: req.input.sequence, ...result };
      });
    }
  }
  return DeadLetterController;
}
