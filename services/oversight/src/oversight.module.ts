import { Module } from '@nestjs/common';
import { OversightController } from './adapters/oversight.controller.js';
import { LedgerRepository } from './adapters/ledger.repository.js';
import { CheckpointRepository } from './adapters/checkpoint.repository.js';
import { FactsRepository } from './adapters/facts.repository.js';
import { FeedbackRepository } from './adapters/feedback.repository.js';
import { PlanRepository, RecommendationRepository } from './adapters/supervision.repository.js';
import { signingKeyProvider } from './adapters/signing-key.provider.js';
import {
  CasesStreamConsumer,
  DeadLetterConsumer,
  EventIntake,
  IntakeStreamConsumer,
  MatchingStreamConsumer,
  OversightStreamConsumer,
} from './adapters/ledger.consumers.js';
import { AppendToLedger } from './reactions/append-to-ledger.reaction.js';
import { RecordFact } from './reactions/record-fact.reaction.js';
import { StoreInvitation } from './reactions/store-invitation.reaction.js';
import { SignCheckpoint } from './commands/sign-checkpoint.command.js';
import { SubmitFeedback } from './commands/submit-feedback.command.js';
import { CreatePlan } from './commands/create-plan.command.js';
import { DrawSample } from './commands/draw-sample.command.js';
import { RecordFinding } from './commands/record-finding.command.js';
import { IssueRecommendation } from './commands/issue-recommendation.command.js';
import { RespondToRecommendation } from './commands/respond-to-recommendation.command.js';
import { FollowUpRecommendation } from './commands/follow-up-recommendation.command.js';
import { AuditTrail } from './queries/audit-trail.query.js';
import { VerifyLedger } from './queries/verify-ledger.query.js';
import { Checkpoints } from './queries/checkpoints.query.js';
import { Statistics } from './queries/statistics.query.js';
import { CentreReport } from './queries/centre-report.query.js';
import { PublishedStatisticsFile, PublishStatistics, StatisticsPublisher } from './queries/published-statistics.query.js';
import { PublicationRepository } from './adapters/publication.repository.js';
import { StatisticsPublicationTimer } from './timers/statistics-publication.timer.js';
import { Complaints, FeedbackResponses } from './queries/complaints.query.js';
import { SupervisionQueries } from './queries/supervision.query.js';
import { RecommendationDeadlineTimer } from './timers/recommendation-deadline.timer.js';

/** Oversight: audit ledger, statistics, citizens' feedback and the Front's supervision. */
@Module({
  controllers: [OversightController],
  providers: [
    signingKeyProvider,
    LedgerRepository,
    CheckpointRepository,
    FactsRepository,
    FeedbackRepository,
    PlanRepository,
    RecommendationRepository,
    EventIntake,
    IntakeStreamConsumer,
    MatchingStreamConsumer,
    CasesStreamConsumer,
    OversightStreamConsumer,
    DeadLetterConsumer,
    AppendToLedger,
    RecordFact,
    StoreInvitation,
    SignCheckpoint,
    SubmitFeedback,
    CreatePlan,
    DrawSample,
    RecordFinding,
    IssueRecommendation,
    RespondToRecommendation,
    FollowUpRecommendation,
    AuditTrail,
    VerifyLedger,
    Checkpoints,
    Statistics,
    CentreReport,
    PublicationRepository,
    StatisticsPublisher,
    PublishedStatisticsFile,
    PublishStatistics,
    StatisticsPublicationTimer,
    Complaints,
    FeedbackResponses,
    SupervisionQueries,
    RecommendationDeadlineTimer,
  ],
})
export class OversightModule {}
