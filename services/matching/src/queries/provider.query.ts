import { Injectable } from '@nestjs/common';
import { DomainError, type Actor, type InputOf, type MatchingRpc, type OutputOf, type RpcRequest } from '@legalaid/contracts';
import { OrganisationRepository } from '../adapters/organisation.repository.js';
import { ProviderRepository } from '../adapters/provider.repository.js';
import { providerView, type Provider } from '../domain/provider.js';
import { decodeCursor, page } from './views.js';

const READERS = ['ADMIN', 'SUPERVISOR', 'CENTRE_STAFF', 'APPRAISER'];

/** Staff, supervisors, appraisers and ADMIN read any provider; an organisation admin their members; a provider themself. */
function mayRead(a: Actor, p: Provider): boolean {
  return READERS.includes(a.role) || (a.role === 'ORG_ADMIN' && a.organisationId === p.organisationId) || (a.role === 'LAWYER' && a.providerId === p._id);
}

/** A provider: staff, supervisors and ADMIN read any; an organisation admin its members; a provider themself. */
@Injectable()
export class GetProvider {
  constructor(private readonly providers: ProviderRepository) {}

  async execute(req: RpcRequest<InputOf<typeof MatchingRpc.provider>>): Promise<OutputOf<typeof MatchingRpc.provider>> {
    const p = await this.providers.get(req.input.providerId);
    // Not found and not allowed look the same: ids of other organisations' members are not disclosed.
    if (!p || !mayRead(req.actor, p)) throw new DomainError('PROVIDER_NOT_FOUND', `no provider ${req.input.providerId}`);
    return providerView(p);
  }
}

/** A page's providers in one call (each read by id); those the reader may not see are left out, as unknown ones are. */
@Injectable()
export class ProvidersByIds {
  constructor(private readonly providers: ProviderRepository) {}

  async execute(req: RpcRequest<InputOf<typeof MatchingRpc.providersByIds>>): Promise<OutputOf<typeof MatchingRpc.providersByIds>> {
    const found = await Promise.all([...new Set(req.input.providerIds)].map((id) => this.providers.get(id)));
    return { providers: found.filter((p): p is Provider => !!p && mayRead(req.actor, p)).map(providerView) };
  }
}

/**
 * The appointed provider's name and organisation, for intake's appointment
 * notice to the referring body (police, court, procuracy, Front, NGO): the
 * name the provider works under, public professional data. Only intake
 * asks; anyone else is refused.
 */
@Injectable()
export class AppointedPerformer {
  constructor(
    private readonly providers: ProviderRepository,
    private readonly organisations: OrganisationRepository,
  ) {}

  async execute(req: RpcRequest<InputOf<typeof MatchingRpc.appointedPerformer>>): Promise<OutputOf<typeof MatchingRpc.appointedPerformer>> {
    if (!(req.actor.role === 'SYSTEM' && req.actor.id === 'service:intake')) throw new DomainError('FORBIDDEN', 'only intake reads appointed providers for its notices');
    const p = await this.providers.get(req.input.providerId);
    if (!p) throw new DomainError('PROVIDER_NOT_FOUND', `no provider ${req.input.providerId}`);
    const o = await this.organisations.get(p.organisationId);
    if (!o) throw new DomainError('ORGANISATION_NOT_FOUND', `no organisation ${p.organisationId}`);
    return { providerId: p._id, displayName: p.displayName, organisationId: o._id, organisationName: o.name };
  }
}

/** Providers with filters, by id with cursor pagination. An organisation admin sees only their members. */
@Injectable()
export class ListProviders {
  constructor(private readonly providers: ProviderRepository) {}

  async execute(req: RpcRequest<InputOf<typeof MatchingRpc.providers>>): Promise<OutputOf<typeof MatchingRpc.providers>> {
    const a = req.actor;
    const { page: pageInput, ...filters } = req.input;
    if (!READERS.includes(a.role) && a.role !== 'ORG_ADMIN') throw new DomainError('FORBIDDEN', `your role (${a.role}) cannot list providers`);
    if (a.role === 'ORG_ADMIN') filters.organisationId = a.organisationId ?? '-';
    const rows = await this.providers.list(filters, decodeCursor(pageInput.after), pageInput.first + 1);
    return page(rows, pageInput.first, (p) => p._id, providerView);
  }
}
