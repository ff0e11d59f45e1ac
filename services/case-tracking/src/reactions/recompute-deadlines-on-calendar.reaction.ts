import { Inject, Injectable, type OnModuleInit } from '@nestjs/common';
import { systemActor } from '@legalaid/contracts';
import { CALENDAR, LOGGER, retryOnConflict, type CalendarApplied, type CalendarCopy } from '@legalaid/infra';
import type { Logger } from 'pino';
import { CaseRepository } from '../adapters/case.repository.js';
import { CaseCommandRunner } from '../commands/case-command.runner.js';
import { recomputeWorkingDayDeadlines } from '../domain/case.js';

/**
 * When a year's official calendar decision is loaded or corrected (and this
 * service's copy counts by it), every open first-contact limit counted over
 * that year — provisionally, or by the older version — is counted again and
 * stored, each case in its own version-guarded write with its
 * `cases.case.deadline-recomputed` event. Runs on the calendar consumer's
 * delivery, so a crash half-way is finished by the redelivery.
 */
@Injectable()
export class RecomputeDeadlinesOnCalendar implements OnModuleInit {
  constructor(
    private readonly cases: CaseRepository,
    private readonly runner: CaseCommandRunner,
    @Inject(CALENDAR) private readonly calendar: CalendarCopy,
    @Inject(LOGGER) private readonly logger: Logger,
  ) {}

  onModuleInit(): void {
    this.calendar.onApplied((applied) => this.recompute(applied).then(() => undefined));
  }

  /** Counts again what the year's decision changes; returns how many deadlines moved or lost their provisional flag. */
  async recompute(applied: CalendarApplied): Promise<number> {
    let changed = 0;
    for (const id of await this.cases.idsCountingWorkingDaysIn(applied.year)) {
      changed += await retryOnConflict(async () => {
        const current = await this.cases.get(id);
        if (!current) return 0;
        const ctx = this.runner.context(systemActor('case-tracking'), `calendar:${applied.year}:${applied.version}`);
        const change = recomputeWorkingDayDeadlines(current, ctx, applied);
        if (!change.events.length) return 0;
        await this.cases.save(change.next, current.version, change.events);
        return change.events.length;
      });
    }
    if (changed) this.logger.info({ year: applied.year, version: applied.version, changed }, 'case deadlines counted again by the calendar decision');
    return changed;
  }
}
