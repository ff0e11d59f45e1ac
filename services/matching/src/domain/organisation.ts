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
  // The main phone stays the contact's; a copy of it among the directory's numbers is dropped.
  return withSingleContact({
    ...withSingleContact(o),
    directory,
    directoryListed: directory.listed && !NEVER_LISTED.includes(o.kind),
    hsdsIds: organisationHsdsIds(o._id),
    updatedAt: now,
  });
}

export const NO_CONTACT: OrganisationContact = { address: null, phone: null, email: null, signatoryName: null, signatoryTitle: null };

/** Contact fields the public directory publishes (a change to them is a change of the directory entry). */
const PUBLISHED_CONTACT_FIELDS: readonly (keyof OrganisationContact)[] = ['phone', 'email'];

/** The organisation with the given contact fields changed (the others kept), and which ones changed. */
export function updateContact(o: Organisation, patch: Partial<OrganisationContact>, now: Date): { organisation: Organisation; changed: (keyof OrganisationContact)[] } {
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
  // The directory publishes the phone and e-mail: readers of `modified_after` see the change.
  const published = changed.some((f) => PUBLISHED_CONTACT_FIELDS.includes(f));
  return { organisation: { ...o, contact: next, ...(published ? { updatedAt: now } : {}) }, changed };
}

const digits = (n: string) => n.replace(/\D/g, '');
const CONTACT_PHONE = /^\+?[\d .()-]{6,24}$/;

/**
 * Documents written when the directory kept its own e-mail (they have an
 * `email` key in `directory`), read as they are now: the contact profile
 * holds the e-mail and the main phone (the first directory number when the
 * contact had none), the directory only further numbers. Pure; the
 * repository rewrites such documents once at start-up and every read goes
 * through here meanwhile. On any document, a copy of the main phone among
 * the further numbers is dropped (it is published once, first).
 */
export function withSingleContact(o: Organisation): Organisation {
  const stored = o.directory as (OrganisationDirectory & { email?: string | null }) | undefined;
  const contact = { ...NO_CONTACT, ...o.contact };
  if (!stored) return { ...o, contact };
  const { email, ...directory } = stored;
  let phones = directory.phones ?? [];
  if ('email' in stored) {
    if (!contact.email && email) contact.email = email;
    const main = contact.phone ? null : phones.find((p) => CONTACT_PHONE.test(p.number));
    if (main) contact.phone = main.number;
  }
  if (contact.phone) phones = phones.filter((p) => digits(p.number) !== digits(contact.phone!));
  return { ...o, contact, directory: { ...directory, phones } };
}

/** Whether a stored document is of the older shape, or repeats its main phone among the further numbers. */
export function needsSingleContact(o: Organisation): boolean {
  const d = o.directory as (OrganisationDirectory & { email?: unknown }) | undefined;
  if (!d) return false;
  const phone = o.contact?.phone;
  return 'email' in d || (!!phone && (d.phones ?? []).some((p) => digits(p.number) === digits(phone)));
}

/** Where a centre's referral goes when no provider takes it. */
export function escalationTargetFor(centreId: string, centre: Organisation | null): EscalationTarget {
  return centre?.escalationOrganisationId
    ? { organisationId: centre.escalationOrganisationId, target: 'BAR_ASSOCIATION' }
    : { organisationId: centreId, target: 'CENTRE_OFFICERS' };
}

export function organisationView(stored: Organisation): OrganisationView {
  const o = withSingleContact(stored);
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
