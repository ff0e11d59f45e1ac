import { Inject, Injectable, type OnModuleInit } from '@nestjs/common';
import { Schema, type Connection } from 'mongoose';
import type { Logger } from 'pino';
import { DomainError } from '@legalaid/contracts';
import { AggregateStore, LOGGER, MONGO, RELAY, outboxSchemaFields, type OutboxRelay } from '@legalaid/infra';

import { needsSingleContact, withSingleContact, type Organisation } from '../domain/organisation.js';

const OrganisationSchema = new Schema(
  {
    _id: String,
    version: { type: Number, required: true },
    kind: String,
    name: String,
    provinceCode: String,
    parentOrganisationId: String,
    escalationOrganisationId: String,
    registeredAt: Date,
    updatedAt: { type: Date, index: true },
    directory: Schema.Types.Mixed,
    directoryListed: Boolean,
    hsdsIds: { type: [String], index: true },
    contact: { type: Schema.Types.Mixed, default: null },
    appliedEventIds: [String],
    ...outboxSchemaFields,
  },
  { collection: 'organisations', versionKey: false, minimize: false },
);
// The public directory lists organisations by equality on the flag, in id order.
OrganisationSchema.index({ directoryListed: 1, _id: 1 });

// The directory narrows by kind (and province) before it orders by id.
OrganisationSchema.index({ kind: 1, provinceCode: 1, _id: 1 });
OrganisationSchema.index({ provinceCode: 1, _id: 1 });

const NO_OUTBOX = { outbox: 0, hasOutbox: 0, appliedEventIds: 0 };

/**
 * Organisations, read in their current shape: the contact profile holds the
 * phone and e-mail the directory publishes (withSingleContact). Documents
 * of the older shape are rewritten once at start-up; until then, and for a
 * replica still running older code, every read goes through the same
 * function.
 */
@Injectable()
export class OrganisationRepository extends AggregateStore<Organisation> implements OnModuleInit {
  constructor(@Inject(MONGO) conn: Connection, @Inject(RELAY) relay: OutboxRelay, @Inject(LOGGER) private readonly logger: Logger) {
    super(conn.models.Organisation ?? conn.model('Organisation', OrganisationSchema), relay.onEvents);
  }

  async onModuleInit(): Promise<void> {
    let migrated = 0;
    // Organisations are few (hundreds): the shape is checked here rather than by a query every engine reads alike.
    const old = await this.model.find({ directory: { $exists: true } }, NO_OUTBOX).lean<Organisation[]>();
    for (const o of old) {
      if (!needsSingleContact(o)) continue;
      try {
        await this.save(withSingleContact(o), o.version, []);
        migrated++;
      } catch (err) {
        // Another replica migrated it (or someone changed it, through withSingleContact too) meanwhile.
        if (!(err instanceof DomainError && err.code === 'VERSION_CONFLICT')) throw err;
      }
    }
    if (migrated) this.logger.info({ migrated }, 'organisations: phone and e-mail moved to the contact profile');
  }

  override async get(id: string): Promise<Organisation | null> {
    const o = await super.get(id);
    return o && withSingleContact(o);
  }

  countListed(): Promise<number> {
    return this.model.countDocuments({ directoryListed: true });
  }

  /** One page of the listed organisations, in id order. */
  async listedPage(skip: number, limit: number): Promise<Organisation[]> {
    return (await this.model.find({ directoryListed: true }, NO_OUTBOX).sort({ _id: 1 }).skip(skip).limit(limit).lean<Organisation[]>()).map(withSingleContact);
  }

  /** Every listed organisation, in pages by id. */
  async *listed(pageSize = 500): AsyncGenerator<Organisation[]> {
    let after: string | null = null;
    for (;;) {
      const filter: Record<string, unknown> = { directoryListed: true };
      if (after) filter._id = { $gt: after };
      const page = await this.model.find(filter, NO_OUTBOX).sort({ _id: 1 }).limit(pageSize).lean<Organisation[]>();
      if (page.length > 0) yield page.map(withSingleContact);
      if (page.length < pageSize) return;
      after = page[page.length - 1]._id;
    }
  }

  /** The organisation behind any of its HSDS ids (organisation, location, service, service at location). */
  async findByHsdsId(id: string): Promise<Organisation | null> {
    const o = await this.model.findOne({ hsdsIds: id }, NO_OUTBOX).lean<Organisation>();
    return o && withSingleContact(o);
  }

  /** Organisations whose directory entry changed at or after `since`: id and when. */
  async changedSince(since: Date): Promise<{ _id: string; updatedAt: Date }[]> {
    return this.model.find({ updatedAt: { $gte: since } }, { _id: 1, updatedAt: 1 }).lean<{ _id: string; updatedAt: Date }[]>();
  }

  /** A page of the directory: equality on kind and province, ordered by id, after the last id seen. */
  async list(filter: { kind?: string; provinceCode?: string }, after: string | null, limit: number): Promise<Organisation[]> {
    const q: Record<string, unknown> = {};
    if (filter.kind) q.kind = filter.kind;
    if (filter.provinceCode) q.provinceCode = filter.provinceCode;
    if (after) q._id = { $gt: after };
    return (await this.model.find(q, { outbox: 0, hasOutbox: 0 }).sort({ _id: 1 }).limit(limit).lean<Organisation[]>()).map(withSingleContact);
  }
}
