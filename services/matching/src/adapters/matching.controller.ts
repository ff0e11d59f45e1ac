import { Controller, Inject } from '@nestjs/common';
import { Ctx, MessagePattern, Payload, type NatsContext } from '@nestjs/microservices';
import { MatchingRpc } from '@legalaid/contracts';
import { answerRpc, LOGGER } from '@legalaid/infra';
import type { Logger } from 'pino';
import { ReferralForRequest } from '../queries/referral-for-request.query.js';

@Controller()
export class MatchingController {
  constructor(
    private readonly referralForRequest: ReferralForRequest,
    @Inject(LOGGER) private readonly logger: Logger,
  ) {}

  @MessagePattern(MatchingRpc.referralForRequest.subject)
  referral(@Payload() raw: unknown, @Ctx() ctx: NatsContext) {
    return answerRpc(MatchingRpc.referralForRequest, raw, ctx, this.logger, (req) => this.referralForRequest.execute(req));
  }
}
