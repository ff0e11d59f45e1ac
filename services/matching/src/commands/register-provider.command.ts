import { Injectable } from '@nestjs/common';
import { DomainError, MatchingProviderRegistered, type InputOf, type MatchingRpc, type ProviderView, type RpcRequest } from '@legalaid/contracts';
import { OrganisationRepository } from '../adapters/organisation.repository.js';
import { ProviderRepository } from '../adapters/provider.repository.js';
import { providerFacts, providerView, registerProvider } from '../domain/provider.js';
import { requireProviderManager } from './access.js';
import { envelope, Matchmaker } from './matchmaker.js';

/** ADMIN, or the admin/staff of the provider's organisation, registers a provider. */
@Injectable()
export class RegisterProvider {
  constructor(
    private readonly providers: ProviderRepository,
    private readonly organisations: OrganisationRepository,
    private readonly matchmaker: Matchmaker,
  ) {}

  async execute(req: RpcRequest<InputOf<typeof MatchingRpc.registerProvider>>): Promise<ProviderView> {
    const i = req.input;
    requireProviderManager(req.actor, { _id: i.providerId, organisationId: i.organisationId }, 'register providers');
    if (!(await this.organisations.get(i.organisationId))) throw new DomainError('ORGANISATION_NOT_FOUND', `no organisation ${i.organisationId}`);
    const now = this.matchmaker.now();
    const provider = registerProvider(i, now);
    const event = envelope(MatchingProviderRegistered, providerFacts(provider), req, now);
    if (!(await this.providers.insert(provider, [event]))) throw new DomainError('CONFLICT', `provider ${i.providerId} is already registered`);
    return providerView(provider);
  }
}
