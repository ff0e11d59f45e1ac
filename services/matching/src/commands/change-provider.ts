import { Injectable } from '@nestjs/common';
import { DomainError, type Envelope, type ProviderView } from '@legalaid/contracts';
import { retryOnConflict } from '@legalaid/infra';
import { ProviderRepository } from '../adapters/provider.repository.js';
import { providerView, type Provider } from '../domain/provider.js';
import { Matchmaker } from './matchmaker.js';

/**
 * The one way provider commands change a provider: load, check access, apply
 * a pure change, save with its events under the version, refresh this
 * replica's index. Other replicas learn from the event.
 */
@Injectable()
export class ChangeProvider {
  constructor(
    private readonly providers: ProviderRepository,
    private readonly matchmaker: Matchmaker,
  ) {}

  async run(
    providerId: string,
    expectedVersion: number | undefined,
    authorise: (p: Provider) => void,
    change: (p: Provider, now: Date) => { provider: Provider; events: (now: Date) => Envelope[] },
  ): Promise<ProviderView> {
    const attempt = async () => {
      const p = await this.providers.get(providerId);
      if (!p) throw new DomainError('PROVIDER_NOT_FOUND', `no provider ${providerId}`);
      authorise(p);
      if (expectedVersion !== undefined && expectedVersion !== p.version) {
        throw new DomainError('VERSION_CONFLICT', `provider ${providerId} is at version ${p.version}, not ${expectedVersion}`);
      }
      const now = this.matchmaker.now();
      const next = change(p, now);
      await this.providers.save(next.provider, p.version, next.events(now));
      return providerView({ ...next.provider, version: p.version + 1 });
    };
    // With an expected version the caller decides; without, a lost race is retried on fresh state.
    return expectedVersion === undefined ? retryOnConflict(attempt) : attempt();
  }
}

