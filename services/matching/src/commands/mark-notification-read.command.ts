import { Injectable } from '@nestjs/common';
import { DomainError, type InputOf, type NotificationRpc, type OutputOf, type RpcRequest } from '@legalaid/contracts';
import { ProfessionalMessages } from '../adapters/professional-messages.js';
import { inboxKeysOf } from '../domain/professional-messages.js';

/** Marks one of the signed-in user's inbox notifications read; marking it again changes nothing. */
@Injectable()
export class MarkNotificationRead {
  constructor(private readonly messages: ProfessionalMessages) {}

  async execute(req: RpcRequest<InputOf<typeof NotificationRpc.markNotificationRead>>): Promise<OutputOf<typeof NotificationRpc.markNotificationRead>> {
    const keys = inboxKeysOf(req.actor);
    const n = keys.length ? await this.messages.inbox.markRead(req.input.id, keys) : null;
    if (!n) throw new DomainError('NOT_FOUND', `no notification ${req.input.id}`);
    return n;
  }
}
