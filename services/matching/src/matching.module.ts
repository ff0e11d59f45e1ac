import { Module } from '@nestjs/common';
import { MatchingController } from './adapters/matching.controller.js';
import { ReferralRepository } from './adapters/referral.repository.js';
import { OpenReferralOnAcceptance } from './reactions/open-referral.reaction.js';
import { ReferralForRequest } from './queries/referral-for-request.query.js';

@Module({
  controllers: [MatchingController],
  providers: [ReferralRepository, OpenReferralOnAcceptance, ReferralForRequest],
})
export class MatchingModule {}
