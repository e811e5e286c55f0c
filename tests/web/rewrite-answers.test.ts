// "Answer the questions": each placeholder of the engine's rewrite gets a labelled field; the answers rebuild the
// rewrite from the saved bullet and the user's words alone, and the result replaces the bullet (history kept).
import { describe, expect, it } from 'vitest';
import { browser, newWorkspace, testApp } from './helpers.ts';

// A result stated as a level ('to 8%') needs its baseline; a change ('7%') would only imply one.
const BULLET = 'Cut no-show rate to 8% by piloting SMS reminders.';

describe('answering the rewrite questions', () => {
  it('shows one labelled field per placeholder and rebuilds the bullet with the answers', async () => {
    const { app, store } = testApp();
    const b = browser(app);
    const id = await newWorkspace(b, BULLET);
    const bullet = (await store.workspaces.snapshot(id))!.bullets[0]!;
    const page = await b.get(`/w/${id}`);
    expect(page.text).toContain(`<label class="field-label" for="answer-${bullet.id}-baseline">Where did no-show rate stand before piloting SMS reminders?</label>`);
    const suggested = /name="rewrite" value="([^"]+)"/.exec(page.text)![1]!;
    expect(suggested).toBe('Cut no-show rate from [baseline: rate before] to 8% by piloting SMS reminders.');

    // Brackets in an answer cannot forge a placeholder; the answer's own number is the user's.
    const res = await b.form(`/w/${id}/bullets/${bullet.id}/answer-rewrite`, { suggested, baseline: '[18%]' });
    expect(res.headers.location).toBe(`/w/${id}?notice=rewrite#b-${bullet.id}`);
    expect((await store.bullets.get(id, bullet.id))!.text).toBe('Cut no-show rate from 18% to 8% by piloting SMS reminders.');
    const [current, old] = await store.bullets.history(id, bullet.id);
    expect([current!.reason, old!.text]).toEqual(['rewrite', BULLET]);
  });

  it('keeps a blank answer as a placeholder, and ignores answers to an older version of the bullet', async () => {
    const { app, store } = testApp();
    const b = browser(app);
    const id = await newWorkspace(b, BULLET);
    const bullet = (await store.workspaces.snapshot(id))!.bullets[0]!;
    const page = await b.get(`/w/${id}`);
    const suggested = /name="rewrite" value="([^"]+)"/.exec(page.text)![1]!;
    const blank = await b.form(`/w/${id}/bullets/${bullet.id}/answer-rewrite`, { suggested, baseline: '   ' });
    expect(blank.headers.location).toBe(`/w/${id}?notice=placeholders#b-${bullet.id}`);
    expect((await store.bullets.get(id, bullet.id))!.text).toBe(suggested);

    await store.bullets.update(id, bullet.id, 'Responsible for budgets');
    const stale = await b.form(`/w/${id}/bullets/${bullet.id}/answer-rewrite`, { suggested, baseline: '18%' });
    expect(stale.headers.location).toBe(`/w/${id}?notice=stale#b-${bullet.id}`);
    expect((await store.bullets.get(id, bullet.id))!.text).toBe('Responsible for budgets');
  });
});
