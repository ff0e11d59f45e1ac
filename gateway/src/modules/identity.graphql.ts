import {
  AdministrativeUnits,
  AidForms,
  bundledAdminUnits,
  CASE_OUTCOME_LABELS,
  Channels,
  EligibilityGroups,
  EvidenceKinds,
  FieldsOfLaw,
  ORGANISATION_KINDS,
  PROVIDER_KINDS,
  RejectionGrounds,
  UrgencyReasons,
  type Term,
} from '@legalaid/contracts';
import { ACCESS, isUserRole } from '../access.js';
import type { GuardedContext } from '../guard.js';

export const identityTypeDefs = /* GraphQL */ `
  type Query {
    "Who the bearer token says you are, and the operations the access matrix opens to you."
    me: Me!
    "Codes with Vietnamese and English labels, and the administrative units; no token needed."
    referenceData: ReferenceData!
  }

  enum Role { CENTRE_STAFF LAWYER ORG_ADMIN SUPERVISOR ADMIN APPRAISER REFERRER }

  type Me {
    id: ID!
    role: Role!
    organisationId: ID
    providerId: ID
    "Operations (query, mutation and subscription field names) this role may use."
    operations: [String!]!
  }

  type Term { code: String!, vi: String!, en: String! }

  type AdministrativeUnit {
    code: String!
    "PROVINCE or COMMUNE (the 2025 reform removed districts)."
    level: String!
    "CITY or PROVINCE; WARD, COMMUNE or SPECIAL_ZONE."
    kind: String!
    "The official Vietnamese name."
    name: String!
    "The province of a commune-level unit."
    parentCode: String
  }

  type ReferenceData {
    channels: [Term!]!
    eligibilityGroups: [Term!]!
    fieldsOfLaw: [Term!]!
    aidForms: [Term!]!
    urgencyReasons: [Term!]!
    outcomes: [Term!]!
    evidenceKinds: [Term!]!
    rejectionGrounds: [Term!]!
    organisationKinds: [Term!]!
    providerKinds: [Term!]!
    "The day the administrative-unit list came into force."
    administrativeUnitsEffectiveFrom: String!
    "Current provinces and commune-level units (optionally of one province)."
    administrativeUnits(provinceCode: String): [AdministrativeUnit!]!
  }
`;

/** The administrative units shipped with contracts (legalaid.admin-units/v1; 2025 reform: no districts). */
const units = new AdministrativeUnits(bundledAdminUnits);
const labelled = (labels: Record<string, { vi: string; en: string }>): Term[] => Object.entries(labels).map(([code, l]) => ({ code, ...l }));

export const identityResolvers = {
  Query: {
    me: (_: unknown, __: unknown, ctx: GuardedContext) => {
      const actor = ctx.actor!;
      const operations = isUserRole(actor.role) ? Object.entries(ACCESS).filter(([, rule]) => (rule.roles as Record<string, unknown>)[actor.role]).map(([op]) => op) : [];
      return { id: actor.id, role: actor.role, organisationId: actor.organisationId ?? null, providerId: actor.providerId ?? null, operations };
    },
    referenceData: () => ({}),
  },
  ReferenceData: {
    channels: () => Channels.terms,
    eligibilityGroups: () => EligibilityGroups.terms,
    fieldsOfLaw: () => FieldsOfLaw.terms,
    aidForms: () => AidForms.terms,
    urgencyReasons: () => UrgencyReasons.terms,
    outcomes: () => labelled(CASE_OUTCOME_LABELS),
    evidenceKinds: () => EvidenceKinds,
    rejectionGrounds: () => RejectionGrounds,
    organisationKinds: () => ORGANISATION_KINDS,
    providerKinds: () => PROVIDER_KINDS,
    administrativeUnitsEffectiveFrom: () => units.effectiveFrom,
    administrativeUnits: (_: unknown, args: { provinceCode?: string | null }) => [
      ...units
        .listProvinces()
        .filter((p) => !args.provinceCode || p.code === args.provinceCode)
        .map((p) => ({ code: p.code, level: 'PROVINCE', kind: p.kind, name: p.name, parentCode: null })),
      ...units.list(args.provinceCode ?? undefined).map((u) => ({ code: u.code, level: 'COMMUNE', kind: u.kind, name: u.name, parentCode: u.provinceCode })),
    ],
  },
};
