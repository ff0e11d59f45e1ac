import { Inject, Injectable, type BeforeApplicationShutdown, type OnApplicationBootstrap } from '@nestjs/common';
import { DomainError, systemActor } from '@legalaid/contracts';
import { CLOCK, DuePoller, LOGGER, metrics, sameInstant, type Clock } from '@legalaid/infra';
import type { Logger } from 'pino';
import { CaseRepository } from '../adapters/case.repository.js';
import { CaseCommandRunner } from '../commands/case-command.runner.js';
import { fireDueTimers } from '../domain/case.js';
import { SETTINGS, type CaseTrackingSettings } from '../config.js';

const BATCH = 100;

/**
 * Fires case deadlines kept as data (DESIGN.md §6). Each due case is saved
 * under the version it was read at, with its reminder or breach events in
 * the same write: another replica that read the same version matches
 * nothing and moves on, so every timer fires once; a restart loses nothing
 * because nothing lives in memory.
 */
@Injectable()
export class DeadlineTimers implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly poller: DuePoller;

  constructor(
    private readonly cases: CaseRepository,
    private readonly runner: CaseCommandRunner,
    @Inject(CLOCK) clock: Clock,
    @Inject(LOGGER) private readonly logger: Logger,
    @Inject(SETTINGS) settings: CaseTrackingSettings,
  ) {
    this.poller = new DuePoller({ name: 'case-deadlines', intervalMs: settings.CASES_TIMER_POLL_MS, logger, clock, tick: (now) => this.tick(now) });
  }

  async onApplicationBootstrap(): Promise<void> {
    await this.poller.start();
  }

  async beforeApplicationShutdown(): Promise<void> {
    await this.poller.stop();
  }

  /** Fires what is due at `now`; returns how many reminders and breaches fired. */
  async tick(now: Date): Promise<number> {
    let fired = 0;
    for (const id of await this.cases.dueIds(now, BATCH)) {
      const due = await this.cases.get(id);
      if (!due) continue;
      const ctx = { ...this.runner.context(systemActor('case-tracking'), `timer:${due._id}`), now };
      const change = fireDueTimers(due, ctx);
      if (!change.fired && sameInstant(change.next.nextTimerAt, due.nextTimerAt)) {
        // The stored timer says due but the rules see nothing to fire (a rule changed since it was set).
        this.logger.warn({ caseId: due._id }, 'case timer due with nothing to fire');
        continue;
      }
      try {
        await this.cases.save(change.next, due.version, change.events);
        fired += change.fired;
      } catch (err) {
        // Another replica (or a command) wrote this case first: its state decides; look again next tick.
        if (err instanceof DomainError && err.code === 'VERSION_CONFLICT') continue;
        throw err;
      }
      for (const e of change.events) {
        const kind = String((e.data as { kind?: unknown }).kind ?? 'UNKNOWN');
        if (e.type === 'cases.case.deadline-breached') metrics.deadlineBreaches.inc({ kind });
        else if (e.type === 'cases.case.deadline-reminder') metrics.deadlineReminders.inc({ kind });
      }
      if (change.fired) this.logger.info({ caseId: due._id, fired: change.events.map((e) => e.type) }, 'case deadlines fired');
    }
    return fired;
  }
}
