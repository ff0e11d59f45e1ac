import { Injectable } from '@nestjs/common';
import { MatchingProviderUpdated, type InputOf, type MatchingRpc, type ProviderView, type RpcRequest } from '@legalaid/contracts';
import { providerFacts, setAvailability } from '../domain/provider.js';
import { requireProviderManager } from './access.js';
import { ChangeProvider } from './change-provider.js';
import { envelope } from './matchmaker.js';

/** A provider (or their admin) sets availability and leave periods. */
@Injectable()
export class SetProviderAvailability {
  constructor(private readonly change: ChangeProvider) {}

  execute(req: RpcRequest<InputOf<typeof MatchingRpc.setProviderAvailability>>): Promise<ProviderView> {
    const { providerId, available, leave } = req.input;
    return this.change.run(
      providerId,
      undefined,
      (p) => requireProviderManager(req.actor, p, 'set availability', true),
      (p, now) => {
        const periods = leave?.map((l) => ({ from: new Date(l.from), to: new Date(l.to) }));
        const { provider, changed } = setAvailability(p, available, periods, now);
        return { provider, events: (at) => (changed.length ? [envelope(MatchingProviderUpdated, { ...providerFacts(provider), changed }, req, at)] : []) };
      },
    );
  }
}
