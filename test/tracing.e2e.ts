import { afterAll, beforeAll, describe, expect, it, jest } from '@jest/globals';
import { createServer, type Server } from 'node:http';
import { eventually, gql, startNetwork, tokenFor, type TestNetwork } from './support/network.js';
import { resetStreams, testServers } from './support/servers.js';

interface ExportedSpan {
  service: string;
  traceId: string;
  name: string;
  kind: number;
  attributes: Record<string, unknown>;
}

/**
 * One trace per user action, across gateway, NATS and every service: each
 * process exports spans over OTLP/HTTP (JSON) to a collector this test runs
 * on loopback.
 */
jest.setTimeout(180000);

describe('distributed tracing', () => {
  let net: TestNetwork;
  let collector: Server;
  const spans: ExportedSpan[] = [];

  beforeAll(async () => {
    collector = createServer((req, res) => {
      let body = '';
      req.on('data', (c) => (body += c));
      req.on('end', () => {
        try {
          const payload = JSON.parse(body) as {
            resourceSpans: { resource: { attributes: { key: string; value: { stringValue?: string } }[] }; scopeSpans: { spans: { traceId: string; name: string; kind: number; attributes?: { key: string; value: Record<string, unknown> }[] }[] }[] }[];
          };
          for (const rs of payload.resourceSpans ?? []) {
            const service = rs.resource.attributes.find((a) => a.key === 'service.name')?.value.stringValue ?? '?';
            for (const ss of rs.scopeSpans) {
              for (const s of ss.spans) {
                spans.push({ service, traceId: s.traceId, name: s.name, kind: s.kind, attributes: Object.fromEntries((s.attributes ?? []).map((a) => [a.key, Object.values(a.value)[0]])) });
              }
            }
          }
        } catch {
          /* protobuf or partial: ignored */
        }
        res.writeHead(200, { 'content-type': 'application/json' }).end('{}');
      });
    });
    await new Promise<void>((r) => collector.listen(0, '127.0.0.1', () => r()));
    const endpoint = `http://127.0.0.1:${(collector.address() as { port: number }).port}`;
    await resetStreams(testServers().natsUrl);
    const otel = { OTEL_EXPORTER_OTLP_ENDPOINT: endpoint, OTEL_BSP_SCHEDULE_DELAY: '200' };
    net = await startNetwork({ label: 'tracing', services: ['intake', 'matching'], gateway: true, extraEnv: { intake: otel, matching: otel, gateway: otel } });
  });
  afterAll(async () => {
    await net?.stopAll();
    await new Promise<void>((r) => collector?.close(() => r()));
  });

  it('follows an acceptance from the gateway through intake and JetStream into matching in one trace', async () => {
    const staff = await tokenFor({ sub: 'staff-trace', role: 'CENTRE_STAFF', org: 'centre-hcm' });
    const submitted = await gql<{ submitLegalAidRequest: { requestId: string } }>(
      net.graphqlUrl!,
      `mutation($input: SubmitLegalAidRequestInput!) { submitLegalAidRequest(input: $input) { requestId } }`,
      {
        input: {
          channel: 'WALK_IN',
          centreId: 'centre-hcm',
          applicant: { fullName: 'Lê Văn Cường', address: { provinceCode: '79', communeCode: '26737' } },
          fieldOfLaw: 'LABOUR',
          aidForm: 'ADVICE',
          summary: 'Unpaid wages',
          consent: { purposes: ['LEGAL_AID_PROCESSING', 'REFERRAL_TO_PROVIDER'], givenBy: 'APPLICANT', method: 'WRITTEN' },
        },
      },
      staff,
    );
    expect(submitted.errors).toBeUndefined();
    // The traced user action: staff accept the request; matching reacts to the acceptance.
    const accepted = await gql(
      net.graphqlUrl!,
      `mutation($input: AcceptLegalAidRequestInput!) { acceptLegalAidRequest(input: $input) { __typename } }`,
      { input: { requestId: submitted.data!.submitLegalAidRequest.requestId, eligibilityGroup: 'POOR_HOUSEHOLD', evidence: ['POOR_HOUSEHOLD_CERTIFICATE', 'IDENTITY_DOCUMENT'] } },
      staff,
    );
    expect(accepted.errors).toBeUndefined();

    const trace = await eventually(async () => {
      const rpcServer = spans.find((s) => s.service === 'intake' && s.name === 'legalaid.rpc.intake.acceptRequest process');
      if (!rpcServer) return undefined;
      const inTrace = spans.filter((s) => s.traceId === rpcServer.traceId);
      const consumedByMatching = inTrace.find((s) => s.service === 'matching' && s.name === 'legalaid.intake.request.accepted.v1 process');
      const published = inTrace.find((s) => s.service === 'intake' && s.name === 'legalaid.intake.request.accepted.v1 publish');
      return consumedByMatching && published && inTrace.some((s) => s.service === 'gateway') ? inTrace : undefined;
    }, 90000, 'spans of gateway, intake and matching in one trace');

    const services = new Set(trace.map((s) => s.service));
    expect([...services].sort()).toEqual(['gateway', 'intake', 'matching']);
    const publish = trace.find((s) => s.name === 'legalaid.intake.request.accepted.v1 publish')!;
    expect(publish.attributes['messaging.system']).toBe('nats');
    expect(publish.attributes['messaging.destination.name']).toBe('legalaid.intake.request.accepted.v1');
    expect(publish.kind).toBe(4); // PRODUCER
    const consume = trace.find((s) => s.service === 'matching' && s.name === 'legalaid.intake.request.accepted.v1 process')!;
    expect(consume.kind).toBe(5); // CONSUMER
    expect(consume.attributes['messaging.consumer.group.name']).toBeDefined();
    // No span carries the applicant's name.
    expect(JSON.stringify(spans)).not.toContain('Lê Văn Cường');
  });
});
