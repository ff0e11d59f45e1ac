import { isEnumType, type GraphQLResolveInfo, type GraphQLSchema } from 'graphql';
import {
  ACTIVITY_KIND_LABELS,
  AidForms,
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
  IntakeRpc,
  MatchingRpc,
  RejectionGrounds,
  UrgencyReasons,
  type Label,
  type Term,
} from '@legalaid/contracts';
import { ACCESS, isUserRole } from '../access.js';
import type { GuardedContext } from '../guard.js';
import { call, once, type GatewayContext } from '../context.js';

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
    "The English name."
    nameEn: String
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
    "The day the administrative-unit list intake has loaded came into force."
    administrativeUnitsEffectiveFrom: String!
    "Current provinces and commune-level units intake has loaded (optionally of one province); with search, those whose Vietnamese or English name contains it, case and diacritics ignored ('ho chi minh', 'thu duc')."
    administrativeUnits(provinceCode: String, search: String): [AdministrativeUnit!]!
    "What a unit code recorded at any time means now: the current unit, or a former one (e.g. a province merged on 1 July 2025) with its successors."
    administrativeUnit(code: String!): UnitResolution
    "Former units (before the 2025 reform) whose name or former district's name contains search, case and diacritics ignored ('cat ba'), optionally only those now in one province; each with its successors, so old records and addresses can be found by the names people still use."
    formerAdministrativeUnits(search: String!, provinceCode: String): [UnitResolution!]!
  }

  type FormerAdministrativeUnit {
    code: String!
    name: String!
    "PROVINCE, DISTRICT or COMMUNE."
    level: String!
    "The last day it existed."
    until: String!
    "The province it belonged to at the time (itself possibly a former province)."
    provinceCode: String
    "The district a former commune belonged to."
    districtName: String
  }

  type UnitResolution {
    code: String!
    "The unit itself when the code is current."
    current: AdministrativeUnit
    "The former unit when the code no longer exists."
    former: FormerAdministrativeUnit
    "The current units that took over a former unit's area."
    successors: [AdministrativeUnit!]!
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

type UnitsOutput = Awaited<ReturnType<typeof unitsOf>>;
/** The units intake has loaded (its reference file, e.g. after an import), never a copy bundled with the gateway. */
function unitsOf(ctx: GatewayContext, input: { provinceCode?: string; search?: string; code?: string }) {
  return once(ctx, `units:${JSON.stringify(input)}`, () => call(ctx, IntakeRpc.units, input));
}
type FormerOutput = UnitsOutput['former'][number];
function formerResolution(f: FormerOutput) {
  const { successors = [], successorCodes: _codes, ...former } = f;
  const views = successors.map((u) =>
    u.provinceCode
      ? { code: u.code, level: 'COMMUNE', kind: u.kind, name: u.name, nameEn: u.nameEn ?? null, parentCode: u.provinceCode }
      : { code: u.code, level: 'PROVINCE', kind: u.kind, name: u.name, nameEn: u.nameEn ?? null, parentCode: null },
  );
  return { code: f.code, current: null, former: { ...former, provinceCode: former.provinceCode ?? null, districtName: former.districtName ?? null }, successors: views };
}
function unitViews(out: UnitsOutput) {
  return [
    ...out.provinces.map((p) => ({ code: p.code, level: 'PROVINCE', kind: p.kind, name: p.name, nameEn: p.nameEn ?? null, parentCode: null })),
    ...out.units.map((u) => ({ code: u.code, level: 'COMMUNE', kind: u.kind, name: u.name, nameEn: u.nameEn ?? null, parentCode: u.provinceCode })),
  ];
}
const present = <T>(v: T | null | undefined): T | undefined => (v === null || v === undefined ? undefined : v);
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
    // Asked for a code no unit has ("00"), intake answers the list's date and no units.
    administrativeUnitsEffectiveFrom: async (_: unknown, __: unknown, ctx: GatewayContext) => (await unitsOf(ctx, { code: '00' })).effectiveFrom,
    administrativeUnits: async (_: unknown, args: { provinceCode?: string | null; search?: string | null }, ctx: GatewayContext) =>
      unitViews(await unitsOf(ctx, { provinceCode: present(args.provinceCode), search: present(args.search) })),
    administrativeUnit: async (_: unknown, args: { code: string }, ctx: GatewayContext) => {
      const out = await unitsOf(ctx, { code: args.code });
      const views = unitViews(out);
      const former = out.former[0];
      if (former) return formerResolution(former);
      return views.length ? { code: args.code, current: views[0], former: null, successors: [] } : null;
    },
    formerAdministrativeUnits: async (_: unknown, args: { search: string; provinceCode?: string | null }, ctx: GatewayContext) =>
      (await unitsOf(ctx, { provinceCode: present(args.provinceCode), search: args.search })).former.map(formerResolution),
  },
};
