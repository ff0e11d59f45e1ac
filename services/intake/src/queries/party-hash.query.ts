import { Inject, Injectable } from '@nestjs/common';
import { DomainError, type InputOf, type IntakeRpc, type RpcRequest } from '@legalaid/contracts';
import { CRYPTO } from '../adapters/crypto.provider.js';
import type { PersonalDataCrypto } from '../domain/personal-data-crypto.js';

const MAY_HASH = new Set(['CENTRE_STAFF', 'ORG_ADMIN', 'LAWYER', 'ADMIN']);

/**
 * Turns a party's name (and ID number) into the keyed hash conflict checks
 * compare, so a provider can declare a conflict without the name ever
 * leaving intake. Nothing is stored and nothing is logged.
 */
@Injectable()
export class PartyHashQuery {
  constructor(@Inject(CRYPTO) private readonly crypto: PersonalDataCrypto) {}

  async execute(req: RpcRequest<InputOf<typeof IntakeRpc.partyHash>>): Promise<{ partyHash: string }> {
    if (!MAY_HASH.has(req.actor.role)) throw new DomainError('FORBIDDEN', 'your role cannot compute party hashes');
    return { partyHash: this.crypto.partyHash({ fullName: req.input.fullName, idNumber: req.input.idNumber }) };
  }
}
