import { Inject, Injectable } from '@nestjs/common';
import { Schema, type Connection } from 'mongoose';
import type { Envelope } from '@legalaid/contracts';
import {
  AggregateStore,
  CLOCK,
  type Clock,
  countByField,
  FAR_FUTURE,
  keysetFilter,
  keysetSort,
  MONGO,
  RELAY,
  outboxSchemaFields,
  type KeysetOrder,
  type KeysetPosition,
  type OutboxRelay,
  type SaveResult,
} from '@legalaid/infra';
import type { Case } from '../domain/case.js';
import { nextPendingDeadline } from '../domain/deadlines.js';

/**
 * Cases, one document each: activities, deadlines and timeline live inside
 * the case and are rewritten under its version (FerretDB v1 has no
 * positional array updates). Dates inside them are BSON dates.
 */
const CaseSchema = new Schema(
  {
    _id: String,
    version: { type: Number, required: true },
    referralId: String,
    requestId: { type: String, index: true },
    applicantRef: String,
    providerId: { type: String, index: true },
    organisationId: { type: String, index: true },
    centreId: { type: String, index: true },
    fieldOfLaw: String,
    aidForm: String,
    urgent: Boolean,
    custody: Boolean,
    state: { type: String, index: true },
    openedAt: { type: Date, index: true },
    firstContactAt: Date,
    lastActivityAt: Date,
    activityHours: Number,
    suspension: Schema.Types.Mixed,
    closure: Schema.Types.Mixed,
    transferReason: String,
    outcome: { type: String, index: true },
    closedAt: { type: Date, index: true },
    activities: [Schema.Types.Mixed],
    deadlines: [Schema.Types.Mixed],
    timeline: [Schema.Types.Mixed],
    /** The deadline poller's index (DESIGN.md §6: timers as data, indexed on when they fall due). */
    nextTimerAt: { type: Date, index: true },
    overdue: { type: Boolean, index: true },
    /** The next pending deadline's due time (none: FAR_FUTURE), derived on every write: the NEXT_DEADLINE order. */
    sortNextDeadlineAt: Date,
    appliedEventIds: [String],
    ...outboxSchemaFields,
  },
  { collection: 'cases', versionKey: false, minimize: false },
);
// Every reader's list is narrowed to one provider, organisation or centre (and usually a state) before it orders.
for (const owner of ['providerId', 'organisationId', 'centreId']) {
  CaseSchema.index({ [owner]: 1, state: 1, _id: -1 });
  CaseSchema.index({ [owner]: 1, state: 1, sortNextDeadlineAt: 1, _id: 1 });
}

/** How each order of the case list sorts (case ids derive from UUIDv7 event ids, so `_id` orders by opening). */
export const CASE_ORDER_KEYS: Record<'OPENED_AT_DESC' | 'NEXT_DEADLINE', KeysetOrder> = {
  OPENED_AT_DESC: { field: '_id', direction: -1 },
  NEXT_DEADLINE: { field: 'sortNextDeadlineAt', direction: 1 },
};

export function withSortKeys(c: Case): Case & { sortNextDeadlineAt: Date } {
  const next = nextPendingDeadline(c.deadlines ?? []);
  return { ...c, sortNextDeadlineAt: next ? new Date(next.dueAt) : FAR_FUTURE };
}

export interface CaseListFilter {
  state?: string;
  providerId?: string;
  organisationId?: string;
  centreId?: string;
  outcome?: string;
  overdue?: boolean;
  openedAt?: { from: Date; to: Date };
  closedAt?: { from: Date; to: Date };
}

const LIVE_STATES = ['OPEN', 'IN_PROGRESS', 'SUSPENDED'];
/** The list filters that match a field's value exactly. */
const EQUALITY_FILTERS = ['state', 'providerId', 'organisationId', 'centreId', 'outcome', 'overdue'] as const;

/** The list and count filter as plain MongoDB: equalities first, then the period's range. */
function toQuery(filter: CaseListFilter): Record<string, unknown> {
  const q: Record<string, unknown> = {};
  for (const k of EQUALITY_FILTERS) {
    if (filter[k] !== undefined) q[k] = filter[k];
  }
  if (filter.openedAt) q.openedAt = { $gte: filter.openedAt.from, $lte: filter.openedAt.to };
  if (filter.closedAt) q.closedAt = { $gte: filter.closedAt.from, $lte: filter.closedAt.to };
  return q;
}
@Injectable()
export class CaseRepository extends AggregateStore<Case> {
  constructor(@Inject(MONGO) conn: Connection, @Inject(RELAY) relay: OutboxRelay, @Inject(CLOCK) clock: Clock) {
    // The timer is the earliest reminder or breach still to fire (deadlines as data, DESIGN.md §6).
    super(conn.models.Case ?? conn.model('Case', CaseSchema), relay.onEvents, { dueAt: (c) => c.nextTimerAt ?? null, clock });
  }

  /**
   * Live cases whose first-contact limit may be counted over a year (Viet
   * Nam time): opened before its end and recently enough for a limit (at most
   * 60 working days, under 120 calendar days) to reach into it. The domain
   * looks at each one's deadlines; plain range filters, as FerretDB v1 has no
   * `$elemMatch`.
   */
  async idsCountingWorkingDaysIn(year: number): Promise<string[]> {
    const from = new Date(Date.parse(`${year}-01-01T00:00:00+07:00`) - 120 * 86_400_000);
    const to = new Date(`${year + 1}-01-01T00:00:00+07:00`);
    const docs = await this.model.find({ state: { $in: LIVE_STATES }, openedAt: { $gte: from, $lt: to } }, { _id: 1 }).lean();
    return docs.map((d) => String(d._id));
  }

  /** The cases of a request (a handful: one per assignment), newest first, from the requestId index. */
  private async ofRequest(requestId: string): Promise<Case[]> {
    return (await this.model.find({ requestId }, { outbox: 0, hasOutbox: 0 }).sort({ _id: -1 }).lean()) as Case[];
  }

  /**
   * The live cases of a request: one at a time, as a transfer ends the old
   * case before the new one opens (two at once is an anomaly the opening
   * reaction logs), newest first.
   */
  async liveForRequest(requestId: string): Promise<Case[]> {
    return (await this.ofRequest(requestId)).filter((c) => LIVE_STATES.includes(c.state));
  }

  /** The latest case opened for a request, if it passes the filter. */
  async latestForRequest(requestId: string, filter: CaseListFilter, after: string | undefined): Promise<Case[]> {
    const [c] = await this.ofRequest(requestId);
    if (!c || (after !== undefined && c._id >= after)) return [];
    for (const k of EQUALITY_FILTERS) {
      if (filter[k] !== undefined && c[k] !== filter[k]) return [];
    }
    const within = (at: Date | null | undefined, range: { from: Date; to: Date }) => !!at && new Date(at) >= range.from && new Date(at) <= range.to;
    if (filter.openedAt && !within(c.openedAt, filter.openedAt)) return [];
    if (filter.closedAt && !within(c.closedAt, filter.closedAt)) return [];
    return [c];
  }

  override insert(doc: Case, events: readonly Envelope[]): Promise<boolean> {
    return super.insert(withSortKeys(doc), events);
  }

  override save(doc: Case, expectedVersion: number, events: readonly Envelope[], appliedEventId?: string): Promise<SaveResult> {
    return super.save(withSortKeys(doc), expectedVersion, events, appliedEventId);
  }

  /** A page of cases in the given order, after a position of the same order. */
  async page(filter: CaseListFilter, order: KeysetOrder, after: KeysetPosition | null, limit: number): Promise<Case[]> {
    return (await this.model
      .find(keysetFilter(toQuery(filter), order, after), { outbox: 0, hasOutbox: 0, activities: 0, timeline: 0 })
      .sort(keysetSort(order))
      .limit(limit)
      .lean()) as Case[];
  }

  /** The filter's cases with their activities (no timeline): for hours summaries of one provider or organisation. */
  async withActivities(filter: CaseListFilter): Promise<Pick<Case, '_id' | 'providerId' | 'activities'>[]> {
    return (await this.model.find(toQuery(filter), { _id: 1, providerId: 1, activities: 1 }).lean()) as Pick<Case, '_id' | 'providerId' | 'activities'>[];
  }

  async count(filter: CaseListFilter, extra: Record<string, unknown> = {}): Promise<number> {
    return this.model.countDocuments({ ...toQuery(filter), ...extra });
  }

  countBy(filter: CaseListFilter, field: 'state' | 'outcome'): Promise<Record<string, number>> {
    return countByField(this.model, toQuery(filter), field);
  }

  /** Closed cases of a Viet Nam calendar year in the appraisable forms of aid. */
  async closedForAppraisal(from: Date, to: Date, aidForms: readonly string[]): Promise<Case[]> {
    return (await this.model
      .find(
        { state: 'CLOSED', aidForm: { $in: aidForms }, closedAt: { $gte: from, $lte: to } },
        { _id: 1, requestId: 1, applicantRef: 1, providerId: 1, organisationId: 1, centreId: 1, fieldOfLaw: 1, aidForm: 1, outcome: 1 },
      )
      .lean()) as Case[];
  }
}
