import * as contracts from '@legalaid/contracts';
import { AidForms, Channels, EligibilityGroups, FieldsOfLaw, UrgencyReasons, type Term } from '@legalaid/contracts';
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
    vi: String!
    en: String
    parentCode: String
  }

  type ReferenceData {
    channels: [Term!]!
    eligibilityGroups: [Term!]!
    fieldsOfLaw: [Term!]!
    aidForms: [Term!]!
    urgencyReasons: [Term!]!
    outcomes: [Term!]!
    administrativeUnits(provinceCode: String): [AdministrativeUnit!]!
  }
`;

type Vocabulary = { terms: readonly Term[] };
interface UnitLike {
  code: string;
  level?: string;
  kind?: string;
  type?: string;
  vi?: string;
  name?: string;
  nameVi?: string;
  en?: string;
  nameEn?: string;
  parentCode?: string | null;
  provinceCode?: string | null;
}

/** Vocabularies other helpers add to contracts appear here once exported (outcomes from cases). */
function optionalTerms(...names: string[]): readonly Term[] {
  for (const name of names) {
    const v = (contracts as unknown as Record<string, Vocabulary | undefined>)[name];
    if (v && Array.isArray(v.terms)) return v.terms;
  }
  return [];
}

/** Administrative units from contracts' reference data, whatever the list is called there. */
function administrativeUnits(): UnitLike[] {
  const c = contracts as unknown as Record<string, unknown>;
  for (const name of ['ADMINISTRATIVE_UNITS', 'AdministrativeUnits', 'administrativeUnits', 'UNITS']) {
    const v = c[name];
    if (Array.isArray(v)) return v as UnitLike[];
    if (v && typeof v === 'object' && Array.isArray((v as { units?: unknown }).units)) return (v as { units: UnitLike[] }).units;
  }
  return [];
}

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
    outcomes: () => optionalTerms('CaseOutcomes', 'Outcomes'),
    administrativeUnits: (_: unknown, args: { provinceCode?: string | null }) =>
      administrativeUnits()
        .map((u) => ({
          code: u.code,
          level: (u.level ?? u.kind ?? u.type ?? (u.code.length <= 2 ? 'PROVINCE' : 'COMMUNE')).toUpperCase(),
          vi: u.vi ?? u.nameVi ?? u.name ?? u.code,
          en: u.en ?? u.nameEn ?? null,
          parentCode: u.parentCode ?? u.provinceCode ?? null,
        }))
        .filter((u) => !args.provinceCode || u.code === args.provinceCode || u.parentCode === args.provinceCode),
  },
};
