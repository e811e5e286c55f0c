// Stories over the JSON API: the same checks and limits as the story pages, each story with its analysis.
import request from 'supertest';
import { describe, expect, it } from 'vitest';
import { titleFrom } from '../../src/web/story-input.ts';
import { testApp } from './helpers.ts';

const STORY = [
  'When I joined the clinic, our no-show rate was 18% and new patients waited six weeks for a first visit.',
  'My goal was to cut no-shows below 12% within two quarters.',
  'I piloted two-way SMS reminders and opened same-day slots for the patients who cancelled.',
  'As a result, no-shows fell from 18% to 11% within 90 days.',
].join(' ');

async function setUp() {
  const t = testApp();
  const created = await request(t.app).post('/api/v1/workspaces').send({ items: ['Reduced no-shows from 18% to 11% by piloting SMS reminders.'] });
  return { ...t, ws: created.body.workspace.id as string, bulletId: created.body.workspace.bullets[0].id as number };
}

describe('stories API', () => {
  it('adds, lists, reads, edits and deletes a story, each with its analysis', async () => {
    const { app, ws, bulletId } = await setUp();
    const base = `/api/v1/workspaces/${ws}/stories`;
    expect((await request(app).get(base)).body).toEqual({ stories: [] });

    const added = await request(app).post(base).send({ text: STORY, promptId: 'improvement-access', bulletId });
    expect(added.status).toBe(201);
    const story = added.body.story;
    expect(story).toMatchObject({ title: titleFrom(STORY), promptId: 'improvement-access', bulletId, text: STORY });
    expect(story.result.kind).toBe('story');
    expect(story.result.parts.result.length).toBeGreaterThan(0);

    expect((await request(app).get(base)).body.stories.map((s: { id: number }) => s.id)).toEqual([story.id]);
    const one = await request(app).get(`${base}/${story.id}`);
    expect(one.status).toBe(200);
    expect(one.body).toMatchObject({ story: { id: story.id, text: STORY }, runs: [] });

    const edited = await request(app).put(`${base}/${story.id}`).send({ title: 'No-shows', text: `${STORY} The reminders are still running.`, promptId: null });
    expect(edited.status).toBe(200);
    expect(edited.body.story).toMatchObject({ title: 'No-shows', promptId: null, bulletId });
    expect(edited.body.story.result.text).toContain('still running');

    expect((await request(app).delete(`${base}/${story.id}`)).status).toBe(204);
    expect((await request(app).get(`${base}/${story.id}`)).status).toBe(404);
    expect((await request(app).delete(`${base}/${story.id}`)).status).toBe(404);
  });

  it('refuses what the story form refuses, with the field named, and unknown fields', async () => {
    const { app, ws } = await setUp();
    const base = `/api/v1/workspaces/${ws}/stories`;
    const cases: [unknown, number, string][] = [
      [{ text: '   ' }, 400, 'text'],
      [{ text: STORY, promptId: 'no-such-prompt' }, 400, 'promptId'],
      [{ text: STORY, bulletId: 999999 }, 400, 'bulletId'],
      [{ text: STORY, colour: 'blue' }, 400, ''],
      [{ text: 'x'.repeat(30_000) }, 400, 'text'],
      [{ title: 5, text: STORY }, 400, 'title'],
    ];
    for (const [body, status, path] of cases) {
      const res = await request(app).post(base).send(body as object);
      expect(res.status, JSON.stringify(body).slice(0, 60)).toBe(status);
      expect(res.body.error.message).toBeTruthy();
      if (path) expect(res.body.error.issues?.map((i: { path: string }) => i.path) ?? [], JSON.stringify(body).slice(0, 60)).toContain(path);
    }
    expect((await request(app).post(base).type('form').send('text=hello')).status).toBe(415);
    expect((await request(app).get(base)).body.stories).toEqual([]);
  });

  it('answers 404 for a workspace or story that is not there', async () => {
    const { app, ws } = await setUp();
    const other = await setUp();
    const theirs = await request(other.app).post(`/api/v1/workspaces/${other.ws}/stories`).send({ text: STORY });
    expect((await request(app).get(`/api/v1/workspaces/${'0'.repeat(32)}/stories`)).status).toBe(404);
    expect((await request(app).get(`/api/v1/workspaces/${ws}/stories/${theirs.body.story.id + 1000}`)).status).toBe(404);
    expect((await request(app).put(`/api/v1/workspaces/${ws}/stories/abc`).send({ text: STORY })).status).toBe(400);
  });
});
