import { AidForms, hsdsId, ORGANISATION_CONTACT_FIELDS, OrganisationDirectorySchema, type OrganisationContact, type OrganisationDirectory, type OrganisationKind, type OrganisationView } from '@legalaid/contracts';
import type { EscalationTarget } from './referral.js';

/** An organisation of the network: centre, branch, bar organisation, firm, consultancy, NGO, Front committee. */
export interface Organisation {
  _id: string;
  version: number;
  kind: OrganisationKind;
  name: string;
  provinceCode: string;
  parentOrganisationId: string | null;
  /** For a centre: the bar organisation its unplaced referrals go to; null keeps them with the centre's own officers. */
  escalationOrganisationId: string | null;
  /** What it publishes in the public directory (absent on documents written before: nothing). */
  directory?: OrganisationDirectory;
  /** Listed in the public directory: what the directory reads, by equality. */
  directoryListed?: boolean;
  /** The HSDS ids of the organisation, its location, services and services at location: one indexed lookup finds it from any. */
  hsdsIds?: string[];
  registeredAt: Date;
  updatedAt?: Date;
  /** Contact and letterhead data; absent on organisations registered before it existed. */
  contact?: OrganisationContact;
  appliedEventIds?: string[];
}

/** Fatherland Front committees refer people to legal aid; they do not give it, so the directory leaves them out. */
const NEVER_LISTED: readonly OrganisationKind[] = ['FRONT_COMMITTEE'];

export const EMPTY_DIRECTORY: OrganisationDirectory = OrganisationDirectorySchema.parse({ listed: false });

/** Every HSDS id derived from an organisation's id (stable: UUID v5). */
export function organisationHsdsIds(organisationId: string): string[] {
  return [
    hsdsId('organization', organisationId),
    hsdsId('location', organisationId),
    ...AidForms.terms.flatMap((f) => [hsdsId('service', organisationId, f.code), hsdsId('service_at_location', organisationId, f.code)]),
  ];
}

export function withDirectory(o: Organisation, directory: OrganisationDirectory, now: Date): Organisation {
  return {
    ...o,
    directory,
    directoryListed: directory.listed && !NEVER_LISTED.includes(o.kind),
    hsdsIds: organisationHsdsIds(o._id),
    updatedAt: now,
  };
}

export const NO_CONTACT: OrganisationContact = { address: null, phone: null, email: null, signatoryName: null, signatoryTitle: null };

/** The organisation with the given contact fields changed (the others kept), and which ones changed. */
export function updateContact(o: Organisation, patch: Partial<OrganisationContact>): { organisation: Organisation; changed: (keyof OrganisationContact)[] } {
  const current = { ...NO_CONTACT, ...o.contact };
  const next = { ...current };
  const changed: (keyof OrganisationContact)[] = [];
  for (const field of ORGANISATION_CONTACT_FIELDS) {
    const value = patch[field];
    if (value !== undefined && value !== current[field]) {
      next[field] = value;
      changed.push(field);
    }
  }
  return { organisation: { ...o, contact: next }, changed };
}

/** Where a centre's referral goes when no provider takes it. */
export function escalationTargetFor(centreId: string, centre: Organisation | null): EscalationTarget {
  return centre?.escalationOrganisationId
    ? { organisationId: centre.escalationOrganisationId, target: 'BAR_ASSOCIATION' }
    : { organisationId: centreId, target: 'CENTRE_OFFICERS' };
}

export function organisationView(o: Organisation): OrganisationView {
  return {
    organisationId: o._id,
    kind: o.kind,
    name: o.name,
    provinceCode: o.provinceCode,
    parentOrganisationId: o.parentOrganisationId,
    escalationOrganisationId: o.escalationOrganisationId,
    directory: o.directory ?? EMPTY_DIRECTORY,
    registeredAt: new Date(o.registeredAt).toISOString(),
    updatedAt: new Date(o.updatedAt ?? o.registeredAt).toISOString(),
    contact: { ...NO_CONTACT, ...o.contact },
    version: o.version,
  };
}
