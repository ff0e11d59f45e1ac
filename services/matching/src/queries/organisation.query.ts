import { Injectable } from '@nestjs/common';
import { DomainError, type InputOf, type MatchingRpc, type OutputOf, type RpcRequest } from '@legalaid/contracts';
import { OrganisationRepository } from '../adapters/organisation.repository.js';
import { organisationView } from '../domain/organisation.js';

/** An organisation of the network; any signed-in role but citizens may read it. */
@Injectable()
export class GetOrganisation {
  constructor(private readonly organisations: OrganisationRepository) {}

  async execute(req: RpcRequest<InputOf<typeof MatchingRpc.organisation>>): Promise<OutputOf<typeof MatchingRpc.organisation>> {
    if (req.actor.role === 'CITIZEN') throw new DomainError('FORBIDDEN', 'citizens cannot read the registry');
    const o = await this.organisations.get(req.input.organisationId);
    if (!o) throw new DomainError('ORGANISATION_NOT_FOUND', `no organisation ${req.input.organisationId}`);
    return organisationView(o);
  }
}
