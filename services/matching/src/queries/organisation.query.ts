import { Injectable } from '@nestjs/common';
import { DomainError, type InputOf, type MatchingRpc, type OutputOf, type RpcRequest } from '@legalaid/contracts';
import { OrganisationRepository } from '../adapters/organisation.repository.js';
import { organisationView } from '../domain/organisation.js';
import { decodeCursor, page } from './views.js';

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

/** The directory: organisations by kind and province, ordered by id, a page at a time. */
@Injectable()
export class ListOrganisations {
  constructor(private readonly organisations: OrganisationRepository) {}

  async execute(req: RpcRequest<InputOf<typeof MatchingRpc.organisations>>): Promise<OutputOf<typeof MatchingRpc.organisations>> {
    if (req.actor.role === 'CITIZEN') throw new DomainError('FORBIDDEN', 'citizens cannot read the registry');
    const { page: p, ...filter } = req.input;
    const rows = await this.organisations.list(filter, decodeCursor(p.after), p.first + 1);
    return page(rows, p.first, (o) => o._id, organisationView);
  }
}

/** Organisations by id in one call, for display joins; unknown ids are left out. */
@Injectable()
export class OrganisationsByIds {
  constructor(private readonly organisations: OrganisationRepository) {}

  async execute(req: RpcRequest<InputOf<typeof MatchingRpc.organisationsByIds>>): Promise<OutputOf<typeof MatchingRpc.organisationsByIds>> {
    if (req.actor.role === 'CITIZEN') throw new DomainError('FORBIDDEN', 'citizens cannot read the registry');
    const found = await Promise.all([...new Set(req.input.organisationIds)].map((id) => this.organisations.get(id)));
    return { organisations: found.filter((o) => o !== null).map(organisationView) };
  }
}
