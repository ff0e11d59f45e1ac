import { Controller, Inject, type Type } from '@nestjs/common';
import { Ctx, MessagePattern, Payload, type NatsContext } from '@nestjs/microservices';
import { DELIVERY_RPCS, type NotificationSender } from '@legalaid/contracts';
import type { Logger } from 'pino';
import { answerRpc } from '../nest/rpc.js';
import { LOGGER } from '../nest/tokens.js';
import type { NotificationDispatcher } from './dispatcher.js';

/**
 * The failed-delivery operations of a service that sends messages: the list
 * of dead-lettered deliveries and their retry, answered from the provider
 * that holds the service's dispatcher (`owner`). Who may see and retry what
 * is the dispatcher's rule (a centre's staff their centre's, administrators
 * every one).
 */
export function deliveriesController(context: NotificationSender, owner: Type<{ dispatcher: NotificationDispatcher }>): Type<unknown> {
  const rpc = DELIVERY_RPCS[context];

  @Controller()
  class DeliveriesController {
    constructor(
      @Inject(owner) private readonly messages: { dispatcher: NotificationDispatcher },
      @Inject(LOGGER) private readonly logger: Logger,
    ) {}

    @MessagePattern(rpc.failedDeliveries.subject)
    failed(@Payload() raw: unknown, @Ctx() ctx: NatsContext) {
      return answerRpc(rpc.failedDeliveries, raw, ctx, this.logger, async (req) => ({ items: await this.messages.dispatcher.failed(req.actor, req.input) }));
    }

    @MessagePattern(rpc.retryDelivery.subject)
    retry(@Payload() raw: unknown, @Ctx() ctx: NatsContext) {
      return answerRpc(rpc.retryDelivery, raw, ctx, this.logger, (req) => this.messages.dispatcher.retry(req.input.deliveryId, { actor: req.actor, correlationId: req.correlationId }));
    }
  }
  return DeliveriesController;
}
