import { Schema, type Connection, type Model } from 'mongoose';
import { Gauge } from 'prom-client';
import type { Logger } from 'pino';
import {
  CasesCalendarDecisionLoaded,
  missingNextYearDecision,
  seedCalendarDecisions,
  WorkingCalendar,
  type CalendarDecision,
  type EventOf,
} from '@legalaid/contracts';
import { isDuplicateKey } from '../mongo/connection.js';
import { registry } from '../metrics.js';

const MISSING_GAUGE = 'legalaid_calendar_next_year_decision_missing';

/** One document per year: the newest loaded version this service has received. */
interface CalendarCopyDoc {
  _id: string;
  year: number;
  version: number;
  decision: CalendarDecision;
  loadedAt: Date;
  loadedBy: string;
}

const CalendarCopySchema = new Schema<CalendarCopyDoc>(
  {
    _id: String,
    year: Number,
    version: { type: Number, required: true },
    decision: Schema.Types.Mixed,
    loadedAt: Date,
    loadedBy: String,
  },
  { collection: 'calendar_decisions', versionKey: false, minimize: false },
);

/** What /healthz and the gauge report about the calendar. */
export interface CalendarStatus {
  /** Years counted by an official decision. */
  decidedYears: number[];
  nextYear: number;
  /** After 1 November (Viet Nam time) and next year's decision is not loaded: its deadlines will be provisional. */
  nextYearDecisionMissing: boolean;
}

/**
 * A service's own copy of the official calendar decisions. Case-tracking
 * keeps the versions and publishes `cases.calendar.decision-loaded`; every
 * service consumes it into its own `calendar_decisions` collection (services
 * never read another's database) and counts working days by the newest
 * version of each year, or by the decisions shipped with the network where
 * nothing newer was loaded. Replicas share the consumer, so each also
 * re-reads the (small: one document per year) collection every
 * `CALENDAR_REFRESH_MS` to pick up what another replica stored.
 */
/** A year's decision this service now counts by, told to whoever keeps deadlines counted in working days. */
export interface CalendarApplied {
  year: number;
  /** The version in use after the update (0: the decision shipped with the network). */
  version: number;
}

export class CalendarCopy {
  private calendar = new WorkingCalendar(seedCalendarDecisions);
  private readonly listeners: ((applied: CalendarApplied) => Promise<void>)[] = [];
  private readonly versions = new Map<number, number>(seedCalendarDecisions.map((d) => [d.year, 0]));
  private timer: NodeJS.Timeout | undefined;

  private constructor(
    private readonly model: Model<CalendarCopyDoc>,
    private readonly clock: () => Date,
    private readonly logger: Logger,
  ) {
    // One copy per process; a second (tests) takes the gauge over.
    registry.removeSingleMetric(MISSING_GAUGE);
    const copy = this;
    new Gauge({
      name: MISSING_GAUGE,
      help: "1 from 1 November (Viet Nam time) while next year's official days-off decision is not loaded: its working-day deadlines will be provisional",
      registers: [registry],
      collect() {
        this.set(copy.status().nextYearDecisionMissing ? 1 : 0);
      },
    });
  }

  static create(connection: Connection, clock: () => Date, logger: Logger): CalendarCopy {
    const model = (connection.models.CalendarDecisionCopy as Model<CalendarCopyDoc> | undefined) ?? connection.model<CalendarCopyDoc>('CalendarDecisionCopy', CalendarCopySchema);
    return new CalendarCopy(model, clock, logger);
  }

  /** The calendar deadlines count by now. */
  get current(): WorkingCalendar {
    return this.calendar;
  }

  /** The version of a year in use: 0 for the shipped decision, null when the year is provisional. */
  versionOf(year: number): number | null {
    return this.versions.get(year) ?? null;
  }

  /** Re-reads the copy (one document per year). */
  async refresh(): Promise<void> {
    const docs = (await this.model.find({}).lean()) as CalendarCopyDoc[];
    const byYear = new Map<number, CalendarDecision>(seedCalendarDecisions.map((d) => [d.year, d]));
    const versions = new Map<number, number>(seedCalendarDecisions.map((d) => [d.year, 0]));
    for (const doc of docs) {
      byYear.set(doc.year, doc.decision);
      versions.set(doc.year, doc.version);
    }
    this.calendar = new WorkingCalendar([...byYear.values()]);
    this.versions.clear();
    for (const [y, v] of versions) this.versions.set(y, v);
  }

  /** Stores a loaded version unless a newer one is already kept (redeliveries and reordering change nothing). */
  async apply(event: EventOf<typeof CasesCalendarDecisionLoaded>): Promise<void> {
    const { decision, version, loadedAt, loadedBy } = event.data;
    const fields = { year: decision.year, version, decision, loadedAt: new Date(loadedAt), loadedBy };
    const id = String(decision.year);
    const updated = await this.model.updateOne({ _id: id, version: { $lt: version } }, { $set: fields });
    if (updated.matchedCount === 0) {
      try {
        await this.model.create({ _id: id, ...fields });
      } catch (err) {
        if (!isDuplicateKey(err)) throw err; // the year holds this version or a newer one
      }
    }
    await this.refresh();
    this.logger.info({ year: decision.year, version }, 'calendar decision applied');
    // Deadlines counted before (provisionally, or by an older version) are counted again. A failure
    // fails the delivery, which comes again: storing is idempotent and so is counting again.
    const applied = { year: decision.year, version: this.versionOf(decision.year) ?? version };
    for (const listener of this.listeners) await listener(applied);
  }

  /**
   * Runs after each decision this service stores (also a redelivery), once the
   * calendar counts by it: where a service recomputes the working-day
   * deadlines it keeps.
   */
  onApplied(listener: (applied: CalendarApplied) => Promise<void>): void {
    this.listeners.push(listener);
  }

  status(now = this.clock()): CalendarStatus {
    const { nextYear, missing } = missingNextYearDecision(this.calendar, now);
    return { decidedYears: this.calendar.decidedYears(), nextYear, nextYearDecisionMissing: missing };
  }

  startRefresh(intervalMs: number): void {
    this.timer = setInterval(() => {
      this.refresh().catch((err: Error) => this.logger.warn({ error: err.message }, 'calendar refresh failed; keeping the last copy'));
    }, intervalMs);
    this.timer.unref();
  }

  stop(): void {
    if (this.timer) clearInterval(this.timer);
  }
}
