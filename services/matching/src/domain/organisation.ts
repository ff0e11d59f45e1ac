import type { OrganisationKind, OrganisationView, ProfessionalContact } from '@legalaid/contracts';
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
  /** Where its admins (a centre: its officers) receive messages; older documents have none. */
  contact?: ProfessionalContact | null;
  registeredAt: Date;
  appliedEventIds?: string[];
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
  };
}
