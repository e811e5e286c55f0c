// Spelling on the pages: the misspelled word is marked with its fix, the one-click Fix replaces it (the old text stays
// in the history), "add to my dictionary" stops the flag in this workspace only, and a story gets the same Fix.
import { describe, expect, it } from 'vitest';
import { browser, newWorkspace, testApp } from './helpers.ts';

const field = (html: string, name: string) => new RegExp(`name="${name}" value="([^"]*)"`).exec(html)?.[1];

describe('spelling on the bullets page', () => {
  it('marks the word, fixes it in one click and keeps the old version', async () => {
    const { app, store } = testApp();
    const b = browser(app);
    const ws = await newWorkspace(b, 'Cut denials from 12% to 6% by fixing registraton errors at intake.');
    const bullet = (await store.workspaces.snapshot(ws))!.bullets[0]!;
    const page = await b.get(`/w/${ws}`);
    expect(page.text).toMatch(/<mark class="hl hl-spelling" title="Did you mean “registration”\?">registraton<\/mark>/);
    expect(page.text).toContain('Fix: registration');
    const form = /<form method="post" action="([^"]+\/spelling)">([\s\S]*?)<\/form>/.exec(page.text)!;
    expect(form[1]).toBe(`/w/${ws}/bullets/${bullet.id}/spelling`);
    const fixed = await b.form(form[1]!, { start: field(form[2]!, 'start')!, end: field(form[2]!, 'end')!, word: field(form[2]!, 'word')!, fix: 'registration' });
    expect(fixed.status).toBe(303);
    expect(fixed.headers.location).toBe(`/w/${ws}?notice=spelling#b-${bullet.id}`);
    expect((await store.bullets.get(ws, bullet.id))!.text).toBe('Cut denials from 12% to 6% by fixing registration errors at intake.');
    expect((await store.bullets.history(ws, bullet.id)).map((v) => v.reason)).toEqual(['edited', 'created']);
    expect((await b.get(`/w/${ws}`)).text).not.toContain('title="Did you mean');
  });

  it('changes nothing for a stale or made-up fix', async () => {
    const { app, store } = testApp();
    const b = browser(app);
    const ws = await newWorkspace(b, 'Cut denials from 12% to 6% by fixing registraton errors at intake.');
    const bullet = (await store.workspaces.snapshot(ws))!.bullets[0]!;
    await b.get(`/w/${ws}`);
    const start = String(bullet.text.indexOf('registraton'));
    const end = String(Number(start) + 'registraton'.length);
    const made = await b.form(`/w/${ws}/bullets/${bullet.id}/spelling`, { start, end, word: 'registraton', fix: 'anything at all' });
    expect(made.headers.location).toBe(`/w/${ws}?notice=stale#b-${bullet.id}`);
    const moved = await b.form(`/w/${ws}/bullets/${bullet.id}/spelling`, { start: '0', end: '3', word: 'registraton', fix: 'registration' });
    expect(moved.headers.location).toBe(`/w/${ws}?notice=stale#b-${bullet.id}`);
    expect((await store.bullets.get(ws, bullet.id))!.text).toBe(bullet.text);
    expect((await b.form(`/w/${ws}/bullets/${bullet.id}/spelling`, { start: 'x', end: '1', word: 'a', fix: 'b' })).status).toBe(400);
  });

  it('adds a word to this workspace\'s dictionary only, and removes it again', async () => {
    const { app } = testApp();
    const b = browser(app);
    const text = 'Cut neurology wait from 60 to 12 days as every stroke follow-up was televisited within a week.';
    const ws = await newWorkspace(b, text);
    const other = await newWorkspace(b, text);
    const added = await b.form(`/w/${ws}/dictionary`, { word: 'televisited', back: 'b-1' });
    expect(added.headers.location).toBe(`/w/${ws}?notice=dictionary#b-1`);
    const page = await b.get(`/w/${ws}`);
    expect(page.text).not.toContain('title="Did you mean');
    expect(page.text).toMatch(/<span class="dictionary-word">televisited<\/span>/);
    expect((await b.get(`/w/${other}`)).text).toContain('title="Did you mean');
    await b.form(`/w/${ws}/dictionary/delete`, { word: 'televisited' });
    expect((await b.get(`/w/${ws}`)).text).toContain('title="Did you mean');
    expect((await b.form(`/w/${ws}/dictionary`, { word: 'two words', back: 'b-1' })).status).toBe(400);
  });
});

describe('spelling on a story', () => {
  it('offers the same Fix and saves the story', async () => {
    const { app, store } = testApp();
    const b = browser(app);
    const ws = await newWorkspace(b, 'Cut no-shows 40% with text reminders.');
    const story = await store.stories.add(ws, {
      title: 'No-shows', promptId: null, bulletId: null,
      text: 'Our clinic had 19% no-shows. I was asked to fix it. I implementd text reminders. No-shows fell to 9% in 6 months.',
    });
    const page = await b.get(`/w/${ws}/stories/${story.id}`);
    expect(page.text).toContain('Fix: implemented');
    const form = /<form method="post" action="([^"]+\/spelling)">([\s\S]*?)<\/form>/.exec(page.text)!;
    const res = await b.form(form[1]!, { start: field(form[2]!, 'start')!, end: field(form[2]!, 'end')!, word: field(form[2]!, 'word')!, fix: 'implemented' });
    expect(res.headers.location).toBe(`/w/${ws}/stories/${story.id}?notice=spelling#findings-title`);
    expect((await store.stories.get(ws, story.id))!.text).toContain('I implemented text reminders.');
  });
});
