import { Inject, Injectable } from '@nestjs/common';
import { DomainError, type InputOf, type OutputOf, type OversightRpc, type RpcRequest } from '@legalaid/contracts';
import { CheckpointRepository } from '../adapters/checkpoint.repository.js';
import { SIGNING_KEY, type SigningKey } from '../adapters/signing-key.provider.js';
import { allow } from '../domain/access.js';

/** Signed checkpoints, newest first, and the public keys that verify them. */
@Injectable()
export class Checkpoints {
  constructor(
    private readonly checkpoints: CheckpointRepository,
    @Inject(SIGNING_KEY) private readonly key: SigningKey,
  ) {}

  async list(req: RpcRequest<InputOf<typeof OversightRpc.checkpoints>>): Promise<OutputOf<typeof OversightRpc.checkpoints>> {
    allow(req.actor, 'readLedger');
    const before = req.input.after ? Number(req.input.after) : null;
    if (before !== null && (!Number.isInteger(before) || before < 1)) throw new DomainError('VALIDATION_FAILED', 'invalid page cursor', [{ path: 'after', message: 'not a cursor this list returned' }]);
    const items = await this.checkpoints.page(req.input.first + 1, before);
    const page = items.slice(0, req.input.first);
    return { items: page, nextCursor: items.length > req.input.first ? String(page[page.length - 1].sequence) : null };
  }

  /** Public: anyone holding a checkpoint must be able to check it. */
  async publicKey(): Promise<OutputOf<typeof OversightRpc.publicKey>> {
    const keys = (await this.checkpoints.allKeys()).map((k) => ({
      keyId: k._id,
      algorithm: 'Ed25519' as const,
      publicKeyPem: k.publicKeyPem,
      current: k._id === this.key.keyId,
      firstSeenAt: new Date(k.firstSeenAt).toISOString(),
    }));
    const current = keys.find((k) => k.current) ?? { keyId: this.key.keyId, algorithm: 'Ed25519' as const, publicKeyPem: this.key.publicKeyPem, current: true, firstSeenAt: new Date().toISOString() };
    return { current, keys };
  }
}
