import { Inject, Injectable } from '@nestjs/common';
import { Schema, type Connection, type Model } from 'mongoose';
import { MONGO } from '@legalaid/infra';

/**
 * What case-tracking learned from intake about a request: urgency (which
 * shortens limits and adds the procedural body's deadline) and withdrawal.
 * Kept by request id so it applies whichever stream is read first
 * (DESIGN.md §6: projections tolerate any order).
 */
export interface RequestFacts {
  _id: string;
  urgent: boolean;
  custody: boolean;
  defenceCounselDeadline: Date | null;
  hearingAt: Date | null;
  withdrawnAt: Date | null;
}

const RequestFactsSchema = new Schema(
  {
    _id: String,
    urgent: Boolean,
    custody: Boolean,
    defenceCounselDeadline: Date,
    hearingAt: Date,
    withdrawnAt: Date,
  },
  { collection: 'request_facts', versionKey: false },
);

@Injectable()
export class RequestFactsRepository {
  private readonly model: Model<RequestFacts>;

  constructor(@Inject(MONGO) conn: Connection) {
    this.model = (conn.models.RequestFacts as Model<RequestFacts>) ?? conn.model<RequestFacts>('RequestFacts', RequestFactsSchema);
  }

  async get(requestId: string): Promise<RequestFacts | null> {
    return this.model.findById(requestId).lean<RequestFacts>();
  }

  /** Idempotent: setting the same facts twice leaves the same document. */
  async merge(requestId: string, facts: Partial<Omit<RequestFacts, '_id'>>): Promise<void> {
    await this.model.updateOne({ _id: requestId }, { $set: facts }, { upsert: true });
  }
}
