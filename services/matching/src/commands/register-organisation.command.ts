import { Injectable } from '@nestjs/common';
import { DomainError, MatchingOrganisationRegistered, type InputOf, type MatchingRpc, type OrganisationView, type RpcRequest } from '@legalaid/contracts';
import { OrganisationRepository } from '../adapters/organisation.repository.js';
import { NO_CONTACT, organisationView, withDirectory, type Organisation } from '../domain/organisation.js';
import { requireRole } from './access.js';
import { envelope, Matchmaker } from './matchmaker.js';

/** ADMIN registers an organisation taking part in the network. */
@Injectable()
export class RegisterOrganisation {
  constructor(
    private readonly organisations: OrganisationRepository,
    private readonly matchmaker: Matchmaker,
  ) {}

  async execute(req: RpcRequest<InputOf<typeof MatchingRpc.registerOrganisation>>): Promise<OrganisationView> {
    requireRole(req.actor, ['ADMIN'], 'register organisations');
    const i = req.input;
    const now = this.matchmaker.now();
    for (const ref of [i.parentOrganisationId, i.escalationOrganisationId]) {
      if (ref && !(await this.organisations.get(ref))) throw new DomainError('ORGANISATION_NOT_FOUND', `no organisation ${ref}`);
    }
    const org: Organisation = withDirectory({
      _id: i.organisationId,
      version: 1,
      kind: i.kind,
      name: i.name,
      provinceCode: i.provinceCode,
      parentOrganisationId: i.parentOrganisationId,
      escalationOrganisationId: i.escalationOrganisationId,
      registeredAt: now,
      contact: { ...NO_CONTACT, ...i.contact },
    }, i.directory, now);
    const event = envelope(
      MatchingOrganisationRegistered,
      { organisationId: org._id, kind: org.kind, provinceCode: org.provinceCode, parentOrganisationId: org.parentOrganisationId, escalationOrganisationId: org.escalationOrganisationId },
      req,
      now,
    );
    if (!(await this.organisations.insert(org, [event]))) throw new DomainError('CONFLICT', `organisation ${org._id} is already registered`);
    return organisationView(org);
  }
}
