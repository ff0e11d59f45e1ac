import { Inject, Injectable } from '@nestjs/common';
import { Schema, type Connection } from 'mongoose';
import { vnDate, type RequestFilter } from '@legalaid/contracts';
import { AggregateStore, isDuplicateKey, MONGO, RELAY, outboxSchemaFields, type OutboxRelay } from '@legalaid/infra';
import { OPEN_STATUSES, type LegalAidRequest } from '../domain/legal-aid-request.js';
import { blindIndexKeysOf, IdentityKeyRepository, type KeyEntry } from './identity-keys.repository.js';

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
    // Looked up through request_identity_keys (IdentityKeyRepository), not through indexes here.
    idNumberIndex: String,
    phoneIndex: String,
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
    opposingPartyHashes: [String],
    applicantPartyHash: String,
    preferredProviderGender: String,
    documentKinds: [String],
    documentsRequested: [String],
    documentsDueAt: Date,
    documentsDueProvisional: Boolean,
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

/** How long a listed request may be missing because its submission is still between its key entries and its insert. */
export const PENDING_SUBMISSION_MS = 30_000;

/** Request ids are UUIDv7: the first 48 bits are the creation time in ms (NaN for any other id). */
function uuidv7Time(id: string): number {
  return /^[0-9a-f]{8}-[0-9a-f]{4}-7/i.test(id) ? parseInt(id.slice(0, 8) + id.slice(9, 13), 16) : NaN;
}

/** Distinct ids, newest first (UUIDv7 ids sort by time). */
function newestFirst(ids: string[]): string[] {
  return [...new Set(ids)].sort().reverse();
}

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

  constructor(
    @Inject(MONGO) conn: Connection,
    @Inject(RELAY) relay: OutboxRelay,
    private readonly identityKeys: IdentityKeyRepository,
  ) {
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
   * Open requests of the same person in the same field, newest first (at most
   * 20), among the requests listed under the new request's identity keys
   * (`IdentityKeyRepository.register`): each candidate is read by `_id` and
   * kept if it still carries one of the keys (the pseudonymous reference or a
   * blind index, never plaintext) and is open. A listed request that is not
   * stored is either being submitted right now (its key entries go in before
   * its insert) or was left by a submission that died between the two writes:
   * one whose UUIDv7 id is younger than PENDING_SUBMISSION_MS counts as open,
   * an older one is skipped.
   */
  async findOpenDuplicates(
    listed: readonly KeyEntry[],
    q: { requestId: string; applicantRef: string; fieldOfLaw: string; idNumberIndex: string | null; phoneIndex: string | null },
    now: Date,
  ): Promise<string[]> {
    const candidates = newestFirst(listed.filter((e) => e.fieldOfLaw === q.fieldOfLaw && e.requestId !== q.requestId).map((e) => e.requestId));
    const out: string[] = [];
    for (const id of candidates) {
      const r = await this.model.findById(id, { status: 1, downstreamStatus: 1, fieldOfLaw: 1, applicantRef: 1, idNumberIndex: 1, phoneIndex: 1 }).lean<LegalAidRequest>();
      const open = r
        ? r.fieldOfLaw === q.fieldOfLaw &&
          OPEN_STATUSES.includes(r.status) &&
          r.downstreamStatus !== 'CLOSED' &&
          (r.applicantRef === q.applicantRef || (q.idNumberIndex !== null && r.idNumberIndex === q.idNumberIndex) || (q.phoneIndex !== null && r.phoneIndex === q.phoneIndex))
        : Math.abs(now.getTime() - uuidv7Time(id)) < PENDING_SUBMISSION_MS;
      if (open) out.push(id);
      if (out.length === 20) break;
    }
    return out;
  }

  /**
   * A centre's requests with this ID number or phone blind index, newest first
   * (at most 50): ids from the key documents, then each request by `_id`,
   * kept only if it still carries the index (an entry may outlive an erasure
   * that failed half-way) and is in scope.
   */
  async findByIndexes(scope: { centreId?: string }, idx: { idNumberIndex?: string; phoneIndex?: string }): Promise<LegalAidRequest[]> {
    const listed = await this.identityKeys.entriesOf(blindIndexKeysOf({ idNumberIndex: idx.idNumberIndex ?? null, phoneIndex: idx.phoneIndex ?? null }));
    const inScope = (centreId: string) => !scope.centreId || centreId === scope.centreId;
    const out: LegalAidRequest[] = [];
    for (const id of newestFirst(listed.filter((e) => inScope(e.centreId)).map((e) => e.requestId))) {
      const r = (await this.model.findById(id, { outbox: 0, hasOutbox: 0 }).lean()) as LegalAidRequest | null;
      if (!r || !inScope(r.centreId)) continue;
      if ((idx.idNumberIndex && r.idNumberIndex === idx.idNumberIndex) || (idx.phoneIndex && r.phoneIndex === idx.phoneIndex)) out.push(r);
      if (out.length === 50) break;
    }
    return out;
  }

  /** The identity fields of every request, for building the key documents once (a scan: start-up only). */
  async *identities(): AsyncGenerator<Pick<LegalAidRequest, '_id' | 'centreId' | 'fieldOfLaw' | 'applicantRef' | 'idNumberIndex' | 'phoneIndex'>> {
    yield* this.model.find({}, { centreId: 1, fieldOfLaw: 1, applicantRef: 1, idNumberIndex: 1, phoneIndex: 1 }).lean().cursor() as AsyncIterable<
      Pick<LegalAidRequest, '_id' | 'centreId' | 'fieldOfLaw' | 'applicantRef' | 'idNumberIndex' | 'phoneIndex'>
    >;
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
