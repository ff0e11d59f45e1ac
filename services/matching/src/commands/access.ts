import { DomainError, type Actor, type Role } from '@legalaid/contracts';
import type { Provider } from '../domain/provider.js';

/** Access rules, enforced in the service from the envelope's actor (not only at the gateway). */
export function requireRole(actor: Actor, roles: readonly Role[], what: string): void {
  if (!roles.includes(actor.role)) throw new DomainError('FORBIDDEN', `your role (${actor.role}) cannot ${what}`);
}

/** ADMIN; the admin or staff of the provider's organisation; for `self`, the provider themself. */
export function requireProviderManager(actor: Actor, p: Pick<Provider, '_id' | 'organisationId'>, what: string, self = false): void {
  if (actor.role === 'ADMIN') return;
  if ((actor.role === 'ORG_ADMIN' || actor.role === 'CENTRE_STAFF') && actor.organisationId === p.organisationId) return;
  if (self && actor.role === 'LAWYER' && actor.providerId === p._id) return;
  throw new DomainError('FORBIDDEN', `you cannot ${what} for provider ${p._id}`);
}

export function requireProviderActor(actor: Actor): string {
  if (actor.role !== 'LAWYER' || !actor.providerId) throw new DomainError('FORBIDDEN', 'only a provider (LAWYER with a provider id) answers offers');
  return actor.providerId;
}
