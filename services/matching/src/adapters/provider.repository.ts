import { Inject, Injectable } from '@nestjs/common';
import { Schema, type Connection } from 'mongoose';
import type { Envelope } from '@legalaid/contracts';
import { AggregateStore, MONGO, RELAY, outboxSchemaFields, type OutboxRelay, type SaveResult } from '@legalaid/infra';

import type { Provider } from '../domain/provider.js';

const ProviderSchema = new Schema(
  {
    _id: String,
    version: { type: Number, required: true },
    organisationId: { type: String, index: true },
    kind: String,
    status: String,
    fieldsOfLaw: { type: [String], index: true },
    aidForms: [String],
    languages: [String],
    areaProvinceCodes: { type: [String], index: true },
    updatedAt: { type: Date, index: true },
    directoryListed: Boolean,
    directoryUpdatedAt: { type: Date, index: true },
    appliedEventIds: [String],
    ...outboxSchemaFields,
  },
  { collection: 'providers', versionKey: false, strict: false, minimize: false },
);
// The public directory reads listed providers by equality: all of them, or one organisation's.
ProviderSchema.index({ directoryListed: 1, _id: 1 });
ProviderSchema.index({ organisationId: 1, directoryListed: 1, _id: 1 });

const NO_OUTBOX = { outbox: 0, hasOutbox: 0, appliedEventIds: 0 };

export interface ProviderFilter {
  organisationId?: string;
  kind?: string;
  fieldOfLaw?: string;
  aidForm?: string;
  provinceCode?: string;
  language?: string;
  status?: string;
}

@Injectable()
export class ProviderRepository extends AggregateStore<Provider> {
  constructor(@Inject(MONGO) conn: Connection, @Inject(RELAY) relay: OutboxRelay) {
    super(conn.models.Provider ?? conn.model('Provider', ProviderSchema), relay.onEvents);
  }

  private readonly savedListeners: ((p: Provider) => void)[] = [];

  /** Calls `listener` with every provider this process writes, as written (the in-memory index follows). */
  onSaved(listener: (p: Provider) => void): void {
    this.savedListeners.push(listener);
  }

  override async insert(doc: Provider, events: readonly Envelope[]): Promise<boolean> {
    const inserted = await super.insert(doc, events);
    if (inserted) for (const l of this.savedListeners) l(doc);
    return inserted;
  }

  override async save(doc: Provider, expectedVersion: number, events: readonly Envelope[], appliedEventId?: string): Promise<SaveResult> {
    const result = await super.save(doc, expectedVersion, events, appliedEventId);
    if (result === 'saved') {
      // As written, but for applied event ids, which the index does not use (and provider reads leave out).
      const saved = { ...doc, version: expectedVersion + 1 };
      for (const l of this.savedListeners) l(saved);
    }
    return result;
  }

  async list(f: ProviderFilter, after: string | null, limit: number): Promise<Provider[]> {
    const filter: Record<string, unknown> = {};
    if (f.organisationId) filter.organisationId = f.organisationId;
    if (f.kind) filter.kind = f.kind;
    if (f.status) filter.status = f.status;
    if (f.fieldOfLaw) filter.fieldsOfLaw = f.fieldOfLaw;
    if (f.aidForm) filter.aidForms = f.aidForm;
    if (f.provinceCode) filter.areaProvinceCodes = f.provinceCode;
    if (f.language) filter.languages = f.language;
    if (after) filter._id = { $gt: after };
    return (await this.model.find(filter, NO_OUTBOX).sort({ _id: 1 }).limit(limit).lean<Provider[]>());
  }

  /** The listed providers of an organisation (those who agreed to the public directory and are active). */
  async listedOf(organisationId: string): Promise<Provider[]> {
    return this.model.find({ organisationId, directoryListed: true }, { ...NO_OUTBOX, declaredConflicts: 0, actedForPartyHashes: 0, openCaseKeys: 0, releasedCaseKeys: 0 }).sort({ _id: 1 }).limit(5000).lean<Provider[]>();
  }

  /** Every listed provider, in pages by id. */
  async *listed(pageSize = 1000): AsyncGenerator<Provider[]> {
    let after: string | null = null;
    for (;;) {
      const filter: Record<string, unknown> = { directoryListed: true };
      if (after) filter._id = { $gt: after };
      const page = await this.model.find(filter, { ...NO_OUTBOX, declaredConflicts: 0, actedForPartyHashes: 0, openCaseKeys: 0, releasedCaseKeys: 0 }).sort({ _id: 1 }).limit(pageSize).lean<Provider[]>();
      if (page.length > 0) yield page;
      if (page.length < pageSize) return;
      after = page[page.length - 1]._id;
    }
  }

  /** Providers whose directory entry changed (listed or not: leaving the directory is a change) at or after `since`. */
  async directoryChangedSince(since: Date): Promise<{ organisationId: string; directoryUpdatedAt: Date }[]> {
    return this.model.find({ directoryUpdatedAt: { $gte: since } }, { organisationId: 1, directoryUpdatedAt: 1 }).lean<{ organisationId: string; directoryUpdatedAt: Date }[]>();
  }

  /** Every provider changed at or after `since` (all of them without it), in pages, for the in-memory index. */
  async *changedSince(since: Date | null, pageSize = 2000): AsyncGenerator<Provider[]> {
    let after: string | null = null;
    for (;;) {
      const filter: Record<string, unknown> = since ? { updatedAt: { $gte: since } } : {};
      if (after) filter._id = { $gt: after };
      const page = (await this.model.find(filter, NO_OUTBOX).sort({ _id: 1 }).limit(pageSize).lean<Provider[]>());
      if (page.length === 0) return;
      yield page;
      if (page.length < pageSize) return;
      after = page[page.length - 1]._id;
    }
  }
}
