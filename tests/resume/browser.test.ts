// The resume page in Chromium: import the sample .docx through the file input, fill the header, see the pre-flight
// list, download the DOCX with its file name, and no serious axe-core violations. Screenshot: artifacts/resume-page.png.
import { readFileSync } from 'node:fs';
import { describe, expect } from 'vitest';
import { exportResumeDocx } from '../../src/export/resume.ts';
import { importDocx } from '../../src/import/index.ts';
import { SAMPLE_RESUME } from '../../src/resume/sample.ts';
import { browserAvailable, browserTest, openPage, screenshot, seriousViolations } from '../browser/support.ts';

describe.skipIf(!browserAvailable())('resume page in a browser', () => {
  browserTest('imports a .docx, saves the header, downloads the DOCX and passes axe', async ({ browser, app }) => {
    const { page, problems } = await openPage(browser, { acceptDownloads: true });
    await page.goto(app.base + '/');
    await page.fill('#bullets', 'Reduced no-shows from 18% to 11% in 6 months by piloting SMS reminders.');
    await page.click('button[value="analyze"]');
    await page.waitForURL(/\/w\/[0-9a-f]{32}/);
    await page.click('nav >> text=Resume');
    await page.waitForURL(/\/resume$/);

    const { buffer } = await exportResumeDocx(SAMPLE_RESUME);
    await page.setInputFiles('#i-file', { name: 'Dana Whitfield.docx', mimeType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', buffer });
    await page.click('text=Import file');
    await page.waitForURL(/notice=imported/);
    await expect(page.locator('.notice').textContent()).resolves.toContain('Imported 5 roles and 40 bullets');
    await expect(page.locator('#experience .entry-list li').count()).resolves.toBe(5);
    await expect(page.locator('#experience').textContent()).resolves.toContain('1 bullet is not under a role');

    await page.fill('#b-label', 'Director, Ambulatory Operations');
    await page.click('text=Save header');
    await page.waitForURL(/notice=basics/);
    await expect(page.inputValue('#b-name')).resolves.toBe('Dana Whitfield');

    await page.fill('#c-name', 'PMP');
    await page.fill('#c-date', 'someday');
    await page.click('text=Add certification');
    await expect(page.locator('#certificates .problem').textContent()).resolves.toContain('write a year or a month and year');
    await page.fill('#c-date', '2020');
    await page.click('text=Add certification');
    await page.waitForURL(/notice=certificates/);

    await expect(page.locator('#preflight .preflight-list li').count()).resolves.toBeGreaterThan(0);

    const [download] = await Promise.all([page.waitForEvent('download'), page.click('text=Download DOCX')]);
    expect(download.suggestedFilename()).toBe('Dana-Whitfield-Resume.docx');
    const back = await importDocx(readFileSync((await download.path())!));
    expect(back.resume.work?.map((w) => w.highlights)).toEqual(SAMPLE_RESUME.work!.map((w) => w.highlights));
    expect(back.resume.certificates?.map((c) => c.name)).toContain('PMP');

    expect(await seriousViolations(page)).toEqual([]);
    expect(problems).toEqual([]);
    await screenshot(page, 'resume-page');
  }, 120_000);
});
