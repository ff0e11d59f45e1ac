import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { NatsConnection } from '@nats-io/transport-node';
import { jetstream } from '@nats-io/jetstream';
import { createEvent, IntakeRequestReceived, newId, systemActor } from '@legalaid/contracts';
import { connectNats } from '@legalaid/infra';
import { eventually, gql, startNetwork, tokenFor, type TestNetwork } from './support/network.js';
import { resetStreams, testServers } from './support/servers.js';

/**
 * A centre's report to the Ministry through the gateway, from real events
 * on JetStream into the real oversight process: the centre's staff read one
 * person's cell exactly; a supervisor and another centre read it suppressed.
 */
const REPORT = `query($c: ID!, $y: Int!, $q: Int) { centreReport(centreId: $c, year: $y, quarter: $q) { exact threshold indicator { code basis } total { people aidTurns } sections { groupBy rows { key people suppressed } } csv } }`;
type Report = { centreReport: { exact: boolean; indicator: { code: string; basis: string }; total: { people: number | null; aidTurns: number | null }; sections: { groupBy: string; rows: { key: string; people: number | null; suppressed: boolean }[] }[]; csv: string } };

describe("a centre's report to the Ministry of Justice", () => {
  let net: TestNetwork;
  let nc: NatsConnection;
  const year = new Date().getUTCFullYear();
  const at = new Date(Date.parse(`${year}-01-01T00:00:00+07:00`) + 5 * 86_400_000);

  beforeAll(async () => {
    const { natsUrl } = testServers();
    await resetStreams(natsUrl);
    nc = await connectNats({ servers: natsUrl, name: 'test-harness' });
    net = await startNetwork({ label: 'centre_report_e2e', services: ['oversight'], gateway: true });
    const js = jetstream(nc);
    for (let i = 1; i <= 6; i++) {
      const requestId = newId();
      const event = createEvent(
        IntakeRequestReceived,
        {
          requestId,
          applicantRef: `ap_report${String(i).padStart(12, '0')}`,
          channel: 'HOTLINE',
          centreId: 'centre-a',
          eligibilityGroup: null,
          fieldOfLaw: 'LAND',
          aidForm: i === 6 ? 'PROCEEDINGS' : 'ADVICE',
          provinceCode: '79',
          communeCode: null,
          language: 'vie',
          needsInterpreter: false,
          urgency: { urgent: false, reasons: [], deadlineAt: null },
          claimedEligibilityGroup: 'POOR_HOUSEHOLD',
          possibleDuplicateOf: [],
          receivedAt: at.toISOString(),
        },
        { actor: systemActor('intake'), correlationId: `corr-${requestId}`, occurredAt: at },
      );
      await js.publish(IntakeRequestReceived.subject, JSON.stringify(event), { msgID: event.id });
    }
  });

  afterAll(async () => {
    await net?.stopAll();
    await nc?.drain();
  });

  it("gives the centre's staff exact figures, one person's cell included, with CSV", async () => {
    const token = await tokenFor({ sub: 'staff-a', role: 'CENTRE_STAFF', org: 'centre-a' });
    const r = await eventually(async () => {
      const out = await gql<Report>(net.graphqlUrl!, REPORT, { c: 'centre-a', y: year, q: 1 }, token);
      return out.data?.centreReport.total.people === 6 ? out.data.centreReport : undefined;
    }, 20000, 'the six requests in the report');
    expect(r.exact).toBe(true);
    // Indicator 1301 counts times aid was given: none of these requests has been accepted yet.
    expect(r.indicator).toEqual({ code: '1301', basis: 'Thông tư 10/2017/TT-BTP, Phụ lục II, mục 13, chỉ tiêu 1301' });
    expect(r.total.aidTurns).toBe(0);
    const forms = r.sections.find((s) => s.groupBy === 'AID_FORM')!.rows;
    expect(forms).toEqual([
      { key: 'ADVICE', people: 5, suppressed: false },
      { key: 'PROCEEDINGS', people: 1, suppressed: false },
    ]);
    expect(r.csv).toContain('AID_FORM,PROCEEDINGS,1,0,1,');
  });

  it.each([
    ['a supervisor', { sub: 'sup', role: 'SUPERVISOR' }],
    ["another centre's staff", { sub: 'staff-b', role: 'CENTRE_STAFF', org: 'centre-b' }],
  ])('suppresses small cells for %s', async (_who, claims) => {
    const out = await gql<Report>(net.graphqlUrl!, REPORT, { c: 'centre-a', y: year, q: 1 }, await tokenFor(claims));
    expect(out.errors).toBeUndefined();
    expect(out.data!.centreReport.exact).toBe(false);
    const forms = out.data!.centreReport.sections.find((s) => s.groupBy === 'AID_FORM')!.rows;
    expect(forms.every((c) => c.people === null && c.suppressed)).toBe(true);
    expect(out.data!.centreReport.csv).toContain('AID_FORM,PROCEEDINGS,,,,,,suppressed');
  });

  it('refuses a quarter outside 1-4', async () => {
    const out = await gql(net.graphqlUrl!, REPORT, { c: 'centre-a', y: year, q: 5 }, await tokenFor({ sub: 'a', role: 'ADMIN' }));
    expect(out.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
  });
});
