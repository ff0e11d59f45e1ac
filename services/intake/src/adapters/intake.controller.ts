import { Controller, Inject } from '@nestjs/common';
import { Ctx, MessagePattern, Payload, type NatsContext } from '@nestjs/microservices';
import { IntakeRpc } from '@legalaid/contracts';
import { answerRpc, LOGGER } from '@legalaid/infra';
import type { Logger } from 'pino';
import { SubmitRequest } from '../commands/submit-request.command.js';
import { GetRequest } from '../queries/get-request.query.js';

/** Request/reply operations for the gateway; thin: validation and mapping live in answerRpc. */
@Controller()
export class IntakeController {
  constructor(
    private readonly submitRequest: SubmitRequest,
    private readonly getRequest: GetRequest,
    @Inject(LOGGER) private readonly logger: Logger,
  ) {}

  @MessagePattern(IntakeRpc.submit.subject)
  submit(@Payload() raw: unknown, @Ctx() ctx: NatsContext) {
    return answerRpc(IntakeRpc.submit, raw, ctx, this.logger, (req) => this.submitRequest.execute(req));
  }

  @MessagePattern(IntakeRpc.get.subject)
  get(@Payload() raw: unknown, @Ctx() ctx: NatsContext) {
    return answerRpc(IntakeRpc.get, raw, ctx, this.logger, (req) => this.getRequest.execute(req));
  }
}
