import { Inject, Injectable, type OnApplicationBootstrap } from '@nestjs/common';
import { createEvent, DomainError, OversightCheckpointSigned, systemActor } from '@legalaid/contracts';
import { CLOCK, LOGGER, type Clock } from '@legalaid/infra';
import type { Logger } from 'pino';
import { CheckpointRepository, checkpointIdOf } from '../adapters/checkpoint.repository.js';
import { LedgerRepository } from '../adapters/ledger.repository.js';
import { SIGNING_KEY, type SigningKey } from '../adapters/signing-key.provider.js';
import { signCheckpoint, type Checkpoint } from '../domain/checkpoint.js';

/**
 * Signs the ledger's hash at a sequence with the oversight key and records
 * the checkpoint with its `oversight.checkpoint.signed` event in one write.
 * One checkpoint per sequence: a second signer finds it there and returns it.
 */
@Injectable()
export class SignCheckpoint implements OnApplicationBootstrap {
  constructor(
    private readonly checkpoints: CheckpointRepository,
    private readonly ledger: LedgerRepository,
    @Inject(SIGNING_KEY) private readonly key: SigningKey,
    @Inject(CLOCK) private readonly clock: Clock,
    @Inject(LOGGER) private readonly logger: Logger,
  ) {}

  /** Every key that ever signed stays listed, so old checkpoints remain verifiable after a key change. */
  async onApplicationBootstrap(): Promise<void> {
    await this.checkpoints.rememberKey(this.key.keyId, this.key.publicKeyPem, this.clock());
  }

  async at(entry: { sequence: number; hash: string }, correlationId: string): Promise<Checkpoint> {
    const existing = await this.checkpoints.atSequence(entry.sequence);
    if (existing) return existing;
    const cp = signCheckpoint(entry, this.key.privateKey, this.clock());
    const event = createEvent(
      OversightCheckpointSigned,
      { sequence: cp.sequence, hash: cp.hash, keyId: cp.keyId, signature: cp.signature, signedAt: cp.signedAt },
      { actor: systemActor('oversight'), correlationId, occurredAt: new Date(cp.signedAt) },
    );
    const inserted = await this.checkpoints.insert({ _id: checkpointIdOf(cp.sequence), version: 1, ...cp }, [event]);
    if (!inserted) return (await this.checkpoints.atSequence(entry.sequence))!;
    this.logger.info({ sequence: cp.sequence, keyId: cp.keyId }, 'ledger checkpoint signed');
    return cp;
  }

  /** On demand: the latest entry. */
  async latest(correlationId: string): Promise<Checkpoint> {
    const tail = await this.ledger.loadTail();
    if (!tail) throw new DomainError('CONFLICT', 'the ledger is empty: nothing to sign yet');
    return this.at(tail, correlationId);
  }
}
