import { Inject, Injectable } from '@nestjs/common';
import { DomainError, type InputOf, type MatchingRpc, type OutputOf, type RpcRequest } from '@legalaid/contracts';
import { CLOCK, type Clock } from '@legalaid/infra';
import { UserDirectoryRepository } from '../adapters/user-directory.repository.js';
import { SIGNED_IN } from '../queries/user-names.query.js';

/** The signed-in user records the name their token gives them (the gateway does it when the console asks `me`). */
@Injectable()
export class NoteUser {
  constructor(
    private readonly users: UserDirectoryRepository,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async execute(req: RpcRequest<InputOf<typeof MatchingRpc.noteUser>>): Promise<OutputOf<typeof MatchingRpc.noteUser>> {
    const a = req.actor;
    if (!SIGNED_IN.includes(a.role)) throw new DomainError('FORBIDDEN', 'only signed-in users have a directory entry');
    await this.users.note({ _id: a.id, displayName: req.input.displayName, role: a.role, organisationId: a.organisationId ?? null, seenAt: this.clock() });
    return { userId: a.id, displayName: req.input.displayName };
  }
}
