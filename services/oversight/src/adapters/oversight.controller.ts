import { Controller, Inject } from '@nestjs/common';
import { Ctx, MessagePattern, Payload, type NatsContext } from '@nestjs/microservices';
import { OversightRpc } from '@legalaid/contracts';
import { answerRpc, LOGGER } from '@legalaid/infra';
import type { Logger } from 'pino';
import { AuditTrail } from '../queries/audit-trail.query.js';
import { VerifyLedger } from '../queries/verify-ledger.query.js';
import { Checkpoints } from '../queries/checkpoints.query.js';
import { Statistics } from '../queries/statistics.query.js';
import { CentreReport } from '../queries/centre-report.query.js';
import { PublishedStatisticsFile, PublishStatistics } from '../queries/published-statistics.query.js';
import { Complaints, FeedbackResponses } from '../queries/complaints.query.js';
import { SupervisionQueries } from '../queries/supervision.query.js';
import { SignCheckpoint } from '../commands/sign-checkpoint.command.js';
import { SubmitFeedback } from '../commands/submit-feedback.command.js';
import { CreatePlan } from '../commands/create-plan.command.js';
import { DrawSample } from '../commands/draw-sample.command.js';
import { RecordFinding } from '../commands/record-finding.command.js';
import { IssueRecommendation } from '../commands/issue-recommendation.command.js';
import { RespondToRecommendation } from '../commands/respond-to-recommendation.command.js';
import { FollowUpRecommendation } from '../commands/follow-up-recommendation.command.js';
import { allow } from '../domain/access.js';

/** Request/reply operations for the gateway; validation and error mapping live in answerRpc. */
@Controller()
export class OversightController {
  constructor(
    private readonly auditTrail: AuditTrail,
    private readonly verifyLedger: VerifyLedger,
    private readonly checkpointQueries: Checkpoints,
    private readonly statisticsQuery: Statistics,
    private readonly centreReportQuery: CentreReport,
    private readonly publishedStatisticsFileQuery: PublishedStatisticsFile,
    private readonly publishStatisticsCommand: PublishStatistics,
    private readonly complaintsQuery: Complaints,
    private readonly feedbackResponsesQuery: FeedbackResponses,
    private readonly supervision: SupervisionQueries,
    private readonly signCheckpoint: SignCheckpoint,
    private readonly submitFeedbackCommand: SubmitFeedback,
    private readonly createPlan: CreatePlan,
    private readonly drawSample: DrawSample,
    private readonly recordFindingCommand: RecordFinding,
    private readonly issueRecommendationCommand: IssueRecommendation,
    private readonly respondCommand: RespondToRecommendation,
    private readonly followUpCommand: FollowUpRecommendation,
    @Inject(LOGGER) private readonly logger: Logger,
  ) {}

  @MessagePattern(OversightRpc.auditTrail.subject)
  trail(@Payload() raw: unknown, @Ctx() ctx: NatsContext) {
    return answerRpc(OversightRpc.auditTrail, raw, ctx, this.logger, (req) => this.auditTrail.execute(req));
  }

  @MessagePattern(OversightRpc.verifyAuditLedger.subject)
  verify(@Payload() raw: unknown, @Ctx() ctx: NatsContext) {
    return answerRpc(OversightRpc.verifyAuditLedger, raw, ctx, this.logger, (req) => this.verifyLedger.execute(req));
  }

  @MessagePattern(OversightRpc.checkpoints.subject)
  checkpoints(@Payload() raw: unknown, @Ctx() ctx: NatsContext) {
    return answerRpc(OversightRpc.checkpoints, raw, ctx, this.logger, (req) => this.checkpointQueries.list(req));
  }

  @MessagePattern(OversightRpc.createCheckpoint.subject)
  createCheckpoint(@Payload() raw: unknown, @Ctx() ctx: NatsContext) {
    return answerRpc(OversightRpc.createCheckpoint, raw, ctx, this.logger, async (req) => {
      allow(req.actor, 'signCheckpoint');
      return this.signCheckpoint.latest(req.correlationId);
    });
  }

  @MessagePattern(OversightRpc.publicKey.subject)
  publicKey(@Payload() raw: unknown, @Ctx() ctx: NatsContext) {
    return answerRpc(OversightRpc.publicKey, raw, ctx, this.logger, () => this.checkpointQueries.publicKey());
  }

  @MessagePattern(OversightRpc.centreReport.subject)
  centreReport(@Payload() raw: unknown, @Ctx() ctx: NatsContext) {
    return answerRpc(OversightRpc.centreReport, raw, ctx, this.logger, (req) => this.centreReportQuery.execute(req));
  }

  @MessagePattern(OversightRpc.statistics.subject)
  statistics(@Payload() raw: unknown, @Ctx() ctx: NatsContext) {
    return answerRpc(OversightRpc.statistics, raw, ctx, this.logger, (req) => this.statisticsQuery.execute(req));
  }

  @MessagePattern(OversightRpc.publishedStatisticsFile.subject)
  publishedStatisticsFile(@Payload() raw: unknown, @Ctx() ctx: NatsContext) {
    return answerRpc(OversightRpc.publishedStatisticsFile, raw, ctx, this.logger, (req) => this.publishedStatisticsFileQuery.execute(req));
  }

  @MessagePattern(OversightRpc.publishStatistics.subject)
  publishStatistics(@Payload() raw: unknown, @Ctx() ctx: NatsContext) {
    return answerRpc(OversightRpc.publishStatistics, raw, ctx, this.logger, (req) => this.publishStatisticsCommand.execute(req));
  }

  @MessagePattern(OversightRpc.submitFeedback.subject)
  submitFeedback(@Payload() raw: unknown, @Ctx() ctx: NatsContext) {
    return answerRpc(OversightRpc.submitFeedback, raw, ctx, this.logger, (req) => this.submitFeedbackCommand.execute(req));
  }

  @MessagePattern(OversightRpc.complaints.subject)
  complaints(@Payload() raw: unknown, @Ctx() ctx: NatsContext) {
    return answerRpc(OversightRpc.complaints, raw, ctx, this.logger, (req) => this.complaintsQuery.execute(req));
  }

  @MessagePattern(OversightRpc.feedbackResponses.subject)
  feedbackResponses(@Payload() raw: unknown, @Ctx() ctx: NatsContext) {
    return answerRpc(OversightRpc.feedbackResponses, raw, ctx, this.logger, (req) => this.feedbackResponsesQuery.execute(req));
  }

  @MessagePattern(OversightRpc.createSupervisionPlan.subject)
  createSupervisionPlan(@Payload() raw: unknown, @Ctx() ctx: NatsContext) {
    return answerRpc(OversightRpc.createSupervisionPlan, raw, ctx, this.logger, (req) => this.createPlan.execute(req));
  }

  @MessagePattern(OversightRpc.supervisionPlans.subject)
  supervisionPlans(@Payload() raw: unknown, @Ctx() ctx: NatsContext) {
    return answerRpc(OversightRpc.supervisionPlans, raw, ctx, this.logger, (req) => this.supervision.plansPage(req));
  }

  @MessagePattern(OversightRpc.drawSupervisionSample.subject)
  drawSupervisionSample(@Payload() raw: unknown, @Ctx() ctx: NatsContext) {
    return answerRpc(OversightRpc.drawSupervisionSample, raw, ctx, this.logger, (req) => this.drawSample.execute(req));
  }

  @MessagePattern(OversightRpc.recordFinding.subject)
  recordFinding(@Payload() raw: unknown, @Ctx() ctx: NatsContext) {
    return answerRpc(OversightRpc.recordFinding, raw, ctx, this.logger, (req) => this.recordFindingCommand.execute(req));
  }

  @MessagePattern(OversightRpc.issueRecommendation.subject)
  issueRecommendation(@Payload() raw: unknown, @Ctx() ctx: NatsContext) {
    return answerRpc(OversightRpc.issueRecommendation, raw, ctx, this.logger, (req) => this.issueRecommendationCommand.execute(req));
  }

  @MessagePattern(OversightRpc.respondToRecommendation.subject)
  respondToRecommendation(@Payload() raw: unknown, @Ctx() ctx: NatsContext) {
    return answerRpc(OversightRpc.respondToRecommendation, raw, ctx, this.logger, (req) => this.respondCommand.execute(req));
  }

  @MessagePattern(OversightRpc.followUpRecommendation.subject)
  followUpRecommendation(@Payload() raw: unknown, @Ctx() ctx: NatsContext) {
    return answerRpc(OversightRpc.followUpRecommendation, raw, ctx, this.logger, (req) => this.followUpCommand.execute(req));
  }

  @MessagePattern(OversightRpc.recommendations.subject)
  recommendations(@Payload() raw: unknown, @Ctx() ctx: NatsContext) {
    return answerRpc(OversightRpc.recommendations, raw, ctx, this.logger, (req) => this.supervision.recommendationsPage(req));
  }
}
