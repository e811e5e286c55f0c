// "Start from my resume" on the home page: a .docx, a resume.json or pasted text becomes a new workspace whose
// bullets are analysed and grouped under their roles; a refused file leaves no workspace behind.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { exportResumeDocx } from '../../src/export/resume.ts';
import { SAMPLE_RESUME } from '../../src/resume/sample.ts';
import { browser, testApp, tokenIn } from './helpers.ts';

const FULL = readFileSync(join(import.meta.dirname, '..', 'fixtures', 'jsonresume', 'full.resume.json'));
let sampleDocx: Buffer;
beforeAll(async () => {
  sampleDocx = (await exportResumeDocx(SAMPLE_RESUME)).buffer;
});

const workspaces = (t: ReturnType<typeof testApp>) => (t.store.db.prepare('SELECT count(*) AS n FROM workspaces').get() as { n: number }).n;

async function startWith(file: Buffer, name: string) {
  const t = testApp();
  const b = browser(t.app);
  const home = await b.get('/');
  expect(home.text).toContain('Start from my resume');
  const res = await b.agent.post('/w/import').set('Accept', 'text/html').field('_csrf', tokenIn(home.text)).attach('file', file, name);
  return { t, b, res };
}

function workspaceOf(location: string | undefined): string {
  const m = /^\/w\/([0-9a-f]{32})\?notice=imported&roles=(\d+)&bullets=(\d+)#bullets$/.exec(location ?? '');
  expect(m, location).not.toBeNull();
  return m![1]!;
}

describe('start from my resume', () => {
  it('a .docx lands in a workspace with every bullet analysed under its role', async () => {
    const { t, b, res } = await startWith(sampleDocx, 'Dana Whitfield.docx');
    expect(res.status).toBe(303);
    const ws = workspaceOf(res.headers.location);
    const snap = (await t.store.workspaces.snapshot(ws))!;
    expect(snap.roles.map((r) => r.title)).toEqual(SAMPLE_RESUME.work!.map((w) => w.position));
    const byRole = snap.roles.map((r) => snap.bullets.filter((x) => x.roleId === r.id).map((x) => x.text));
    expect(byRole).toEqual(SAMPLE_RESUME.work!.map((w) => w.highlights));

    const page = await b.get(res.headers.location!);
    expect(page.status).toBe(200);
    expect(page.text).toContain(`Your resume is in: ${snap.roles.length} roles and ${snap.bullets.length} bullets`);
    // One card per bullet, each with its score, inside its role's section, in the role's order.
    const sections = page.text.split('<section class="group" id="').slice(1);
    for (const [i, role] of snap.roles.entries()) {
      const section = sections.find((s) => s.startsWith(`role-${role.id}"`))!;
      expect(section, role.title).toBeTruthy();
      expect(section).toContain(role.title);
      expect((section.match(/<article class="bullet/g) ?? []).length, role.title).toBe(byRole[i]!.length);
    }
    expect((page.text.match(/class="score-num/g) ?? []).length).toBeGreaterThanOrEqual(snap.bullets.length);
    // The header and the rest wait on the Resume page.
    expect((await t.store.resume.profile(ws)).basics.name).toBe(SAMPLE_RESUME.basics!.name);
    // The browser now knows its workspace.
    expect((await b.get('/')).headers.location).toBe(`/w/${ws}`);
  });

  it('a resume.json keeps every section for the Resume page and its download', async () => {
    const { b, res } = await startWith(FULL, 'resume.json');
    const ws = workspaceOf(res.headers.location);
    expect((await b.get(`/w/${ws}/resume.json`)).body).toEqual(JSON.parse(FULL.toString('utf8')));
  });

  it('pasted text works the same', async () => {
    const t = testApp();
    const b = browser(t.app);
    await b.get('/');
    const res = await b.form('/w/import-text', {
      text: 'Dana Whitfield\nExperience\nPractice Manager — Northside Family Medicine   2012 – 2014\n• Reduced wait time from 38 to 17 minutes by redesigning check-in.\n• Cut no-shows from 21% to 12% with SMS reminders.',
    });
    expect(res.status).toBe(303);
    const ws = workspaceOf(res.headers.location);
    const snap = (await t.store.workspaces.snapshot(ws))!;
    expect(snap.roles).toHaveLength(1);
    expect(snap.bullets.every((x) => x.roleId === snap.roles[0]!.id)).toBe(true);
    expect(snap.bullets).toHaveLength(2);
  });

  it('refuses an unreadable file or empty text on the home page, keeping what was typed, and creates no workspace', async () => {
    const bad = await startWith(Buffer.from('PK\u0003\u0004 not really a zip'), 'resume.docx');
    expect(bad.res.status).toBeGreaterThanOrEqual(400);
    expect(bad.res.status).toBeLessThan(500);
    expect(bad.res.text).toContain('id="start-problem"');
    expect(workspaces(bad.t)).toBe(0);

    const invalid = await startWith(Buffer.from('{"work":[{"description":null}]}'), 'resume.json');
    expect(invalid.res.status).toBe(422);
    expect(invalid.res.text).toContain('work[0].description');
    expect(workspaces(invalid.t)).toBe(0);

    const t = testApp();
    const b = browser(t.app);
    await b.get('/');
    const empty = await b.form('/w/import-text', { text: '   ' });
    expect(empty.status).toBe(400);
    expect(empty.text).toMatch(/<details class="tool" open>/);
    expect(workspaces(t)).toBe(0);

    const noToken = await browser(t.app).agent.post('/w/import').set('Accept', 'text/html').attach('file', FULL, 'resume.json');
    expect(noToken.status).toBe(403);
    expect(workspaces(t)).toBe(0);
  });
});
