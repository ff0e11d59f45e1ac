/// <reference lib="dom" />
import { afterAll, beforeAll, describe, expect, it, jest } from '@jest/globals';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { DEMO, DEMO_USERS, loadDemoData } from '../infra/src/cli/demo.js';
import { eventually, gql, startNetwork, TEST_JWT_SECRET, tokenFor, type TestNetwork } from './support/network.js';
import { resetStreams, testServers } from './support/servers.js';
import { assertConsoleReady, CONSOLE_DIST, CONSOLE_SHOTS, expectNoAxeViolations, launchChromium, openConsolePage, screenshot, settled } from './support/console.js';

/**
 * The Fatherland Front supervisor's console in Debian's Chromium against the
 * real network (CONSOLE.md §10): journey 7 (a trail verified in the browser
 * passes; the downloaded file with one byte changed fails), journey 9's
 * supervision loop (plan → seeded sample, reproducible → finding →
 * recommendation with working days → the organisation's response → RESPONDED,
 * not late), navigation by me.operations, and no personal data on any
 * supervisor or appraiser page: requests are seeded with known names, phones,
 * ID numbers, e-mails and addresses, and none of those strings may reach the
 * DOM or any network response those pages receive. axe WCAG 2.2 AA on every
 * state reached, zero violations.
 */
jest.setTimeout(240_000);
type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

// Personal data seeded into intake; none of it may reach a supervisor's or an appraiser's browser.
const APPLICANTS = [
  { fullName: 'Hà Thị Xuân Quỳnh', idNumber: '079301777001', phone: '0938111222', email: 'quynh.ha@example.vn', line: '17 Hẻm Cây Đa, Khu phố 3' },
  { fullName: 'Đinh Công Trứ', idNumber: '079301777002', phone: '0938333444', email: 'tru.dinh@example.vn', line: '5 Ngõ Bến Nghé' },
];
const PII = APPLICANTS.flatMap((a) => [a.fullName, a.idNumber, a.phone, a.email, a.line]);

describe('supervisor console in Chromium', () => {
  let net: TestNetwork;
  let url: string;
  let base: string;
  let browser: Browser;
  const tokens: Record<string, string> = {};
  const contexts: BrowserContext[] = [];
  const axeStates: string[] = [];
  const requestIds: string[] = [];
  let caseId: string;
  const notifications = join(mkdtempSync(join(tmpdir(), 'console-supervisor-')), 'notifications.jsonl');

  const call = async (who: string, query: string, variables: Json = {}): Promise<Json> => {
    const r = await gql<Json>(url, query, variables, tokens[who]);
    if (r.errors) throw new Error(`${who}: ${JSON.stringify(r.errors)}`);
    return r.data!;
  };
  const newPage = (sub: string, options: { locale?: string; acceptDownloads?: boolean } = {}) => openConsolePage(browser, base, contexts, { token: tokens[sub], ...options });
  const axe = (page: Page, state: string) => expectNoAxeViolations(page, state, axeStates);

  beforeAll(async () => {
    assertConsoleReady();
    await resetStreams(testServers().natsUrl);
    net = await startNetwork({
      label: 'console-supervisor',
      services: ['intake', 'matching', 'case-tracking', 'oversight'],
      gateway: true,
      extraEnv: {
        intake: { NOTIFY_SINK_FILE: notifications, NOTIFY_QUIET_HOURS: 'off', NOTIFY_POLL_MS: '200' },
        matching: { MATCHING_TIMER_POLL_MS: '200', MATCHING_INDEX_REFRESH_MS: '300' },
        gateway: { CONSOLE_DIR: CONSOLE_DIST, PERSISTED_OPERATIONS_FILE: join(CONSOLE_DIST, 'persisted-operations.json'), RATE_LIMIT_MAX: '5000' },
      },
    });
    url = net.graphqlUrl!;
    base = url.replace(/\/graphql$/, '');
    await loadDemoData({ jwtSecret: TEST_JWT_SECRET, graphqlUrl: url });
    for (const u of DEMO_USERS) tokens[u.sub] = await tokenFor(u);
    browser = await launchChromium();

    // Two requests with known personal data; the first becomes a closed case to supervise.
    for (const a of APPLICANTS) {
      const r = await call('demo-staff', 'mutation($input: SubmitLegalAidRequestInput!) { submitLegalAidRequest(input: $input) { requestId } }', {
        input: {
          channel: 'WALK_IN',
          centreId: DEMO.centre,
          applicant: { fullName: a.fullName, idNumber: a.idNumber, phone: a.phone, email: a.email, address: { provinceCode: '79', communeCode: '26737', line: a.line } },
          fieldOfLaw: 'CIVIL',
          aidForm: 'ADVICE',
          summary: `Tranh chấp đất đai của ${a.fullName}, gọi ${a.phone}`,
          consent: { purposes: ['LEGAL_AID_PROCESSING', 'REFERRAL_TO_PROVIDER', 'FEEDBACK_CONTACT'], givenBy: 'APPLICANT', method: 'WRITTEN' },
          claimedEligibilityGroup: 'POOR_HOUSEHOLD',
        },
      });
      requestIds.push(r.submitLegalAidRequest.requestId);
    }
    const rules = await call('demo-staff', '{ eligibilityRuleSets { groups { group evidence } } }');
    const evidence: string[] = rules.eligibilityRuleSets.at(-1).groups.find((g: Json) => g.group === 'POOR_HOUSEHOLD').evidence[0];
    await call('demo-staff', 'mutation($input: AcceptLegalAidRequestInput!) { acceptLegalAidRequest(input: $input) { status } }', { input: { requestId: requestIds[0], eligibilityGroup: 'POOR_HOUSEHOLD', evidence } });
    const offer = await eventually(async () => {
      const d = await call('demo-staff', 'query($id: ID!) { legalAidRequest(id: $id) { referral { offers { offerId providerId status } } } }', { id: requestIds[0] });
      return d.legalAidRequest.referral?.offers.find((o: Json) => o.status === 'OPEN');
    }, 60_000, 'an open offer');
    const lawyer = DEMO_USERS.find((u) => 'providerId' in u && u.providerId === offer.providerId)!.sub;
    await call(lawyer, 'mutation($id: ID!) { acceptOffer(offerId: $id) { status } }', { id: offer.offerId });
    caseId = (
      await eventually(async () => {
        const d = await call(lawyer, '{ cases { edges { node { id requestId } } } }');
        return d.cases.edges.map((e: Json) => e.node).find((c: Json) => c.requestId === requestIds[0]);
      }, 30_000, 'the case')
    ).id;
    await call(lawyer, 'mutation($input: RecordCaseActivityInput!) { recordCaseActivity(input: $input) { state } }', { input: { caseId, kind: 'FIRST_CONTACT', performedAt: new Date().toISOString(), hours: 0.5 } });
    await call(lawyer, 'mutation($input: CloseCaseInput!) { closeCase(input: $input) { state } }', { input: { caseId, outcome: 'SUCCESSFUL', summary: 'Hòa giải thành', totalHours: 1 } });
    // The applicant answers the feedback invitation, naming themselves and giving their phone: oversight must mask both.
    const token = await eventually(async () => {
      const sent = existsSync(notifications) ? readFileSync(notifications, 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l) as Json) : [];
      const invitation = sent.find((n) => n.kind === 'FEEDBACK_INVITATION');
      return invitation ? /#([A-Za-z0-9_-]{43})/.exec(String(invitation.short))?.[1] : undefined;
    }, 60_000, 'the feedback invitation');
    // Oversight learns of the invitation from intake's event: until then the token is unknown to it.
    await eventually(async () => {
      const r = await gql<Json>(url, 'mutation($input: SubmitFeedbackInput!) { submitFeedback(input: $input) { feedbackId } }', {
        input: { token, rating: 2, answers: { lawyerReachable: true, outcomeExplained: false, paymentRequested: false }, comment: `Tôi là ${APPLICANTS[0].fullName}, số ${APPLICANTS[0].phone}; luật sư gọi lại muộn.`, language: 'vie' },
      });
      if (r.errors && r.errors[0]?.extensions?.code !== 'TOKEN_INVALID') throw new Error(JSON.stringify(r.errors));
      return r.data?.submitFeedback.feedbackId as string | undefined;
    }, 30_000, 'the feedback to be taken');
    // The ledger has the case's closure once oversight has read it.
    await eventually(async () => {
      const d = await gql<Json>(url, 'query($id: ID!) { auditTrail(caseId: $id) { entries { type } } }', { id: caseId }, tokens['demo-supervisor']);
      return d.data?.auditTrail.entries.some((e: Json) => e.type === 'cases.case.closed') ? true : undefined;
    }, 60_000, 'the closure in the ledger');
  }, 240_000);

  afterAll(async () => {
    for (const c of contexts) await c.close().catch(() => undefined);
    await browser?.close();
    await net?.stopAll();
    if (axeStates.length) writeFileSync(join(CONSOLE_SHOTS, 'axe-states.supervisor.txt'), axeStates.join('\n') + '\n');
  });

  it('journey 7: the trail verifies in the browser; the downloaded file with one byte changed fails; the download is the offline verifier’s file', async () => {
    const page = await newPage('demo-supervisor', { acceptDownloads: true });
    await page.goto(`${base}/giam-sat/so-cai`);
    await settled(page);
    await page.getByTestId('ledger-health').waitFor();
    expect(await page.getByTestId('ledger-health').innerText()).toMatch(/^Toàn vẹn/);
    await page.getByRole('button', { name: 'Ký điểm kiểm tra ngay' }).click();
    await page.getByText(/Đã ký điểm kiểm tra tại mục \d+/).waitFor();
    await axe(page, 'ledger: checkpoint signed');

    await page.locator('#trail-kind').selectOption('request');
    await page.locator('#trail-id').fill(requestIds[0]);
    await page.getByRole('button', { name: 'Xem dấu vết' }).click();
    await page.getByTestId('trail-summary').waitFor();
    expect(await page.getByTestId('trail-entries').locator('tbody tr').count()).toBeGreaterThanOrEqual(4);
    await page.getByRole('button', { name: 'Xác minh trong trình duyệt' }).click();
    const verdict = page.getByTestId('trail-verdict');
    await verdict.waitFor();
    expect(await verdict.getAttribute('data-ok')).toBe('true');
    expect(await verdict.innerText()).toMatch(/Xác minh thành công: \d+ mục nối chuỗi đúng, chữ ký Ed25519 của điểm kiểm tra \d+ hợp lệ/);
    await axe(page, 'trail: verified in the browser');
    await screenshot(page, 'supervisor-trail-verified.vi');

    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Tải về để xác minh ngoại tuyến' }).click()]);
    expect(download.suggestedFilename()).toBe(`dau-vet_${requestIds[0]}.json`);
    const text = Buffer.concat(await (async () => { const chunks: Buffer[] = []; for await (const c of (await download.createReadStream())!) chunks.push(c as Buffer); return chunks; })()).toString('utf8');
    const file = JSON.parse(text) as Json;
    expect(file.format).toBe('legalaid-audit-trail/1');
    expect(file.checkpoint.algorithm).toBe('Ed25519');
    expect(file.entries.length).toBe(Number(/(\d+) mục của dấu vết, (\d+) mục nối/.exec(await page.getByTestId('trail-summary').innerText())!.slice(1, 3).reduce((a, b) => a + Number(b), 0)));

    // The untouched file passes when read back from disk…
    await page.locator('#trail-file').setInputFiles({ name: 'trail.json', mimeType: 'application/json', buffer: Buffer.from(text) });
    await eventually(async () => ((await verdict.innerText()).includes('trail.json') ? true : undefined), 10_000, 'the file verdict');
    expect(await verdict.getAttribute('data-ok')).toBe('true');

    // …and one byte changed inside the first canonical record fails it.
    // A hex digit of the payload hash inside the first canonical record (escaped there as payloadHash\":\").
    const at = text.indexOf('payloadHash\\":\\"') + 'payloadHash\\":\\"'.length;
    expect(text[at]).toMatch(/^[0-9a-f]$/);
    const flipped = text.slice(0, at) + (text[at] === '1' ? '2' : '1') + text.slice(at + 1);
    expect(Buffer.from(flipped).length).toBe(Buffer.from(text).length);
    expect([...Buffer.from(flipped)].filter((b, i) => b !== Buffer.from(text)[i])).toHaveLength(1);
    await page.locator('#trail-file').setInputFiles({ name: 'trail-tampered.json', mimeType: 'application/json', buffer: Buffer.from(flipped) });
    await eventually(async () => ((await verdict.innerText()).includes('trail-tampered.json') ? true : undefined), 10_000, 'the tampered file verdict');
    expect(await verdict.getAttribute('data-ok')).toBe('false');
    expect(await verdict.innerText()).toMatch(/Xác minh thất bại tại mục \d+ \((HASH_MISMATCH|CANONICAL_MISMATCH)\)/);
    await axe(page, 'trail: a tampered file fails');
    await screenshot(page, 'supervisor-trail-tampered.vi');

    await page.locator('button[lang=en]').click();
    await page.getByRole('heading', { name: 'Ledger and verification' }).waitFor();
    await axe(page, 'trail (English)');
    await screenshot(page, 'supervisor-trail.en');
  });

  it('journey 9 (supervisor part): plan → sample with its seed, reproducible → finding → recommendation in working days → the organisation responds → RESPONDED, not late', async () => {
    const page = await newPage('demo-supervisor');
    await page.goto(`${base}/giam-sat/ke-hoach`);
    await settled(page);
    await axe(page, 'plans: list');
    // An empty title is refused with the error summary focused.
    await page.locator('#plan-title').fill('');
    await page.getByRole('button', { name: 'Lập kế hoạch' }).click();
    await page.locator('.error-summary').waitFor();
    expect(await page.evaluate(() => document.activeElement?.classList.contains('error-summary'))).toBe(true);
    await axe(page, 'plans: error summary');
    const year = new Date(Date.now() + 7 * 3_600_000).getUTCFullYear();
    await page.locator('#plan-title').fill('Giám sát chất lượng TGPL quý này');
    await page.locator('#plan-provinces').fill('79');
    await page.getByRole('button', { name: 'Lập kế hoạch' }).click();
    await page.waitForURL(/\/giam-sat\/ke-hoach\/[0-9a-f-]{36}$/);
    const planId = page.url().split('/').pop()!;
    await settled(page);
    await axe(page, 'plan: before the sample');

    await page.locator('#sample-size').fill('3');
    await page.locator('#sample-seed').fill('front-2026-q4');
    await page.getByRole('button', { name: 'Chọn mẫu' }).click();
    await page.getByTestId('sample-seed').waitFor();
    expect(await page.getByTestId('sample-seed').innerText()).toBe('front-2026-q4');
    const sampled = await page.getByTestId('sample-cases').locator('tbody tr').evaluateAll((rows) => rows.map((r) => r.getAttribute('data-case-id')));
    expect(sampled).toContain(caseId);
    await axe(page, 'plan: sampled');
    await screenshot(page, 'supervisor-plan-sampled.vi');

    // The same scope, size and seed in a second plan gives the same cases.
    const again = await call('demo-supervisor', 'mutation($input: CreateSupervisionPlanInput!) { createSupervisionPlan(input: $input) { planId } }', {
      input: { title: 'Tái lập mẫu', periodFrom: `${year}-01-01`, periodTo: `${year}-12-31`, provinceCodes: ['79'] },
    });
    const redraw = await call('demo-supervisor', 'mutation($input: DrawSupervisionSampleInput!) { drawSupervisionSample(input: $input) { sample { seed caseIds } } }', {
      input: { planId: again.createSupervisionPlan.planId, size: 3, seed: 'front-2026-q4' },
    });
    expect(redraw.drawSupervisionSample.sample.caseIds).toEqual(sampled);

    await page.locator('#finding-case').selectOption(caseId);
    await page.locator('#finding-category').selectOption('DEADLINE');
    await page.locator('#finding-severity').selectOption('HIGH');
    await page.locator('#finding-note').fill('Liên hệ lần đầu muộn hơn thời hạn của Trung tâm.');
    await page.getByRole('button', { name: 'Ghi nhận', exact: true }).click();
    await page.getByTestId('findings').locator('li').first().waitFor();
    expect(await page.getByTestId('findings').innerText()).toContain('Thời hạn');
    await axe(page, 'plan: finding recorded');

    await page.locator('#rec-org').selectOption(DEMO.bar);
    await page.locator('#rec-text').fill('Đề nghị Đoàn Luật sư rà soát việc liên hệ lần đầu với người được trợ giúp.');
    await page.locator('#rec-days').fill('10');
    await page.getByRole('button', { name: 'Ra kiến nghị', exact: true }).click();
    await page.getByText(/Đã ra kiến nghị; hạn trả lời/).waitFor();
    const rec = page.getByTestId('plan-recommendations').locator('li').first();
    await rec.waitFor();
    expect(await rec.getAttribute('data-status')).toBe('ISSUED');
    await axe(page, 'plan: recommendation issued');
    await screenshot(page, 'supervisor-plan-recommendation.vi');

    const issued = (await call('demo-supervisor', 'query($id: ID!) { recommendations(filter: { planId: $id }) { edges { node { recommendationId responseDueAt issuedAt } } } }', { id: planId })).recommendations.edges[0].node;
    // Ten working days are at least fourteen calendar days (two weekends).
    expect(Date.parse(issued.responseDueAt) - Date.parse(issued.issuedAt)).toBeGreaterThanOrEqual(13 * 86_400_000);
    await call('demo-bar-admin', 'mutation($input: RespondToRecommendationInput!) { respondToRecommendation(input: $input) { status } }', {
      input: { recommendationId: issued.recommendationId, text: 'Đoàn đã nhắc các luật sư liên hệ trong 24 giờ.' },
    });

    await page.goto(`${base}/giam-sat/kien-nghi`);
    await settled(page);
    const responded = page.getByTestId('tracker-RESPONDED').locator(`li[data-recommendation-id="${issued.recommendationId}"]`);
    await responded.waitFor();
    expect(await responded.getByTestId('response-late').innerText()).toBe('đúng hạn');
    expect(await page.getByTestId('tracker-RESPONDED').locator('h2').innerText()).toBe('Đã trả lời (1)');
    expect(await page.getByTestId('tracker-ISSUED').locator('h2').innerText()).toBe('Đang chờ trả lời (0)');
    await axe(page, 'recommendation tracker');
    // G21: the supervisor accepts the answer; the recommendation moves to the accepted column.
    await responded.getByLabel('Ghi chú theo dõi (không ghi thông tin cá nhân)').fill('Trả lời đạt yêu cầu.');
    await responded.getByRole('button', { name: 'Ghi nhận' }).click();
    await page.getByTestId('tracker-ACCEPTED').locator(`li[data-recommendation-id="${issued.recommendationId}"]`).waitFor();
    await eventually(async () => ((await page.getByTestId('tracker-RESPONDED').locator('h2').innerText()) === 'Đã trả lời (0)' ? true : undefined), 10_000, 'the responded column to empty');
    expect(await page.getByTestId('tracker-ACCEPTED').getByTestId('follow-ups').innerText()).toContain('Chấp nhận trả lời — Trả lời đạt yêu cầu.');
    await axe(page, 'recommendation tracker: answer accepted');
    await screenshot(page, 'supervisor-recommendations.vi');
    await page.locator('button[lang=en]').click();
    await page.getByRole('heading', { name: 'Recommendation tracker' }).waitFor();
    await axe(page, 'recommendation tracker (English)');
    await screenshot(page, 'supervisor-recommendations.en');
    await page.goto(`${base}/giam-sat/ke-hoach/${planId}`);
    await settled(page);
    await screenshot(page, 'supervisor-plan.en');
  });

  it('journey 9: a supervisor’s and an appraiser’s navigation is what me.operations allows, and no page of theirs receives or shows personal data', async () => {
    const EXPECTED_NAV: [string, string[]][] = [
      ['Sổ cái', ['auditTrail', 'verifyAuditLedger', 'checkpoints', 'ledgerPublicKeys']],
      ['Kế hoạch', ['supervisionPlans']],
      ['Kiến nghị', ['recommendations', 'supervisionPlans']],
      ['Nhật ký truy cập', ['personalDataAccessLog', 'auditTrail']],
      ['Phản ánh', ['feedbackResponses', 'complaints', 'organisations']],
      ['Hàng đợi yêu cầu', ['legalAidRequests']],
      ['Tổng quan', ['requestCounts']],
      ['Tiếp nhận yêu cầu', ['submitLegalAidRequest', 'referenceData']],
    ];
    const plan = (await call('demo-supervisor', '{ supervisionPlans(first: 1) { edges { node { planId } } } }')).supervisionPlans.edges[0]?.node.planId as string | undefined;
    for (const sub of ['demo-supervisor', 'demo-appraiser']) {
      const page = await newPage(sub);
      const bodies: string[] = [];
      page.on('response', (r) => {
        if (r.url().startsWith(base)) bodies.push(r.url());
        void r
          .text()
          .then((t) => bodies.push(t))
          .catch(() => undefined);
      });
      const me = (await call(sub, '{ me { operations } }')).me.operations as string[];
      const nav = await page.locator('nav.nav a').allInnerTexts();
      for (const [label, needs] of EXPECTED_NAV) expect([sub, label, nav.includes(label)]).toEqual([sub, label, needs.every((op) => me.includes(op))]);
      const hrefs = await page.locator('nav.nav a').evaluateAll((as) => as.map((a) => a.getAttribute('href')!));
      const pages = [
        ...hrefs,
        `/yeu-cau/${requestIds[0]}`,
        `/yeu-cau/${requestIds[1]}`,
        `/yeu-cau/${requestIds[0]}/nguoi-yeu-cau`,
        `/giam-sat/so-cai?requestId=${requestIds[0]}`,
        `/giam-sat/so-cai?caseId=${caseId}`,
        ...(plan ? [`/giam-sat/ke-hoach/${plan}`] : []),
        '/thong-ke',
      ];
      for (const path of new Set(pages)) {
        await page.goto(base + path);
        await settled(page);
        if (path.startsWith('/giam-sat/so-cai?')) await page.getByTestId('trail-summary').or(page.locator('[data-problem]')).first().waitFor();
        // Expand every folded payload so its text is in the DOM too.
        for (const d of await page.locator('details').all()) await d.evaluate((el) => el.setAttribute('open', ''));
        expect(await page.locator('[data-pii]').count()).toBe(0);
        const html = await page.content();
        for (const s of PII) expect([sub, path, html.includes(s)]).toEqual([sub, path, false]);
      }
      await page.waitForLoadState('networkidle');
      expect(bodies.length).toBeGreaterThan(pages.length);
      for (const s of PII) expect([sub, s, bodies.some((b) => b.includes(s))]).toEqual([sub, s, false]);
      await page.context().close();
    }
    // The check can fail: staff, who may read the applicant, do receive these strings.
    const staff = await call('demo-staff', 'query($id: ID!) { applicantContact(requestId: $id) { fullName phone } }', { id: requestIds[1] });
    expect(JSON.stringify(staff)).toContain(APPLICANTS[1].fullName);
  });
  it('the audit of who read personal data, filtered by purpose, reader and period (G29), shows who and why, never the data', async () => {
    await call('demo-staff', 'query($id: ID!) { applicantContact(requestId: $id) { requestId } }', { id: requestIds[0] });
    const page = await newPage('demo-supervisor');
    const today = new Date(Date.now() + 7 * 3_600_000).toISOString().slice(0, 10);
    await page.goto(`${base}/giam-sat/truy-cap?${new URLSearchParams({ purpose: 'CONTACT_APPLICANT', actorId: 'demo-staff', from: today, to: today })}`);
    await settled(page);
    const rows = page.getByTestId('access-audit').locator('tbody tr');
    await rows.first().waitFor();
    const seen = await rows.evaluateAll((trs) => trs.map((tr) => [tr.getAttribute('data-actor-id'), tr.getAttribute('data-purpose')]));
    expect(seen.length).toBeGreaterThanOrEqual(1);
    expect(seen.every(([actor, purpose]) => actor === 'demo-staff' && purpose === 'CONTACT_APPLICANT')).toBe(true);
    expect(await page.getByTestId('access-audit').innerText()).toContain(requestIds[0]);
    for (const s of PII) expect(await page.content()).not.toContain(s);
    await axe(page, 'access audit: filtered');
    await screenshot(page, 'supervisor-access-audit.vi');
    // A period before today holds none of these reads; a reversed period is an inline error.
    await page.goto(`${base}/giam-sat/truy-cap?${new URLSearchParams({ actorId: 'demo-staff', from: '2020-01-01', to: '2020-01-31' })}`);
    await page.getByText('Không có lượt xem nào khớp bộ lọc.').waitFor();
    await page.goto(`${base}/giam-sat/truy-cap?${new URLSearchParams({ from: today, to: '2020-01-01' })}`);
    await page.locator('#audit-from-error').waitFor();
    await axe(page, 'access audit: reversed period');
    await page.goto(`${base}/giam-sat/truy-cap?purpose=CONTACT_APPLICANT`);
    await page.locator('button[lang=en]').click();
    await page.getByRole('heading', { name: 'Who read personal data' }).waitFor();
    await rows.first().waitFor();
    await axe(page, 'access audit (English)');
    await screenshot(page, 'supervisor-access-audit.en');
  });
  it('citizens’ feedback (G23): every answer with its rating and masked comment, filtered by rating', async () => {
    const page = await newPage('demo-supervisor');
    await page.goto(`${base}/giam-sat/phan-anh?maxRating=2`);
    await settled(page);
    const row = page.getByTestId('feedback-responses').locator('tbody tr').first();
    await row.waitFor();
    expect(Number(await row.getAttribute('data-rating'))).toBeLessThanOrEqual(2);
    const text = await page.getByTestId('feedback-responses').innerText();
    expect(text).toContain('luật sư gọi lại muộn');
    for (const s of PII) expect(await page.content()).not.toContain(s);
    await axe(page, 'citizens feedback: rating at most 2');
    await screenshot(page, 'supervisor-feedback.vi');
    await page.goto(`${base}/giam-sat/phan-anh?maxRating=1`);
    await page.getByText('Chưa có ý kiến nào khớp bộ lọc.').waitFor();
    await page.locator('button[lang=en]').click();
    await page.getByRole('heading', { name: 'Citizens’ feedback', level: 1 }).waitFor();
    await axe(page, 'citizens feedback (English, empty)');
    await screenshot(page, 'supervisor-feedback.en');
  });
});
