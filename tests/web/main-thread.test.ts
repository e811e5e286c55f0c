// The server's own thread never loads the NLP model: every page and API call that analyses, rewrites, scaffolds a
// story, matches a posting or checks a resume sends that work to the worker pool, so the model and rules live once per
// worker thread and not a further time beside them. Each step checks that this thread has still not loaded
// compromise (which the rules, the analyzer and the spelling dictionary all need), so the first path that would
// load it here is the one named in the failure.
import { afterAll, describe, expect, it } from 'vitest';
import { compromiseLoaded } from '../../src/nlp/index.ts';
import { workerPool } from '../../src/work/pool.ts';
import { browser, newWorkspace, testApp } from './helpers.ts';

const BULLETS = ['Improved HCAHPS nurse communication scores by rolling out bedside shift report.', 'Cut no-shows from 18% to 11% by piloting SMS reminders.', 'Helped with budget preparation and variance reporting for the registraton desk.'];
const STORY = 'Our clinic had 18% no-shows in 2022. I was asked to fix it. I piloted SMS reminders with 12 staff. No-shows fell to 11% in 6 months.';
const POSTING = ['Practice Manager', 'Requirements', '- CMPE preferred.', '- Experience with Epic required.', 'Responsibilities', '- Reduce no-shows and denials.'].join('\n');

describe("the server's own thread", () => {
  const pool = workerPool({ threads: 1 });
  afterAll(() => pool.close());

  it('leaves every analysis to the worker pool, on every page and API call that needs one', async () => {
    expect(compromiseLoaded()).toBe(false);
    const { app, store } = testApp({ work: pool });
    const b = browser(app);
    const steps: [string, () => Promise<unknown>][] = [];
    const step = (name: string, run: () => Promise<{ status: number }>, status = 200) => steps.push([name, async () => {
      const res = await run();
      expect(res.status, name).toBe(status);
    }]);

    let ws = '';
    let bullet = { id: 0, text: '' };
    let storyId = 0;
    steps.push(['create a workspace from the landing form', async () => {
      ws = await newWorkspace(b, BULLETS.join('\n'));
      bullet = (await store.workspaces.snapshot(ws))!.bullets[0]!;
    }]);
    step('POST /api/v1/analyze (bullets)', () => b.agent.post('/api/v1/analyze').send({ items: BULLETS }));
    step('POST /api/v1/analyze (stories)', () => b.agent.post('/api/v1/analyze').send({ kind: 'story', items: [STORY] }));
    step('POST /api/v1/preview', () => b.agent.post('/api/v1/preview').send({ text: BULLETS[1] }));
    step('GET the workspace page', () => b.get(`/w/${ws}`));
    step('GET the workspace as JSON', () => b.agent.get(`/api/v1/workspaces/${ws}`));
    steps.push(['answer a rewrite\'s questions', async () => {
      const page = await b.get(`/w/${ws}`);
      const suggested = /name="suggested" value="([^"]+)"/.exec(page.text)![1]!;
      const res = await b.form(`/w/${ws}/bullets/${bullet.id}/answer-rewrite`, { suggested, metric: '7 pts', baseline: '71%' });
      expect(res.status).toBe(303);
      expect((await store.bullets.get(ws, bullet.id))!.text).toContain('7 pts');
    }]);
    step('fix a spelling', async () => {
      const b3 = (await store.workspaces.snapshot(ws))!.bullets[2]!;
      const start = b3.text.indexOf('registraton');
      return b.form(`/w/${ws}/bullets/${b3.id}/spelling`, { start: String(start), end: String(start + 11), word: 'registraton', fix: 'registration' });
    }, 303);
    step('GET a new story started from a bullet', () => b.get(`/w/${ws}/stories/new?bullet=${bullet.id}`));
    steps.push(['save a story', async () => {
      const res = await b.form(`/w/${ws}/stories`, { title: 'No-shows', text: STORY, promptId: '' });
      expect(res.status).toBe(303);
      storyId = (await store.stories.list(ws))[0]!.id;
    }]);
    step('GET the story bank', () => b.get(`/w/${ws}/stories`));
    step('GET a story', () => b.get(`/w/${ws}/stories/${storyId}`));
    step('GET a story\'s rehearsal page', () => b.get(`/w/${ws}/stories/${storyId}/rehearse`));
    step('GET the stories as JSON', () => b.agent.get(`/api/v1/workspaces/${ws}/stories`));
    step('GET the prep sheet', () => b.agent.get(`/w/${ws}/stories/prep-sheet.docx`));
    step('GET the resume page', () => b.get(`/w/${ws}/resume`));
    step('GET the resume as DOCX', () => b.agent.get(`/w/${ws}/resume.docx`));
    step('POST /api/v1/resume/preflight', () => b.agent.post('/api/v1/resume/preflight').send({ basics: { name: 'Dana Smith' }, work: [{ name: 'Mercy Clinic', highlights: BULLETS }] }));
    steps.push(['add a posting and open it', async () => {
      const added = await b.form(`/w/${ws}/tailor`, { title: '', text: POSTING });
      expect(added.status).toBe(303);
      const page = await b.get(added.headers.location!);
      expect(page.status).toBe(200);
      const keep = [...page.text.matchAll(/name="keep" value="(\d+)"/g)].map((m) => m[1]!);
      const saved = await b.agent.post(`${added.headers.location!}/tailored`).type('form').set('Accept', 'text/html')
        .send(`_csrf=${encodeURIComponent(/name="_csrf" value="([^"]+)"/.exec(page.text)![1]!)}&${keep.map((k) => `keep=${k}`).join('&')}`);
      expect(saved.status).toBe(303);
      expect((await b.agent.get(saved.headers.location!)).status).toBe(200);
    }]);
    step('POST /api/v1/match', () => b.agent.post('/api/v1/match').send({ posting: POSTING, bullets: BULLETS }));
    step('paste a resume as text', () => b.form(`/w/${ws}/resume/import-text`, { text: `Dana Smith\nPractice Manager, Mercy Clinic\n- ${BULLETS[1]}` }), 303);

    for (const [name, run] of steps) {
      await run();
      expect(compromiseLoaded(), `this thread loaded the NLP model at: ${name}`).toBe(false);
    }
  }, 120_000);
});

describe("the server's own thread's memory", () => {
  it('holds import notes for a bounded number of workspaces', async () => {
    const { importNotesHeld, MAX_IMPORT_NOTES, rememberImportNotes } = await import('../../src/web/routes/resume.ts');
    for (let i = 0; i < MAX_IMPORT_NOTES + 50; i++) rememberImportNotes(`ws${i}`, ['The photo was left out.']);
    expect(importNotesHeld()).toBe(MAX_IMPORT_NOTES);
  });
});
