import { Injectable } from '@nestjs/common';
import { DomainError, type InputOf, type MatchingRpc, type OutputOf, type RpcRequest } from '@legalaid/contracts';
import { UserDirectoryRepository, type DirectoryUser } from '../adapters/user-directory.repository.js';

export const SIGNED_IN = ['CENTRE_STAFF', 'LAWYER', 'ORG_ADMIN', 'SUPERVISOR', 'ADMIN', 'APPRAISER', 'REFERRER'];

/** Display names for actor ids, for any signed-in reader of a timeline; ids never seen are left out. */
@Injectable()
export class UserNames {
  constructor(private readonly users: UserDirectoryRepository) {}

  async execute(req: RpcRequest<InputOf<typeof MatchingRpc.userNames>>): Promise<OutputOf<typeof MatchingRpc.userNames>> {
    if (!SIGNED_IN.includes(req.actor.role)) throw new DomainError('FORBIDDEN', 'citizens cannot read the user directory');
    const found = await Promise.all([...new Set(req.input.userIds)].map((id) => this.users.get(id)));
    return {
      users: found
        .filter((u): u is DirectoryUser => u !== null)
        .map((u) => ({ userId: u._id, displayName: u.displayName, role: u.role, organisationId: u.organisationId ?? null })),
    };
  }
}
