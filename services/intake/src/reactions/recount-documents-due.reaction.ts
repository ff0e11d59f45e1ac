import { Inject, Injectable, type OnModuleInit } from '@nestjs/common';
import { createEvent, IntakeRequestDocumentsDueRecomputed, systemActor } from '@legalaid/contracts';
import { CALENDAR, CLOCK, CONFIG, LOGGER, retryOnConflict, type CalendarApplied, type CalendarCopy, type Clock } from '@legalaid/infra';
import type { Logger } from 'pino';
import { RequestRepository } from '../adapters/request.repository.js';
import { metaOf } from '../commands/command-support.js';
import { recountDocumentsDue } from '../domain/legal-aid-request.js';
import type { IntakeSettings } from '../config.js';

/**
 * When a year's official calendar decision is loaded or corrected (and
 * intake's copy counts by it), every request still waiting for documents
 * whose time limit runs over that year has it counted again, stored and
 * announced with `intake.request.documents-due-recomputed` (pseudonymous
 * facts: no name, no note). Runs on the calendar consumer's delivery, so a
 * crash half-way is finished by the redelivery.
 */
@Injectable()
export class RecountDocumentsDue implements OnModuleInit {
  constructor(
    private readonly requests: RequestRepository,
    @Inject(CALENDAR) private readonly calendar: CalendarCopy,
    @Inject(CONFIG) private readonly config: IntakeSettings,
    @Inject(CLOCK) private readonly clock: Clock,
    @Inject(LOGGER) private readonly logger: Logger,
  ) {}

  onModuleInit(): void {
    this.calendar.onApplied((applied) => this.recount(applied).then(() => undefined));
  }

  async recount(applied: CalendarApplied): Promise<number> {
    let changed = 0;
    for (const id of await this.requests.idsWaitingForDocumentsIn(applied.year)) {
      changed += await retryOnConflict(async () => {
        const r = await this.requests.get(id);
        if (!r) return 0;
        const recount = recountDocumentsDue(r, this.calendar.current, applied.year, this.config.INTAKE_DOCUMENTS_DUE_WORKING_DAYS);
        if (!recount) return 0;
        const now = this.clock();
        const event = createEvent(
          IntakeRequestDocumentsDueRecomputed,
          {
            requestId: r._id,
            applicantRef: r.applicantRef,
            centreId: r.centreId,
            previousDueAt: recount.previousDueAt.toISOString(),
            dueAt: recount.dueAt.toISOString(),
            provisional: recount.provisional,
            calendarYear: applied.year,
            calendarVersion: applied.version,
            recomputedAt: now.toISOString(),
          },
          metaOf({ actor: systemActor('intake'), correlationId: `calendar:${applied.year}:${applied.version}` }, now),
        );
        await this.requests.save(recount.request, r.version, [event]);
        return 1;
      });
    }
    if (changed) this.logger.info({ year: applied.year, version: applied.version, changed }, 'documents time limits counted again by the calendar decision');
    return changed;
  }
}
