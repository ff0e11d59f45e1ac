import { DomainError, type Actor, type EventMeta } from '@legalaid/contracts';
import { appliedRequest, retryOnConflict } from '@legalaid/infra';
import { assertCanHandle, notFound } from '../domain/access-policy.js';
import type { LegalAidRequest } from '../domain/legal-aid-request.js';
import type { RequestRepository } from '../adapters/request.repository.js';

/**
 * Loads a request for a command by its centre's staff, checking the caller's
 * expected version if given — unless the command's request id is recorded on
 * it already (a retry of an applied command, whose first try moved the version).
 */
export async function loadForCommand(requests: RequestRepository, actor: Actor, id: string, expectedVersion?: number, request: { requestId?: string } = {}): Promise<LegalAidRequest> {
  const r = await requests.get(id);
  if (!r) throw notFound(id);
  assertCanHandle(actor, r);
  if (expectedVersion !== undefined && r.version !== expectedVersion && !appliedRequest(r, request)) {
    throw new DomainError('VERSION_CONFLICT', `request ${id} is at version ${r.version}, not ${expectedVersion}: reload it`);
  }
  return r;
}

export function metaOf(req: { actor: Actor; correlationId: string }, now: Date, causationId?: string): EventMeta {
  return { actor: req.actor, correlationId: req.correlationId, occurredAt: now, causationId: causationId ?? null };
}

/** Re-runs a command that lost an optimistic-concurrency race, unless the caller pinned a version. */
export async function withRetry<R>(expectedVersion: number | undefined, fn: () => Promise<R>): Promise<R> {
  return expectedVersion === undefined ? retryOnConflict(fn) : fn();
}
