import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import AjvModule from 'ajv';
import addFormatsModule from 'ajv-formats';
import {
  createEvent,
  IntakeRequestAccepted,
  IntakeRequestReceived,
  newId,
  periodBounds,
  periodParts,
  periodsOfYear,
  PublishedStatisticsSchema,
  type EligibilityGroup,
  type PublishedStatistics,
} from '@legalaid/contracts';
import { Bus, connectMongo, createLogger } from '@legalaid/infra';
import { spawnProcess, REPO_ROOT, type ManagedProcess } from '../infra/dist/runtime/network.js';
import { eventually, gql, startNetwork, tokenFor, type TestNetwork } from './support/network.js';
import { resetStreams, testServers } from './support/servers.js';

/**
 * Open data through the gateway, on the real matching and oversight
 * services: the provider directory as Open Referral HSDS 3.0 (every response
 * and the export validated with ajv against the official schemas shipped in
 * contracts/src/reference/hsds-3.0), publication consent, paging,
 * modified_after, bad input and the rate limit; and the published statistics
 * (page, CSV, JSON, dictionary) with a differencing attack on what they
 * publish.
 */
type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

const HSDS = join(REPO_ROOT, 'contracts/src/reference/hsds-3.0');
const Ajv = ((AjvModule as unknown as { default?: unknown }).default ?? AjvModule) as unknown as new (o: object) => {
  compile(schema: object): ((data: unknown) => boolean) & { errors?: unknown };
};
const addFormats = ((addFormatsModule as unknown as { default?: unknown }).default ?? addFormatsModule) as unknown as (ajv: unknown) => void;
// The schema files declare no $schema: ajv's default dialect (draft-07). Their own keywords (name, core, constraints…) are annotations.
const ajv = new Ajv({ strict: false, allErrors: true });
addFormats(ajv);
// The tabular schema refers to the table schemas by file name ("funding.json"): register each under its name.
for (const file of readdirSync(HSDS).filter((f) => f.endsWith('.json') && f !== 'openapi.json')) {
  (ajv as unknown as { addSchema(s: object, key: string): void }).addSchema(JSON.parse(readFileSync(join(HSDS, file), 'utf8')), file);
}
const compiled = (name: string) => ajv.compile(JSON.parse(readFileSync(join(HSDS, 'compiled', `${name}.json`), 'utf8')));
const openapi = JSON.parse(readFileSync(join(HSDS, 'openapi.json'), 'utf8'));
const validators = {
  page: ajv.compile({ ...openapi.components.schemas.Page, required: ['total_items', 'total_pages', 'page_number', 'size', 'first_page', 'last_page', 'empty', 'contents'] }),
  organization: compiled('organization'),
  organization_list: compiled('organization_list'),
  service: compiled('service'),
  service_list: compiled('service_list'),
  service_at_location_list: compiled('service_at_location_list'),
  tabular: compiled('tabular'),
};

function expectValid(kind: keyof typeof validators, data: unknown): void {
  const v = validators[kind];
  const ok = v(data);
  if (!ok) throw new Error(`${kind} does not validate against HSDS 3.0: ${JSON.stringify(v.errors, null, 1).slice(0, 2000)}`);
}

function expectPage(body: Json, item: keyof typeof validators): void {
  expectValid('page', body);
  for (const c of body.contents) expectValid(item, c);
  expect(body.size).toBe(body.contents.length);
  expect(body.empty).toBe(body.contents.length === 0);
}

const CENTRE = 'od-centre';
const BAR = 'od-bar';
const FRONT = 'od-front';
const HIDDEN_NAME = 'Lawyer Who Did Not Agree';
const HIDDEN_LANGUAGE = 'cjm';

describe('open data', () => {
  let net: TestNetwork;
  let base: string;
  let gqlUrl: string;
  let admin: string;
  let limited: ManagedProcess | undefined;
  let bus: Bus;

  const call = async (query: string, variables: Json = {}, token = admin): Promise<Json> => {
    const r = await gql<Json>(gqlUrl, query, variables, token);
    if (r.errors) throw new Error(JSON.stringify(r.errors));
    return r.data!;
  };
  const get = async (path: string, init: RequestInit = {}) => {
    const res = await fetch(`${base}${path}`, init);
    const bytes = Buffer.from(await res.arrayBuffer());
    // As a spreadsheet reads it: the byte-order mark, if any, stays in `text`.
    const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes);
    return { status: res.status, headers: res.headers, bytes, text, json: () => JSON.parse(text) as Json };
  };
  const registerProvider = (input: Json) =>
    call('mutation($input: RegisterProviderInput!) { registerProvider(input: $input) { id publishInDirectory } }', {
      input: { gender: 'FEMALE', capacity: 5, areas: [{ provinceCode: '79', communeCode: null }], ...input },
    });

  beforeAll(async () => {
    await resetStreams(testServers().natsUrl);
    net = await startNetwork({ label: 'opendata', services: ['matching', 'oversight'], gateway: true, extraEnv: { gateway: { OPEN_DATA_PER_MINUTE: '100000' }, oversight: { OVERSIGHT_TIMER_POLL_MS: '500' } } });
    gqlUrl = net.graphqlUrl!;
    base = gqlUrl.replace(/\/graphql$/, '');
    admin = await tokenFor({ sub: 'od-admin', role: 'ADMIN' });
    bus = await Bus.connect({ servers: testServers().natsUrl, name: 'open-data-test', logger: createLogger('open-data-test', 'silent') });

    const register = (input: Json) => call('mutation($input: RegisterOrganisationInput!) { registerOrganisation(input: $input) { id } }', { input });
    await register({
      organisationId: CENTRE,
      kind: 'LEGAL_AID_CENTRE',
      name: 'Trung tâm Trợ giúp pháp lý nhà nước (thử)',
      provinceCode: '79',
      // The phone and e-mail live in the contact profile alone; the directory publishes them from there.
      contact: { email: 'tgpl@example.gov.vn', phone: '+84 28 3829 0000' },
      directory: {
        description: 'Trợ giúp pháp lý miễn phí cho người dân Thành phố Hồ Chí Minh.',
        website: 'https://tgpl.example.gov.vn',
        phones: [{ number: '+84 28 3829 0000', description: 'Tiếp dân' }, { number: '1800 1234', description: 'Đường dây nóng' }],
        address: { street: '123 Hai Bà Trưng', communeCode: '26737', postalCode: '700000' },
        openingHours: [{ days: ['MO', 'TU', 'WE', 'TH', 'FR'], opensAt: '07:30', closesAt: '17:00' }],
      },
    });
    await register({ organisationId: BAR, kind: 'BAR_ASSOCIATION', name: 'Đoàn Luật sư (thử)', provinceCode: '79', directory: { phones: [{ number: '028 3822 0000' }] } });
    await register({ organisationId: FRONT, kind: 'FRONT_COMMITTEE', name: 'Ủy ban Mặt trận Tổ quốc (thử)', provinceCode: '79' });
    await registerProvider({
      providerId: 'od-officer',
      organisationId: CENTRE,
      kind: 'LEGAL_AID_OFFICER',
      displayName: 'Trợ giúp viên Lê Thị Công Khai',
      fieldsOfLaw: ['CIVIL', 'LAND'],
      aidForms: ['ADVICE', 'PROCEEDINGS'],
      languages: ['vie', 'khm'],
      remoteAdvice: true,
      publishInDirectory: true,
    });
    const hidden = await registerProvider({
      providerId: 'od-hidden',
      organisationId: BAR,
      kind: 'PRO_BONO_LAWYER',
      displayName: HIDDEN_NAME,
      fieldsOfLaw: ['CRIMINAL'],
      aidForms: ['PROCEEDINGS'],
      languages: ['vie', HIDDEN_LANGUAGE],
      areas: [{ provinceCode: '79', communeCode: '26740' }],
    });
    // Consent is off unless the provider gives it.
    expect(hidden.registerProvider.publishInDirectory).toBe(false);
    await registerProvider({
      providerId: 'od-bar-listed',
      organisationId: BAR,
      kind: 'PRO_BONO_LAWYER',
      displayName: 'Luật sư Trần Văn Đồng Ý',
      fieldsOfLaw: ['MARRIAGE_FAMILY'],
      aidForms: ['ADVICE'],
      languages: ['vie'],
      publishInDirectory: true,
    });
  }, 120000);

  afterAll(async () => {
    await limited?.stop('SIGTERM');
    await bus?.close();
    await net?.stopAll();
  });

  describe('the directory as HSDS 3.0', () => {
    it('describes itself: API information and an OpenAPI document naming only what is served', async () => {
      const meta = await get('/hsds');
      expect(meta.status).toBe(200);
      expect(meta.json()).toMatchObject({ version: '3.0', openapi_url: `${base}/hsds/openapi.json` });
      const doc = (await get('/hsds/openapi.json')).json();
      expect(doc.openapi).toBe('3.1.0');
      expect(Object.keys(doc.paths).sort()).toEqual(['/', '/export', '/organizations', '/organizations/{id}', '/service_at_locations', '/services', '/services/{id}']);
      expect(JSON.stringify(doc)).not.toContain('raw.githubusercontent.com');
      const params = doc.paths['/services'].get.parameters.map((p: Json) => p.$ref.split('/').pop()).sort();
      expect(params).toEqual(['modified_after', 'organization_id', 'page', 'per_page']);
      // The schemas it refers to are served beside it.
      const schema = await get('/hsds/schemas/service.json');
      expect(schema.status).toBe(200);
      expect(schema.json().name).toBe('service');
    });

    it('lists organisations in the page envelope, leaving out the Front committee', async () => {
      const r = await get('/hsds/organizations');
      expect(r.status).toBe(200);
      expect(r.headers.get('access-control-allow-origin')).toBe('*');
      const body = r.json();
      expectPage(body, 'organization_list');
      expect(body.contents.map((o: Json) => o.name).sort()).toEqual(['Trung tâm Trợ giúp pháp lý nhà nước (thử)', 'Đoàn Luật sư (thử)'].sort());
      expect(body).toMatchObject({ total_items: 2, total_pages: 1, page_number: 1, first_page: true, last_page: true });
      const second = (await get('/hsds/organizations?per_page=1&page=2')).json();
      expectPage(second, 'organization_list');
      expect(second).toMatchObject({ total_items: 2, total_pages: 2, page_number: 2, size: 1, first_page: false, last_page: true, empty: false });
      expect(second.contents[0].id).not.toBe((await get('/hsds/organizations?per_page=1&page=1')).json().contents[0].id);
      const past = (await get('/hsds/organizations?per_page=1&page=3')).json();
      expect(past).toMatchObject({ size: 0, empty: true, last_page: true });
    });

    it('gives an organisation with its office, 2025 administrative unit, phones, opening hours and services', async () => {
      const list = (await get('/hsds/organizations')).json();
      const centre = list.contents.find((o: Json) => o.name.startsWith('Trung tâm'));
      const r = await get(`/hsds/organizations/${centre.id}`);
      expect(r.status).toBe(200);
      const org = r.json();
      expectValid('organization', org);
      expect(org.services.map((s: Json) => s.alternate_name.split(' — ')[0]).sort()).toEqual(['Legal advice', 'Participation in proceedings']);
      expect(org.locations[0]).toMatchObject({ external_identifier: '26737', external_identifier_type: 'vn-admin-unit-2025' });
      expect(org.locations[0].addresses[0]).toMatchObject({ address_1: '123 Hai Bà Trưng', city: 'Phường Tân Định', state_province: 'Thành phố Hồ Chí Minh', country: 'VN', postal_code: '700000' });
      expect(org.locations[0].schedules[0]).toMatchObject({ freq: 'WEEKLY', byday: 'MO,TU,WE,TH,FR', opens_at: '07:30', closes_at: '17:00', timezone: 7 });
      expect(org.phones[0].number).toBe('+84 28 3829 0000');
      // The main number once, first; then the directory's further numbers.
      expect(org.phones.map((p: Json) => p.number)).toEqual(['+84 28 3829 0000', '1800 1234']);
      expect(org.email).toBe('tgpl@example.gov.vn');
    });

    it('publishes the phone and e-mail from one place: a change of the contact profile shows in the directory and the contact view', async () => {
      const before = new Date().toISOString();
      await call('mutation($input: UpdateOrganisationContactInput!) { updateOrganisationContact(input: $input) { id } }', {
        input: { organisationId: CENTRE, contact: { phone: '+84 28 3829 2222', email: 'tiepdan@tgpl.example.gov.vn' } },
      });
      const changed = (await get(`/hsds/organizations?modified_after=${encodeURIComponent(before)}`)).json();
      expect(changed.contents.map((o: Json) => o.name)).toEqual(['Trung tâm Trợ giúp pháp lý nhà nước (thử)']);
      expect(changed.contents[0].email).toBe('tiepdan@tgpl.example.gov.vn');
      const org = (await get(`/hsds/organizations/${changed.contents[0].id}`)).json();
      expectValid('organization', org);
      expect(org.phones.map((p: Json) => p.number)).toEqual(['+84 28 3829 2222', '1800 1234']);
      expect(org.email).toBe('tiepdan@tgpl.example.gov.vn');
      const exported = (await get('/hsds/export')).text;
      expect(exported).toContain('+84 28 3829 2222');
      expect(exported).not.toContain('+84 28 3829 0000');
      const view = (await call('query($id: ID!) { organisation(id: $id) { contact { phone email } } }', { id: CENTRE })).organisation;
      expect(view.contact).toEqual({ phone: '+84 28 3829 2222', email: 'tiepdan@tgpl.example.gov.vn' });
      // The directory has no e-mail of its own to drift apart: giving one there is refused.
      const r = await gql<Json>(gqlUrl, 'mutation($input: UpdateOrganisationDirectoryInput!) { updateOrganisationDirectory(input: $input) { id } }', { input: { organisationId: CENTRE, directory: { email: 'other@example.vn' } } }, admin);
      expect(r.errors?.[0].message).toMatch(/email/);
    });

    it('lists services and gives each in full: form of aid, fields of law, eligibility in words, languages, remote advice, listed providers only', async () => {
      const body = (await get('/hsds/services')).json();
      expectPage(body, 'service_list');
      // The bar's proceedings service would come only from the provider who did not agree to be listed.
      expect(body.contents.map((s: Json) => s.alternate_name).sort()).toEqual([
        'Legal advice — Trung tâm Trợ giúp pháp lý nhà nước (thử)',
        'Legal advice — Đoàn Luật sư (thử)',
        'Participation in proceedings — Trung tâm Trợ giúp pháp lý nhà nước (thử)',
      ]);
      for (const item of body.contents) {
        const r = await get(`/hsds/services/${item.id}`);
        expect(r.status).toBe(200);
        expectValid('service', r.json());
      }
      const advice = body.contents.find((s: Json) => s.alternate_name.startsWith('Legal advice — Trung'));
      const full = (await get(`/hsds/services/${advice.id}`)).json();
      expect(full.eligibility_description).toContain('Article 7 of the Law on Legal Aid');
      expect(full.eligibility_description).toContain('Member of a poor household');
      expect(full.languages.map((l: Json) => l.code)).toEqual(['khm', 'vie']);
      expect(full.attributes.map((a: Json) => `${a.taxonomy_term.taxonomy}:${a.value}`).sort()).toEqual([
        'legalaid.aid-form:ADVICE',
        'legalaid.delivery:REMOTE',
        'legalaid.field-of-law:CIVIL',
        'legalaid.field-of-law:LAND',
      ]);
      expect(full.contacts).toEqual([expect.objectContaining({ name: 'Trợ giúp viên Lê Thị Công Khai', title: 'Trợ giúp viên pháp lý (Legal aid officer)' })]);
      expect(full.service_at_locations[0].location.addresses[0].city).toBe('Phường Tân Định');
      const byOrg = (await get(`/hsds/services?organization_id=${full.organization_id}`)).json();
      expect(byOrg.total_items).toBe(2);
    });

    it('lists services at locations', async () => {
      const body = (await get('/hsds/service_at_locations')).json();
      expectPage(body, 'service_at_location_list');
      // Only the centre published an address.
      expect(body.total_items).toBe(2);
    });

    it('exports every table, valid as HSDS tabular data, without a provider who did not agree', async () => {
      const r = await get('/hsds/export');
      expect(r.status).toBe(200);
      const data = r.json();
      expectValid('tabular', data);
      expect(data.organization).toHaveLength(2);
      expect(data.service).toHaveLength(3);
      // The officer is a contact of both services of the centre.
      expect(data.contact.map((c: Json) => c.name).sort()).toEqual(['Luật sư Trần Văn Đồng Ý', 'Trợ giúp viên Lê Thị Công Khai', 'Trợ giúp viên Lê Thị Công Khai']);
      expect(new Set(data.contact.map((c: Json) => c.id)).size).toBe(3);
      // Ids join the tables.
      const serviceIds = new Set(data.service.map((s: Json) => s.id));
      for (const t of ['language', 'contact', 'service_area', 'service_at_location']) for (const row of data[t]) expect(serviceIds.has(row.service_id)).toBe(true);
    });

    it('never shows what a provider did not agree to publish, in any answer', async () => {
      const all = [
        (await get('/hsds/export')).text,
        (await get('/hsds/services?per_page=100')).text,
        (await get('/hsds/service_at_locations?per_page=100')).text,
        ...(await Promise.all((await get('/hsds/organizations')).json().contents.map(async (o: Json) => (await get(`/hsds/organizations/${o.id}`)).text))),
      ].join('\n');
      expect(all).not.toContain(HIDDEN_NAME);
      expect(all).not.toContain(`"${HIDDEN_LANGUAGE}"`);
      expect(all).not.toContain('CRIMINAL');
      expect(all).not.toContain('Phường Sài Gòn');
      expect(all).not.toContain('od-'); // internal ids never appear, only HSDS ids
    });

    it('answers modified_after from the directory clock: consent moves it, an availability change does not', async () => {
      const before = new Date().toISOString();
      const none = (await get(`/hsds/services?modified_after=${encodeURIComponent(before)}`)).json();
      expectPage(none, 'service_list');
      expect(none.total_items).toBe(0);
      // Availability is not published: the directory must not tell the world when a provider's situation changes.
      await call('mutation { setProviderAvailability(input: { providerId: "od-officer", available: false }) { id } }');
      expect((await get(`/hsds/organizations?modified_after=${encodeURIComponent(before)}`)).json().total_items).toBe(0);
      // The hidden provider agrees: the bar's entry changed, the centre's did not.
      await call('mutation { updateProvider(input: { providerId: "od-hidden", patch: { publishInDirectory: true } }) { publishInDirectory } }');
      const orgs = (await get(`/hsds/organizations?modified_after=${encodeURIComponent(before)}`)).json();
      expectPage(orgs, 'organization_list');
      expect(orgs.contents.map((o: Json) => o.name)).toEqual(['Đoàn Luật sư (thử)']);
      const services = (await get(`/hsds/services?modified_after=${encodeURIComponent(before)}`)).json();
      expect(services.contents.map((s: Json) => s.alternate_name).sort()).toEqual(['Legal advice — Đoàn Luật sư (thử)', 'Participation in proceedings — Đoàn Luật sư (thử)']);
      for (const s of services.contents) expect(Date.parse(s.last_modified)).toBeGreaterThanOrEqual(Date.parse(before));
      expect((await get('/hsds/export')).text).toContain(HIDDEN_NAME);
      // Withdrawing consent is a change too, and the provider leaves the directory.
      const beforeWithdrawal = new Date().toISOString();
      await call('mutation { updateProvider(input: { providerId: "od-hidden", patch: { publishInDirectory: false } }) { publishInDirectory } }');
      expect((await get(`/hsds/organizations?modified_after=${encodeURIComponent(beforeWithdrawal)}`)).json().contents.map((o: Json) => o.name)).toEqual(['Đoàn Luật sư (thử)']);
      expect((await get('/hsds/export')).text).not.toContain(HIDDEN_NAME);
      // An organisation's own directory change.
      const beforeOrg = new Date().toISOString();
      await call('mutation($input: UpdateOrganisationDirectoryInput!) { updateOrganisationDirectory(input: $input) { updatedAt } }', {
        input: { organisationId: CENTRE, directory: { phones: [{ number: '+84 28 3829 1111' }], address: { street: '125 Hai Bà Trưng', communeCode: '26737' } } },
      });
      const changed = (await get(`/hsds/organizations?modified_after=${encodeURIComponent(beforeOrg)}`)).json();
      expect(changed.contents.map((o: Json) => o.name)).toEqual(['Trung tâm Trợ giúp pháp lý nhà nước (thử)']);
      const org = (await get(`/hsds/organizations/${changed.contents[0].id}`)).json();
      expectValid('organization', org);
      expect(org.phones.map((p: Json) => p.number)).toEqual(['+84 28 3829 2222', '+84 28 3829 1111']);
    });

    it('refuses bad input with a clear error and an HTTP status', async () => {
      const cases: [string, number, RegExp][] = [
        ['/hsds/services?page=0', 400, /page must be a whole number/],
        ['/hsds/services?per_page=1000', 400, /per_page must be a whole number from 1 to 100/],
        ['/hsds/services?modified_after=yesterday', 400, /modified_after must be a date and time/],
        ['/hsds/services?search=land', 400, /unknown query parameter "search"/],
        ['/hsds/organizations?organization_id=x', 400, /unknown query parameter/],
        ['/hsds/services/not-a-uuid', 400, /HSDS id/],
        [`/hsds/services/${'0'.repeat(8)}-0000-4000-8000-${'0'.repeat(12)}`, 404, /nothing in the directory/],
        ['/hsds/taxonomies', 404, /no open data/],
      ];
      for (const [path, status, message] of cases) {
        const r = await get(path);
        expect([path, r.status]).toEqual([path, status]);
        expect(r.json().error.message).toMatch(message);
      }
      const post = await get('/hsds/services', { method: 'POST', body: '{}' });
      expect(post.status).toBe(405);
      expect(post.headers.get('allow')).toBe('GET, HEAD');
    });

    it('is rate-limited per client address', async () => {
      limited = spawnProcess('gateway', { ...net.env.gateway, OPEN_DATA_PER_MINUTE: '3' });
      const ready = await limited.ready;
      const limitedBase = String(ready.url).replace(/\/graphql$/, '');
      const statuses: number[] = [];
      for (let i = 0; i < 5; i++) statuses.push((await fetch(`${limitedBase}/hsds/organizations`)).status);
      expect(statuses).toEqual([200, 200, 200, 429, 429]);
      const r = await fetch(`${limitedBase}/hsds/organizations`);
      expect(Number(r.headers.get('retry-after'))).toBeGreaterThan(0);
      // GraphQL is not counted against the open-data limit.
      expect((await gql(String(ready.url), '{ referenceData { organisationKinds { code } } }')).errors).toBeUndefined();
    });
  });

  describe('published statistics', () => {
    const applicant = (n: number) => `ap_opendata${String(n).padStart(10, '0')}`;
    const staff = { id: 'staff-od', role: 'CENTRE_STAFF' as const, organisationId: CENTRE };
    let person = 0;
    async function request(receivedAt: string, provinceCode: string, group: EligibilityGroup) {
      const requestId = newId();
      const p = ++person;
      const common = {
        requestId,
        applicantRef: applicant(p),
        channel: 'HOTLINE' as const,
        centreId: CENTRE,
        fieldOfLaw: 'LAND' as const,
        aidForm: 'ADVICE' as const,
        provinceCode,
        communeCode: null,
        language: 'vie',
        needsInterpreter: false,
        urgency: { urgent: false, reasons: [], deadlineAt: null },
      };
      await bus.publish(createEvent(IntakeRequestReceived, { ...common, eligibilityGroup: null, claimedEligibilityGroup: group, possibleDuplicateOf: [], receivedAt }, { actor: staff, correlationId: `od-${requestId}` }));
      await bus.publish(
        createEvent(
          IntakeRequestAccepted,
          {
            ...common,
            eligibilityGroup: group,
            registerNumber: `2025/${CENTRE}/${p}`,
            ruleSetId: 'law-2017-art7',
            evidence: [],
            parties: { applicant: { strong: [`ph_opendata${String(p).padStart(10, '0')}`], nameBirth: null }, opposing: [] },
            preferredProviderGender: null,
            acceptedAt: new Date(Date.parse(receivedAt) + 3600_000).toISOString(),
          },
          { actor: staff, correlationId: `od-${requestId}` },
        ),
      );
    }

    let published: PublishedStatistics;
    let periodEnded2025: Json;

    beforeAll(async () => {
      // Before any request is recorded, the files of the ended months were computed by themselves: 2025 (the previous year) and this year.
      periodEnded2025 = await eventually(
        async () => {
          const r = await get('/open-data/statistics/2025.json');
          return r.status === 200 ? { json: r.json(), etag: r.headers.get('etag') } : undefined;
        },
        30000,
        'the 2025 files computed when its periods ended',
      );
      // 2025, first quarter: ordinary requests each month in province 79, and one person living with HIV in province 75 in February.
      for (const [month, n] of [['01', 9], ['02', 7], ['03', 8]] as const) {
        for (let i = 0; i < n; i++) await request(`2025-${month}-${String(10 + i).padStart(2, '0')}T09:00:00+07:00`, '79', 'POOR_HOUSEHOLD');
      }
      for (let i = 0; i < 6; i++) await request(`2025-02-${String(3 + i).padStart(2, '0')}T09:00:00+07:00`, '74', 'CHILD');
      await request('2025-02-20T09:00:00+07:00', '75', 'FIN_DIFFICULTY_HIV');
      // These figures came in after 2025 ended: an administrator recomputes the year's files on demand.
      published = await eventually(
        async () => {
          await call('mutation { publishStatistics(year: 2025) { year through trigger } }');
          const r = await get('/open-data/statistics/2025.json');
          if (r.status !== 200) throw new Error(`${r.status}: ${r.text.slice(0, 500)}`);
          const body = r.json() as PublishedStatistics;
          const year = body.periods.find((p) => p.period === '2025')!.tables.find((t) => t.groupBy === 'NONE')!.total;
          if (year.requests !== person || year.accepted !== person) throw new Error(`the year shows ${JSON.stringify(year)} of ${person} requests`);
          return body;
        },
        60000,
        'the published figures to include every request',
      );
    }, 90000);

    it('stores the files when periods end and serves the stored bytes, computing nothing for a reader', async () => {
      // Computed by the period-end timer, with nothing recorded yet: every period of 2025, all zeros.
      expect(periodEnded2025.json.periods).toHaveLength(17);
      expect(periodEnded2025.json.periods.find((p: Json) => p.period === '2025').tables.find((t: Json) => t.groupBy === 'NONE').total.requests).toBe(0);
      const conn = await connectMongo(testServers().mongoUrl, net.env.oversight.MONGO_DB);
      try {
        const stored = async (year: number) => conn.collection('published_statistics').findOne({ _id: String(year) as never });
        const y2025 = (await stored(2025))!;
        expect(y2025).toMatchObject({ year: 2025, through: '2025-12', trigger: 'ADMIN' });
        for (const format of ['json', 'csv'] as const) {
          const r = await get(`/open-data/statistics/2025.${format}`);
          const file = (y2025.files as Json[]).find((f) => f.format === format)!;
          // The bytes served are the bytes stored, and their hash is the ETag.
          expect(r.bytes.equals(Buffer.from(file.content, 'utf8'))).toBe(true);
          expect(r.headers.get('etag')).toBe(`"${createHash('sha256').update(r.bytes).digest('hex')}"`);
          expect(r.headers.get('etag')).toBe(`"${file.sha256}"`);
          expect((await get(`/open-data/statistics/2025.${format}`, { headers: { 'if-none-match': `"${file.sha256}"` } })).status).toBe(304);
        }
        // Another period, stored apart: this year's, up to its last ended month, computed when that month ended.
        const thisYear = Number(new Date(Date.now() + 7 * 3_600_000).toISOString().slice(0, 4));
        const current = await eventually(async () => (await stored(thisYear)) ?? undefined, 20000, 'this year stored');
        expect(current.trigger).toBe('PERIOD_ENDED');
        const ended = periodsOfYear(thisYear).filter((p) => /-\d{2}$/.test(p) && periodBounds(p).to.getTime() <= Date.now());
        expect(current.through).toBe(ended.at(-1) ?? null);
        const r = await get(`/open-data/statistics/${thisYear}.json`);
        expect(r.bytes.equals(Buffer.from((current.files as Json[]).find((f) => f.format === 'json')!.content, 'utf8'))).toBe(true);
        expect(r.json().periods.map((p: Json) => p.period)).toEqual(periodsOfYear(thisYear).filter((p) => periodBounds(p).to.getTime() <= new Date(current.computedAt).getTime()));
        // A year nobody computed answers clearly, and nothing computes it on reading.
        const none = await get('/open-data/statistics/2024.csv');
        expect(none.status).toBe(404);
        expect(none.json().error).toMatchObject({ code: 'NOT_FOUND', reason: 'STATISTICS_NOT_COMPUTED' });
        expect(none.json().error.message).toMatch(/2024 have not been computed/);
        const page = await get('/open-data/statistics?year=2024&lang=en');
        expect(page.status).toBe(404);
        expect(page.headers.get('content-type')).toBe('text/html; charset=utf-8');
        expect(page.text).toContain('The figures for 2024 have not been computed.');
        expect(await stored(2024)).toBeNull();
        // Only an administrator computes on demand.
        const staffToken = await tokenFor({ sub: 'od-staff', role: 'CENTRE_STAFF', org: CENTRE });
        expect((await gql<Json>(gqlUrl, 'mutation { publishStatistics(year: 2024) { year } }', {}, staffToken)).errors?.[0].extensions?.code).toBe('FORBIDDEN');
        expect(await stored(2024)).toBeNull();
      } finally {
        await conn.close();
      }
    });

    it('publishes JSON for every ended month, quarter and the year, with a dictionary', async () => {
      const { dictionary: dictionaryLink, ...figures } = published as PublishedStatistics & { dictionary?: string };
      expect(dictionaryLink).toBe('dictionary.json');
      PublishedStatisticsSchema.parse(figures);
      expect(published.periods.map((p) => p.period)).toEqual([
        '2025-01', '2025-02', '2025-03', '2025-04', '2025-05', '2025-06', '2025-07', '2025-08', '2025-09', '2025-10', '2025-11', '2025-12',
        '2025-Q1', '2025-Q2', '2025-Q3', '2025-Q4', '2025',
      ]);
      expect(published.threshold).toBe(5);
      const dictionary = (await get('/open-data/statistics/dictionary.json')).json();
      expect(dictionary.columns.map((c: Json) => c.column)).toEqual(['period', 'period_kind', 'from', 'to', 'grouping', 'key', 'label_vi', 'label_en', 'suppressed', 'requests', 'accepted', 'cases']);
      for (const c of dictionary.columns) expect(c.vi.length * c.en.length).toBeGreaterThan(0);
      const dictionaryCsv = await get('/open-data/statistics/dictionary.csv');
      expect(dictionaryCsv.text.startsWith('\uFEFFcolumn,type,description_vi,description_en\r\n')).toBe(true);
    });

    it('publishes CSV with a byte-order mark, one total per period, labels in both languages', async () => {
      const r = await get('/open-data/statistics/2025.csv');
      expect(r.status).toBe(200);
      expect(r.headers.get('content-type')).toBe('text/csv; charset=utf-8');
      expect([...r.bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
      expect(r.text.charCodeAt(0)).toBe(0xfeff);
      const lines = r.text.slice(1).trim().split('\r\n');
      expect(lines[0]).toBe('period,period_kind,from,to,grouping,key,label_vi,label_en,suppressed,requests,accepted,cases');
      expect(lines).toContain(`2025-Q1,QUARTER,2024-12-31T17:00:00.000Z,2025-03-31T17:00:00.000Z,NONE,TOTAL,Tổng số,Total,false,${person},${person},0`);
      expect(lines.filter((l) => l.startsWith('2025-02,') && l.includes(',TOTAL,'))).toHaveLength(1);
      expect(lines.some((l) => l.startsWith('2025-Q1,QUARTER') && l.includes(',PROVINCE,79,Thành phố Hồ Chí Minh,Thành phố Hồ Chí Minh,false,24,24,0'))).toBe(true);
    });

    it('no published figure, alone or subtracted from another, reveals the one person in a small group', () => {
      const cell = (period: string, g: string, key: string | null) => {
        const t = published.periods.find((p) => p.period === period)?.tables.find((x) => x.groupBy === g);
        return key === '*' ? t?.total : t?.rows.find((r) => r.key === key);
      };
      // The HIV group and province 75 are hidden wherever they appear: in February, in the quarter and in the year.
      for (const period of ['2025-02', '2025-Q1', '2025']) {
        expect(cell(period, 'ELIGIBILITY_GROUP', 'FIN_DIFFICULTY_HIV')?.suppressed).toBe(true);
        expect(cell(period, 'PROVINCE', '75')?.suppressed).toBe(true);
      }
      // The attacker's subtractions: a total minus its rows, a quarter minus its months, a year minus its quarters.
      const value = (period: string, g: string, key: string | null): number | null => {
        const c = cell(period, g, key);
        return c === undefined ? 0 : c.requests;
      };
      const recovered: string[] = [];
      for (const p of published.periods) {
        for (const t of p.tables) {
          if (t.groupBy === 'NONE') continue;
          const terms = [t.total.requests, ...t.rows.map((r) => r.requests)];
          if (terms.filter((x) => x === null).length === 1) recovered.push(`${p.period} ${t.groupBy}: total minus rows`);
          const parts = periodParts(p.period);
          if (parts.length === 0) continue;
          for (const key of ['*', ...t.rows.map((r) => r.key)]) {
            const whole = value(p.period, t.groupBy, key);
            const partValues = parts.map((q) => value(q, t.groupBy, key));
            if ([whole, ...partValues].filter((x) => x === null).length === 1) recovered.push(`${p.period} ${t.groupBy} ${key}: whole minus parts`);
          }
        }
      }
      expect(recovered).toEqual([]);
    });

    it('serves an accessible page in Vietnamese and English', async () => {
      const vi = await get('/open-data/statistics?year=2025');
      expect(vi.status).toBe(200);
      expect(vi.headers.get('content-type')).toBe('text/html; charset=utf-8');
      expect(vi.text).toContain('<html lang="vi">');
      expect(vi.text).toContain('<caption>Tỉnh, thành phố — 2025</caption>');
      expect(vi.text).toMatch(/<th scope="row">Thành phố Hồ Chí Minh<\/th>/);
      expect(vi.text).toContain('<abbr title="Ẩn để bảo vệ danh tính người được trợ giúp">ẩn</abbr>');
      expect(vi.text).toContain('href="/open-data/statistics/2025.csv"');
      const en = await get('/open-data/statistics?year=2025', { headers: { 'accept-language': 'en-GB,en;q=0.8' } });
      expect(en.text).toContain('<html lang="en">');
      expect(en.text).toContain('<caption>Eligible group — 2025</caption>');
      expect((await get('/open-data/statistics?year=2025&lang=en')).text).toContain('Published legal aid statistics 2025');
    });

    it('refuses bad years and parameters; the internal statistics accept only fixed calendar periods', async () => {
      expect((await get('/open-data/statistics?year=twenty')).status).toBe(400);
      expect((await get('/open-data/statistics?year=2025&lang=fr')).status).toBe(400);
      expect((await get('/open-data/statistics/2999.csv')).status).toBe(404);
      expect((await get('/open-data/statistics/2025.csv?from=2025-02-01')).status).toBe(400);
      const supervisor = await tokenFor({ sub: 'od-sup', role: 'SUPERVISOR' });
      const window = await gql<Json>(gqlUrl, '{ statistics(input: { from: "2025-02-01T00:00:00+07:00", to: "2025-02-21T00:00:00+07:00" }) { total { requests } } }', {}, supervisor);
      expect(window.errors![0].message).toMatch(/from|period/);
      const day = await gql<Json>(gqlUrl, '{ statistics(input: { period: "2025-02-20", groupBy: PROVINCE }) { total { requests } } }', {}, supervisor);
      expect(day.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
      expect(JSON.stringify(day.errors![0])).toMatch(/fixed calendar periods only/);
      const month = await gql<Json>(gqlUrl, '{ statistics(input: { period: "2025-02", groupBy: PROVINCE }) { period from to rows { key suppressed requests } total { requests } } }', {}, supervisor);
      expect(month.errors).toBeUndefined();
      expect(month.data!.statistics).toMatchObject({ period: '2025-02', from: '2025-01-31T17:00:00.000Z', to: '2025-02-28T17:00:00.000Z', total: { requests: 14 } });
      // 79 (7 people) and 74 (6) shown would give 75 (1 person) away: one of them is hidden with it.
      const rows = month.data!.statistics.rows as Json[];
      expect(rows.find((r) => r.key === '75')!.suppressed).toBe(true);
      expect(rows.filter((r) => r.suppressed).length).toBeGreaterThanOrEqual(2);
    });
  });
});
