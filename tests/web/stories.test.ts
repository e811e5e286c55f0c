import { describe, expect, it } from 'vitest';
import JSZip from 'jszip';
import { STORY_LIMITS } from '../../src/store/stories.ts';
import { browser, newWorkspace, testApp } from './helpers.ts';


const STORY = 'Our clinic had an 18% no-show rate and new patients waited six weeks. My goal was to cut no-shows below 12% within two quarters. I piloted SMS reminders with the front desk and opened same-day slots. As a result, no-shows fell from 18% to 11% within 90 days, and the reminders are still running a year later.';

async function setUp() {
  const t = testApp();
  const b = browser(t.app);
  const ws = await newWorkspace(b, 'Cut no-shows from 18% to 11% by piloting SMS reminders over 120 days.');
  return { t, b, ws };
}

describe('story pages', () => {
  it('saves a story, shows its parts, findings and cue card, and lists it in the bank', async () => {
    const { b, ws } = await setUp();
    const bank = await b.get(`/w/${ws}/stories`);
    expect(bank.status).toBe(200);
    expect(bank.text).toContain('No story yet for:');
    await b.get(`/w/${ws}/stories/new`);
    const saved = await b.form(`/w/${ws}/stories`, { title: 'No-shows', text: STORY, promptId: '' });
    expect(saved.status).toBe(303);
    const page = await b.get(saved.headers.location!);
    expect(page.status).toBe(200);
    for (const part of ['situation', 'task', 'action', 'result']) expect(page.text).toContain(`part-${part}`);
    expect(page.text).toContain('Cue card');
    expect(page.text).toMatch(/finding-(warning|info)/);
    expect(page.text).toContain('Story saved and analysed.');
    const after = await b.get(`/w/${ws}/stories`);
    expect(after.text).toContain('>No-shows</a>');
  });

  it('keeps the text and says why when a story is refused, and never saves it', async () => {
    const { t, b, ws } = await setUp();
    await b.get(`/w/${ws}/stories/new`);
    const empty = await b.form(`/w/${ws}/stories`, { title: '', text: '   ', promptId: '' });
    expect(empty.status).toBe(400);
    expect(empty.text).toContain('The story is empty');
    const huge = 'word '.repeat(20_000);
    const tooLong = await b.form(`/w/${ws}/stories`, { title: 'Paste', text: huge, promptId: '' });
    expect(tooLong.status).toBe(400);
    expect(tooLong.text).toMatch(/paste one story at a time/);
    const badPrompt = await b.form(`/w/${ws}/stories`, { title: 'x', text: STORY, promptId: 'nope' });
    expect(badPrompt.status).toBe(400);
    expect(badPrompt.text).toContain('My goal was to cut no-shows');
    expect(await t.store.stories.list(ws)).toHaveLength(0);
  });

  it('analyses one long unpunctuated sentence without hanging', async () => {
    const { b, ws } = await setUp();
    await b.get(`/w/${ws}/stories/new`);
    const text = Array(300).fill('and then I called the patients who missed their visits').join(' ');
    const res = await b.form(`/w/${ws}/stories`, { title: 'Run-on', text, promptId: '' });
    expect(res.status).toBe(303);
    const page = await b.get(res.headers.location!);
    expect(page.text).toMatch(/This sentence runs \d+ words/);
  });

  it('saves a rehearsal run and shows it after a reload, in the table and the chart', async () => {
    const { t, b, ws } = await setUp();
    await b.get(`/w/${ws}/stories/new`);
    const saved = await b.form(`/w/${ws}/stories`, { title: 'No-shows', text: STORY, promptId: 'improvement-access' });
    const id = /stories\/(\d+)/.exec(saved.headers.location!)![1];
    const room = await b.get(`/w/${ws}/stories/${id}/rehearse`);
    expect(room.text).toContain('Cue card');
    expect(room.text).toContain('No runs yet.');
    const bad = await b.form(`/w/${ws}/stories/${id}/runs`, { seconds: '0', rating: '4' });
    expect(bad.status).toBe(400);
    expect(bad.text).toContain('at least 1');
    const run = await b.form(`/w/${ws}/stories/${id}/runs`, { seconds: '95', rating: '4', hidden: 'on' });
    expect(run.status).toBe(303);
    const again = await b.get(`/w/${ws}/stories/${id}/rehearse`);
    expect(again.text).toContain('1:35 (95 s)');
    expect(again.text).toContain('Run 1: 95 s, rated 4 of 5');
    expect((await t.store.stories.runs(ws, Number(id)))[0]).toMatchObject({ seconds: 95, rating: 4, hidden: true });
  });

  it('prefills a story from a bullet and flags numbers that disagree', async () => {
    const { b, ws, t } = await setUp();
    const [bullet] = (await t.store.workspaces.snapshot(ws))!.bullets;
    expect((await b.get(`/w/${ws}`)).text).toContain(`/w/${ws}/stories/new?bullet=${bullet!.id}`);
    const form = await b.get(`/w/${ws}/stories/new?bullet=${bullet!.id}`);
    expect(form.status).toBe(200);
    expect(form.text).toContain('Situation: [Where you were and what was wrong]');
    expect(form.text).toMatch(/name="bulletId" value="\d+"/);
    const res = await b.form(`/w/${ws}/stories`, { title: 'From bullet', text: STORY.replace('11%', '10%'), promptId: '', bulletId: String(bullet!.id) });
    const page = await b.get(res.headers.location!);
    expect(page.text).toContain('The bullet says 11%');
  });

  it('prefills grammatical sentences and a title cut at a phrase boundary; a story saved unfilled is flagged', async () => {
    const t = testApp();
    const b = browser(t.app);
    const ws = await newWorkspace(b, 'Reduced LWBS from 4.1% to 1.8% in 6 months by launching a provider-in-triage model.');
    const [bullet] = (await t.store.workspaces.snapshot(ws))!.bullets;
    const form = await b.get(`/w/${ws}/stories/new?bullet=${bullet!.id}`);
    expect(form.text).toContain('Action: I launched a provider-in-triage model.');
    expect(form.text).not.toContain('[led]');
    expect(form.text).toMatch(/value="Reduced LWBS from 4\.1% to 1\.8%"/);
    const text = /<textarea[^>]*name="text"[^>]*>([\s\S]*?)<\/textarea>/.exec(form.text)![1]!.replace(/&#x27;|&#39;/g, "'").replace(/&amp;/g, '&');
    const saved = await b.form(`/w/${ws}/stories`, { title: 'Reduced LWBS from 4.1% to 1.8%', text, promptId: '', bulletId: String(bullet!.id) });
    const page = await b.get(saved.headers.location!);
    expect(page.text).toContain('Replace [Where you were and what was wrong] with what really happened');
    expect(page.text).toMatch(/<h1>Reduced LWBS from 4\.1% to 1\.8%<\/h1>/);
    // With no title given, one comes from the story's words, never from a placeholder.
    const untitled = await b.form(`/w/${ws}/stories`, { title: '', text, promptId: '' });
    expect((await b.get(untitled.headers.location!)).text).toMatch(/<h1>LWBS stood at 4\.1%<\/h1>/);
  });

  it('shows each KPI once, and no wrong-way warning for a score that rose', async () => {
    const { b, ws } = await setUp();
    await b.get(`/w/${ws}/stories/new`);
    const story = 'Our ED door-to-provider time had crept up to 68 minutes and LWBS was 4.1%. The CNO asked me to bring door-to-provider under 30 minutes. I put a physician assistant in triage at peak hours. Within six months door-to-provider fell from 68 to 29 minutes, LWBS dropped from 4.1% to 1.8%, and patient experience scores for wait time rose from the 35th to the 70th percentile.';
    const saved = await b.form(`/w/${ws}/stories`, { title: 'ED waits', text: story, promptId: '' });
    const page = await b.get(saved.headers.location!);
    const chips = [...page.text.matchAll(/<span class="kpi-name">([^<]+)<\/span>/g)].map((m) => m[1]);
    expect(chips.length).toBeGreaterThan(1);
    expect(new Set(chips).size).toBe(chips.length);
    expect(page.text).not.toContain('kpi-bad');
    expect(page.text).not.toMatch(/moved (?:up|down), but the guide/);
  });

  it('404s a story of another workspace', async () => {
    const { b, ws } = await setUp();
    const other = await setUp();
    await other.b.get(`/w/${other.ws}/stories/new`);
    const saved = await other.b.form(`/w/${other.ws}/stories`, { title: 'Theirs', text: STORY, promptId: '' });
    const id = /stories\/(\d+)/.exec(saved.headers.location!)![1];
    expect((await b.get(`/w/${ws}/stories/${id}`)).status).toBe(404);
  });

  it('exports the bank as a DOCX prep sheet: each story under its prompt, STAR headings, cue card, numbers', async () => {
    const { b, ws } = await setUp();
    expect((await b.get(`/w/${ws}/stories/prep-sheet.docx`)).status).toBe(404);
    await b.get(`/w/${ws}/stories/new`);
    await b.form(`/w/${ws}/stories`, { title: 'No-shows', text: STORY, promptId: 'improvement-access' });
    const res = await b.agent.get(`/w/${ws}/stories/prep-sheet.docx`).buffer(true).parse((r, cb) => {
      const chunks: Buffer[] = [];
      r.on('data', (c: Buffer) => chunks.push(c));
      r.on('end', () => cb(null, Buffer.concat(chunks)));
    });
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toContain('wordprocessingml');
    expect(res.headers['content-disposition']).toContain('Interview-Prep.docx');
    const xml = await (await JSZip.loadAsync(res.body as Buffer)).file('word/document.xml')!.async('string');
    const text = xml.replace(/<[^>]+>/g, ' ');
    for (const s of ['No-shows', 'Improvement story: access', 'Situation', 'Task', 'Action', 'Result', 'Cue card', 'Numbers', '18%', 'Prompts with no story yet', 'Own a miss']) {
      expect(text, s).toContain(s);
    }
  });

  it('exports every story it accepted, at every limit: the longest story, dense with numbers and long words', async () => {
    const { b, ws, t } = await setUp();
    const sentence = (i: number) => `In quarter ${i} the ${'pneumonoultramicroscopic'.repeat(9)} wait fell from ${20 + i}% to ${10 + i}% and $${i}.${i}M was saved across ${i * 3} clinics. `;
    let longest = '';
    for (let i = 1; longest.length < STORY_LIMITS.storyChars; i++) longest += sentence(i);
    longest = longest.slice(0, STORY_LIMITS.storyChars);
    await b.get(`/w/${ws}/stories/new`);
    expect((await b.form(`/w/${ws}/stories`, { title: 'x'.repeat(STORY_LIMITS.titleChars), text: longest, promptId: '' })).status).toBe(303);
    await b.get(`/w/${ws}/stories/new`);
    expect((await b.form(`/w/${ws}/stories`, { title: 'Mid-length', text: STORY.repeat(16).slice(0, 4863), promptId: 'improvement-access' })).status).toBe(303);
    expect((await t.store.stories.list(ws))).toHaveLength(2);
    const res = await b.agent.get(`/w/${ws}/stories/prep-sheet.docx`);
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toContain('wordprocessingml');
  }, 60_000);
});
