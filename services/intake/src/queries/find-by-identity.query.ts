import { Inject, Injectable } from '@nestjs/common';
import type { InputOf, IntakeRpc, OutputOf, RpcRequest } from '@legalaid/contracts';
import { assertRole } from '../domain/access-policy.js';
import type { PersonalDataCrypto } from '../domain/personal-data-crypto.js';
import { CRYPTO } from '../adapters/crypto.provider.js';
import { RequestRepository } from '../adapters/request.repository.js';
import { PersonalDataReader } from './personal-data-reader.js';
import { toSummary } from './views.js';

/**
 * Finds a centre's requests for a person by ID number or phone, through the
 * blind index (keyed hashes): the plaintext is never stored or queried. A
 * lookup is processing of personal data, so each match (or the miss) is logged.
 */
@Injectable()
export class FindByIdentity {
  constructor(
    private readonly requests: RequestRepository,
    private readonly reader: PersonalDataReader,
    @Inject(CRYPTO) private readonly crypto: PersonalDataCrypto,
  ) {}

  async execute(req: RpcRequest<InputOf<typeof IntakeRpc.findByIdentity>>): Promise<OutputOf<typeof IntakeRpc.findByIdentity>> {
    assertRole(req.actor, ['CENTRE_STAFF'], 'looking up requests by identity');
    const { idNumber, phone } = req.input;
    const found = await this.requests.findByIndexes(
      { centreId: req.actor.organisationId },
      { idNumberIndex: idNumber ? this.crypto.blindIndex('idNumber', idNumber) : undefined, phoneIndex: phone ? this.crypto.blindIndex('phone', phone) : undefined },
    );
    const fields = [...(idNumber ? ['idNumber'] : []), ...(phone ? ['phone'] : [])];
    if (found.length === 0) await this.reader.record(req.actor, req.correlationId, null, 'IDENTITY_LOOKUP', fields);
    for (const r of found) await this.reader.record(req.actor, req.correlationId, r, 'IDENTITY_LOOKUP', fields);
    return { items: found.map(toSummary) };
  }
}
