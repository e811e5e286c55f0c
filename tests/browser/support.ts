// Shared by every browser test: launch Debian's chromium through playwright-core (skip with a clear line when it is
// missing, fail under CI=true), serve the app in-process on a free port over a throwaway database, run axe-core,
// and save screenshots to artifacts/.
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createRequire } from 'node:module';
import { chromium, type Browser, type BrowserContextOptions, type Page } from 'playwright-core';
import { test } from 'vitest';
import { createApp } from '../../src/web/app.ts';
import { silentLogger } from '../../src/web/logging.ts';
import { openSqliteStore, type SqliteStore } from '../../src/store/sqlite/index.ts';
import { withOpaqueIds } from '../../src/store/opaque-ids.ts';

export const CHROMIUM = '/usr/bin/chromium';
export const ARTIFACTS = join(import.meta.dirname, '..', '..', 'artifacts');
export const CHROMIUM_ARGS = [
  '--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update',
  '--no-first-run', '--disable-sync',
];

/** True when the browser tests can run; false (with the reason printed once) when they should skip. */
export function browserAvailable(): boolean {
  if (existsSync(CHROMIUM)) return true;
  if (process.env.CI === 'true') throw new Error(`${CHROMIUM} is missing: apt-get install chromium (browser tests are required under CI=true)`);
  console.log(`browser tests skipped: ${CHROMIUM} not found; apt-get install chromium`);
  return false;
}

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS, headless: true });
}

/**
 * The browser tests' fixture: one Chromium and one app per test file, started when a test first asks for them and
 * closed after the file's last test. Use it as `browserTest('...', async ({ browser, app }) => { ... })`.
 */
export const browserTest = test
  .extend('browser', { scope: 'file' }, async ({}, { onCleanup }) => {
    const browser = await launchBrowser();
    onCleanup(() => browser.close());
    return browser;
  })
  .extend('app', { scope: 'file' }, async ({}, { onCleanup }) => {
    const app = await startApp();
    onCleanup(() => app.close());
    return app;
  });

export interface RunningApp {
  base: string;
  store: SqliteStore;
  close(): Promise<void>;
}

/** The real app on 127.0.0.1 with a fresh database in a temporary DATA_DIR. */
export async function startApp(): Promise<RunningApp> {
  const dir = mkdtempSync(join(tmpdir(), 'rv-browser-'));
  const store = withOpaqueIds(openSqliteStore(dir), 'browser-test-secret');
  const app = createApp({ store, secret: 'browser-test-secret', log: silentLogger, rateLimits: { apiPerMinute: 10_000, formsPerMinute: 10_000 } });
  const server = await new Promise<import('node:http').Server>((resolve) => {
    const s = app.listen(0, '127.0.0.1', () => resolve(s));
  });
  const { port } = server.address() as AddressInfo;
  return {
    base: `http://127.0.0.1:${port}`,
    store,
    close: async () => {
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
      await store.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** A page that records console errors and CSP refusals, so a test can assert there were none. */
export async function openPage(browser: Browser, options: BrowserContextOptions = {}): Promise<{ page: Page; problems: string[] }> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, ...options });
  const page = await context.newPage();
  const problems: string[] = [];
  page.on('console', (m) => { if (m.type() === 'error' && !/status of 4\d\d/.test(m.text())) problems.push(m.text()); });
  page.on('pageerror', (e) => problems.push(e.message));
  return { page, problems };
}

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: string[];
}

/** Serious and critical axe-core violations on the page as it is now. Injected over CDP, so the app's CSP stays on. */
export async function seriousViolations(page: Page): Promise<AxeViolation[]> {
  await page.evaluate(axeSource);
  const all = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (ctx: Document, o: object) => Promise<{ violations: { id: string; impact: string | null; help: string; nodes: { target: unknown[] }[] }[] }> } }).axe;
    const r = await axe.run(document, { resultTypes: ['violations'] });
    return r.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.slice(0, 5).map((n) => JSON.stringify(n.target)) }));
  });
  return all.filter((v) => v.impact === 'serious' || v.impact === 'critical');
}

export async function screenshot(page: Page, name: string): Promise<string> {
  mkdirSync(ARTIFACTS, { recursive: true });
  const path = join(ARTIFACTS, `${name}.png`);
  await page.screenshot({ path, fullPage: true });
  return path;
}

/** For pages opened with JavaScript off (axe cannot run there): the same address, checked in a fresh page. */
export async function seriousViolationsAt(browser: Browser, url: string): Promise<AxeViolation[]> {
  const { page } = await openPage(browser);
  try {
    await page.goto(url);
    return await seriousViolations(page);
  } finally {
    await page.context().close();
  }
}
