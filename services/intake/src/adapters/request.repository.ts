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
    applicantRef: { type: String, index: true },
    personal: { type: Mixed, default: null },
    // Blind indexes (keyed hashes, never plaintext): duplicate detection and identity lookup.
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

/** Distinct ids, newest first (UUIDv7 ids sort by time). */
function newestFirst<R extends { _id: string }>(docs: R[]): R[] {
  return [...new Map(docs.map((d) => [d._id, d])).values()].sort((a, b) => (a._id < b._id ? 1 : a._id > b._id ? -1 : 0));
}

/** The equality filters that find a person's requests: pseudonymous reference and blind indexes. */
function identityFilters(q: { applicantRef?: string | null; idNumberIndex?: string | null; phoneIndex?: string | null }): Record<string, string>[] {
  return [
    ...(q.applicantRef ? [{ applicantRef: q.applicantRef }] : []),
    ...(q.idNumberIndex ? [{ idNumberIndex: q.idNumberIndex }] : []),
    ...(q.phoneIndex ? [{ phoneIndex: q.phoneIndex }] : []),
  ];
}

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
  constructor(@Inject(MONGO) conn: Connection, @Inject(RELAY) relay: OutboxRelay) {
    super(conn.models.LegalAidRequest ?? conn.model('LegalAidRequest', RequestSchema), relay.onEvents);
  }

  /** Next number in a centre's acceptance register (sổ thụ lý) for the year, in Viet Nam time. */
  async nextRegisterNumber(centreId: string, now: Date): Promise<string> {
    const year = vnDate(now).slice(0, 4);
    const seq = await this.engine.nextNumber(this.model.db, 'register_counters', `${centreId}:${year}`);
    return `${year}/${centreId}/${String(seq).padStart(5, '0')}`;
  }

  /**
   * Open requests of the same person in the same field, newest first (at most
   * 20): found by the pseudonymous reference or a blind index (keyed hashes,
   * never plaintext), each an indexed equality.
   */
  async findOpenDuplicates(q: { requestId: string; applicantRef: string; fieldOfLaw: string; idNumberIndex: string | null; phoneIndex: string | null }): Promise<string[]> {
    const found = await this.engine.findAny<LegalAidRequest>(this.model, identityFilters(q), { status: 1, downstreamStatus: 1, fieldOfLaw: 1 });
    return newestFirst(found)
      .filter((r) => r._id !== q.requestId && r.fieldOfLaw === q.fieldOfLaw && OPEN_STATUSES.includes(r.status) && r.downstreamStatus !== 'CLOSED')
      .slice(0, 20)
      .map((r) => r._id);
  }

  /** A centre's requests with this ID number or phone blind index, newest first (at most 50). */
  async findByIndexes(scope: { centreId?: string }, idx: { idNumberIndex?: string; phoneIndex?: string }): Promise<LegalAidRequest[]> {
    const found = await this.engine.findAny<LegalAidRequest>(
      this.model,
      identityFilters(idx).map((f) => (scope.centreId ? { ...f, centreId: scope.centreId } : f)),
      { outbox: 0, hasOutbox: 0 },
    );
    return newestFirst(found).slice(0, 50);
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
