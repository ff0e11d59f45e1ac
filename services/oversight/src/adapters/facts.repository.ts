import { Inject, Injectable } from '@nestjs/common';
import { Schema, type Connection, type Model } from 'mongoose';
import { engineOf, isDuplicateKey, MONGO } from '@legalaid/infra';
import type { Fact } from '../domain/statistics.js';

const FactSchema = new Schema<Fact>(
  {
    _id: String,
    kind: { type: String, required: true },
    at: { type: Date, index: true },
    requestId: { type: String, index: true },
    caseId: { type: String, index: true },
    applicantRef: String,
    dims: Schema.Types.Mixed,
    label: String,
    value: Number,
  },
  { collection: 'stat_facts', versionKey: false, minimize: false },
);

/** A closed case as supervision samples it. */
export interface ClosedCase {
  _id: string;
  requestId: string;
  organisationId: string;
  providerId: string;
  centreId: string;
  outcome: string;
  closedAt: Date;
}
const ClosedCaseSchema = new Schema<ClosedCase>(
  { _id: String, requestId: String, organisationId: String, providerId: String, centreId: String, outcome: String, closedAt: { type: Date, index: true } },
  { collection: 'closed_cases', versionKey: false },
);

/**
 * Fact rows for statistics, one per event under the event's id: a redelivered
 * event finds its row there and counts once. Also the index of closed cases
 * that supervision samples from.
 */
@Injectable()
export class FactsRepository {
  readonly facts: Model<Fact>;
  readonly closedCases: Model<ClosedCase>;

  constructor(@Inject(MONGO) conn: Connection) {
    this.facts = (conn.models.StatFact as Model<Fact>) ?? conn.model<Fact>('StatFact', FactSchema);
    this.closedCases = (conn.models.ClosedCase as Model<ClosedCase>) ?? conn.model<ClosedCase>('ClosedCase', ClosedCaseSchema);
  }

  /** Records a fact; false when it was recorded before. */
  async record(fact: Fact): Promise<boolean> {
    try {
      await this.facts.create([fact]);
      return true;
    } catch (err) {
      if (isDuplicateKey(err)) return false;
      throw err;
    }
  }

  async recordClosedCase(c: ClosedCase): Promise<void> {
    // Only moves forward: a redelivered or older close never replaces a later one.
    await this.closedCases.updateOne({ _id: c._id }, { $setOnInsert: c }, { upsert: true });
  }

  async receivedBetween(from: Date, to: Date): Promise<Fact[]> {
    return this.facts.find({ kind: 'REQUEST_RECEIVED', at: { $gte: from, $lt: to } }).lean<Fact[]>();
  }

  /** Facts of these requests (by the requestId index: one `$or` on MongoDB, one query each on FerretDB). */
  async forRequests(requestIds: string[], kind?: string): Promise<Fact[]> {
    const out: Fact[] = [];
    for (let i = 0; i < requestIds.length; i += 500) {
      out.push(...(await engineOf(this.facts.db).findAny<Fact>(this.facts, requestIds.slice(i, i + 500).map((requestId) => (kind ? { requestId, kind } : { requestId })))));
    }
    return out;
  }

  async closedBetween(from: Date, to: Date): Promise<ClosedCase[]> {
    return this.closedCases.find({ closedAt: { $gte: from, $lt: to } }).lean<ClosedCase[]>();
  }

  /** Province and commune of each request, from its received fact. */
  async placesOf(requestIds: string[]): Promise<Map<string, { provinceCode: string | null; communeCode: string | null }>> {
    const out = new Map<string, { provinceCode: string | null; communeCode: string | null }>();
    for (const d of await this.forRequests(requestIds, 'REQUEST_RECEIVED')) out.set(d.requestId!, { provinceCode: d.dims.provinceCode ?? null, communeCode: d.dims.communeCode ?? null });
    return out;
  }
}
