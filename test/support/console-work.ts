/// <reference lib="dom" />
import { expect } from '@jest/globals';
import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { AxeBuilder } from '@axe-core/playwright';
import { REPO_ROOT } from '../../infra/src/runtime/network.js';

/**
 * What the console's browser journeys share: Debian's Chromium launched as
 * the machine note prescribes, pages signed in through /dev-login with a
 * role's token and nothing allowed off the machine, axe with the WCAG 2.2 AA
 * tags (zero violations), and full-page screenshots with times masked.
 */
export const CONSOLE_DIST = join(REPO_ROOT, 'console', 'dist');
export const CHROMIUM = ['/usr/bin/chromium', '/usr/lib/chromium/chromium'].find((p) => existsSync(p));
export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

export function launchChromium(): Promise<Browser> {
  if (!existsSync(join(CONSOLE_DIST, 'index.html'))) throw new Error('console/dist is missing: run `npm run build -w console` (npm test does) before this test');
  if (!CHROMIUM) throw new Error('Chromium is missing: apt-get install -y chromium fonts-noto-core (see .ci/run)');
  return chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
}

export interface ConsoleBrowser {
  newPage(options?: { token?: string; locale?: string; viewport?: { width: number; height: number } }): Promise<Page>;
  axe(page: Page, state: string): Promise<void>;
  shot(page: Page, name: string): Promise<void>;
  close(): Promise<void>;
  /** Every axe run: state, violations, rules passed. */
  axeStates: string[];
}

export function consoleBrowser(browser: Browser, base: string, shots: string): ConsoleBrowser {
  mkdirSync(shots, { recursive: true });
  const contexts: BrowserContext[] = [];
  const axeStates: string[] = [];
  return {
    axeStates,
    async newPage(options = {}) {
      const context = await browser.newContext({ locale: options.locale ?? 'vi-VN', timezoneId: 'Asia/Ho_Chi_Minh', viewport: options.viewport ?? { width: 1366, height: 768 } });
      contexts.push(context);
      await context.route(/^https?:\/\/(?!127\.0\.0\.1)/, (route) => route.abort());
      const page = await context.newPage();
      if (options.token) {
        await page.goto(`${base}/dev-login#token=${options.token}`);
        await page.locator('nav[aria-label]').first().waitFor();
      }
      return page;
    },
    async axe(page, state) {
      const result = await new AxeBuilder({ page }).withTags(AXE_TAGS).analyze();
      axeStates.push(`${state}: ${result.violations.length} violations, ${result.passes.length} rules passed`);
      expect(result.violations.map((v) => `${state}: ${v.id} (${v.impact}) ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join('; ')}`)).toEqual([]);
    },
    async shot(page, name) {
      await page.screenshot({ path: join(shots, `${name}.png`), fullPage: true, animations: 'disabled', mask: [page.locator('time'), page.locator('.mono')] });
    },
    async close() {
      for (const c of contexts) await c.close().catch(() => undefined);
    },
  };
}
