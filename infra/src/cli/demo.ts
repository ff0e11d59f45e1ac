import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { REPO_ROOT } from '../runtime/network.js';

/**
 * Sample data for `npm start -- --demo`: organisations and providers in Hồ Chí
 * Minh City (province 79, which absorbed Bình Dương in 2025), registered
 * through the gateway like any client would, and a development token per
 * role so a newcomer can walk the whole journey in GraphiQL.
 */
export const DEMO = {
  province: '79',
  centre: 'centre-hcm',
  bar: 'bar-hcm',
  ngo: 'ngo-hcm',
  front: 'front-hcm',
} as const;

export const DEMO_ORGANISATIONS = [
  { organisationId: DEMO.bar, kind: 'BAR_ASSOCIATION', name: 'Đoàn Luật sư Thành phố Hồ Chí Minh', provinceCode: DEMO.province, contact: { email: 'phancong@doanluatsu.example.vn' } },
  {
    organisationId: DEMO.centre,
    kind: 'LEGAL_AID_CENTRE',
    name: 'Trung tâm Trợ giúp pháp lý nhà nước Thành phố Hồ Chí Minh',
    provinceCode: DEMO.province,
    escalationOrganisationId: DEMO.bar,
    contact: { email: 'tiepnhan@tgpl.example.vn' },
    // A sample entry for the public directory (/hsds); the address and numbers are made up.
    directory: {
      description: 'Trợ giúp pháp lý miễn phí cho người được trợ giúp pháp lý (mẫu). — Free legal aid for eligible persons (sample).',
      phones: [{ number: '+84 28 0000 0000', description: 'Tiếp nhận yêu cầu (mẫu)' }],
      address: { street: '1 Đường Mẫu', communeCode: '26737' },
      openingHours: [{ days: ['MO', 'TU', 'WE', 'TH', 'FR'], opensAt: '07:30', closesAt: '17:00' }],
    },
  },
  { organisationId: DEMO.ngo, kind: 'NGO', name: 'Tổ chức xã hội hỗ trợ pháp lý (mẫu)', provinceCode: DEMO.province },
  { organisationId: DEMO.front, kind: 'FRONT_COMMITTEE', name: 'Ủy ban Mặt trận Tổ quốc Việt Nam Thành phố Hồ Chí Minh', provinceCode: DEMO.province },
] as const;

const wholeCity = [{ provinceCode: DEMO.province, communeCode: null }];

export const DEMO_PROVIDERS = [
  {
    providerId: 'prov-lawyer-1',
    organisationId: DEMO.bar,
    kind: 'PRO_BONO_LAWYER',
    displayName: 'Luật sư Lê Minh Khoa',
    contact: { email: 'khoa@luatsu.example.vn', phone: '0901000001' },
    gender: 'MALE',
    fieldsOfLaw: ['CIVIL', 'MARRIAGE_FAMILY', 'LAND', 'LABOUR'],
    aidForms: ['PROCEEDINGS', 'ADVICE', 'OUT_OF_COURT'],
    languages: ['vie'],
    areas: wholeCity,
    capacity: 5,
  },
  {
    providerId: 'prov-lawyer-2',
    organisationId: DEMO.bar,
    kind: 'PRO_BONO_LAWYER',
    displayName: 'Luật sư Phạm Thu Hà',
    contact: { email: 'ha@luatsu.example.vn', phone: '0901000002', zaloPhone: '0901000002' },
    gender: 'FEMALE',
    fieldsOfLaw: ['CIVIL', 'MARRIAGE_FAMILY', 'CRIMINAL', 'LAND'],
    aidForms: ['PROCEEDINGS', 'ADVICE', 'OUT_OF_COURT'],
    languages: ['vie', 'khm'],
    areas: wholeCity,
    capacity: 5,
  },
  {
    providerId: 'prov-officer-1',
    organisationId: DEMO.centre,
    kind: 'LEGAL_AID_OFFICER',
    displayName: 'Trợ giúp viên Nguyễn Thị Lan',
    contact: { email: 'lan@tgpl.example.vn', phone: '0901000003' },
    // She agreed to be named in the public directory; the other demo providers did not.
    publishInDirectory: true,
    gender: 'FEMALE',
    fieldsOfLaw: ['CRIMINAL', 'CIVIL', 'MARRIAGE_FAMILY', 'ADMINISTRATIVE', 'LAND', 'LABOUR', 'SOCIAL_POLICY', 'OTHER'],
    aidForms: ['PROCEEDINGS', 'ADVICE', 'OUT_OF_COURT'],
    languages: ['vie'],
    areas: wholeCity,
    capacity: 10,
  },
  {
    providerId: 'prov-adviser-1',
    organisationId: DEMO.ngo,
    kind: 'LEGAL_ADVISER',
    displayName: 'Tư vấn viên Trần Quốc Bảo',
    contact: { email: 'bao@ngo.example.vn' },
    gender: 'MALE',
    fieldsOfLaw: ['MARRIAGE_FAMILY', 'LABOUR', 'SOCIAL_POLICY'],
    aidForms: ['ADVICE'],
    languages: ['vie'],
    areas: wholeCity,
    capacity: 8,
  },
] as const;

/** Who each development token speaks for. */
export const DEMO_USERS = [
  { sub: 'demo-staff', role: 'CENTRE_STAFF', org: DEMO.centre },
  { sub: 'demo-lawyer-1', role: 'LAWYER', org: DEMO.bar, providerId: 'prov-lawyer-1' },
  { sub: 'demo-lawyer-2', role: 'LAWYER', org: DEMO.bar, providerId: 'prov-lawyer-2' },
  { sub: 'demo-officer', role: 'LAWYER', org: DEMO.centre, providerId: 'prov-officer-1' },
  { sub: 'demo-bar-admin', role: 'ORG_ADMIN', org: DEMO.bar },
  { sub: 'demo-supervisor', role: 'SUPERVISOR', org: DEMO.front },
  { sub: 'demo-appraiser', role: 'APPRAISER', org: DEMO.centre },
  { sub: 'demo-referrer', role: 'REFERRER', org: DEMO.ngo },
  { sub: 'demo-admin', role: 'ADMIN' },
] as const;

type DevToken = (secret: string, claims: { sub: string; role: string; org?: string; providerId?: string }) => Promise<string>;

/** The gateway's own development-token signer (one implementation), loaded from its build. */
async function tokenSigner(): Promise<DevToken> {
  const auth = (await import(pathToFileURL(join(REPO_ROOT, 'gateway/dist/auth.js')).href)) as { devToken: DevToken };
  return auth.devToken;
}

async function gql(url: string, token: string, query: string, variables: Record<string, unknown>): Promise<{ data?: unknown; errors?: { message: string; extensions?: { code?: string; reason?: string; details?: unknown } }[] }> {
  const res = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json', authorization: `Bearer ${token}` },
    body: JSON.stringify({ query, variables }),
  });
  return (await res.json()) as { data?: unknown; errors?: { message: string; extensions?: { code?: string } }[] };
}

/** Registers one item; an item already there (CONFLICT) counts as loaded, so the demo can run again. */
async function register(url: string, token: string, mutation: string, input: Record<string, unknown>, label: string): Promise<void> {
  const r = await gql(url, token, mutation, { input });
  const error = r.errors?.[0];
  if (error && error.extensions?.code !== 'CONFLICT') throw new Error(`demo: could not register ${label}: ${error.message} ${JSON.stringify(error.extensions?.details ?? '')}`);
}

/** Loads the sample organisations and providers through the gateway; returns a token per demo user. */
export async function loadDemoData(options: { jwtSecret: string; graphqlUrl: string }): Promise<Record<string, string>> {
  const sign = await tokenSigner();
  const tokens: Record<string, string> = {};
  for (const u of DEMO_USERS) tokens[u.sub] = await sign(options.jwtSecret, u);
  const admin = tokens['demo-admin'];
  for (const org of DEMO_ORGANISATIONS) {
    await register(options.graphqlUrl, admin, 'mutation($input: RegisterOrganisationInput!) { registerOrganisation(input: $input) { id } }', { ...org }, org.organisationId);
  }
  for (const p of DEMO_PROVIDERS) {
    await register(options.graphqlUrl, admin, 'mutation($input: RegisterProviderInput!) { registerProvider(input: $input) { id } }', { ...p }, p.providerId);
  }
  return tokens;
}

/** The console's development sign-in link for a token: /dev-login#token=… */
export function devLoginLink(consoleUrl: string, token: string): string {
  return `${consoleUrl.replace(/\/$/, '')}/dev-login#token=${token}`;
}

/** `npm start -- --demo`: loads the data and prints a token for each role. */
export async function runDemo(options: { natsUrl: string; jwtSecret: string; graphqlUrl: string; consoleUrl?: string }): Promise<void> {
  const tokens = await loadDemoData(options);
  console.log(`\nDemo data loaded: ${DEMO_ORGANISATIONS.length} organisations and ${DEMO_PROVIDERS.length} providers in Hồ Chí Minh City (province ${DEMO.province}).`);
  console.log(`Open ${options.graphqlUrl} (GraphiQL) and put one of these in the Headers tab as {"authorization": "Bearer <token>"}:\n`);
  for (const u of DEMO_USERS) {
    const who = [u.role, 'org' in u ? `org ${u.org}` : '', 'providerId' in u ? `provider ${u.providerId}` : ''].filter(Boolean).join(', ');
    console.log(`  ${u.sub.padEnd(16)} ${who}\n    ${tokens[u.sub]}\n`);
  }
  if (options.consoleUrl) {
    console.log('Sign in to the web console as one of them (the token travels in the fragment, never to a server log):\n');
    for (const u of DEMO_USERS) console.log(`  ${u.sub.padEnd(16)} ${devLoginLink(options.consoleUrl, tokens[u.sub])}`);
    console.log('');
  }
  console.log('The walk-through, query by query, is in gateway/README.md ("Trying it").');
}
