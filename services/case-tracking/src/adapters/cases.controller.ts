import { Controller, Inject } from '@nestjs/common';
import { Ctx, MessagePattern, Payload, type NatsContext } from '@nestjs/microservices';
import { CasesRpc } from '@legalaid/contracts';
import { answerRpc, LOGGER } from '@legalaid/infra';
import type { Logger } from 'pino';
import { RecordCaseActivity } from '../commands/record-case-activity.command.js';
import { ScheduleCaseDeadline } from '../commands/schedule-case-deadline.command.js';
import { ChangeCaseState } from '../commands/change-case-state.command.js';
import { CloseCase } from '../commands/close-case.command.js';
import { TransferCase } from '../commands/transfer-case.command.js';
import { DrawAppraisalSample } from '../commands/draw-appraisal-sample.command.js';
import { RecordAppraisal } from '../commands/record-appraisal.command.js';
import { GetCase } from '../queries/get-case.query.js';
import { ListCases } from '../queries/list-cases.query.js';
import { CaseCounts } from '../queries/case-counts.query.js';
import { HoursSummary } from '../queries/hours-summary.query.js';
import { CasesByIds } from '../queries/cases-by-ids.query.js';
import { ListAppraisals } from '../queries/list-appraisals.query.js';
import { AppraisalDraws } from '../queries/appraisal-draws.query.js';
import { LoadCalendarDecision } from '../commands/load-calendar-decision.command.js';
import { CalendarQuery } from '../queries/calendar.query.js';

/** Request/reply operations for the gateway; thin: validation and error mapping live in answerRpc. */
@Controller()
export class CasesController {
  constructor(
    private readonly recordActivity: RecordCaseActivity,
    private readonly scheduleDeadline: ScheduleCaseDeadline,
    private readonly changeState: ChangeCaseState,
    private readonly closeCase: CloseCase,
    private readonly transferCase: TransferCase,
    private readonly drawSample: DrawAppraisalSample,
    private readonly recordAppraisal: RecordAppraisal,
    private readonly getCase: GetCase,
    private readonly listCases: ListCases,
    private readonly caseCounts: CaseCounts,
    private readonly hoursSummary: HoursSummary,
    private readonly casesByIds: CasesByIds,
    private readonly listAppraisals: ListAppraisals,
    private readonly appraisalDraws: AppraisalDraws,
    private readonly loadCalendar: LoadCalendarDecision,
    private readonly calendar: CalendarQuery,
    @Inject(LOGGER) private readonly logger: Logger,
  ) {}

  @MessagePattern(CasesRpc.recordCaseActivity.subject)
  activity(@Payload() raw: unknown, @Ctx() ctx: NatsContext) {
    return answerRpc(CasesRpc.recordCaseActivity, raw, ctx, this.logger, (req) => this.recordActivity.execute(req));
  }

  @MessagePattern(CasesRpc.scheduleCaseDeadline.subject)
  deadline(@Payload() raw: unknown, @Ctx() ctx: NatsContext) {
    return answerRpc(CasesRpc.scheduleCaseDeadline, raw, ctx, this.logger, (req) => this.scheduleDeadline.execute(req));
  }

  @MessagePattern(CasesRpc.changeCaseState.subject)
  state(@Payload() raw: unknown, @Ctx() ctx: NatsContext) {
    return answerRpc(CasesRpc.changeCaseState, raw, ctx, this.logger, (req) => this.changeState.execute(req));
  }

  @MessagePattern(CasesRpc.closeCase.subject)
  close(@Payload() raw: unknown, @Ctx() ctx: NatsContext) {
    return answerRpc(CasesRpc.closeCase, raw, ctx, this.logger, (req) => this.closeCase.execute(req));
  }

  @MessagePattern(CasesRpc.transferCase.subject)
  transfer(@Payload() raw: unknown, @Ctx() ctx: NatsContext) {
    return answerRpc(CasesRpc.transferCase, raw, ctx, this.logger, (req) => this.transferCase.execute(req));
  }

  @MessagePattern(CasesRpc.case.subject)
  case(@Payload() raw: unknown, @Ctx() ctx: NatsContext) {
    return answerRpc(CasesRpc.case, raw, ctx, this.logger, (req) => this.getCase.execute(req));
  }

  @MessagePattern(CasesRpc.cases.subject)
  cases(@Payload() raw: unknown, @Ctx() ctx: NatsContext) {
    return answerRpc(CasesRpc.cases, raw, ctx, this.logger, (req) => this.listCases.execute(req));
  }

  @MessagePattern(CasesRpc.casesByIds.subject)
  byIds(@Payload() raw: unknown, @Ctx() ctx: NatsContext) {
    return answerRpc(CasesRpc.casesByIds, raw, ctx, this.logger, (req) => this.casesByIds.execute(req));
  }

  @MessagePattern(CasesRpc.hoursSummary.subject)
  hours(@Payload() raw: unknown, @Ctx() ctx: NatsContext) {
    return answerRpc(CasesRpc.hoursSummary, raw, ctx, this.logger, (req) => this.hoursSummary.execute(req));
  }

  @MessagePattern(CasesRpc.caseCounts.subject)
  counts(@Payload() raw: unknown, @Ctx() ctx: NatsContext) {
    return answerRpc(CasesRpc.caseCounts, raw, ctx, this.logger, (req) => this.caseCounts.execute(req));
  }

  @MessagePattern(CasesRpc.drawAppraisalSample.subject)
  draw(@Payload() raw: unknown, @Ctx() ctx: NatsContext) {
    return answerRpc(CasesRpc.drawAppraisalSample, raw, ctx, this.logger, (req) => this.drawSample.execute(req));
  }

  @MessagePattern(CasesRpc.appraisalDraws.subject)
  draws(@Payload() raw: unknown, @Ctx() ctx: NatsContext) {
    return answerRpc(CasesRpc.appraisalDraws, raw, ctx, this.logger, (req) => this.appraisalDraws.execute(req));
  }

  @MessagePattern(CasesRpc.recordAppraisal.subject)
  appraise(@Payload() raw: unknown, @Ctx() ctx: NatsContext) {
    return answerRpc(CasesRpc.recordAppraisal, raw, ctx, this.logger, (req) => this.recordAppraisal.execute(req));
  }

  @MessagePattern(CasesRpc.appraisals.subject)
  appraisals(@Payload() raw: unknown, @Ctx() ctx: NatsContext) {
    return answerRpc(CasesRpc.appraisals, raw, ctx, this.logger, (req) => this.listAppraisals.execute(req));
  }

  @MessagePattern(CasesRpc.loadCalendarDecision.subject)
  loadCalendarDecision(@Payload() raw: unknown, @Ctx() ctx: NatsContext) {
    return answerRpc(CasesRpc.loadCalendarDecision, raw, ctx, this.logger, (req) => this.loadCalendar.execute(req));
  }

  @MessagePattern(CasesRpc.calendarDecisions.subject)
  calendarDecisions(@Payload() raw: unknown, @Ctx() ctx: NatsContext) {
    return answerRpc(CasesRpc.calendarDecisions, raw, ctx, this.logger, (req) => this.calendar.versions(req));
  }

  @MessagePattern(CasesRpc.calendarYear.subject)
  calendarYear(@Payload() raw: unknown, @Ctx() ctx: NatsContext) {
    return answerRpc(CasesRpc.calendarYear, raw, ctx, this.logger, async (req) => this.calendar.year(req));
  }
}
