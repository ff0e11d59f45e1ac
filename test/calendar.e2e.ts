import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { NatsConnection } from '@nats-io/transport-node';
import {
  IntakeRequestDocumentsDueRecomputed,
  IntakeRpc,
  missingNextYearDecision,
  seedCalendarDecisions,
  streamNameOf,
  vnDate,
  WorkingCalendar,
  type Actor,
  type CalendarDecision,
  type InputOf,
  type RpcDefinition,
} from '@legalaid/contracts';
import { connectNats, RpcClient } from '@legalaid/infra';
import { eventually, gql, startNetwork, tokenFor, type TestNetwork } from './support/network.js';
import { eventsOn } from './support/events.js';
import { resetStreams, testServers } from './support/servers.js';

/**
 * The working-day calendar at run time, through the gateway: an
 * administrator loads a year's official decision into case-tracking (kept
 * as versions), every service applies it to its own copy from the event,
 * and the next deadline intake computes counts by it. Health and metrics
 * report a missing next-year decision. Time is the real clock, so expected
 * values are computed from it with the same rules.
 */
const staff: Actor = { id: 'staff-1', role: 'CENTRE_STAFF', organisationId: 'centre-hcm' };
const DOCUMENT_DAYS = 10;

const HOLIDAYS = `query($year: Int!) { referenceData { holidays(year: $year) { year provisional version daysOff { date kind name document } makeUpWorkingDays { date replaces } documents { number issuer } } } }`;
const LOAD = `mutation($input: CalendarDecisionInput!) { loadCalendarDecision(input: $input) { year version loadedAt } }`;
const VERSIONS = `query($year: Int!) { calendarDecisions(year: $year) { version loadedBy decision { year daysOff { date } } } }`;

describe('working-day calendar decisions loaded at run time', () => {
  let net: TestNetwork;
  let nc: NatsConnection;
  let rpc: RpcClient;
  let admin: string;
  let staffToken: string;
  const url = () => net.graphqlUrl!;
  const call = <D extends RpcDefinition>(def: D, input: unknown) => rpc.call(def, input as never, { actor: staff, correlationId: `cal-${Math.random().toString(36).slice(2)}` });
  const health = async (service: 'intake' | 'case-tracking', path: string) => {
    const port = (await net.processes.get(service)!.ready).healthPort as number;
    return fetch(`http://127.0.0.1:${port}${path}`);
  };

  beforeAll(async () => {
    const { natsUrl } = testServers();
    await resetStreams(natsUrl);
    nc = await connectNats({ servers: natsUrl, name: 'test-harness' });
    rpc = RpcClient.fromConnection(nc, 8000);
    net = await startNetwork({
      label: 'calendar_e2e',
      services: ['intake', 'case-tracking'],
      gateway: true,
      extraEnv: { intake: { INTAKE_DOCUMENTS_DUE_WORKING_DAYS: String(DOCUMENT_DAYS), CALENDAR_REFRESH_MS: '500' } },
    });
    admin = await tokenFor({ sub: 'admin-1', role: 'ADMIN' });
    staffToken = await tokenFor({ sub: 'staff-1', role: 'CENTRE_STAFF', org: 'centre-hcm' });
  });

  afterAll(async () => {
    await net?.stopAll();
    await nc?.drain();
  });

  it('serves a year without a decision as provisional, with Tết and the Hùng Kings computed (2030)', async () => {
    const r = await gql<{ referenceData: { holidays: { provisional: boolean; version: number | null; daysOff: { date: string; kind: string }[]; documents: unknown[] } } }>(url(), HOLIDAYS, { year: 2030 });
    expect(r.errors).toBeUndefined();
    const y = r.data!.referenceData.holidays;
    expect(y).toMatchObject({ provisional: true, version: null, documents: [] });
    // Tết Canh Tuất: Saturday 2 February 2030; Hùng Kings 12 April 2030.
    expect(y.daysOff.map((d) => d.date)).toEqual(expect.arrayContaining(['2030-02-01', '2030-02-02', '2030-02-05', '2030-04-12']));
  });

  it('serves the shipped decisions as version 0 with their documents', async () => {
    const r = await gql<{ referenceData: { holidays: { provisional: boolean; version: number; makeUpWorkingDays: { date: string }[]; documents: { number: string }[] } } }>(url(), HOLIDAYS, { year: 2026 });
    expect(r.data!.referenceData.holidays).toMatchObject({ provisional: false, version: 0 });
    expect(r.data!.referenceData.holidays.documents.map((d) => d.number)).toEqual(['9441/TB-BNV', '12729/VPCP-KGVX']);
    expect(r.data!.referenceData.holidays.makeUpWorkingDays.map((d) => d.date)).toEqual(['2026-01-10', '2026-08-22']);
  });

  it("reports next year's missing decision on /healthz and as a gauge, as the date requires", async () => {
    const expected = missingNextYearDecision(new WorkingCalendar(seedCalendarDecisions), new Date());
    const body = (await (await health('intake', '/healthz')).json()) as { calendar: { nextYear: number; nextYearDecisionMissing: boolean; decidedYears: number[] } };
    expect(body.calendar).toEqual({ nextYear: expected.nextYear, nextYearDecisionMissing: expected.missing, decidedYears: [2025, 2026] });
    const metrics = await (await health('intake', '/metrics')).text();
    expect(metrics).toContain(`legalaid_calendar_next_year_decision_missing ${expected.missing ? 1 : 0}`);
  });

  it('only administrators load decisions; a malformed one is refused and nothing is stored', async () => {
    const decision: CalendarDecision = { year: 2031, documents: [{ number: '1/TB-BNV', issuer: 'Bộ Nội vụ' }], daysOff: [], makeUpWorkingDays: [{ date: '2031-01-08' }] };
    const forbidden = await gql(url(), LOAD, { input: { ...decision, makeUpWorkingDays: [] } }, staffToken);
    expect(forbidden.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const bad = await gql(url(), LOAD, { input: decision }, admin);
    expect(bad.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(JSON.stringify(bad.errors?.[0].extensions)).toContain('2031-01-08 is not a Saturday or Sunday');
    const versions = await gql<{ calendarDecisions: unknown[] }>(url(), VERSIONS, { year: 2031 }, admin);
    expect(versions.data!.calendarDecisions).toEqual([]);
  });

  it("a loaded decision moves the next deadline intake computes, and next year's decision clears the report", async () => {
    const submit = (await call(IntakeRpc.submit, submission())) as { requestId: string };
    const now = new Date();
    const seedCalendar = new WorkingCalendar(seedCalendarDecisions);
    const before = (await call(IntakeRpc.requestDocuments, { requestId: submit.requestId, documents: [{ kind: 'POOR_HOUSEHOLD_CERTIFICATE' }] })) as { documentsDueAt: string; documentsDueProvisional: boolean };
    expect(before.documentsDueAt).toBe(seedCalendar.deadline(now, DOCUMENT_DAYS).dueAt.toISOString());
    expect(before.documentsDueProvisional).toBe(seedCalendar.deadline(now, DOCUMENT_DAYS).provisional);

    // A decision for the year of the limit's third working day adds that day off (a correction issued late).
    let day = vnDate(now);
    for (let n = 0; n < 3; ) {
      day = vnDate(new Date(Date.parse(`${day}T12:00:00+07:00`) + 86_400_000));
      if (seedCalendar.isWorkingDay(day)) n++;
    }
    const year = Number(day.slice(0, 4));
    const view = seedCalendar.yearView(year);
    const decision: CalendarDecision = {
      year,
      documents: [...(view.decision?.documents ?? []), { number: '777/TB-BNV', issuedOn: vnDate(now), issuer: 'Bộ Nội vụ' }],
      daysOff: [...view.daysOff, { date: day, name: 'Ngày nghỉ bổ sung', kind: 'HOLIDAY', document: '777/TB-BNV' }],
      makeUpWorkingDays: view.decision?.makeUpWorkingDays ?? [],
    };
    const loaded = await gql<{ loadCalendarDecision: { year: number; version: number } }>(url(), LOAD, { input: decision }, admin);
    expect(loaded.errors).toBeUndefined();
    expect(loaded.data!.loadCalendarDecision).toMatchObject({ year, version: 1 });

    const expected = seedCalendar.with(decision).deadline(now, DOCUMENT_DAYS);
    const shifted = await eventually(
      async () => {
        const second = (await call(IntakeRpc.submit, submission())) as { requestId: string };
        const after = (await call(IntakeRpc.requestDocuments, { requestId: second.requestId, documents: [{ kind: 'POOR_HOUSEHOLD_CERTIFICATE' }] })) as { documentsDueAt: string; documentsDueProvisional: boolean };
        return after.documentsDueAt === before.documentsDueAt ? undefined : after;
      },
      20000,
      'intake to count by the loaded decision',
    );
    expect(shifted.documentsDueAt).toBe(expected.dueAt.toISOString());
    expect(Date.parse(shifted.documentsDueAt)).toBeGreaterThan(Date.parse(before.documentsDueAt));

    // The request asked before the decision has its time limit counted again, stored, and announced once.
    const recounted = await eventually(async () => {
      const r = (await call(IntakeRpc.get, { requestId: submit.requestId })) as { documentsDueAt: string; documentsDueProvisional: boolean };
      return r.documentsDueAt !== before.documentsDueAt ? r : undefined;
    }, 20000, "intake to count the waiting request's time limit again");
    expect(recounted.documentsDueAt).toBe(expected.dueAt.toISOString());
    expect(recounted.documentsDueProvisional).toBe(expected.provisional);
    const announced = await eventually(async () => {
      const evs = (await eventsOn(testServers().natsUrl, IntakeRequestDocumentsDueRecomputed.subject, streamNameOf('intake'))).filter((e) => e.data.requestId === submit.requestId);
      return evs.length ? evs : undefined;
    });
    expect(announced).toHaveLength(1);
    expect(IntakeRequestDocumentsDueRecomputed.data.parse(announced[0].data)).toMatchObject({ previousDueAt: before.documentsDueAt, dueAt: expected.dueAt.toISOString(), calendarYear: year, calendarVersion: 1 });
    expect(JSON.stringify(announced[0].data)).not.toContain('Hạnh');

    // The owner keeps the version; the reference data serves it.
    const versions = await gql<{ calendarDecisions: { version: number; loadedBy: string }[] }>(url(), VERSIONS, { year }, admin);
    expect(versions.data!.calendarDecisions).toEqual([{ version: 1, loadedBy: 'admin-1', decision: expect.anything() }]);
    const served = await eventually(async () => {
      const r = await gql<{ referenceData: { holidays: { version: number; daysOff: { date: string }[] } } }>(url(), HOLIDAYS, { year });
      return r.data?.referenceData.holidays.version === 1 ? r.data.referenceData.holidays : undefined;
    });
    expect(served.daysOff.map((d) => d.date)).toContain(day);

    // A correction is a second version; the first is kept.
    const corrected = await gql<{ loadCalendarDecision: { version: number } }>(url(), LOAD, { input: { ...decision, note: 'đính chính' } }, admin);
    expect(corrected.data!.loadCalendarDecision.version).toBe(2);
    const both = await gql<{ calendarDecisions: { version: number }[] }>(url(), VERSIONS, { year }, admin);
    expect(both.data!.calendarDecisions.map((v) => v.version)).toEqual([2, 1]);

    // Next year's decision loaded: no report, whatever the date.
    const next = missingNextYearDecision(seedCalendar, now).nextYear;
    const nextLoaded = await gql(url(), LOAD, { input: { year: next, documents: [{ number: '778/TB-BNV', issuer: 'Bộ Nội vụ' }], daysOff: [], makeUpWorkingDays: [] } }, admin);
    expect(nextLoaded.errors).toBeUndefined();
    await eventually(async () => {
      const body = (await (await health('intake', '/healthz')).json()) as { calendar: { nextYearDecisionMissing: boolean; decidedYears: number[] } };
      return body.calendar.decidedYears.includes(next) && !body.calendar.nextYearDecisionMissing ? true : undefined;
    });
    const metrics = await (await health('intake', '/metrics')).text();
    expect(metrics).toContain('legalaid_calendar_next_year_decision_missing 0');
  });
});

function submission(): InputOf<typeof IntakeRpc.submit> {
  return {
    channel: 'HOTLINE',
    centreId: 'centre-hcm',
    applicant: { fullName: 'Đỗ Thị Hạnh', birthDate: '1985-06-01', gender: 'FEMALE', address: { provinceCode: '79', communeCode: '26737', line: '3 Lê Lợi' } },
    fieldOfLaw: 'LAND',
    aidForm: 'ADVICE',
    summary: 'Tranh chấp ranh giới đất',
    opposingParties: [],
    urgencyReasons: [],
    consent: { purposes: ['LEGAL_AID_PROCESSING', 'REFERRAL_TO_PROVIDER'], givenBy: 'APPLICANT', method: 'WRITTEN' },
  } as unknown as InputOf<typeof IntakeRpc.submit>;
}
