import { Inject, Injectable } from '@nestjs/common';
import type { InputOf, IntakeRpc, OutputOf, RpcRequest } from '@legalaid/contracts';
import { retryOnConflict } from '@legalaid/infra';
import { assertRole } from '../domain/access-policy.js';
import type { PersonalDataCrypto } from '../domain/personal-data-crypto.js';
import { CRYPTO } from '../adapters/crypto.provider.js';
import { RequestRepository } from '../adapters/request.repository.js';

/**
 * Key rotation: after a new key becomes INTAKE_ACTIVE_KEY_ID (the old one
 * staying in INTAKE_DATA_KEYS), re-seal records written under older keys.
 * Each record is rewritten under its version; when `remaining` is 0 the old
 * key can be removed from the configuration.
 */
@Injectable()
export class RotateDataKeys {
  constructor(
    private readonly requests: RequestRepository,
    @Inject(CRYPTO) private readonly crypto: PersonalDataCrypto,
  ) {}

  async execute(req: RpcRequest<InputOf<typeof IntakeRpc.rotateDataKeys>>): Promise<OutputOf<typeof IntakeRpc.rotateDataKeys>> {
    assertRole(req.actor, ['ADMIN'], 'rotating data keys');
    const active = this.crypto.activeKey;
    const batch = await this.requests.findSealedWithOtherKey(active, req.input.limit);
    let resealed = 0;
    for (const candidate of batch) {
      await retryOnConflict(async () => {
        const r = (await this.requests.get(candidate._id))!;
        if (!r.personal || r.personal.k === active) return;
        const personal = this.crypto.reseal(r.personal, r._id);
        await this.requests.save({ ...r, personal, keyId: personal.k }, r.version, []);
        resealed++;
      });
    }
    return { activeKeyId: active, resealed, remaining: await this.requests.countSealedWithOtherKey(active) };
  }
}
