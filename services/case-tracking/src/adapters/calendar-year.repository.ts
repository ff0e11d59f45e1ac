import { Inject, Injectable } from '@nestjs/common';
import { Schema, type Connection } from 'mongoose';
import { AggregateStore, MONGO, RELAY, outboxSchemaFields, type OutboxRelay } from '@legalaid/infra';
import type { CalendarYear } from '../domain/calendar-year.js';

const CalendarYearSchema = new Schema(
  {
    _id: String,
    version: { type: Number, required: true },
    year: Number,
    versions: [Schema.Types.Mixed],
    appliedEventIds: [String],
    ...outboxSchemaFields,
  },
  { collection: 'calendar_years', versionKey: false, minimize: false },
);

/** Each year's loaded calendar decisions (with the outbox of `decision-loaded` events). */
@Injectable()
export class CalendarYearRepository extends AggregateStore<CalendarYear> {
  constructor(@Inject(MONGO) conn: Connection, @Inject(RELAY) relay: OutboxRelay) {
    super(conn.models.CalendarYear ?? conn.model('CalendarYear', CalendarYearSchema), relay.onEvents);
  }
}
