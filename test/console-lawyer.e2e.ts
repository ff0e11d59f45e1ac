/// <reference lib="dom" />
import { afterAll, beforeAll, describe, expect, it, jest } from '@jest/globals';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { DEMO, DEMO_USERS, loadDemoData } from '../infra/src/cli/demo.js';
import { freePort } from '../infra/src/runtime/servers.js';
import { REPO_ROOT } from '../infra/src/runtime/network.js';
import { CONSOLE_DIST, consoleBrowser, launchChromium, type ConsoleBrowser } from './support/console-work.js';
import { eventually, gql, startNetwork, TEST_JWT_SECRET, tokenFor, type TestNetwork } from './support/network.js';
import { resetStreams, testServers } from './support/servers.js';

/**
 * The lawyers' and organisation admins' console in Debian's Chromium against
 * the real network (CONSOLE.md §10 journeys 5 and 6, and journey 9 for these
 * two roles): a three-browser offer cascade seen live by staff and lawyers,
 * the case worked to its close; every offer of an urgent matter lapsing
 * (short urgent windows), the escalation arriving live in the bar's queue and
 * assigned to a member; and the navigation showing only what me.operations
 * allows. axe (WCAG 2.2 AA) on every state reached, zero violations.
 */
jest.setTimeout(240_000);
type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

const SHOTS = join(REPO_ROOT, 'console', 'screenshots');
const LAWYERS = ['demo-lawyer-1', 'demo-lawyer-2', 'demo-officer'] as const;
const BRIEF = 'Tranh chấp hợp đồng vay 50 triệu đồng; bên vay không trả đúng hạn; cần soạn đơn khởi kiện và tham gia tố tụng.';

describe('web console for lawyers and organisation admins in Chromium', () => {
  let net: TestNetwork;
  let url: string;
  let base: string;
  let browser: Browser;
  let ui: ConsoleBrowser;
  const tokens: Record<string, string> = {};

  beforeAll(async () => {
    await resetStreams(testServers().natsUrl);
    const port = await freePort();
    net = await startNetwork({
      label: 'console_lawyer',
      services: ['intake', 'matching', 'case-tracking', 'oversight'],
      gateway: true,
      extraEnv: {
        // Urgent offers lapse in seconds (journey 6); other offers keep their two working days (journey 5).
        matching: { MATCHING_TIMER_POLL_MS: '200', MATCHING_INDEX_REFRESH_MS: '300', MATCHING_OFFER_URGENT_SECONDS: '3', MATCHING_OFFER_CUSTODY_SECONDS: '3' },
        'case-tracking': { CASES_TIMER_POLL_MS: '500' },
        gateway: { GATEWAY_PORT: String(port), CONSOLE_DIR: CONSOLE_DIST, PERSISTED_OPERATIONS_FILE: join(CONSOLE_DIST, 'persisted-operations.json'), RATE_LIMIT_MAX: '5000' },
      },
    });
    url = net.graphqlUrl!;
    base = url.replace(/\/graphql$/, '');
    await loadDemoData({ jwtSecret: TEST_JWT_SECRET, graphqlUrl: url });
    for (const u of DEMO_USERS) tokens[u.sub] = await tokenFor(u);
    browser = await launchChromium();
    ui = consoleBrowser(browser, base, SHOTS);
  }, 240_000);

  afterAll(async () => {
    await ui?.close();
    await browser?.close();
    await net?.stopAll();
    if (ui?.axeStates.length) writeFileSync(join(SHOTS, 'axe-states-lawyer-org.txt'), ui.axeStates.join('\n') + '\n');
  });

  const call = async (who: string, query: string, variables: Json = {}): Promise<Json> => {
    const r = await gql<Json>(url, query, variables, tokens[who]);
    if (r.errors) throw new Error(`${who}: ${JSON.stringify(r.errors)}`);
    return r.data!;
  };
  const submit = async (extra: Json = {}) =>
    (
      await call('demo-staff', 'mutation($input: SubmitLegalAidRequestInput!) { submitLegalAidRequest(input: $input) { requestId } }', {
        input: {
          channel: 'WALK_IN',
          centreId: DEMO.centre,
          applicant: { fullName: 'Phạm Thị Hoa', phone: '0912000333', address: { provinceCode: '79', communeCode: '26737' } },
          fieldOfLaw: 'CIVIL',
          aidForm: 'PROCEEDINGS',
          summary: 'Bà Hoa cho vay tiền, người vay không trả',
          consent: { purposes: ['LEGAL_AID_PROCESSING', 'REFERRAL_TO_PROVIDER'], givenBy: 'APPLICANT', method: 'WRITTEN' },
          claimedEligibilityGroup: 'POOR_HOUSEHOLD',
          ...extra,
        },
      })
    ).submitLegalAidRequest.requestId as string;
  const evidenceSet = async (): Promise<string[]> => (await call('demo-staff', '{ eligibilityRuleSets { groups { group evidence } } }')).eligibilityRuleSets.at(-1).groups.find((g: Json) => g.group === 'POOR_HOUSEHOLD').evidence[0];
  /** Waits on the page's text, not on a clock. */
  const textOf = (page: Page, selector: string, pattern: RegExp, what: string, ms = 30_000) =>
    eventually(async () => {
      const t = await page.locator(selector).innerText().catch(() => '');
      return pattern.test(t) ? t : undefined;
    }, ms, what);

  it('journey 5: staff accept with a brief; lawyer 1 sees the offer live and declines; lawyer 2 accepts and works the case to its close; the staff view follows live', async () => {
    const requestId = await submit();
    const staff = await ui.newPage({ token: tokens['demo-staff'] });
    const watcher = await ui.newPage({ token: tokens['demo-staff'] });
    await watcher.goto(`${base}/yeu-cau/${requestId}/gioi-thieu`);
    await watcher.locator('[data-testid=no-referral]').waitFor();
    const lawyers: Record<string, Page> = {};
    for (const who of LAWYERS) {
      lawyers[who] = await ui.newPage({ token: tokens[who] });
      await lawyers[who].locator('[data-testid=no-offers]').waitFor();
    }
    // Marks each lawyer's document: a reload would lose the mark.
    for (const p of [watcher, ...Object.values(lawyers)]) await p.evaluate(() => void ((window as unknown as { sameDocument?: boolean }).sameDocument = true));
    await ui.axe(lawyers['demo-lawyer-1'], 'lawyer: my day, no offers');
    await ui.shot(lawyers['demo-lawyer-1'], 'lawyer-my-day-empty.vi');

    // Staff accept with the brief (screening).
    await staff.goto(`${base}/yeu-cau/${requestId}/sang-loc`);
    await staff.locator('#group').selectOption('POOR_HOUSEHOLD');
    await staff.locator('.hint#evidence-hint').waitFor();
    for (const kind of await evidenceSet()) await staff.locator(`#evidence-${kind}`).check();
    await staff.locator('#brief').fill(BRIEF);
    await ui.axe(staff, 'screening: brief for the providers');
    const acceptedAt = Date.now();
    await staff.locator('[data-testid=accept]').click();
    await staff.locator('[data-testid=decision]').waitFor({ timeout: 30_000 });

    // The first ranked lawyer sees the offer without reload.
    const first = await eventually(async () => {
      for (const who of LAWYERS) if ((await lawyers[who].locator('[data-testid=open-offers] li').count()) > 0) return who;
      return undefined;
    }, 30_000, 'the offer on a lawyer’s page');
    const seenAt = Date.now();
    // The live path's share: from the moment matching made the offer to the lawyer's page (same machine, same clock).
    const made = (await call(first, '{ myOffers { edges { node { requestId offeredAt } } } }')).myOffers.edges.map((e: Json) => e.node).find((o: Json) => o.requestId === requestId);
    const live = seenAt - Date.parse(made.offeredAt);
    writeFileSync(
      join(SHOTS, 'offer-live-latency.txt'),
      `journey 5: the offer was on ${first}'s page ${live} ms after matching made it (budget 5000 ms), ${seenAt - acceptedAt} ms after staff clicked accept (acceptance, ranking and the offer included)\n`,
    );
    // The 5 s of CONSOLE.md §10 is a product budget, measured and written above; the test asserts the
    // offer came without a reload (the page was never reloaded), not a time that a loaded machine decides.
    const p1 = lawyers[first];
    expect(await p1.evaluate(() => (window as unknown as { sameDocument?: boolean }).sameDocument)).toBe(true);
    expect(await p1.locator('[data-testid=live-announce]').innerText()).toBe('Có lời mời mới');
    await ui.axe(p1, 'lawyer: my day with a live offer');
    await ui.shot(p1, 'lawyer-my-day-offer.vi');
    await p1.locator('[data-testid=open-offers] a').first().click();
    await p1.locator('[data-testid=offer-brief]').waitFor();
    expect(await p1.locator('[data-testid=offer-brief]').innerText()).toContain(BRIEF);
    expect(await p1.locator('[data-testid=offer-rank]').innerText()).toMatch(/^Xếp thứ 1 trên \d+ người phù hợp/);
    expect(await p1.locator('[data-testid=offer-reasons] li').count()).toBeGreaterThan(0);
    await ui.axe(p1, 'lawyer: offer with brief and reasons');
    await ui.shot(p1, 'lawyer-offer.vi');
    // Declining needs a reason: the error summary takes focus.
    await p1.locator('[data-testid=decline-offer]').click();
    await p1.locator('.error-summary').waitFor();
    expect(await p1.evaluate(() => document.activeElement?.classList.contains('error-summary'))).toBe(true);
    await ui.axe(p1, 'lawyer: decline without a reason');
    await p1.locator('#decline-reason').check();
    await p1.locator('[data-testid=decline-offer]').click();
    await p1.locator('[data-testid=offer-declined]').waitFor();

    // The next lawyer gets it live, and accepts.
    const second = await eventually(async () => {
      for (const who of LAWYERS) if (who !== first && (await lawyers[who].locator('[data-testid=open-offers] li').count()) > 0) return who;
      return undefined;
    }, 30_000, 'the second offer on a lawyer’s page');
    const p2 = lawyers[second];
    await p2.locator('[data-testid=open-offers] a').first().click();
    await p2.locator('[data-testid=offer-brief]').waitFor();
    expect(await p2.locator('[data-testid=offer-brief]').innerText()).toContain(BRIEF);
    await p2.locator('[data-testid=accept-offer]').click();
    await p2.locator('[data-testid=offer-accepted]').waitFor();
    await ui.axe(p2, 'lawyer: offer accepted');
    // The staff view follows without reload.
    await textOf(watcher, '[data-testid=referral-status]', /Đã phân công|ASSIGNED/, 'the staff view to show the assignment');
    expect(await watcher.evaluate(() => (window as unknown as { sameDocument?: boolean }).sameDocument)).toBe(true);
    await ui.axe(watcher, 'staff: referral assigned, live');
    await ui.shot(watcher, 'staff-referral-assigned.vi');

    // The case in "my cases", then its file.
    await p2.locator('[data-testid=offer-accepted] a').click();
    await eventually(async () => {
      if ((await p2.locator('[data-testid=caseload] tbody tr').count()) > 0) return true;
      await p2.reload();
      await p2.locator('main h1').waitFor();
      return undefined;
    }, 30_000, 'the case to open');
    await ui.axe(p2, 'lawyer: my cases');
    await ui.shot(p2, 'lawyer-caseload.vi');
    await p2.locator('[data-testid=caseload] tbody a').first().click();
    await p2.locator('[data-testid=deadlines]').waitFor();
    await ui.axe(p2, 'lawyer: case file');
    // Contact only after the logged reveal.
    expect(await p2.locator('[data-pii]').count()).toBe(0);
    await p2.locator('[data-testid=reveal-contact]').click();
    await p2.locator('[data-testid=contact]').waitFor();
    expect(await p2.locator('[data-testid=contact]').innerText()).toContain('Phạm Thị Hoa');
    const log = await call('demo-staff', 'query($id: ID) { personalDataAccessLog(requestId: $id) { edges { node { actorId purpose fields } } } }', { id: requestId });
    expect(log.personalDataAccessLog.edges.map((e: Json) => e.node)).toContainEqual(expect.objectContaining({ actorId: second, purpose: 'CONTACT_APPLICANT' }));
    await ui.axe(p2, 'lawyer: contact revealed');
    // First contact, half an hour typed the Vietnamese way.
    await p2.locator('#activity-kind').selectOption('FIRST_CONTACT');
    await p2.locator('#activity-hours').fill('0,5');
    await p2.locator('[data-testid=save-activity]').click();
    await p2.locator('[data-testid=activity-saved]').waitFor();
    await textOf(p2, '[data-testid=case-state]', /Đang thực hiện/, 'the case to move into progress');
    await textOf(p2, '[data-testid=activities]', /0,5 giờ/, 'the activity with its hours');
    // A hearing.
    await p2.locator('#schedule-date').fill('2027-03-15');
    await p2.locator('[data-testid=save-schedule]').click();
    await textOf(p2, '[data-testid=deadlines]', /15\/03\/2027/, 'the hearing in the deadlines');
    await ui.shot(p2, 'lawyer-case-file.vi');
    // Close: the total is pre-filled from the activities.
    expect(await p2.locator('#close-hours').inputValue()).toBe('0,5');
    await p2.locator('#close-outcome').selectOption('SUCCESSFUL');
    await p2.locator('#close-summary').fill('Hai bên hòa giải thành, bên vay trả nợ.');
    await p2.locator('[data-testid=check-close]').click();
    await p2.locator('[data-testid=close-check]').waitFor();
    await ui.axe(p2, 'lawyer: check before closing');
    await p2.locator('[data-testid=confirm-close]').click();
    await p2.locator('[data-testid=case-closed]').waitFor({ timeout: 30_000 });
    expect(await p2.locator('[data-testid=case-closed]').innerText()).toContain('0,5 giờ');
    await ui.axe(p2, 'lawyer: case closed');
    await ui.shot(p2, 'lawyer-case-closed.vi');
    // English too.
    await p2.locator('button[lang=en]').click();
    await p2.goto(`${base}/`);
    await p2.locator('main h1').waitFor();
    expect(await p2.locator('main h1').innerText()).toBe('My day');
    await ui.axe(p2, 'lawyer: my day (English)');
    await ui.shot(p2, 'lawyer-my-day.en');
  });

  it('journey 6: every offer of an urgent matter lapses; the escalation arrives live in the bar’s queue; the admin assigns a member and the referral is assigned', async () => {
    const admin = await ui.newPage({ token: tokens['demo-bar-admin'] });
    await admin.goto(`${base}/leo-thang`);
    await admin.locator('[data-testid=queue-empty]').waitFor();
    await ui.axe(admin, 'org admin: empty escalation queue');
    const requestId = await submit({ applicant: { fullName: 'Đặng Văn Tư', phone: '0912000444', address: { provinceCode: '79' } }, deadlineAt: new Date(Date.now() + 10 * 86_400_000).toISOString() });
    await call('demo-staff', 'mutation($input: AcceptLegalAidRequestInput!) { acceptLegalAidRequest(input: $input) { status } }', {
      input: { requestId, eligibilityGroup: 'POOR_HOUSEHOLD', evidence: await evidenceSet(), brief: 'Tranh chấp hợp đồng, cần tham gia tố tụng gấp.' },
    });
    // Offers lapse one after another (3 s each); the queue fills without reload.
    await textOf(admin, '[data-testid=queue-count]', /^1 vụ việc đang chờ phân công$/, 'the escalation in the queue', 90_000);
    await admin.locator('[data-testid=escalation-detail]').waitFor();
    await ui.axe(admin, 'org admin: escalation with the member picker');
    await ui.shot(admin, 'org-escalation-queue.vi');
    const member = await admin.locator('[data-testid=member-picker] tbody tr').first().getAttribute('data-member');
    await admin.locator(`[data-testid=pick-${member}]`).click();
    await admin.locator('[data-testid=confirm-assign]').waitFor();
    await ui.axe(admin, 'org admin: confirm the assignment');
    await admin.locator('[data-testid=confirm-assign-yes]').click();
    await admin.locator('[data-testid=assigned]').waitFor();
    await textOf(admin, '[data-testid=queue-count]', /^0 vụ việc/, 'the queue to empty');
    const referral = (await call('demo-staff', 'query($id: ID!) { legalAidRequest(id: $id) { referral { status assignedProviderId } } }', { id: requestId })).legalAidRequest.referral;
    expect(referral).toEqual({ status: 'ASSIGNED', assignedProviderId: member });
    await ui.axe(admin, 'org admin: assigned');
    await ui.shot(admin, 'org-assigned.vi');
    await admin.goto(`${base}/`);
    await admin.locator('[data-count=escalated] .tile__value').waitFor();
    await ui.axe(admin, 'org admin: overview');
    await ui.shot(admin, 'org-home.vi');
    await admin.goto(`${base}/thanh-vien`);
    await admin.locator('[data-testid=members]').waitFor();
    await ui.axe(admin, 'org admin: members');
    await ui.shot(admin, 'org-members.vi');
  });

  it('journey 9 (lawyers and organisation admins): the navigation shows only what me.operations allows', async () => {
    // Each item with the place it opens; where several share a place, the first the role may use is shown (as routing chooses).
    const NAV: Record<string, { label: string; place: string; needs: string[] }[]> = {
      LAWYER: [
        { label: 'Hôm nay', place: '/', needs: ['myOffers', 'cases'] },
        { label: 'Lời mời nhận vụ việc', place: '/loi-moi', needs: ['myOffers'] },
        { label: 'Vụ việc của tôi', place: '/vu-viec', needs: ['cases', 'caseCounts', 'recordCaseActivity'] },
        { label: 'Hồ sơ năng lực', place: '/ho-so', needs: ['myOffers', 'provider', 'updateProvider', 'setProviderAvailability'] },
        { label: 'Giờ làm & pro bono', place: '/gio-lam', needs: ['myOffers', 'hoursSummary'] },
      ],
      ORG_ADMIN: [
        { label: 'Tổng quan tổ chức', place: '/', needs: ['escalationQueue', 'providers', 'caseCounts', 'recommendations', 'respondToRecommendation'] },
        { label: 'Hàng đợi leo thang', place: '/leo-thang', needs: ['escalationQueue', 'providers', 'assignReferral', 'respondToRecommendation'] },
        { label: 'Thành viên', place: '/thanh-vien', needs: ['providers', 'cases', 'respondToRecommendation'] },
        { label: 'Kiến nghị gửi tổ chức', place: '/kien-nghi', needs: ['recommendations', 'respondToRecommendation'] },
      ],
    };
    // The staff screens' items, as the shell declares them, in its order.
    const STAFF_HOME = [
      { label: 'Tổng quan', place: '/', needs: ['requestCounts'] },
      { label: 'Hàng đợi yêu cầu', place: '/yeu-cau', needs: ['legalAidRequests'] },
      { label: 'Tiếp nhận yêu cầu', place: '/yeu-cau/moi', needs: ['submitLegalAidRequest', 'referenceData'] },
    ];
    const STAFF_REST = [
      { label: 'Leo thang', place: '/leo-thang', needs: ['escalationQueue', 'assignReferral', 'providers'] },
      { label: 'Người thực hiện', place: '/nguoi-thuc-hien', needs: ['providers'] },
      { label: 'Thống kê', place: '/thong-ke', needs: ['statistics', 'referenceData'] },
    ];
    const ALL = [...STAFF_HOME, ...NAV.LAWYER, ...NAV.ORG_ADMIN, ...STAFF_REST];
    for (const sub of ['demo-lawyer-1', 'demo-bar-admin', 'demo-staff']) {
      const page = await ui.newPage({ token: tokens[sub] });
      const me = (await call(sub, '{ me { role operations } }')).me as { role: string; operations: string[] };
      const nav = await page.locator('nav.nav a').allInnerTexts();
      const may = (item: { needs: string[] }) => item.needs.every((op) => me.operations.includes(op));
      const expected = ALL.filter((item, i) => may(item) && !ALL.slice(0, i).some((o) => o.place === item.place && may(o))).map((i) => i.label);
      expect([sub, [...nav].sort()]).toEqual([sub, [...expected].sort()]);
      if (me.role !== 'CENTRE_STAFF') {
        // Each role's own screens are all there, the staff's intake screens are not.
        expect(NAV[me.role].every((i) => nav.includes(i.label))).toBe(true);
        expect(nav.includes('Hàng đợi yêu cầu') || nav.includes('Tiếp nhận yêu cầu')).toBe(false);
        await page.goto(`${base}/yeu-cau`);
        await page.locator('[data-problem=forbidden]').waitFor();
        await ui.axe(page, `forbidden page (${sub})`);
      } else {
        expect(nav.some((l) => [...NAV.LAWYER, ...NAV.ORG_ADMIN].some((i) => i.label === l))).toBe(false);
      }
      await page.context().close();
    }
    // The organisation's recommendations screen, with its (empty) list.
    const admin = await ui.newPage({ token: tokens['demo-bar-admin'] });
    await admin.goto(`${base}/kien-nghi`);
    await admin.locator('main h1').waitFor();
    await eventually(async () => ((await admin.locator('main').innerText()).includes('Đang tải') ? undefined : true), 15_000, 'the page to load');
    await ui.axe(admin, 'org admin: recommendations');
    const lawyer = await ui.newPage({ token: tokens['demo-lawyer-2'] });
    await lawyer.goto(`${base}/ho-so`);
    await lawyer.locator('[data-testid=save-profile]').waitFor();
    await ui.axe(lawyer, 'lawyer: profile');
    await ui.shot(lawyer, 'lawyer-profile.vi');
    await lawyer.goto(`${base}/gio-lam`);
    await lawyer.locator('[data-testid=hours-total]').waitFor();
    await ui.axe(lawyer, 'lawyer: hours by month');
    await ui.shot(lawyer, 'lawyer-hours.vi');
  });
});
