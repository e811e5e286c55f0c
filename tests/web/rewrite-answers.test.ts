// "Answer the questions": each placeholder of the engine's rewrite gets a labelled field; the answers rebuild the
// rewrite from the saved bullet and the user's words alone, and the result replaces the bullet (history kept).
import { describe, expect, it } from 'vitest';
import { browser, newWorkspace, testApp } from './helpers.ts';

// A result stated as a level ('to 8%') needs its baseline; a change ('7%') would only imply one.
const BULLET = 'Cut no-show rate to 8% by piloting SMS reminders.';

describe('answering the rewrite questions', () => {
  it('asks a gap past the two placeholders beside the rewrite, and puts its answer in', async () => {
    const { app, store } = testApp();
    const b = browser(app);
    const id = await newWorkspace(b, 'Improved HCAHPS nurse communication scores.');
    const bullet = (await store.workspaces.snapshot(id))!.bullets[0]!;
    const page = await b.get(`/w/${id}`);
    const suggested = /name="suggested" value="([^"]+)"/.exec(page.text)![1]!;
    expect(suggested).toBe('Improved HCAHPS nurse communication scores [by how much] by [how: what you changed].');
    expect(page.text).toContain(`for="answer-${bullet.id}-baseline">Where did HCAHPS nurse communication scores stand before your change?</label>`);
    await b.form(`/w/${id}/bullets/${bullet.id}/answer-rewrite`, { suggested, metric: '7 pts', baseline: '71%', intervention: 'bedside shift report' });
    expect((await store.bullets.get(id, bullet.id))!.text)
      .toBe('Improved HCAHPS nurse communication scores 7 pts from a baseline of 71% by bedside shift report.');
  });

  it('shows one labelled field per placeholder and rebuilds the bullet with the answers', async () => {
    const { app, store } = testApp();
    const b = browser(app);
    const id = await newWorkspace(b, BULLET);
    const bullet = (await store.workspaces.snapshot(id))!.bullets[0]!;
    const page = await b.get(`/w/${id}`);
    expect(page.text).toContain(`<label class="field-label" for="answer-${bullet.id}-baseline">Where did no-show rate stand before piloting SMS reminders?</label>`);
    const suggested = /name="suggested" value="([^"]+)"/.exec(page.text)![1]!;
    expect(suggested).toBe('Cut no-show rate from [baseline: rate before] to 8% by piloting SMS reminders.');
    // With a bracket in it, the rewrite is used through its questions only: there is no bare "Use this".
    expect(page.text).not.toContain('/use-rewrite');
    expect(page.text).toContain('Use this with my answers');

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
    const suggested = /name="suggested" value="([^"]+)"/.exec(page.text)![1]!;
    const blank = await b.form(`/w/${id}/bullets/${bullet.id}/answer-rewrite`, { suggested, baseline: '   ' });
    expect(blank.headers.location).toBe(`/w/${id}?notice=placeholders#b-${bullet.id}`);
    expect((await store.bullets.get(id, bullet.id))!.text).toBe(suggested);
    // Saved with its bracket, the bullet shows it, scores as missing the baseline, and scores below the original.
    const after = await b.get(`/w/${id}?notice=placeholders`);
    expect(after.text).toContain('scores as missing those parts');
    expect(after.text).toContain('Fill in <mark class="placeholder">[baseline: rate before]</mark>');
    const scores = [...after.text.matchAll(/<span class="score-num">(\d+)<\/span>/g)].map((m) => Number(m[1]));
    expect(scores[0]).toBeLessThan(Number(/<span class="score-num">(\d+)<\/span>/.exec(page.text)![1]));

    await store.bullets.update(id, bullet.id, 'Responsible for budgets');
    const stale = await b.form(`/w/${id}/bullets/${bullet.id}/answer-rewrite`, { suggested, baseline: '18%' });
    expect(stale.headers.location).toBe(`/w/${id}?notice=stale#b-${bullet.id}`);
    expect((await store.bullets.get(id, bullet.id))!.text).toBe('Responsible for budgets');
  });
});
