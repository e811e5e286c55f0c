// Chromium for the resume page's browser test: the team's launch flags, skipped (with how to install) where the
// browser is missing, a failure under CI=true. Replace with tests/browser/support.ts once the web app ships one.
import { existsSync, readFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { createRequire } from 'node:module';
import { chromium, type Browser, type Page } from 'playwright-core';
import { openSqliteStore } from '../../src/store/sqlite/index.ts';
import { createApp } from '../../src/web/app.ts';

export const CHROMIUM = '/usr/bin/chromium';
export const hasChromium = existsSync(CHROMIUM);
if (!hasChromium) {
  if (process.env.CI === 'true') throw new Error(`${CHROMIUM} is missing: apt-get install chromium`);
  console.log(`browser tests skipped: ${CHROMIUM} is missing; apt-get install chromium`);
}

export function launch(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run', '--disable-sync'],
  });
}

/** The real app over an in-memory store on a free port. */
export async function serve(): Promise<{ url: string; close: () => Promise<void> }> {
  const store = openSqliteStore(':memory:');
  const app = createApp({ store, secret: 'browser-test', log: { info: () => {}, error: (e) => console.error(e) }, rateLimits: { apiPerMinute: 10_000, formsPerMinute: 10_000 } });
  const server = await new Promise<import('node:http').Server>((resolve) => {
    const s = app.listen(0, '127.0.0.1', () => resolve(s));
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    close: () => new Promise((resolve) => server.close(() => void store.close().then(() => resolve()))),
  };
}

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** axe-core's WCAG 2.1 A/AA violations on the page as it is now, as "rule: target" lines. */
export async function axeViolations(page: Page): Promise<string[]> {
  await page.evaluate(axeSource);
  const violations = await page.evaluate(async () => {
    const axe = (globalThis as unknown as { axe: { run: (ctx: unknown, opts: unknown) => Promise<{ violations: { id: string; nodes: { target: unknown[] }[] }[] }> } }).axe;
    const result = await axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'] } });
    return result.violations.map((v) => ({ id: v.id, targets: v.nodes.map((n) => JSON.stringify(n.target)) }));
  });
  return violations.flatMap((v) => v.targets.map((t) => `${v.id}: ${t}`));
}
