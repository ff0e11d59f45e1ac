import { z } from 'zod';

/**
 * Roles of the network (DESIGN.md §6 Identity). `LAWYER` covers every provider
 * kind (legal aid officers and collaborators too). `SYSTEM` is a service acting
 * on its own (timers, reactions); `CITIZEN` is an anonymous feedback giver.
 */
export const ROLES = [
  'CENTRE_STAFF',
  'LAWYER',
  'ORG_ADMIN',
  'SUPERVISOR',
  'ADMIN',
  'APPRAISER',
  'REFERRER',
  'CITIZEN',
  'SYSTEM',
] as const;
export const RoleSchema = z.enum(ROLES);
export type Role = z.infer<typeof RoleSchema>;

const Id = z.string().min(1).max(128).regex(/^[A-Za-z0-9_.:@-]+$/, 'identifier has characters outside [A-Za-z0-9_.:@-]');

export const ActorSchema = z
  .object({
    id: Id,
    role: RoleSchema,
    organisationId: Id.optional(),
    providerId: Id.optional(),
  })
  .strict();
export type Actor = z.infer<typeof ActorSchema>;

export function systemActor(service: string): Actor {
  return { id: `service:${service}`, role: 'SYSTEM' };
}
