import { Inject, Injectable } from '@nestjs/common';
import { Schema, type Connection } from 'mongoose';
import { vnDate, type RequestFilter } from '@legalaid/contracts';
import { AggregateStore, isDuplicateKey, MONGO, RELAY, outboxSchemaFields, type OutboxRelay } from '@legalaid/infra';
import { OPEN_STATUSES, type LegalAidRequest } from '../domain/legal-aid-request.js';

const Mixed = Schema.Types.Mixed;

const RequestSchema = new Schema(
  {
    _id: String,
    version: { type: Number, required: true },
    status: { type: String, required: true },
    downstreamStatus: { type: String, required: true },
    channel: String,
    centreId: String,
    applicantRef: String,
    personal: { type: Mixed, default: null },
    idNumberIndex: { type: String, index: true },
    phoneIndex: { type: String, index: true },
    fieldOfLaw: String,
    aidForm: String,
    claimedEligibilityGroup: String,
    eligibilityGroup: String,
    ruleSetId: String,
    evidence: [String],
    provinceCode: String,
    communeCode: String,
    language: String,
    needsInterpreter: Boolean,
    ageAtReceipt: Number,
    urgency: Mixed,
    opposingPartyHashes: [String],
    applicantPartyHash: String,
    preferredProviderGender: String,
    documentKinds: [String],
    documentsRequested: [String],
    documentsDueAt: Date,
    possibleDuplicateOf: [String],
    duplicateFlagged: Boolean,
    referral: Mixed,
    consent: Mixed,
    registerNumber: String,
    receivedAt: { type: Date, index: true },
    receivedBy: String,
    acceptedAt: Date,
    acceptedBy: String,
    rejection: Mixed,
    withdrawnAt: Date,
    contactAccess: Mixed,
    downstream: Mixed,
    finishedAt: { type: Date, index: true },
    erasedAt: Date,
    keyId: { type: String, index: true },
    timeline: Mixed,
    appliedEventIds: [String],
    ...outboxSchemaFields,
  },
  { collection: 'requests', versionKey: false, minimize: false },
);
RequestSchema.index({ centreId: 1, _id: -1 });
RequestSchema.index({ applicantRef: 1, fieldOfLaw: 1 });

const CounterSchema = new Schema({ _id: String, seq: Number }, { collection: 'register_counters', versionKey: false });

/** What the list and count queries match on, from a validated filter and the actor's scope. */
export function toMongoFilter(filter: RequestFilter, scope: { centreId?: string; receivedBy?: string }): Record<string, unknown> {
  const q: Record<string, unknown> = {};
  if (scope.centreId) q.centreId = scope.centreId;
  if (scope.receivedBy) q.receivedBy = scope.receivedBy;
  const inList = (field: string, values?: readonly string[]) => {
    if (values?.length) q[field] = { $in: [...values] };
  };
  inList('status', filter.status);
  inList('downstreamStatus', filter.downstreamStatus);
  inList('channel', filter.channel);
  inList('eligibilityGroup', filter.eligibilityGroup);
  inList('fieldOfLaw', filter.fieldOfLaw);
  inList('aidForm', filter.aidForm);
  if (filter.provinceCode) q.provinceCode = filter.provinceCode;
  if (filter.communeCode) q.communeCode = filter.communeCode;
  if (filter.receivedFrom || filter.receivedTo) {
    q.receivedAt = {
      ...(filter.receivedFrom ? { $gte: new Date(filter.receivedFrom) } : {}),
      ...(filter.receivedTo ? { $lt: new Date(filter.receivedTo) } : {}),
    };
  }
  if (filter.urgent !== undefined) q['urgency.urgent'] = filter.urgent;
  if (filter.possibleDuplicate !== undefined) q.duplicateFlagged = filter.possibleDuplicate;
  return q;
}

/** Requests, the acceptance register's numbering, and the queries screening and dashboards need. */
@Injectable()
export class RequestRepository extends AggregateStore<LegalAidRequest> {
  private readonly counters;

  constructor(@Inject(MONGO) conn: Connection, @Inject(RELAY) relay: OutboxRelay) {
    super(conn.models.LegalAidRequest ?? conn.model('LegalAidRequest', RequestSchema), relay.onEvents);
    this.counters = conn.models.RegisterCounter ?? conn.model('RegisterCounter', CounterSchema);
  }

  /** Next number in a centre's acceptance register (sổ thụ lý) for the year, in Viet Nam time. */
  async nextRegisterNumber(centreId: string, now: Date): Promise<string> {
    const year = vnDate(now).slice(0, 4);
    const next = () =>
      this.counters.findOneAndUpdate({ _id: `${centreId}:${year}` }, { $inc: { seq: 1 } }, { upsert: true, returnDocument: 'after' }).lean<{ seq: number }>();
    let doc: { seq: number } | null;
    try {
      doc = await next();
    } catch (err) {
      // Two first acceptances of the year racing to create the counter: one insert loses; the counter now exists.
      if (!isDuplicateKey(err)) throw err;
      doc = await next();
    }
    return `${year}/${centreId}/${String(doc!.seq).padStart(5, '0')}`;
  }

  /**
   * Open requests of the same person in the same field: by the pseudonymous
   * reference or by a blind index of the ID number or phone (never plaintext).
   */
  async findOpenDuplicates(q: { applicantRef: string; fieldOfLaw: string; idNumberIndex: string | null; phoneIndex: string | null }): Promise<string[]> {
    const or: Record<string, unknown>[] = [{ applicantRef: q.applicantRef }];
    if (q.idNumberIndex) or.push({ idNumberIndex: q.idNumberIndex });
    if (q.phoneIndex) or.push({ phoneIndex: q.phoneIndex });
    const docs = await this.model
      .find({ fieldOfLaw: q.fieldOfLaw, status: { $in: OPEN_STATUSES }, downstreamStatus: { $ne: 'CLOSED' }, $or: or }, { _id: 1 })
      .sort({ _id: -1 })
      .limit(20)
      .lean<{ _id: string }[]>();
    return docs.map((d) => d._id);
  }

  async findByIndexes(scope: { centreId?: string }, idx: { idNumberIndex?: string; phoneIndex?: string }): Promise<LegalAidRequest[]> {
    const or: Record<string, unknown>[] = [];
    if (idx.idNumberIndex) or.push({ idNumberIndex: idx.idNumberIndex });
    if (idx.phoneIndex) or.push({ phoneIndex: idx.phoneIndex });
    return (await this.model
      .find({ ...scope, $or: or }, { outbox: 0, hasOutbox: 0 })
      .sort({ _id: -1 })
      .limit(50)
      .lean()) as unknown as LegalAidRequest[];
  }

  /** Newest first; the cursor is the last id seen (UUIDv7 ids sort by time). */
  async page(filter: Record<string, unknown>, first: number, after: string | null): Promise<{ items: LegalAidRequest[]; hasNextPage: boolean }> {
    const q = after ? { ...filter, _id: { $lt: after } } : filter;
    const docs = (await this.model
      .find(q, { outbox: 0, hasOutbox: 0, personal: 0 })
      .sort({ _id: -1 })
      .limit(first + 1)
      .lean()) as unknown as LegalAidRequest[];
    return { items: docs.slice(0, first), hasNextPage: docs.length > first };
  }

  async count(filter: Record<string, unknown>): Promise<number> {
    return this.model.countDocuments(filter);
  }

  /** Counts by one field ($group with $sum works on mongod and FerretDB v1; $facet does not on FerretDB). */
  async countBy(filter: Record<string, unknown>, field: string): Promise<Record<string, number>> {
    const rows = await this.model.aggregate<{ _id: string | null; n: number }>([{ $match: filter }, { $group: { _id: `$${field}`, n: { $sum: 1 } } }]);
    const out: Record<string, number> = {};
    for (const r of rows) if (r._id !== null && r._id !== undefined) out[String(r._id)] = r.n;
    return out;
  }

  /** Finished requests past the retention cut-off whose personal data is still there. */
  async findErasable(cutoff: Date, limit: number): Promise<LegalAidRequest[]> {
    return (await this.model
      .find({ finishedAt: { $lte: cutoff }, erasedAt: null }, { outbox: 0, hasOutbox: 0 })
      .sort({ finishedAt: 1 })
      .limit(limit)
      .lean()) as unknown as LegalAidRequest[];
  }

  /** Requests sealed under another key than the active one. */
  async findSealedWithOtherKey(activeKeyId: string, limit: number): Promise<LegalAidRequest[]> {
    return (await this.model
      .find({ keyId: { $nin: [activeKeyId, null] } }, { outbox: 0, hasOutbox: 0 })
      .limit(limit)
      .lean()) as unknown as LegalAidRequest[];
  }

  async countSealedWithOtherKey(activeKeyId: string): Promise<number> {
    return this.model.countDocuments({ keyId: { $nin: [activeKeyId, null] } });
  }
}
