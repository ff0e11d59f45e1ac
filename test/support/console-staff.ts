/// <reference lib="dom" />
import { expect } from '@jest/globals';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { AxeBuilder } from '@axe-core/playwright';
import { REPO_ROOT } from '../../infra/src/runtime/network.js';

/**
 * What the console's browser tests share: Debian's Chromium through
 * playwright-core, a signed-in page per role, axe with the WCAG 2.2 AA tags
 * (zero violations), screenshots with times masked, keyboard-only moves.
 */
export const DIST = join(REPO_ROOT, 'console', 'dist');
export const SHOTS = join(REPO_ROOT, '.data', 'console-screenshots');
export const CHROMIUM = ['/usr/bin/chromium', '/usr/lib/chromium/chromium'].find((p) => existsSync(p));
export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/** Fails early, with the fix, when the build or the browser is missing. */
export function checkConsolePrerequisites(): void {
  if (!existsSync(join(DIST, 'index.html'))) throw new Error('console/dist is missing: run `npm run build -w console` (npm test does) before this test');
  if (!CHROMIUM) throw new Error('Chromium is missing: apt-get install -y chromium fonts-noto-core (see .ci/run)');
  mkdirSync(SHOTS, { recursive: true });
}

export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
}

export interface PageOptions {
  sub?: string;
  locale?: string;
  timezoneId?: string;
  viewport?: { width: number; height: number };
}

/** One browser for a test file: pages signed in by development token, axe and screenshots. */
export class ConsoleBrowser {
  readonly contexts: BrowserContext[] = [];
  readonly axeStates: string[] = [];

  constructor(
    readonly browser: Browser,
    readonly base: string,
    readonly tokens: Record<string, string>,
  ) {}

  async newPage(options: PageOptions = {}): Promise<Page> {
    const context = await this.browser.newContext({ locale: options.locale ?? 'vi-VN', timezoneId: options.timezoneId ?? 'Asia/Ho_Chi_Minh', viewport: options.viewport ?? { width: 1366, height: 768 } });
    this.contexts.push(context);
    // Nothing leaves the machine: any request to another origin is refused (the quick exit's target is answered here).
    await context.route(/^https?:\/\/(?!127\.0\.0\.1)/, (route) => route.fulfill({ status: 200, contentType: 'text/html', body: '<!doctype html><html lang="en"><title>Weather</title><main><h1>Weather</h1></main></html>' }));
    const page = await context.newPage();
    if (options.sub) {
      await page.goto(`${this.base}/dev-login#token=${this.tokens[options.sub]}`);
      await page.locator('nav[aria-label]').first().waitFor();
    }
    return page;
  }

  /** axe with the WCAG 2.2 AA tags on the page as it is now: zero violations. */
  async axe(page: Page, state: string): Promise<void> {
    const result = await new AxeBuilder({ page }).withTags(AXE_TAGS).analyze();
    this.axeStates.push(`${state}: ${result.violations.length} violations, ${result.passes.length} rules passed`);
    expect(result.violations.map((v) => `${state}: ${v.id} (${v.impact}) ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join('; ')}`)).toEqual([]);
  }

  async shot(page: Page, name: string): Promise<void> {
    await page.screenshot({ path: join(SHOTS, `${name}.png`), fullPage: true, animations: 'disabled', mask: [page.locator('time'), page.locator('.mono'), page.locator('[data-testid=request-id]')] });
  }

  /** Closes every page and the browser; writes the axe states reached to `axeFile` in SHOTS. */
  async close(axeFile: string): Promise<void> {
    for (const c of this.contexts) await c.close().catch(() => undefined);
    await this.browser.close();
    if (this.axeStates.length) writeFileSync(join(SHOTS, axeFile), this.axeStates.join('\n') + '\n');
  }
}

/** Keyboard only: Tab until the element matching `selector` has focus. */
export async function tabTo(page: Page, selector: string, max = 120): Promise<void> {
  for (let i = 0; i < max; i++) {
    if (await page.evaluate((s) => !!document.activeElement?.matches(s), selector)) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`Tab never reached ${selector}`);
}
