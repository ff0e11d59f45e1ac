import { Inject, Injectable } from '@nestjs/common';
import { Schema, type Connection, type Model } from 'mongoose';
import { AggregateStore, MONGO, RELAY, outboxSchemaFields, type OutboxRelay } from '@legalaid/infra';
import type { Checkpoint } from '../domain/checkpoint.js';

export interface CheckpointDoc extends Checkpoint {
  /** The sequence, zero-padded: one checkpoint per sequence, whoever signs it. */
  _id: string;
  version: number;
}

const CheckpointSchema = new Schema(
  {
    _id: String,
    version: Number,
    sequence: { type: Number, required: true, index: true },
    hash: String,
    signedAt: String,
    keyId: String,
    algorithm: String,
    message: String,
    signature: String,
    ...outboxSchemaFields,
  },
  { collection: 'ledger_checkpoints', versionKey: false },
);

interface KeyDoc {
  _id: string;
  publicKeyPem: string;
  firstSeenAt: Date;
}
const SigningKeySchema = new Schema<KeyDoc>({ _id: String, publicKeyPem: String, firstSeenAt: Date }, { collection: 'signing_keys', versionKey: false });

export const checkpointIdOf = (sequence: number) => String(sequence).padStart(15, '0');

export function toCheckpoint(d: CheckpointDoc): Checkpoint {
  return { sequence: d.sequence, hash: d.hash, signedAt: d.signedAt, keyId: d.keyId, algorithm: 'Ed25519', message: d.message, signature: d.signature };
}

/** Signed checkpoints (with their `oversight.checkpoint.signed` event in the outbox) and every public key ever used. */
@Injectable()
export class CheckpointRepository extends AggregateStore<CheckpointDoc> {
  readonly keys: Model<KeyDoc>;

  constructor(@Inject(MONGO) conn: Connection, @Inject(RELAY) relay: OutboxRelay) {
    super(conn.models.LedgerCheckpoint ?? conn.model('LedgerCheckpoint', CheckpointSchema), relay.onEvents);
    this.keys = (conn.models.SigningKey as Model<KeyDoc>) ?? conn.model<KeyDoc>('SigningKey', SigningKeySchema);
  }

  async atSequence(sequence: number): Promise<Checkpoint | null> {
    const d = await this.get(checkpointIdOf(sequence));
    return d ? toCheckpoint(d) : null;
  }

  async inRange(from: number, to: number): Promise<Checkpoint[]> {
    const docs = await this.model.find({ sequence: { $gte: from, $lte: to } }, { outbox: 0 }).sort({ sequence: 1 }).lean<CheckpointDoc[]>();
    return docs.map(toCheckpoint);
  }

  /** The first checkpoint at or after a sequence (it anchors a trail ending there). */
  async firstFrom(sequence: number): Promise<Checkpoint | null> {
    const d = await this.model.findOne({ sequence: { $gte: sequence } }, { outbox: 0 }).sort({ sequence: 1 }).lean<CheckpointDoc>();
    return d ? toCheckpoint(d) : null;
  }

  async latest(): Promise<Checkpoint | null> {
    const d = await this.model.findOne({}, { outbox: 0 }).sort({ sequence: -1 }).lean<CheckpointDoc>();
    return d ? toCheckpoint(d) : null;
  }

  async page(first: number, before: number | null): Promise<Checkpoint[]> {
    const filter = before === null ? {} : { sequence: { $lt: before } };
    const docs = await this.model.find(filter, { outbox: 0 }).sort({ sequence: -1 }).limit(first).lean<CheckpointDoc[]>();
    return docs.map(toCheckpoint);
  }

  async rememberKey(keyId: string, publicKeyPem: string, now: Date): Promise<void> {
    await this.keys.updateOne({ _id: keyId }, { $setOnInsert: { publicKeyPem, firstSeenAt: now } }, { upsert: true });
  }

  async allKeys(): Promise<KeyDoc[]> {
    return this.keys.find({}).sort({ firstSeenAt: 1 }).lean<KeyDoc[]>();
  }
}
