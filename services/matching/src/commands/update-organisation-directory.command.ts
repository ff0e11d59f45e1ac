import { Injectable } from '@nestjs/common';
import { DomainError, type InputOf, type MatchingRpc, type OrganisationView, type RpcRequest } from '@legalaid/contracts';
import { retryOnConflict } from '@legalaid/infra';
import { OrganisationRepository } from '../adapters/organisation.repository.js';
import { organisationView, withDirectory } from '../domain/organisation.js';
import { Matchmaker } from './matchmaker.js';

/**
 * ADMIN, or the organisation's own admin or staff, replaces what it publishes
 * in the public directory (address, phones, opening hours, listing). No event:
 * nothing another service keeps depends on it.
 */
@Injectable()
export class UpdateOrganisationDirectory {
  constructor(
    private readonly organisations: OrganisationRepository,
    private readonly matchmaker: Matchmaker,
  ) {}

  execute(req: RpcRequest<InputOf<typeof MatchingRpc.updateOrganisationDirectory>>): Promise<OrganisationView> {
    const { organisationId, directory } = req.input;
    const a = req.actor;
    if (!(a.role === 'ADMIN' || ((a.role === 'ORG_ADMIN' || a.role === 'CENTRE_STAFF') && a.organisationId === organisationId))) {
      throw new DomainError('FORBIDDEN', `you cannot change the directory entry of ${organisationId}`);
    }
    return retryOnConflict(async () => {
      const o = await this.organisations.get(organisationId);
      if (!o) throw new DomainError('ORGANISATION_NOT_FOUND', `no organisation ${organisationId}`);
      const next = withDirectory(o, directory, this.matchmaker.now());
      await this.organisations.save(next, o.version, []);
      return organisationView({ ...next, version: o.version + 1 });
    });
  }
}
