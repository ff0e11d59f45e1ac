import { Module } from '@nestjs/common';
import { CONFIG } from '@legalaid/infra';
import { CasesController } from './adapters/cases.controller.js';
import { CaseRepository } from './adapters/case.repository.js';
import { RequestFactsRepository } from './adapters/request-facts.repository.js';
import { AppraisalRepository, AppraisalYearRepository } from './adapters/appraisal.repository.js';
import { CaseCommandRunner } from './commands/case-command.runner.js';
import { RecordCaseActivity } from './commands/record-case-activity.command.js';
import { ScheduleCaseDeadline } from './commands/schedule-case-deadline.command.js';
import { ChangeCaseState } from './commands/change-case-state.command.js';
import { CloseCase } from './commands/close-case.command.js';
import { TransferCase } from './commands/transfer-case.command.js';
import { DrawAppraisalSample } from './commands/draw-appraisal-sample.command.js';
import { RecordAppraisal } from './commands/record-appraisal.command.js';
import { WriteDrawnAppraisals } from './commands/write-drawn-appraisals.js';
import { GetCase } from './queries/get-case.query.js';
import { ListCases } from './queries/list-cases.query.js';
import { CaseCounts } from './queries/case-counts.query.js';
import { HoursSummary } from './queries/hours-summary.query.js';
import { CasesByIds } from './queries/cases-by-ids.query.js';
import { ListAppraisals } from './queries/list-appraisals.query.js';
import { AppraisalDraws } from './queries/appraisal-draws.query.js';
import { OpenCaseOnAssignment } from './reactions/open-case-on-assignment.reaction.js';
import { IntakeEventsConsumer } from './reactions/intake-events.consumer.js';
import { NoteRequestUrgency } from './reactions/note-request-urgency.reaction.js';
import { CloseWithdrawnCases } from './reactions/close-withdrawn-cases.reaction.js';
import { RecomputeDeadlinesOnCalendar } from './reactions/recompute-deadlines-on-calendar.reaction.js';
import { DeadlineTimers } from './timers/deadline-timers.js';
import { CalendarYearRepository } from './adapters/calendar-year.repository.js';
import { LoadCalendarDecision } from './commands/load-calendar-decision.command.js';
import { CalendarQuery } from './queries/calendar.query.js';
import { DEADLINE_POLICY, SETTINGS, deadlinePolicyFrom, type CaseTrackingSettings } from './config.js';

/** Case-tracking: the Case from assignment to outcome, its deadlines, and quality appraisal. */
@Module({
  controllers: [CasesController],
  providers: [
    { provide: SETTINGS, useFactory: (config: CaseTrackingSettings) => config, inject: [CONFIG] },
    { provide: DEADLINE_POLICY, useFactory: deadlinePolicyFrom, inject: [SETTINGS] },
    CaseRepository,
    RequestFactsRepository,
    AppraisalRepository,
    AppraisalYearRepository,
    CaseCommandRunner,
    RecordCaseActivity,
    ScheduleCaseDeadline,
    ChangeCaseState,
    CloseCase,
    TransferCase,
    DrawAppraisalSample,
    RecordAppraisal,
    WriteDrawnAppraisals,
    GetCase,
    ListCases,
    CaseCounts,
    HoursSummary,
    CasesByIds,
    ListAppraisals,
    AppraisalDraws,
    OpenCaseOnAssignment,
    IntakeEventsConsumer,
    NoteRequestUrgency,
    CloseWithdrawnCases,
    RecomputeDeadlinesOnCalendar,
    DeadlineTimers,
    CalendarYearRepository,
    LoadCalendarDecision,
    CalendarQuery,
  ],
})
export class CaseTrackingModule {}
