import { Injectable } from '@nestjs/common';
import { MatchingProviderUpdated, type InputOf, type MatchingRpc, type ProviderView, type RpcRequest } from '@legalaid/contracts';
import { providerFacts, updateProfile } from '../domain/provider.js';
import { requireProviderManager } from './access.js';
import { ChangeProvider } from './change-provider.js';
import { envelope } from './matchmaker.js';

/** A provider, their organisation's admin or ADMIN changes the profile. */
@Injectable()
export class UpdateProvider {
  constructor(private readonly change: ChangeProvider) {}

  execute(req: RpcRequest<InputOf<typeof MatchingRpc.updateProvider>>): Promise<ProviderView> {
    const { providerId, expectedVersion, patch } = req.input;
    return this.change.run(
      providerId,
      expectedVersion,
      (p) => requireProviderManager(req.actor, p, 'change the profile', true),
      (p, now) => {
        const { provider, changed } = updateProfile(p, patch, now);
        return { provider, events: (at) => (changed.length ? [envelope(MatchingProviderUpdated, { ...providerFacts(provider), changed }, req, at)] : []) };
      },
    );
  }
}
