// The story coach in a real browser: write a story, see its parts and findings, rehearse it with the clock, save
// the run, find it after a reload; the same pages without JavaScript; axe-core on every page; screenshots.
import { describe, expect } from 'vitest';
import { browserAvailable, browserTest, openPage, screenshot, seriousViolations, seriousViolationsAt } from './support.ts';

const run = browserAvailable();
const STORY = [
  'When I joined the clinic, our no-show rate was 18% and new patients waited six weeks for a first visit.',
  'My goal was to cut no-shows below 12% within two quarters.',
  'I mapped the scheduling workflow with the front desk, piloted two-way SMS reminders two days before each visit, opened same-day slots for the patients who cancelled, and I reviewed the no-show report with the schedulers every Monday.',
  'We basically stayed late every night for the first month.',
  'As a result, no-shows fell from 18% to 11% within 90 days, and the reminders are still running a year later.',
].join(' ');

describe.skipIf(!run)('stories in a browser', () => {
  browserTest('write a story, see parts and findings, rehearse with the clock, find the run after a reload', async ({ browser, app }) => {
    const { page, problems } = await openPage(browser);
    await page.goto(app.base + '/');
    await page.click('button[value="example"]');
    await page.waitForURL(/\/w\/[0-9a-f]{32}/);
    await page.click('nav.site-nav a:has-text("Stories")');
    await page.waitForURL(/\/stories$/);
    expect(await page.locator('table.bank tbody tr.is-gap').count()).toBe(7);
    expect(await seriousViolations(page)).toEqual([]);
    await screenshot(page, 'stories-empty-bank');

    await page.click('a:has-text("Write a story")');
    await page.fill('#new-title', 'No-shows at the clinic');
    await page.selectOption('#new-prompt', 'improvement-access');
    await page.fill('#new-text', STORY);
    expect(await seriousViolations(page)).toEqual([]);
    await page.click('button:has-text("Save and analyse")');
    await page.waitForURL(/\/stories\/\d+\?notice=added/);
    for (const part of ['situation', 'task', 'action', 'result']) {
      expect(await page.locator(`.story-marked mark.part-${part}`).count(), part).toBeGreaterThan(0);
    }
    const findings = await page.locator('.findings .finding-message').allInnerTexts();
    expect(findings.join('\n')).toMatch(/heroics, not a system/);
    expect(findings.join('\n')).toMatch(/softens the answer/);
    expect(await page.locator('.cue-card li').count()).toBe(4);
    expect(await seriousViolations(page)).toEqual([]);
    await screenshot(page, 'story-analysis');

    await page.click('a:has-text("Rehearse this story")');
    await page.waitForURL(/\/rehearse$/);
    await page.click('[data-hide-text]');
    expect(await page.locator('[data-story-text]').isHidden()).toBe(true);
    expect(await page.getAttribute('[data-hide-text]', 'aria-pressed')).toBe('true');
    await page.click('[data-clock-start]');
    await page.waitForTimeout(2300);
    await page.click('[data-clock-stop]');
    const seconds = Number(await page.inputValue('[data-run-seconds]'));
    expect(seconds).toBeGreaterThanOrEqual(2);
    expect(seconds).toBeLessThanOrEqual(4);
    expect(await page.textContent('[data-clock-band]')).toContain('Under 60 s');
    expect(await page.isChecked('[data-run-hidden]')).toBe(true);
    await page.check('input[name="rating"][value="4"]');
    expect(await seriousViolations(page)).toEqual([]);
    await screenshot(page, 'rehearse-running');
    await page.click('button:has-text("Save run")');
    await page.waitForURL(/notice=run/);
    await page.reload();
    const row = await page.locator('.runs-table tbody tr').first().innerText();
    expect(row).toContain(`(${seconds} s)`);
    expect(row).toContain('4 / 5');
    expect(await page.locator('svg.rehearsal-chart rect.run').count()).toBe(1);
    expect(await seriousViolations(page)).toEqual([]);
    await screenshot(page, 'rehearse-after-reload');

    await page.goto(page.url().replace(/\/stories\/.*$/, '/stories'));
    expect(await page.locator('table.bank tbody tr.is-gap').count()).toBeLessThan(7);
    expect(await seriousViolations(page)).toEqual([]);
    await screenshot(page, 'stories-bank');
    expect(problems).toEqual([]);
    await page.context().close();
  });

  browserTest('without JavaScript: the rehearsal page still shows the cue card and the story, and a typed run saves', async ({ browser, app }) => {
    const ws = await app.store.workspaces.create();
    const story = await app.store.stories.add(ws.id, { title: 'Readmissions', text: STORY, promptId: null, bulletId: null });
    const url = `${app.base}/w/${ws.id}/stories/${story.id}/rehearse`;
    const { page } = await openPage(browser, { javaScriptEnabled: false });
    await page.goto(url);
    expect(await page.locator('.cue-card li').count()).toBe(4);
    expect(await page.locator('[data-story-text]').isVisible()).toBe(true);
    expect(await page.locator('[data-clock-ui]').isVisible()).toBe(false);
    expect(await page.locator('noscript').count()).toBe(1);
    await page.fill('#run-seconds', '97');
    await page.check('input[name="rating"][value="3"]');
    await page.click('button:has-text("Save run")');
    await page.waitForURL(/notice=run/);
    expect(await page.locator('.runs-table tbody tr').first().innerText()).toContain('1:37 (97 s)');
    await screenshot(page, 'rehearse-no-js');
    await page.context().close();
    expect(await seriousViolationsAt(browser, url)).toEqual([]);
  });
});
