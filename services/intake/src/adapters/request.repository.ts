import { Inject, Injectable } from '@nestjs/common';
import { Schema, type Connection } from 'mongoose';
import { vnDate, type Envelope, type RequestFilter, type RequestOrder } from '@legalaid/contracts';
import {
  AggregateStore,
  countByField,
  FAR_FUTURE,
  isDuplicateKey,
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
    eligibilityBasis: String,
    evidence: [String],
    provinceCode: String,
    communeCode: String,
    language: String,
    needsInterpreter: Boolean,
    ageAtReceipt: Number,
    urgency: Mixed,
    parties: Mixed,
    // Requests recorded before `parties` (read through partiesOf).
    opposingPartyHashes: [String],
    applicantPartyHash: String,
    preferredProviderGender: String,
    providerGenderPreference: Mixed,
    documentKinds: [String],
    documentsRequested: [String],
    documentsDueAt: Date,
    documentsDueProvisional: Boolean,
    documentsRequestedAt: Date,
    documentsDueWorkingDays: Number,
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
    offers: Mixed,
    hasBrief: Boolean,
    downstream: Mixed,
    finishedAt: { type: Date, index: true },
    erasedAt: Date,
    keyId: { type: String, index: true },
    timeline: Mixed,
    appliedEventIds: [String],
    // Sort keys of the list's orders, derived on every write (withSortKeys): never null, so keyset pages hold.
    sortDocumentsDueAt: Date,
    sortUrgency: String,
    ...outboxSchemaFields,
  },
  { collection: 'requests', versionKey: false, minimize: false },
);
// Lists narrow by centre (every staff list) and status (each queue) before they order.
RequestSchema.index({ centreId: 1, _id: -1 });
RequestSchema.index({ centreId: 1, status: 1, _id: -1 });
RequestSchema.index({ centreId: 1, status: 1, sortDocumentsDueAt: 1, _id: 1 });
RequestSchema.index({ centreId: 1, status: 1, sortUrgency: 1, _id: 1 });
RequestSchema.index({ centreId: 1, registerNumber: 1 });

/** How each order of the request list sorts (request ids are UUIDv7, so `_id` orders by receipt). */
export const REQUEST_ORDER_KEYS: Record<RequestOrder, KeysetOrder> = {
  RECEIVED_AT_DESC: { field: '_id', direction: -1 },
  RECEIVED_AT_ASC: { field: '_id', direction: 1 },
  DOCUMENTS_DUE_AT: { field: 'sortDocumentsDueAt', direction: 1 },
  URGENCY: { field: 'sortUrgency', direction: 1 },
};

const isoOf = (d: Date | string | null | undefined) => (d ? new Date(d).toISOString() : FAR_FUTURE.toISOString());

/**
 * The sort keys a request is listed by: the documents due date (none: after
 * every date); urgent first, then the earliest urgency deadline (none: last),
 * then the oldest received, as one string (ISO instants sort as text).
 */
export function withSortKeys(r: LegalAidRequest): LegalAidRequest & { sortDocumentsDueAt: Date; sortUrgency: string } {
  return {
    ...r,
    sortDocumentsDueAt: r.documentsDueAt ? new Date(r.documentsDueAt) : FAR_FUTURE,
    sortUrgency: `${r.urgency?.urgent ? 0 : 1}|${isoOf(r.urgency?.deadlineAt)}|${isoOf(r.receivedAt)}`,
  };
}

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
  if (filter.registerNumber) q.registerNumber = filter.registerNumber;
  return q;
}

/** Requests, the acceptance register's numbering, and the queries screening and dashboards need. */
@Injectable()
export class RequestRepository extends AggregateStore<LegalAidRequest> {
  constructor(@Inject(MONGO) conn: Connection, @Inject(RELAY) relay: OutboxRelay) {
    super(conn.models.LegalAidRequest ?? conn.model('LegalAidRequest', RequestSchema), relay.onEvents);
  }

  /** Requests waiting for documents whose time limit ends in or after a year (Viet Nam time): those a decision for it may move. */
  async idsWaitingForDocumentsIn(year: number): Promise<string[]> {
    const docs = await this.model.find({ status: 'DOCUMENTS_REQUESTED', documentsDueAt: { $gte: new Date(`${year}-01-01T00:00:00+07:00`) } }, { _id: 1 }).lean();
    return docs.map((d) => String(d._id));
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

  override insert(doc: LegalAidRequest, events: readonly Envelope[]): Promise<boolean> {
    return super.insert(withSortKeys(doc), events);
  }

  override save(doc: LegalAidRequest, expectedVersion: number, events: readonly Envelope[], appliedEventId?: string): Promise<SaveResult> {
    return super.save(withSortKeys(doc), expectedVersion, events, appliedEventId);
  }

  /** A page in the given order, after a position of the same order (see REQUEST_ORDER_KEYS). */
  async page(filter: Record<string, unknown>, order: KeysetOrder, first: number, after: KeysetPosition | null): Promise<{ items: LegalAidRequest[]; hasNextPage: boolean }> {
    const docs = (await this.model
      .find(keysetFilter(filter, order, after), { outbox: 0, hasOutbox: 0, personal: 0 })
      .sort(keysetSort(order))
      .limit(first + 1)
      .lean()) as unknown as LegalAidRequest[];
    return { items: docs.slice(0, first), hasNextPage: docs.length > first };
  }

  async count(filter: Record<string, unknown>): Promise<number> {
    return this.model.countDocuments(filter);
  }

  countBy(filter: Record<string, unknown>, field: string): Promise<Record<string, number>> {
    return countByField(this.model, filter, field);
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
