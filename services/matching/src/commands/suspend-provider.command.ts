import { Injectable } from '@nestjs/common';
import { MatchingProviderReinstated, MatchingProviderSuspended, type InputOf, type MatchingRpc, type ProviderView, type RpcRequest } from '@legalaid/contracts';
import { reinstate, suspend } from '../domain/provider.js';
import { requireProviderManager } from './access.js';
import { ChangeProvider } from './change-provider.js';
import { envelope } from './matchmaker.js';

/** ADMIN or the provider's organisation suspends a provider: no new offers reach them. */
@Injectable()
export class SuspendProvider {
  constructor(private readonly change: ChangeProvider) {}

  execute(req: RpcRequest<InputOf<typeof MatchingRpc.suspendProvider>>): Promise<ProviderView> {
    return this.change.run(
      req.input.providerId,
      undefined,
      (p) => requireProviderManager(req.actor, p, 'suspend providers'),
      (p, now) => ({
        provider: suspend(p, req.input.reason, now),
        events: (at) => [envelope(MatchingProviderSuspended, { providerId: p._id, organisationId: p.organisationId, suspendedAt: at.toISOString() }, req, at)],
      }),
    );
  }
}

/** ADMIN or the provider's organisation reinstates a suspended provider. */
@Injectable()
export class ReinstateProvider {
  constructor(private readonly change: ChangeProvider) {}

  execute(req: RpcRequest<InputOf<typeof MatchingRpc.reinstateProvider>>): Promise<ProviderView> {
    return this.change.run(
      req.input.providerId,
      undefined,
      (p) => requireProviderManager(req.actor, p, 'reinstate providers'),
      (p, now) => ({
        provider: reinstate(p, now),
        events: (at) => [envelope(MatchingProviderReinstated, { providerId: p._id, organisationId: p.organisationId, reinstatedAt: at.toISOString() }, req, at)],
      }),
    );
  }
}
