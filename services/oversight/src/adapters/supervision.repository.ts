import { Inject, Injectable } from '@nestjs/common';
import { Schema, type Connection } from 'mongoose';
import { AggregateStore, CLOCK, type Clock, MONGO, RELAY, outboxSchemaFields, type OutboxRelay } from '@legalaid/infra';
import type { Recommendation, SupervisionPlan } from '../domain/supervision.js';
import { olderThan, type Cursor } from './cursor.js';

const PlanSchema = new Schema(
  {
    _id: String,
    version: { type: Number, required: true },
    title: String,
    scope: Schema.Types.Mixed,
    status: String,
    createdAt: { type: Date, index: true },
    createdBy: String,
    sample: Schema.Types.Mixed,
    findings: Schema.Types.Mixed,
    ...outboxSchemaFields,
  },
  { collection: 'supervision_plans', versionKey: false, minimize: false },
);

@Injectable()
export class PlanRepository extends AggregateStore<SupervisionPlan> {
  constructor(@Inject(MONGO) conn: Connection, @Inject(RELAY) relay: OutboxRelay) {
    super(conn.models.SupervisionPlan ?? conn.model('SupervisionPlan', PlanSchema), relay.onEvents);
  }

  async page(first: number, after: Cursor | null): Promise<SupervisionPlan[]> {
    return this.model
      .find(olderThan('createdAt', after), { outbox: 0, hasOutbox: 0 })
      .sort({ createdAt: -1, _id: -1 })
      .limit(first)
      .lean<SupervisionPlan[]>();
  }
}

const RecommendationSchema = new Schema(
  {
    _id: String,
    version: { type: Number, required: true },
    planId: { type: String, index: true },
    organisationId: { type: String, index: true },
    findingIds: [String],
    text: String,
    issuedAt: { type: Date, index: true },
    issuedBy: String,
    responseDueAt: Date,
    status: { type: String, index: true },
    // The deadline timer kept as data (DESIGN.md §6): indexed, cleared when it fires or an answer arrives.
    dueAt: { type: Date, index: true },
    overdueAt: Date,
    response: Schema.Types.Mixed,
    followUps: Schema.Types.Mixed,
    ...outboxSchemaFields,
  },
  { collection: 'recommendations', versionKey: false },
);

export interface RecommendationFilter {
  planId?: string;
  organisationId?: string;
  status?: string;
  recommendationId?: string;
}

function recommendationQuery(filter: RecommendationFilter): Record<string, unknown> {
  const f: Record<string, unknown> = {};
  if (filter.planId) f.planId = filter.planId;
  if (filter.organisationId) f.organisationId = filter.organisationId;
  if (filter.status) f.status = filter.status;
  if (filter.recommendationId) f._id = filter.recommendationId;
  return f;
}

@Injectable()
export class RecommendationRepository extends AggregateStore<Recommendation> {
  constructor(@Inject(MONGO) conn: Connection, @Inject(RELAY) relay: OutboxRelay, @Inject(CLOCK) clock: Clock) {
    // The timer is the response deadline while the recommendation waits for an answer.
    super(conn.models.Recommendation ?? conn.model('Recommendation', RecommendationSchema), relay.onEvents, { dueAt: (r) => (r.status === 'ISSUED' ? r.dueAt : null), clock });
  }

  async page(filter: RecommendationFilter, first: number, after: Cursor | null): Promise<Recommendation[]> {
    const f: Record<string, unknown> = { ...olderThan('issuedAt', after), ...recommendationQuery(filter) };
    return this.model.find(f, { outbox: 0, hasOutbox: 0 }).sort({ issuedAt: -1, _id: -1 }).limit(first).lean<Recommendation[]>();
  }

  count(filter: RecommendationFilter): Promise<number> {
    return this.model.countDocuments(recommendationQuery(filter));
  }
}
