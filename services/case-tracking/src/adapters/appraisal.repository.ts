import { Inject, Injectable } from '@nestjs/common';
import { Schema, type Connection } from 'mongoose';
import { AggregateStore, MONGO, RELAY, outboxSchemaFields, type OutboxRelay } from '@legalaid/infra';
import type { Appraisal, AppraisalYear } from '../domain/appraisal.js';

const AppraisalYearSchema = new Schema(
  {
    _id: String,
    version: { type: Number, required: true },
    year: { type: Number, index: true },
    draws: [Schema.Types.Mixed],
    drawnCaseIds: [String],
    pendingAppraisals: [String],
    appliedEventIds: [String],
    ...outboxSchemaFields,
  },
  { collection: 'appraisal_years', versionKey: false, minimize: false },
);

const AppraisalSchema = new Schema(
  {
    _id: String,
    version: { type: Number, required: true },
    caseId: { type: String, unique: true },
    drawId: String,
    year: { type: Number, index: true },
    requestId: String,
    applicantRef: String,
    providerId: { type: String, index: true },
    organisationId: { type: String, index: true },
    centreId: { type: String, index: true },
    fieldOfLaw: String,
    aidForm: String,
    outcome: String,
    status: { type: String, index: true },
    result: String,
    findingCodes: [String],
    findings: String,
    appraiserId: String,
    drawnAt: Date,
    appraisedAt: Date,
    appliedEventIds: [String],
    ...outboxSchemaFields,
  },
  { collection: 'appraisals', versionKey: false, minimize: false },
);

/** Each year's draws (with the outbox of `appraisal drawn` events). */
@Injectable()
export class AppraisalYearRepository extends AggregateStore<AppraisalYear> {
  constructor(@Inject(MONGO) conn: Connection, @Inject(RELAY) relay: OutboxRelay) {
    super(conn.models.AppraisalYear ?? conn.model('AppraisalYear', AppraisalYearSchema), relay.onEvents);
  }

  /** Years with drawn cases whose appraisal record is not written yet (one document per year: filtered here, portable to FerretDB). */
  async withPendingAppraisals(): Promise<AppraisalYear[]> {
    const years = (await this.model.find({}, { _id: 1, pendingAppraisals: 1 }).lean()) as Pick<AppraisalYear, '_id' | 'pendingAppraisals'>[];
    const ids = years.filter((y) => (y.pendingAppraisals ?? []).length > 0).map((y) => y._id);
    if (ids.length === 0) return [];
    return (await this.model.find({ _id: { $in: ids } }, { outbox: 0, hasOutbox: 0 }).lean()) as AppraisalYear[];
  }

  /**
   * Marks appraisal records as written. FerretDB v1 has no `$pull` by
   * condition, so the list is rewritten under the version it was read at; a
   * draw that slipped in between keeps its entries, and a leftover entry only
   * means the (idempotent) write is tried again.
   */
  async clearPending(id: string, caseIds: string[]): Promise<void> {
    const doc = (await this.model.findById(id, { version: 1, pendingAppraisals: 1 }).lean()) as Pick<AppraisalYear, 'version' | 'pendingAppraisals'> | null;
    if (!doc) return;
    const remaining = doc.pendingAppraisals.filter((c) => !caseIds.includes(c));
    await this.model.updateOne({ _id: id, version: doc.version }, { $set: { pendingAppraisals: remaining } });
  }
}

export interface AppraisalFilter {
  year?: number;
  status?: string;
  result?: string;
  providerId?: string;
  organisationId?: string;
  centreId?: string;
}

/** Appraisals of drawn cases (with the outbox of `case appraised` events). */
@Injectable()
export class AppraisalRepository extends AggregateStore<Appraisal> {
  constructor(@Inject(MONGO) conn: Connection, @Inject(RELAY) relay: OutboxRelay) {
    super(conn.models.Appraisal ?? conn.model('Appraisal', AppraisalSchema), relay.onEvents);
  }

  async page(filter: AppraisalFilter, after: string | undefined, limit: number): Promise<Appraisal[]> {
    const q: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(filter)) if (v !== undefined) q[k] = v;
    if (after) q._id = { $gt: after };
    return (await this.model.find(q, { outbox: 0, hasOutbox: 0 }).sort({ _id: 1 }).limit(limit).lean()) as Appraisal[];
  }
}
