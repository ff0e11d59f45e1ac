import { Injectable } from '@nestjs/common';
import { DomainError, MatchingOrganisationContactUpdated, type InputOf, type MatchingRpc, type OrganisationView, type RpcRequest } from '@legalaid/contracts';
import { retryOnConflict } from '@legalaid/infra';
import { OrganisationRepository } from '../adapters/organisation.repository.js';
import { organisationView, updateContact, withSingleContact } from '../domain/organisation.js';
import { envelope, Matchmaker } from './matchmaker.js';

/**
 * An organisation's admin (or ADMIN) keeps its contact and letterhead data:
 * address, phone, e-mail and who signs. The event names the changed fields.
 * The phone and e-mail are also what the public directory publishes (their
 * one place), so changing them marks the directory entry changed.
 */
@Injectable()
export class UpdateOrganisationContact {
  constructor(
    private readonly organisations: OrganisationRepository,
    private readonly matchmaker: Matchmaker,
  ) {}

  execute(req: RpcRequest<InputOf<typeof MatchingRpc.updateOrganisationContact>>): Promise<OrganisationView> {
    const { organisationId, contact, expectedVersion } = req.input;
    const a = req.actor;
    if (!(a.role === 'ADMIN' || (a.role === 'ORG_ADMIN' && a.organisationId === organisationId))) {
      throw new DomainError('FORBIDDEN', `you cannot change the contact data of ${organisationId}`);
    }
    return retryOnConflict(async () => {
      const o = await this.organisations.get(organisationId);
      if (!o) throw new DomainError('ORGANISATION_NOT_FOUND', `no organisation ${organisationId}`);
      if (expectedVersion !== undefined && o.version !== expectedVersion) {
        throw new DomainError('VERSION_CONFLICT', `organisation ${organisationId} is at version ${o.version}, not ${expectedVersion}`);
      }
      const now = this.matchmaker.now();
      const { organisation, changed } = updateContact(withSingleContact(o), contact, now);
      if (!changed.length) return organisationView(o);
      const event = envelope(MatchingOrganisationContactUpdated, { organisationId, changed, updatedAt: now.toISOString() }, req, now);
      await this.organisations.save(organisation, o.version, [event]);
      return organisationView({ ...organisation, version: o.version + 1 });
    }, expectedVersion === undefined ? 5 : 1);
  }
}
