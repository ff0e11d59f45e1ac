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
    appliedEventIds: [String],
    ...outboxSchemaFields,
  },
  { collection: 'providers', versionKey: false, strict: false, minimize: false },
);

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
