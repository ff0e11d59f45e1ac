import { Inject, Injectable } from '@nestjs/common';
import { Schema, type Connection, type Model } from 'mongoose';
import { MONGO } from '@legalaid/infra';
import type { StoredPublication } from '../domain/publication.js';

const PublicationSchema = new Schema(
  {
    _id: String,
    year: Number,
    through: { type: String, default: null },
    computedAt: Date,
    trigger: String,
    files: Schema.Types.Mixed,
  },
  { collection: 'published_statistics', versionKey: false, minimize: false },
);

/** A year's public statistics files as computed, one document per year (replaced when recomputed). */
@Injectable()
export class PublicationRepository {
  private readonly model: Model<any>;

  constructor(@Inject(MONGO) conn: Connection) {
    this.model = conn.models.StatisticsPublication ?? conn.model('StatisticsPublication', PublicationSchema);
  }

  async get(year: number): Promise<StoredPublication | null> {
    return this.model.findById(String(year)).lean<StoredPublication>();
  }

  /** Which month each year's stored files go up to, without their content. */
  async through(year: number): Promise<{ through: string | null } | null> {
    return this.model.findById(String(year), { through: 1 }).lean<{ through: string | null }>();
  }

  async put(p: StoredPublication): Promise<void> {
    await this.model.replaceOne({ _id: p._id }, p, { upsert: true });
  }
}
