import { isEnumType, type GraphQLResolveInfo, type GraphQLSchema } from 'graphql';
import {
  ACTIVITY_KIND_LABELS,
  AdministrativeUnits,
  AidForms,
  bundledAdminUnits,
  CASE_OUTCOME_LABELS,
  CASE_STATE_LABELS,
  Channels,
  CODE_LABELS,
  DEADLINE_KIND_LABELS,
  EligibilityGroups,
  ENUM_LABEL_OVERRIDES,
  EVENT_TYPE_LABELS,
  EVENTS,
  EvidenceKinds,
  FieldsOfLaw,
  ORGANISATION_KINDS,
  PROVIDER_KINDS,
  MatchingRpc,
  RejectionGrounds,
  UrgencyReasons,
  type Label,
  type Term,
} from '@legalaid/contracts';
import { ACCESS, isUserRole } from '../access.js';
import { call } from '../context.js';
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
    "The name your token gives you (its name claim); null when it has none."
    displayName: String
    "Operations (query, mutation and subscription field names) this role may use."
    operations: [String!]!
  }

  type Term { code: String!, vi: String!, en: String! }
  "Who an actor id in a timeline or log is, when they have signed in with a name."
  type ActorName { userId: ID!, displayName: String!, role: String!, organisationId: ID }
  type EnumLabels { enum: String!, values: [Term!]! }
  "A text in Vietnamese and English."
  type Label { vi: String!, en: String! }
  "A rejection ground with the legal basis a rejection letter cites."
  type RejectionGroundTerm { code: String!, vi: String!, en: String!, basis: Label! }

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
    rejectionGrounds: [RejectionGroundTerm!]!
    organisationKinds: [Term!]!
    providerKinds: [Term!]!
    "Vietnamese and English labels for every value of every enum of this schema (or of one enum, by name)."
    enumLabels(enum: String): [EnumLabels!]!
    "Every event type of the ledger and timelines, in words."
    eventTypes: [Term!]!
    "The day the administrative-unit list came into force."
    administrativeUnitsEffectiveFrom: String!
    "Current provinces and commune-level units (optionally of one province)."
    administrativeUnits(provinceCode: String): [AdministrativeUnit!]!
  }
`;

const byCode = (terms: readonly Term[]): Record<string, Label> => Object.fromEntries(terms.map((t) => [t.code, { vi: t.vi, en: t.en }]));

/** Labels defined beside the codes themselves, per GraphQL enum; every other code takes CODE_LABELS. */
const ENUM_LABELS: Record<string, Record<string, Label>> = {
  Channel: byCode(Channels.terms),
  EligibilityGroup: byCode(EligibilityGroups.terms),
  FieldOfLaw: byCode(FieldsOfLaw.terms),
  AidForm: byCode(AidForms.terms),
  UrgencyReason: byCode(UrgencyReasons.terms),
  EvidenceKind: byCode(EvidenceKinds),
  RejectionGround: byCode(RejectionGrounds),
  OrganisationKind: byCode(ORGANISATION_KINDS),
  ProviderKind: byCode(PROVIDER_KINDS),
  CaseState: CASE_STATE_LABELS,
  CaseStateTarget: CASE_STATE_LABELS,
  CaseOutcome: CASE_OUTCOME_LABELS,
  ClosingOutcome: CASE_OUTCOME_LABELS,
  ActivityKind: ACTIVITY_KIND_LABELS,
  DeadlineKind: DEADLINE_KIND_LABELS,
  ScheduledDeadlineKind: DEADLINE_KIND_LABELS,
};

/** Every enum of the schema with a label for each value (null where none is defined: the test of this module catches it). */
export function enumLabels(schema: GraphQLSchema, only?: string | null): { enum: string; values: (Term | { code: string; vi: null; en: null })[] }[] {
  return Object.values(schema.getTypeMap())
    .filter((t) => isEnumType(t) && !t.name.startsWith('__') && (!only || t.name === only))
    .map((t) => ({
      enum: t.name,
      values: (t as import('graphql').GraphQLEnumType).getValues().map((v) => {
        const label = ENUM_LABEL_OVERRIDES[t.name]?.[v.name] ?? ENUM_LABELS[t.name]?.[v.name] ?? CODE_LABELS[v.name];
        return label ? { code: v.name, ...label } : { code: v.name, vi: null, en: null };
      }),
    }));
}

/** Every event type of the registry in words. */
export const eventTypeTerms = (): Term[] => EVENTS.map((e) => ({ code: e.type, ...(EVENT_TYPE_LABELS[e.type] ?? { vi: e.type, en: e.type }) }));

/** The administrative units shipped with contracts (legalaid.admin-units/v1; 2025 reform: no districts). */
const units = new AdministrativeUnits(bundledAdminUnits);
const labelled = (labels: Record<string, { vi: string; en: string }>): Term[] => Object.entries(labels).map(([code, l]) => ({ code, ...l }));

export const identityResolvers = {
  Query: {
    me: async (_: unknown, __: unknown, ctx: GuardedContext) => {
      const actor = ctx.actor!;
      const operations = isUserRole(actor.role) ? Object.entries(ACCESS).filter(([, rule]) => (rule.roles as Record<string, unknown>)[actor.role]).map(([op]) => op) : [];
      // The console asks for `me` at sign-in: the name goes into the user directory, so timelines can show it to others.
      if (ctx.displayName) await call(ctx, MatchingRpc.noteUser, { displayName: ctx.displayName });
      return { id: actor.id, role: actor.role, organisationId: actor.organisationId ?? null, providerId: actor.providerId ?? null, displayName: ctx.displayName, operations };
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
    enumLabels: (_: unknown, args: { enum?: string | null }, __: unknown, info: GraphQLResolveInfo) => enumLabels(info.schema, args.enum),
    eventTypes: () => eventTypeTerms(),
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
