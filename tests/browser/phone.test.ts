// Every page at a phone's size (390 x 844): nothing wider than the screen, no scroll box inside the page, no id used
// twice, and every input, select and textarea with an accessible name. Screenshots: artifacts/phone-*.png.
import type { Page } from 'playwright-core';
import { describe, expect } from 'vitest';
import { GUIDE_EXAMPLES } from '../../src/web/examples.ts';
import { browserAvailable, browserTest, openPage, screenshot, type RunningApp } from './support.ts';

const PHONE = { width: 390, height: 844 };
const STORY = [
  'When I joined the clinic, our no-show rate was 18% and new patients waited six weeks for a first visit.',
  'My goal was to cut no-shows below 12% within two quarters.',
  'I piloted two-way SMS reminders and opened same-day slots for the patients who cancelled.',
  'As a result, no-shows fell from 18% to 11% within 90 days; the recal workflow is still running.',
].join(' ');
const POSTING = 'Practice Manager, Family Medicine. Requirements: 5+ years managing a medical practice; Epic; revenue cycle; CMPE or FACHE preferred. You will own access and no-show KPIs.';

/** A workspace with something on every page: roles, bullets, a story with a run, a posting, a resume with private data. */
async function fill(app: RunningApp): Promise<{ path: string; name: string }[]> {
  const { store } = app;
  const ws = (await store.workspaces.create()).id;
  const role = await store.roles.add(ws, { title: 'Practice Manager', employer: 'Northside Family Medicine', location: 'Tulsa, OK', startDate: 'Mar 2019', endDate: 'Present' });
  const other = await store.roles.add(ws, { title: 'Clinic Supervisor', employer: 'Mercy Clinic', location: '', startDate: '2015', endDate: '2019' });
  const bullets = await store.bullets.add(ws, GUIDE_EXAMPLES.slice(0, 3), role.id);
  await store.bullets.add(ws, ['Responsible for staff scheduling; patient John Smith (MRN 00482913) fell on 3/14/2023.'], other.id);
  await store.bullets.add(ws, ['Managed the front desk team and recieved the managment award'], null);
  await store.bullets.update(ws, bullets[0]!.id, `${GUIDE_EXAMPLES[0]} Sustained for 180 days.`);
  const story = await store.stories.add(ws, { title: 'No-shows at the clinic', text: STORY, promptId: null, bulletId: bullets[0]!.id });
  await store.stories.addRun(ws, story.id, { seconds: 95, rating: 4, hidden: false });
  await store.resume.saveProfile(ws, {
    basics: { name: 'Dana Whitfield', label: 'Practice Manager', email: 'dana@example.org', phone: '(555) 010-2233' },
    education: [{ institution: 'University of Oklahoma', studyType: 'MHA', endDate: '2014' }],
    certificates: [{ name: 'CMPE', issuer: 'MGMA', date: '2020' }],
    skills: [{ name: 'Revenue cycle', keywords: ['denials', 'prior authorization'] }],
  });
  const posting = await store.postings.add(ws, { title: 'Practice Manager', text: POSTING, source: 'paste' });
  return [
    { path: '/?new', name: 'home' },
    { path: `/w/${ws}`, name: 'bullets' },
    { path: `/w/${ws}/stories`, name: 'story-bank' },
    { path: `/w/${ws}/stories/new`, name: 'story-new' },
    { path: `/w/${ws}/stories/new?bullet=${bullets[1]!.id}`, name: 'story-from-bullet' },
    { path: `/w/${ws}/stories/${story.id}`, name: 'story' },
    { path: `/w/${ws}/stories/${story.id}/rehearse`, name: 'rehearse' },
    { path: `/w/${ws}/resume`, name: 'resume' },
    { path: `/w/${ws}/tailor`, name: 'tailor' },
    { path: `/w/${ws}/tailor/${posting.id}`, name: 'tailor-posting' },
    { path: '/no/such/page', name: 'not-found' },
  ];
}

interface PageProblems { overflow: string[]; scrollBoxes: string[]; duplicateIds: string[]; unnamed: string[] }

/** What is wrong with the page as laid out now, each problem named by a selector a person can find. */
function problemsOn(page: Page): Promise<PageProblems> {
  return page.evaluate(() => {
    const describe = (el: Element) => `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}${el.className && typeof el.className === 'string' ? `.${el.className.trim().split(/\s+/).join('.')}` : ''}`;
    const width = document.documentElement.clientWidth;
    const overflow: string[] = [];
    if (document.documentElement.scrollWidth > width) overflow.push(`page is ${document.documentElement.scrollWidth}px wide`);
    const scrollBoxes: string[] = [];
    for (const el of Array.from(document.body.querySelectorAll('*'))) {
      const style = getComputedStyle(el);
      if (style.display === 'none' || style.visibility === 'hidden' || el.closest('details:not([open])')) continue;
      const rect = el.getBoundingClientRect();
      // Something drawn past the right edge (a clipped ancestor hides it from scrollWidth, not from the reader).
      if (rect.width > 0 && rect.right > width + 1 && !el.closest('.visually-hidden')) overflow.push(`${describe(el)} ends at ${Math.round(rect.right)}px`);
      if (['TEXTAREA', 'SELECT'].includes(el.tagName)) continue;
      const scrolls = (v: string) => v === 'auto' || v === 'scroll';
      if ((scrolls(style.overflowY) && el.scrollHeight > el.clientHeight + 1) || (scrolls(style.overflowX) && el.scrollWidth > el.clientWidth + 1)) {
        scrollBoxes.push(describe(el));
      }
    }
    const seen = new Map<string, number>();
    for (const el of Array.from(document.querySelectorAll('[id]'))) seen.set(el.id, (seen.get(el.id) ?? 0) + 1);
    const duplicateIds = [...seen].filter(([, n]) => n > 1).map(([id, n]) => `#${id} x${n}`);
    const nameOf = (el: HTMLElement): string => {
      const byIds = el.getAttribute('aria-labelledby');
      if (byIds) return byIds.split(/\s+/).map((id) => document.getElementById(id)?.textContent ?? '').join(' ').trim();
      if (el.getAttribute('aria-label')) return el.getAttribute('aria-label')!.trim();
      // A label reaches its control only when the control's id is the first one with that id.
      const labels = Array.from((el as HTMLInputElement).labels ?? []);
      const text = labels.map((l) => l.textContent ?? '').join(' ').trim();
      if (text && (!el.id || document.getElementById(el.id) === el)) return text;
      return (el.getAttribute('title') ?? '').trim();
    };
    const unnamed = Array.from(document.querySelectorAll<HTMLElement>('input, select, textarea'))
      .filter((el) => !['hidden', 'submit', 'button', 'reset'].includes((el as HTMLInputElement).type))
      .filter((el) => !nameOf(el))
      .map((el) => `${describe(el)}[name=${el.getAttribute('name') ?? ''}]`);
    return { overflow: [...new Set(overflow)].slice(0, 10), scrollBoxes, duplicateIds, unnamed };
  });
}

describe.skipIf(!browserAvailable())('every page on a phone', () => {
  browserTest('fits 390 px, scrolls once, and names every field, with its details opened too', async ({ browser, app }) => {
    const pages = await fill(app);
    const { page, problems } = await openPage(browser, { viewport: PHONE, isMobile: true, hasTouch: true });
    const found: Record<string, PageProblems> = {};
    for (const { path, name } of pages) {
      await page.goto(app.base + path);
      // Closed <details> hold forms too (edit a bullet, a role, a story): open them all so their fields are checked.
      await page.evaluate(() => document.querySelectorAll('details').forEach((d) => { d.open = true; }));
      const p = await problemsOn(page);
      if (Object.values(p).some((list) => list.length)) found[name] = p;
      await screenshot(page, `phone-${name}`);
    }
    expect(found).toEqual({});
    expect(problems).toEqual([]);
    await page.context().close();
  }, 180_000);
});
