/// <reference lib="dom" />
import { expect } from '@jest/globals';
import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { AxeBuilder } from '@axe-core/playwright';
import { REPO_ROOT } from '../../infra/src/runtime/network.js';
import { eventually } from './network.js';

/** What the console's browser tests share: Debian's Chromium, a page signed in by dev token, axe at WCAG 2.2 AA, screenshots. */
export const CONSOLE_DIST = join(REPO_ROOT, 'console', 'dist');
export const CONSOLE_SHOTS = join(REPO_ROOT, '.data', 'console-screenshots');
export const CHROMIUM = ['/usr/bin/chromium', '/usr/lib/chromium/chromium'].find((p) => existsSync(p));
export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

export function assertConsoleReady(): void {
  if (!existsSync(join(CONSOLE_DIST, 'index.html'))) throw new Error('console/dist is missing: run `npm run build -w console` (npm test does) before this test');
  if (!CHROMIUM) throw new Error('Chromium is missing: apt-get install -y chromium fonts-noto-core (see .ci/run)');
  mkdirSync(CONSOLE_SHOTS, { recursive: true });
}

export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
}

export interface PageOptions {
  token?: string;
  locale?: string;
  timezoneId?: string;
  viewport?: { width: number; height: number };
  acceptDownloads?: boolean;
}

/** A fresh context (Viet Nam time, 1366×768) in which nothing leaves the machine; signed in when a token is given. */
export async function openConsolePage(browser: Browser, base: string, contexts: BrowserContext[], options: PageOptions = {}): Promise<Page> {
  const context = await browser.newContext({
    locale: options.locale ?? 'vi-VN',
    timezoneId: options.timezoneId ?? 'Asia/Ho_Chi_Minh',
    viewport: options.viewport ?? { width: 1366, height: 768 },
    acceptDownloads: options.acceptDownloads ?? false,
  });
  contexts.push(context);
  await context.route(/^https?:\/\/(?!127\.0\.0\.1)/, (route) => route.fulfill({ status: 200, contentType: 'text/html', body: '<!doctype html><html lang="en"><title>Weather</title><main><h1>Weather</h1></main></html>' }));
  const page = await context.newPage();
  if (options.token) {
    await page.goto(`${base}/dev-login#token=${options.token}`);
    await page.locator('nav[aria-label]').first().waitFor();
  }
  return page;
}

/** axe with the WCAG 2.2 AA tags on the page as it is now: zero violations. The state is logged in `log`. */
export async function expectNoAxeViolations(page: Page, state: string, log: string[]): Promise<void> {
  const result = await new AxeBuilder({ page }).withTags(AXE_TAGS).analyze();
  log.push(`${state}: ${result.violations.length} violations, ${result.passes.length} rules passed`);
  expect(result.violations.map((v) => `${state}: ${v.id} (${v.impact}) ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join('; ')}`)).toEqual([]);
}

/** A full-page screenshot with times and ids masked. */
export async function screenshot(page: Page, name: string, dir = CONSOLE_SHOTS): Promise<void> {
  await page.screenshot({ path: join(dir, `${name}.png`), fullPage: true, animations: 'disabled', mask: [page.locator('time'), page.locator('.mono'), page.locator('[data-testid=request-id]')] });
}

/** Waits until the main region has a heading and no longer says it is loading. */
export async function settled(page: Page, loading = /Đang tải|Loading/): Promise<void> {
  await page.locator('main h1').first().waitFor();
  await eventually(async () => (loading.test(await page.locator('main').innerText()) ? undefined : true), 15_000, 'the page to load');
}
