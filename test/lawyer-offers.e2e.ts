import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { createClient, type Client } from 'graphql-sse';
import { DEMO, DEMO_USERS, loadDemoData } from '../infra/src/cli/demo.js';
import { eventually, gql, startNetwork, TEST_JWT_SECRET, tokenFor, type TestNetwork } from './support/network.js';
import { resetStreams, testServers } from './support/servers.js';

/**
 * What a lawyer decides an offer on, through the gateway on the four real
 * services (G2, G7): the brief staff wrote at acceptance, read from intake by
 * the offered lawyer only while the offer is theirs; the hearing and the
 * defence-counsel deadline; why they were chosen (their own rank and reasons);
 * and the lawyer's live feed, which carries each offer to the lawyer it names
 * and to nobody else.
 */
type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

const BRIEF = 'Bị cáo 19 tuổi, tạm giam, bị truy tố tội trộm cắp tài sản; tòa cần người bào chữa trước phiên xét xử.';
const OFFER_FIELDS = 'offerId requestId status fieldOfLaw urgent expiresAt hearingAt deadlineAt brief choice { rank score candidateCount reasons { factor points detail } }';

describe('offers as the lawyer sees them, and the lawyer’s live feed', () => {
  let net: TestNetwork;
  let url: string;
  const tokens: Record<string, string> = {};
  const clients: Client[] = [];
  const PROVIDER_OF: Record<string, string> = { 'demo-lawyer-1': 'prov-lawyer-1', 'demo-lawyer-2': 'prov-lawyer-2', 'demo-officer': 'prov-officer-1' };

  beforeAll(async () => {
    await resetStreams(testServers().natsUrl);
    net = await startNetwork({
      label: 'lawyer_offers',
      services: ['intake', 'matching', 'case-tracking', 'oversight'],
      gateway: true,
      extraEnv: { matching: { MATCHING_TIMER_POLL_MS: '200', MATCHING_INDEX_REFRESH_MS: '300' } },
    });
    url = net.graphqlUrl!;
    await loadDemoData({ jwtSecret: TEST_JWT_SECRET, graphqlUrl: url });
    for (const u of DEMO_USERS) tokens[u.sub] = await tokenFor(u);
  }, 180000);

  afterAll(async () => {
    for (const c of clients) c.dispose();
    await net?.stopAll();
  });

  const call = async (who: string, query: string, variables: Json = {}): Promise<Json> => {
    const r = await gql<Json>(url, query, variables, tokens[who]);
    if (r.errors) throw new Error(`${who}: ${JSON.stringify(r.errors)}`);
    return r.data!;
  };
  const connected = new Set<string>();
  function subscribe(who: string, query: string): { received: Json[]; errors: unknown[] } {
    const client = createClient({ url, headers: { authorization: `Bearer ${tokens[who]}` }, retryAttempts: 0 });
    clients.push(client);
    const out = { received: [] as Json[], errors: [] as unknown[] };
    client.subscribe({ query }, { next: (v) => out.received.push(v as Json), error: (e) => out.errors.push(e), complete: () => undefined }, { connected: () => connected.add(who) });
    return out;
  }
  const myOffers = async (who: string, includeClosed = false) => (await call(who, `query($c: Boolean) { myOffers(includeClosed: $c) { edges { node { ${OFFER_FIELDS} } } } }`, { c: includeClosed })).myOffers.edges.map((e: Json) => e.node);

  it('brings the offer to the lawyer it names, live, with the brief, the hearing, the counsel deadline and why they were chosen', async () => {
    const FEED = 'subscription { lawyerFeed { kind offerId requestId providerId urgent fieldOfLaw dueAt event { type } } }';
    const feeds: Record<string, { received: Json[]; errors: unknown[] }> = Object.fromEntries(Object.keys(PROVIDER_OF).map((w) => [w, subscribe(w, FEED)]));
    await eventually(async () => (connected.size === 3 ? true : undefined), 10000, 'the live feeds to connect');

    const hearingAt = new Date(Date.now() + 60 * 86_400_000);
    hearingAt.setUTCMilliseconds(0);
    const { requestId } = (
      await call('demo-staff', 'mutation($input: SubmitLegalAidRequestInput!) { submitLegalAidRequest(input: $input) { requestId } }', {
        input: {
          channel: 'REFERRAL_COURT',
          centreId: DEMO.centre,
          applicant: { fullName: 'Lê Văn Bị Cáo', birthDate: '2007-03-01', address: { provinceCode: '79', communeCode: '26737' } },
          fieldOfLaw: 'CRIMINAL',
          aidForm: 'PROCEEDINGS',
          summary: 'Lê Văn Bị Cáo cần người bào chữa',
          referral: { referrerKind: 'COURT', organisation: 'TAND TP. Hồ Chí Minh', hearingAt: hearingAt.toISOString(), defenceCounselRequested: true },
          consent: { purposes: ['LEGAL_AID_PROCESSING', 'REFERRAL_TO_PROVIDER'], givenBy: 'APPLICANT', method: 'WRITTEN' },
        },
      })
    ).submitLegalAidRequest;
    const tooLong = await gql<Json>(url, 'mutation($input: AcceptLegalAidRequestInput!) { acceptLegalAidRequest(input: $input) { status } }', {
      input: { requestId, eligibilityGroup: 'POOR_HOUSEHOLD', evidence: ['POOR_HOUSEHOLD_CERTIFICATE', 'IDENTITY_DOCUMENT'], brief: 'x'.repeat(1001) },
    }, tokens['demo-staff']);
    expect(tooLong.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    await call('demo-staff', 'mutation($input: AcceptLegalAidRequestInput!) { acceptLegalAidRequest(input: $input) { status } }', {
      input: { requestId, eligibilityGroup: 'POOR_HOUSEHOLD', evidence: ['POOR_HOUSEHOLD_CERTIFICATE', 'IDENTITY_DOCUMENT'], brief: BRIEF },
    });

    // The first offer reaches its lawyer's feed; that lawyer reads it whole.
    const firstNotice = await eventually(
      async () => Object.entries(feeds).map(([who, f]) => ({ who, n: f.received.find((r) => r.data.lawyerFeed.requestId === requestId) })).find((x) => x.n),
      30000,
      'the first offer on a lawyer’s feed',
    );
    const first = firstNotice.who;
    expect(firstNotice.n!.data.lawyerFeed).toMatchObject({ kind: 'OFFER_MADE', providerId: PROVIDER_OF[first], urgent: true, fieldOfLaw: 'CRIMINAL', event: { type: 'matching.offer.made' } });
    const [offer] = (await myOffers(first)).filter((o: Json) => o.requestId === requestId);
    expect(offer.brief).not.toBeNull();
    expect(offer).toMatchObject({ status: 'OPEN', brief: BRIEF, hearingAt: hearingAt.toISOString() });
    expect(Date.parse(offer.deadlineAt)).toBeLessThan(hearingAt.getTime());
    expect(offer.choice.rank).toBe(1);
    expect(offer.choice.candidateCount).toBeGreaterThanOrEqual(2);
    expect(offer.choice.reasons.length).toBeGreaterThan(0);

    // Declined: the brief goes with the offer, and the next lawyer gets both.
    await call(first, 'mutation($input: DeclineOfferInput!) { declineOffer(input: $input) { status } }', { input: { offerId: offer.offerId, reason: 'CAPACITY' } });
    const secondNotice = await eventually(
      async () => Object.entries(feeds).filter(([who]) => who !== first).map(([who, f]) => ({ who, n: f.received.find((r) => r.data.lawyerFeed.requestId === requestId) })).find((x) => x.n),
      30000,
      'the second offer on a lawyer’s feed',
    );
    const second = secondNotice.who;
    const [closed] = (await myOffers(first, true)).filter((o: Json) => o.requestId === requestId);
    expect(closed).toMatchObject({ status: 'DECLINED', brief: null });
    const [next] = (await myOffers(second)).filter((o: Json) => o.requestId === requestId);
    expect(next).toMatchObject({ brief: BRIEF, choice: { rank: 2 } });

    // Each feed carried only its own lawyer's offers: the second lawyer's first notice of this
    // request is its own offer (the first offer's event came before it on the same feed).
    expect(feeds[second].received.filter((r) => r.data.lawyerFeed.requestId === requestId).map((r) => r.data.lawyerFeed.providerId)).toEqual([PROVIDER_OF[second]]);
    expect(feeds[first].received.filter((r) => r.data.lawyerFeed.requestId === requestId).map((r) => r.data.lawyerFeed.providerId)).toEqual([PROVIDER_OF[first]]);
    const third = Object.keys(PROVIDER_OF).find((w) => w !== first && w !== second)!;
    expect(feeds[third].received.filter((r) => r.data.lawyerFeed.requestId === requestId)).toEqual([]);
    for (const f of Object.values(feeds)) expect(f.errors).toEqual([]);

    // The centre sees the brief on the referral's offers too (declined or open).
    const referral = (await call('demo-staff', 'query($id: ID!) { legalAidRequest(id: $id) { referral { id offers { providerId brief } } } }', { id: requestId })).legalAidRequest.referral;
    expect(referral.offers.map((o: Json) => o.brief)).toEqual([BRIEF, BRIEF]);
  });
});
