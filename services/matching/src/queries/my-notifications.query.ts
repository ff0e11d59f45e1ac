import { Injectable } from '@nestjs/common';
import { DomainError, type InputOf, type NotificationRpc, type OutputOf, type RpcRequest } from '@legalaid/contracts';
import { ProfessionalMessages } from '../adapters/professional-messages.js';
import { inboxKeysOf } from '../domain/professional-messages.js';

function keysOrRefuse(req: RpcRequest<unknown>): string[] {
  const keys = inboxKeysOf(req.actor);
  if (keys.length === 0) throw new DomainError('FORBIDDEN', 'this role has no inbox');
  return keys;
}

/** The signed-in user's inbox: their provider id, their organisation, or the supervisors'. */
@Injectable()
export class MyNotifications {
  constructor(private readonly messages: ProfessionalMessages) {}

  async execute(req: RpcRequest<InputOf<typeof NotificationRpc.myNotifications>>): Promise<OutputOf<typeof NotificationRpc.myNotifications>> {
    return this.messages.inbox.list(keysOrRefuse(req), req.input.unreadOnly, req.input.first);
  }
}

/** One inbox notification, if the signed-in user may see it (else: not found, never a hint it exists). */
@Injectable()
export class GetNotification {
  constructor(private readonly messages: ProfessionalMessages) {}

  async execute(req: RpcRequest<InputOf<typeof NotificationRpc.getNotification>>): Promise<OutputOf<typeof NotificationRpc.getNotification>> {
    const n = await this.messages.inbox.get(req.input.id, keysOrRefuse(req));
    if (!n) throw new DomainError('NOT_FOUND', `no notification ${req.input.id}`);
    return n;
  }
}
