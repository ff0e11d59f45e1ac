import { ORGANISATION_CONTACT_FIELDS, type OrganisationContact, type OrganisationKind, type OrganisationView } from '@legalaid/contracts';
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
  registeredAt: Date;
  /** Contact and letterhead data; absent on organisations registered before it existed. */
  contact?: OrganisationContact;
  appliedEventIds?: string[];
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
    registeredAt: new Date(o.registeredAt).toISOString(),
    contact: { ...NO_CONTACT, ...o.contact },
    version: o.version,
  };
}
