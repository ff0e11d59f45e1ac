import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import {
  getNamedType,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  isObjectType,
  isScalarType,
  type GraphQLField,
  type GraphQLInputType,
} from 'graphql';
import { CasesRpc, CaseViewSchema, IntakeRpc, OversightRpc, RequestViewSchema } from '@legalaid/contracts';
import { ACCESS, USER_ROLES, type Ownership, type UserRole } from '../src/access.js';
import { buildSchema } from '../src/schema.js';
import { answer, gql, startTestGateway, token } from './helpers.js';

/**
 * The access matrix, exhaustively: every role (and no token) against every
 * root field of the schema. No service runs, so an allowed call reaches the
 * NATS layer and answers SERVICE_UNAVAILABLE (or BAD_USER_INPUT when the
 * generated input breaks a contract), while a refused one never leaves the
 * gateway: UNAUTHENTICATED or FORBIDDEN.
 */
const schema = buildSchema();
const ORG = 'org-1';
const PROVIDER = 'prov-1';
const UUID = '01934f6e-7c1a-7000-8000-0000000000aa';

function sample(type: GraphQLInputType): unknown {
  if (isNonNullType(type)) return sample(type.ofType);
  if (isListType(type)) return [sample(type.ofType)];
  if (isEnumType(type)) return type.getValues()[0].value;
  if (isInputObjectType(type)) {
    return Object.fromEntries(
      Object.values(type.getFields())
        .filter((f) => isNonNullType(f.type))
        .map((f) => [f.name, sample(f.type)]),
    );
  }
  if (isScalarType(type)) {
    return { ID: UUID, String: 'x', Int: 1, Float: 1, Boolean: true, DateTime: '2026-01-05T03:00:00.000Z', JSON: {} }[type.name] ?? 'x';
  }
  throw new Error(`no sample for ${String(type)}`);
}

function setPath(target: Record<string, unknown>, path: string, value: unknown) {
  const keys = path.split('.');
  let node = target;
  for (const k of keys.slice(0, -1)) node = (node[k] ??= {}) as Record<string, unknown>;
  node[keys.at(-1)!] = value;
}

/** An operation document and variables for one root field, made to satisfy the role's ownership rule. */
function operationFor(kind: 'query' | 'mutation' | 'subscription', field: GraphQLField<unknown, unknown>, ownership?: Ownership) {
  const vars: Record<string, unknown> = {};
  for (const arg of field.args) if (isNonNullType(arg.type)) vars[arg.name] = sample(arg.type);
  if (ownership && (ownership.kind === 'arg' || ownership.kind === 'filter')) {
    setPath(vars, ownership.path, ownership.claim === 'providerId' ? PROVIDER : ORG);
  }
  const used = field.args.filter((a) => vars[a.name] !== undefined);
  const decl = used.length ? `(${used.map((a) => `$${a.name}: ${String(a.type)}`).join(', ')})` : '';
  const call = used.length ? `(${used.map((a) => `${a.name}: $${a.name}`).join(', ')})` : '';
  const selection = isObjectType(getNamedType(field.type)) ? ' { __typename }' : '';
  return { query: `${kind} Op${decl} { ${field.name}${call}${selection} }`, variables: vars };
}

const ROOTS = [
  ['query', schema.getQueryType()!],
  ['mutation', schema.getMutationType()!],
  ['subscription', schema.getSubscriptionType()!],
] as const;
const FIELDS = ROOTS.flatMap(([kind, type]) => Object.values(type.getFields()).map((f) => ({ kind, field: f })));

let gateway: Awaited<ReturnType<typeof startTestGateway>>;
const tokens = new Map<UserRole, string>();
beforeAll(async () => {
  gateway = await startTestGateway({ RATE_LIMIT_MAX: '100000' });
  for (const role of USER_ROLES) tokens.set(role, await token({ sub: `user-${role.toLowerCase()}`, role, org: ORG, providerId: PROVIDER }));
});
afterAll(async () => {
  await gateway?.close();
});

/** Runs one operation; for a subscription, reads the event stream briefly. */
async function run(kind: string, query: string, variables: Record<string, unknown>, bearer?: string): Promise<{ codes: string[]; open: boolean }> {
  if (kind !== 'subscription') {
    const r = await gql(gateway.url, query, variables, bearer);
    return { codes: (r.errors ?? []).map((e) => e.extensions?.code ?? 'NONE'), open: false };
  }
  const abort = new AbortController();
  const res = await fetch(gateway.url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'text/event-stream', ...(bearer ? { authorization: `Bearer ${bearer}` } : {}) },
    body: JSON.stringify({ query, variables }),
    signal: abort.signal,
  });
  let text = '';
  const reader = res.body!.getReader();
  const timer = setTimeout(() => abort.abort(), 400);
  let open = true;
  try {
    for (;;) {
      const { value, done } = await reader.read();
      if (done) {
        open = false;
        break;
      }
      text += new TextDecoder().decode(value);
    }
  } catch {
    /* aborted: the stream was still open */
  } finally {
    clearTimeout(timer);
  }
  return { codes: [...text.matchAll(/"code":"([A-Z_]+)"/g)].map((m) => m[1]), open };
}

describe('the access matrix covers the schema', () => {
  it('every root field has a rule and every rule names a root field', () => {
    const names = FIELDS.map((f) => f.field.name).sort();
    expect(Object.keys(ACCESS).sort()).toEqual(names);
  });

  it('covers at least the operations the issue names', () => {
    const required =
      'me referenceData legalAidRequest legalAidRequests provider providers myOffers referral escalationQueue case cases auditTrail verifyAuditLedger statistics supervisionPlans recommendations submitLegalAidRequest requestDocuments completeDocuments acceptLegalAidRequest rejectLegalAidRequest withdrawLegalAidRequest registerOrganisation registerProvider updateProvider setProviderAvailability acceptOffer declineOffer assignReferral recordCaseActivity changeCaseState closeCase transferCase submitFeedback createSupervisionPlan drawSupervisionSample recordFinding issueRecommendation respondToRecommendation offerReceived legalAidRequestUpdated caseUpdated deadlineBreached'.split(
        ' ',
      );
    expect(required.filter((op) => !(op in ACCESS))).toEqual([]);
  });
});

describe.each(FIELDS.map((f) => [f.field.name, f] as const))('%s', (_name, { kind, field }) => {
  const rule = ACCESS[field.name as keyof typeof ACCESS] as { public?: true; roles: Partial<Record<UserRole, Ownership>> };

  it(rule.public ? 'needs no token' : 'refuses a request without a token', async () => {
    const { query, variables } = operationFor(kind, field);
    const r = await run(kind, query, variables);
    if (rule.public) expect(r.codes).not.toContain('UNAUTHENTICATED');
    else expect(r.codes).toContain('UNAUTHENTICATED');
  });

  it.each(USER_ROLES.map((role) => [role, rule.roles[role]] as const))('%s', async (role, ownership) => {
    const { query, variables } = operationFor(kind, field, ownership);
    const r = await run(kind, query, variables, tokens.get(role));
    if (ownership) {
      expect(r.codes).not.toContain('FORBIDDEN');
      expect(r.codes).not.toContain('UNAUTHENTICATED');
      if (kind === 'subscription') expect(r.open).toBe(true);
    } else {
      expect(r.codes).toContain('FORBIDDEN');
    }
  });
});

describe('ownership', () => {
  const staffOf = (org: string) => token({ sub: `staff-${org}`, role: 'CENTRE_STAFF', org });
  const lawyer = (providerId: string) => token({ sub: `lawyer-${providerId}`, role: 'LAWYER', org: 'bar-hcm', providerId });

  const requestView = (centreId: string) =>
    RequestViewSchema.parse({
      id: UUID,
      status: 'RECEIVED',
      downstreamStatus: 'NONE',
      channel: 'HOTLINE',
      centreId,
      applicantRef: 'ap_abcdefghijklmnop1234',
      fieldOfLaw: 'LAND',
      aidForm: 'ADVICE',
      claimedEligibilityGroup: null,
      eligibilityGroup: null,
      provinceCode: '79',
      communeCode: null,
      language: 'vie',
      needsInterpreter: false,
      urgency: { urgent: false, reasons: [], deadlineAt: null },
      registerNumber: null,
      receivedAt: '2026-01-05T03:00:00.000Z',
      documentsDueAt: null,
      documentsDueProvisional: false,
      possibleDuplicateOf: [],
      version: 1,
      ruleSetId: null,
      eligibilityBasis: null,
      evidence: [],
      acceptedAt: null,
      rejection: null,
      withdrawnAt: null,
      documentsRequested: [],
      referral: null,
      consent: { purposes: ['LEGAL_AID_PROCESSING'], givenBy: 'APPLICANT', method: 'WRITTEN', recordedAt: '2026-01-05T03:00:00.000Z', recordedBy: 'staff', withdrawn: [] },
      timeline: [],
      erasedAt: null,
      applicant: null,
    });

  const caseView = (providerId: string) =>
    CaseViewSchema.parse({
      caseId: 'case-1',
      requestId: UUID,
      referralId: 'ref-1',
      applicantRef: 'ap_abcdefghijklmnop1234',
      providerId,
      organisationId: 'bar-hcm',
      centreId: 'centre-hcm',
      fieldOfLaw: 'LAND',
      aidForm: 'ADVICE',
      urgent: false,
      custody: false,
      state: 'OPEN',
      outcome: null,
      openedAt: '2026-01-05T03:00:00.000Z',
      firstContactAt: null,
      closedAt: null,
      activityHours: 0,
      overdue: false,
      nextDeadline: null,
      version: 1,
      suspension: null,
      closure: null,
      transferReason: null,
      activities: [],
      deadlines: [],
      timeline: [],
      redacted: false,
    });

  it("another centre's request is NOT_FOUND for centre staff, their own is shown", async () => {
    const intake = await answer(IntakeRpc.get, () => ({ ok: true, data: requestView('centre-other') }));
    try {
      const Q = 'query($id: ID!) { legalAidRequest(id: $id) { id centreId } }';
      const mine = await gql(gateway.url, Q, { id: UUID }, await staffOf('centre-other'));
      expect(mine.data).toEqual({ legalAidRequest: { id: UUID, centreId: 'centre-other' } });
      const theirs = await gql(gateway.url, Q, { id: UUID }, await staffOf('centre-hcm'));
      expect(theirs.errors?.[0].extensions?.code).toBe('NOT_FOUND');
      expect(theirs.data?.legalAidRequest ?? null).toBeNull();
    } finally {
      await intake.close();
    }
  });

  it("another lawyer's case is NOT_FOUND, the lawyer's own case is shown", async () => {
    const cases = await answer(CasesRpc.case, () => ({ ok: true, data: caseView('prov-a') }));
    try {
      const Q = 'query { case(id: "case-1") { id providerId } }';
      expect((await gql(gateway.url, Q, {}, await lawyer('prov-a'))).data).toEqual({ case: { id: 'case-1', providerId: 'prov-a' } });
      const other = await gql(gateway.url, Q, {}, await lawyer('prov-b'));
      expect(other.errors?.[0].extensions?.code).toBe('NOT_FOUND');
    } finally {
      await cases.close();
    }
  });

  it("a lawyer's case list is narrowed to their own provider id; asking for another's is FORBIDDEN", async () => {
    const cases = await answer(CasesRpc.cases, () => ({ ok: true, data: { items: [], pageInfo: { endCursor: null, hasNextPage: false } } }));
    try {
      const ok = await gql(gateway.url, '{ cases { edges { cursor } } }', {}, await lawyer('prov-a'));
      expect(ok.errors).toBeUndefined();
      expect(cases.calls[0].input).toMatchObject({ providerId: 'prov-a' });
      const r = await gql(gateway.url, '{ cases(filter: { providerId: "prov-b" }) { edges { cursor } } }', {}, await lawyer('prov-a'));
      expect(r.errors?.[0].extensions?.code).toBe('FORBIDDEN');
      expect(cases.calls).toHaveLength(1);
    } finally {
      await cases.close();
    }
  });

  it("another organisation's recommendations are FORBIDDEN to an organisation admin; their own list is narrowed", async () => {
    const oversight = await answer(OversightRpc.recommendations, () => ({ ok: true, data: { items: [], nextCursor: null } }));
    try {
      const admin = await token({ sub: 'admin-bar', role: 'ORG_ADMIN', org: 'bar-hcm' });
      const other = await gql(gateway.url, '{ recommendations(filter: { organisationId: "centre-hcm" }) { edges { cursor } } }', {}, admin);
      expect(other.errors?.[0].extensions?.code).toBe('FORBIDDEN');
      const own = await gql(gateway.url, '{ recommendations { edges { cursor } } }', {}, admin);
      expect(own.errors).toBeUndefined();
      expect(oversight.calls.map((c) => c.input)).toEqual([{ first: 20, organisationId: 'bar-hcm' }]);
    } finally {
      await oversight.close();
    }
  });

  it('centre staff may not submit a request for another centre', async () => {
    const r = await gql(
      gateway.url,
      'mutation($input: SubmitLegalAidRequestInput!) { submitLegalAidRequest(input: $input) { requestId } }',
      { input: sample(schema.getMutationType()!.getFields().submitLegalAidRequest.args[0].type) as Record<string, unknown> },
      await staffOf('centre-hcm'),
    );
    expect(r.errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });

  it('supervisors never receive an applicant, even if a service answered one', async () => {
    const withApplicant = {
      ...requestView('centre-hcm'),
      applicant: {
        fullName: 'Nguyễn Văn A',
        idNumber: null,
        birthDate: null,
        gender: null,
        phone: '0912345678',
        email: null,
        address: { provinceCode: '79', communeCode: null, line: null },
        language: 'vie',
        needsInterpreter: false,
        accessNeeds: null,
        guardian: null,
        contactSafety: null,
      },
    };
    const intake = await answer(IntakeRpc.get, () => ({ ok: true, data: withApplicant }));
    try {
      const supervisor = await token({ sub: 'sup-1', role: 'SUPERVISOR', org: 'front-hcm' });
      const r = await gql(gateway.url, 'query($id: ID!) { legalAidRequest(id: $id) { id applicant { fullName phone } } }', { id: UUID }, supervisor);
      expect(r.data).toEqual({ legalAidRequest: { id: UUID, applicant: null } });
      expect(JSON.stringify(r)).not.toContain('Nguyễn');
      expect(intake.calls.every((c) => (c.input as { withPersonalData?: boolean }).withPersonalData !== true)).toBe(true);
    } finally {
      await intake.close();
    }
  });
});
