// The Tailor page in a real browser, with JavaScript and without it: add a posting (pasted, or a .txt upload), see
// the score, the requirements and the quoted evidence, untick a bullet and download the tailored DOCX, which is saved
// as a version; axe-core finds no serious violation. Screenshots: artifacts/tailor-*.png.
import { readFileSync } from 'node:fs';
import JSZip from 'jszip';
import type { Browser, Page } from 'playwright-core';
import { describe, expect } from 'vitest';
import { browserAvailable, browserTest, openPage, screenshot, seriousViolations, seriousViolationsAt } from './support.ts';

const run = browserAvailable();
const BULLETS = [
  'Organized the holiday party for 40 staff.',
  'Cut no-shows from 18% to 11% by piloting SMS reminders and open-access slots.',
  'Reduced initial denials from 12% to 7% by adding eligibility checks at registration.',
];
const POSTING = [
  'Clinic Manager',
  'Responsibilities',
  '• Reduce no-shows and denials across three clinics.',
  '• Recruit and train front desk staff.',
  'Qualifications',
  "• Bachelor's degree required; CMPE preferred.",
  '• Experience with Epic.',
].join('\n');

async function newWorkspace(page: Page, base: string): Promise<string> {
  await page.goto(base + '/');
  await page.fill('#bullets', BULLETS.join('\n'));
  await page.click('button[value="analyze"]');
  await page.waitForURL(/\/w\/[0-9a-f]{32}/);
  return page.url().replace(/[?#].*$/, '');
}

async function docxText(path: string): Promise<string> {
  const zip = await JSZip.loadAsync(readFileSync(path));
  return (await zip.file('word/document.xml')!.async('string')).replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ');
}

async function checkMatchPage(page: Page): Promise<void> {
  expect(await page.textContent('h1')).toBe('Clinic Manager');
  expect(Number(await page.textContent('#match-score .score-num'))).toBeGreaterThan(0);
  const noShows = page.locator('li.requirement', { hasText: 'No-show rate' });
  expect(await noShows.getAttribute('class')).toContain('is-matched');
  expect(await noShows.locator('q').first().innerText()).toBe(BULLETS[1]);
  expect(await page.locator('li.requirement.is-missing', { hasText: 'CMPE' }).count()).toBe(1);
  expect(await page.locator('.suggestions li').count()).toBeGreaterThan(0);
  // Most relevant first: the party bullet, which shows nothing the posting asks, is last.
  const labels = await page.locator('.tailor-bullet label').allInnerTexts();
  expect(labels.at(-1)).toContain('holiday party');
}

async function downloadTailored(page: Page): Promise<string> {
  await page.locator('.tailor-bullet', { hasText: 'holiday party' }).locator('input[type="checkbox"]').uncheck();
  const [download] = await Promise.all([page.waitForEvent('download'), page.click('button:text("Save and download DOCX")')]);
  expect(download.suggestedFilename()).toMatch(/\.docx$/);
  const text = await docxText((await download.path())!);
  expect(text).toContain('Cut no-shows from 18% to 11%');
  expect(text).toContain('Reduced initial denials');
  expect(text).not.toContain('holiday party');
  return text;
}

async function axeClean(browser: Browser, page: Page, js: boolean): Promise<void> {
  expect(js ? await seriousViolations(page) : await seriousViolationsAt(browser, page.url())).toEqual([]);
}

describe.skipIf(!run)('Tailor page in a browser', () => {
  browserTest('with JavaScript: paste a posting, read the match, download the tailored DOCX', async ({ browser, app }) => {
    const { page, problems } = await openPage(browser);
    await newWorkspace(page, app.base);
    await page.click('nav >> text=Tailor');
    await page.waitForURL(/\/tailor$/);
    await axeClean(browser, page, true);
    await page.fill('#p-text', POSTING);
    await page.click('#paste button[type="submit"]');
    await page.waitForURL(/\/tailor\/\d+$/);
    await checkMatchPage(page);
    await page.click('.posting-text summary');
    expect(await page.locator('.posting-body mark.req-mark').count()).toBeGreaterThan(3);
    await axeClean(browser, page, true);
    await screenshot(page, 'tailor-match');
    await downloadTailored(page);
    await page.reload();
    expect(await page.locator('.versions li').count()).toBe(1);
    expect(await page.locator('.versions li').innerText()).toContain('2 bullets, 1 left out');
    expect(problems).toEqual([]);
  });

  browserTest('without JavaScript: upload a .txt posting, read the match, download, delete', async ({ browser, app }) => {
    const { page } = await openPage(browser, { javaScriptEnabled: false });
    const ws = await newWorkspace(page, app.base);
    await page.goto(`${ws}/tailor`);
    await page.setInputFiles('#u-file', { name: 'clinic-manager.txt', mimeType: 'text/plain', buffer: Buffer.from(POSTING) });
    await page.fill('#u-title', 'Clinic Manager');
    await page.click('#upload button[type="submit"]');
    await page.waitForURL(/\/tailor\/\d+$/);
    await checkMatchPage(page);
    await axeClean(browser, page, false);
    await screenshot(page, 'tailor-match-no-js');
    await downloadTailored(page);
    await page.reload();
    expect(await page.locator('.versions li').count()).toBe(1);
    // An empty paste is refused on the page, with the message by its form.
    await page.goto(`${ws}/tailor`);
    await page.fill('#p-text', ' ');
    const response = await Promise.all([page.waitForNavigation(), page.click('#paste button[type="submit"]')]).then(([r]) => r);
    expect(response?.status()).toBe(400);
    expect(await page.textContent('#paste .problem')).toContain('The posting is empty');
    await page.goto(`${ws}/tailor`);
    await page.click('.posting-list a');
    await page.click('button:text("Delete posting and its versions")');
    await page.waitForURL(/notice=removed/);
    expect(await page.locator('.posting-list li').count()).toBe(0);
  });
});
