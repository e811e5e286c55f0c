// The workspace in a real browser: with JavaScript, without it, and by keyboard alone; axe-core on every page.
import { describe, expect } from 'vitest';
import type { Page } from 'playwright-core';
import { analyzeBullet } from '../../src/analyze/index.ts';
import { MARK_KINDS } from '../../src/render/labels.ts';
import { GUIDE_EXAMPLES } from '../../src/web/examples.ts';
import { browserAvailable, browserTest, openPage, screenshot, seriousViolations, seriousViolationsAt } from './support.ts';

const run = browserAvailable();
const GUIDE = [...GUIDE_EXAMPLES.slice(0, 5)];
// The placeholder engine finds nothing; the rewrite flow needs the real one.
const engineReady = analyzeBullet(GUIDE[3]!).components.metric.length > 0;
const WEAK = 'Responsible for staff scheduling and overtime';

/** Every part the engine found for a bullet is marked on its card (the page agrees with the API); the main action
 * (components.action) is the opening verb's clause, shown by the checklist rather than marked. */
async function expectMarksMatchApi(page: Page, base: string): Promise<void> {
  const cards = await page.$$eval('article.bullet', (els) => els.map((el) => ({
    text: (el.querySelector('.bullet-head .bullet-text') as HTMLElement).innerText.replace(/\s+/g, ' ').trim(),
    labels: el.querySelectorAll('.bullet-head mark.hl:not(.hl-cont)').length,
  })));
  const api = await (await fetch(`${base}/api/v1/analyze`, {
    method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ items: GUIDE }),
  })).json() as { results: { components: Record<string, unknown[]>; kpis: unknown[] }[] };
  expect(cards.length).toBeGreaterThanOrEqual(GUIDE.length);
  api.results.forEach((r, i) => {
    const marked = Object.entries(r.components).filter(([kind]) => (MARK_KINDS as readonly string[]).includes(kind));
    const expected = marked.reduce((n, [, s]) => n + s.length, 0) + r.kpis.length;
    expect(cards[i]!.labels, `marks on card ${i + 1}`).toBe(expected);
  });
}

describe.skipIf(!run)('workspace in a browser', () => {
  browserTest('with JavaScript: paste, see highlights, edit with live preview, use a rewrite, reload, delete', async ({ browser, app }) => {
    const { page, problems } = await openPage(browser);
    await page.goto(app.base + '/');
    expect(await seriousViolations(page)).toEqual([]);
    await screenshot(page, 'home');
    await page.fill('#bullets', [...GUIDE.map((g) => '• ' + g), '', WEAK].join('\n'));
    await expect.poll(() => page.textContent('[data-bullet-count]')).toBe('6 bullets ready to check');
    await page.click('button[value="analyze"]');
    await page.waitForURL(/\/w\/[0-9a-f]{32}/);
    const wsUrl = page.url().replace(/[?#].*$/, '');
    expect(await page.locator('article.bullet').count()).toBe(6);
    await expectMarksMatchApi(page, app.base);
    expect(await page.locator('#summary svg.domain-chart').count()).toBe(1);
    // Each part is named for screen readers (CSS generated content) without entering the copied text.
    const metric = page.locator('.bullet-head mark.hl-metric:not(.hl-cont)').first();
    if (engineReady) {
      expect(await metric.evaluate((el) => getComputedStyle(el, '::before').content)).toBe('"Metric: "');
      expect(await metric.innerText()).not.toContain('Metric');
    }
    expect(await seriousViolations(page)).toEqual([]);
    await screenshot(page, 'workspace');

    // Live preview while editing, through the JSON API.
    const card = page.locator('article.bullet').last();
    await card.locator('summary', { hasText: 'Edit' }).click();
    const box = card.locator('textarea[name="text"]');
    await box.fill('Reduced RN overtime from 14% to 9% in 6 months by adding a float pool');
    await expect.poll(() => card.locator('.preview .preview-inner').count()).toBe(1);
    await screenshot(page, 'workspace-editing');
    await card.locator('button', { hasText: 'Save' }).click();
    await page.waitForURL(/notice=saved/);
    expect(await page.textContent('.notice')).toContain('Saved.');

    if (engineReady) {
      // A rewrite with brackets is used through its questions: answered, the bracket becomes the user's figure.
      const withRewrite = page.locator('article.bullet', { has: page.locator('.rewrite .answer-form') }).first();
      const id = await withRewrite.getAttribute('id');
      const before = (await withRewrite.locator('.bullet-head .bullet-text').innerText()).replace(/\s+/g, ' ');
      expect(await withRewrite.locator('form[action$="/use-rewrite"]').count()).toBe(0);
      const fields = withRewrite.locator('.answer-form input[type="text"]');
      for (let i = 0; i < await fields.count(); i++) await fields.nth(i).fill(`${31 + i}`);
      await withRewrite.locator('button', { hasText: 'Use this with my answers' }).click();
      await page.waitForURL(/notice=(rewrite|placeholders)/);
      const after = page.locator(`#${id}`);
      const now = (await after.locator('.bullet-head .bullet-text').innerText()).replace(/\s+/g, ' ');
      expect(now).toContain('31');
      expect(now).not.toContain('[');
      await after.locator('summary', { hasText: 'History' }).click();
      expect(await after.locator('.history').innerText()).toContain(before.trim().slice(0, 20));
      await screenshot(page, 'workspace-rewrite-used');
    }

    await page.reload();
    expect(await page.locator('article.bullet').count()).toBe(6);
    expect(await page.locator('.bullet-head .bullet-text', { hasText: 'from 14% to 9%' }).count()).toBe(1);

    // Coming back to the start page goes straight to the saved workspace.
    await page.goto(app.base + '/');
    expect(page.url().replace(/[?#].*$/, '')).toBe(wsUrl);

    await page.locator('summary', { hasText: 'Delete this workspace' }).click();
    await page.check('#confirm-delete');
    page.once('dialog', (d) => void d.accept());
    await page.locator('.danger-zone button', { hasText: 'Delete this workspace' }).click();
    await page.waitForURL(/notice=deleted/);
    expect(await page.textContent('.notice')).toContain('deleted');
    const gone = await page.goto(wsUrl);
    expect(gone!.status()).toBe(404);
    expect(await seriousViolations(page)).toEqual([]);
    await screenshot(page, 'not-found');
    expect(problems).toEqual([]);
  });

  browserTest('without JavaScript: the same flow works with plain forms', async ({ browser, app }) => {
    const { page } = await openPage(browser, { javaScriptEnabled: false });
    await page.goto(app.base + '/');
    await page.click('button[value="example"]');
    await page.waitForURL(/\/w\/[0-9a-f]{32}/);
    expect(await page.locator('article.bullet').count()).toBe(GUIDE_EXAMPLES.length);
    await expectMarksMatchApi(page, app.base);

    await page.fill('#add-bullets', WEAK);
    await page.click('#add button[type="submit"]');
    await page.waitForURL(/notice=added/);
    expect(await page.locator('article.bullet').count()).toBe(GUIDE_EXAMPLES.length + 1);

    const card = page.locator('article.bullet').last();
    await card.locator('summary', { hasText: 'Edit' }).click();
    await card.locator('textarea[name="text"]').fill('Cut agency spend 12% by building a float pool');
    await card.locator('button', { hasText: 'Save' }).click();
    await page.waitForURL(/notice=saved/);

    await page.fill('#new-role-title', 'Practice Manager');
    await page.fill('#new-role-employer', 'Mercy Clinic <Tulsa>');
    await page.click('#roles button[type="submit"]');
    await page.waitForURL(/notice=role-added/);
    const moved = page.locator('article.bullet').first();
    const movedId = await moved.getAttribute('id');
    await moved.locator('select[name="roleId"]').selectOption({ label: 'Practice Manager · Mercy Clinic <Tulsa>' });
    await moved.locator('.role-form button').click();
    await page.waitForURL(/notice=moved/);
    expect(await page.locator(`section.group:has(h2:text("Practice Manager")) #${movedId}`).count()).toBe(1);

    await page.reload();
    expect(await page.locator('.bullet-head .bullet-text', { hasText: 'Cut agency spend 12%' }).count()).toBe(1);
    expect(await seriousViolationsAt(browser, page.url())).toEqual([]);
    await screenshot(page, 'workspace-no-js');

    await page.locator('summary', { hasText: 'Delete this workspace' }).click();
    await page.check('#confirm-delete');
    await page.locator('.danger-zone button', { hasText: 'Delete this workspace' }).click();
    await page.waitForURL(/notice=deleted/);
    expect(await page.locator('#bullets').count()).toBe(1);
  });

  browserTest('by keyboard alone: paste, check, open an editor, save', async ({ browser, app }) => {
    const { page } = await openPage(browser);
    await page.goto(app.base + '/');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Skip to main content');
    await page.keyboard.press('Enter');
    let guard = 0;
    while ((await page.evaluate(() => document.activeElement?.id)) !== 'bullets' && guard++ < 20) await page.keyboard.press('Tab');
    await page.keyboard.type(`${GUIDE[0]}\n${WEAK}`);
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Check my bullets');
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/w\/[0-9a-f]{32}/);
    expect(await page.locator('article.bullet').count()).toBe(2);

    guard = 0;
    while (!(await page.evaluate(() => document.activeElement?.tagName === 'SUMMARY' && document.activeElement.textContent!.startsWith('Edit'))) && guard++ < 80) {
      await page.keyboard.press('Tab');
    }
    const focusRing = await page.evaluate(() => getComputedStyle(document.activeElement!).boxShadow);
    expect(focusRing).not.toBe('none');
    await page.keyboard.press('Enter');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.tagName)).toBe('TEXTAREA');
    await page.keyboard.press('End');
    await page.keyboard.type(' in 90 days');
    await screenshot(page, 'keyboard-editing');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Save');
    await page.keyboard.press('Enter');
    await page.waitForURL(/notice=saved/);
    expect(await page.locator('.bullet-head .bullet-text', { hasText: 'in 90 days' }).count()).toBe(1);
    // Focus lands on the bullet that was saved.
    expect(await page.evaluate(() => document.activeElement?.tagName)).toBe('ARTICLE');
  });

  browserTest('error pages pass axe and keep the app’s look', async ({ browser, app }) => {
    const { page } = await openPage(browser);
    const res = await page.goto(app.base + '/no/such/page');
    expect(res!.status()).toBe(404);
    expect(await page.locator('.site-header').count()).toBe(1);
    expect(await seriousViolations(page)).toEqual([]);
    await page.goto(app.base + '/?notice=x');
    await page.fill('#bullets', 'x'.repeat(1001));
    await page.click('button[value="analyze"]');
    expect(await page.textContent('.problem')).toContain('at most 1,000');
    expect(await seriousViolations(page)).toEqual([]);
    await screenshot(page, 'paste-problem');
  });
});
