import { Inject, Injectable } from '@nestjs/common';
import { DomainError, type InputOf, type IntakeRpc, type OutputOf, type RpcRequest } from '@legalaid/contracts';
import { CRYPTO } from '../adapters/crypto.provider.js';
import type { PersonalDataCrypto } from '../domain/personal-data-crypto.js';

const MAY_HASH = new Set(['CENTRE_STAFF', 'ORG_ADMIN', 'LAWYER', 'ADMIN']);

/**
 * Turns a party's ID number, and name with birth date, into the keyed hashes conflict checks
 * compare, so a provider can declare a conflict without the name ever
 * leaving intake. Nothing is stored and nothing is logged.
 */
@Injectable()
export class PartyHashQuery {
  constructor(@Inject(CRYPTO) private readonly crypto: PersonalDataCrypto) {}

  async execute(req: RpcRequest<InputOf<typeof IntakeRpc.partyHash>>): Promise<OutputOf<typeof IntakeRpc.partyHash>> {
    if (!MAY_HASH.has(req.actor.role)) throw new DomainError('FORBIDDEN', 'your role cannot compute party hashes');
    const h = this.crypto.partyHashes(req.input);
    return { partyHashes: [...h.strong, ...(h.nameBirth ? [h.nameBirth] : [])] };
  }
}
