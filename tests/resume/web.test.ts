// The resume pages and API over the real app and an in-memory store: forms, downloads, import with bad files
// (nothing half-saved), and POST /api/v1/resume.docx.
import JSZip from 'jszip';
import request from 'supertest';
import { beforeAll, describe, expect, it } from 'vitest';
import { exportResumeDocx } from '../../src/export/resume.ts';
import { importDocx } from '../../src/import/index.ts';
import { SAMPLE_RESUME } from '../../src/resume/sample.ts';
import { browser, newWorkspace, testApp, tokenIn } from '../web/helpers.ts';

const binary = (res: request.Response, cb: (err: Error | null, body: Buffer) => void) => {
  const chunks: Buffer[] = [];
  res.on('data', (c: Buffer) => chunks.push(c));
  res.on('end', () => cb(null, Buffer.concat(chunks)));
};

async function setUp() {
  const t = testApp();
  const b = browser(t.app);
  const ws = await newWorkspace(b, 'Cut no-shows from 18% to 11% by piloting SMS reminders.');
  return { ...t, b, ws };
}

/** Posts a multipart upload with the page's CSRF token, as the import form does. */
async function upload(b: ReturnType<typeof browser>, ws: string, file: Buffer, name: string, withToken = true) {
  const pageRes = await b.get(`/w/${ws}/resume`);
  const req = b.agent.post(`/w/${ws}/resume/import`).set('Accept', 'text/html');
  if (withToken) req.field('_csrf', tokenIn(pageRes.text));
  return req.attach('file', file, name);
}

let sampleDocx: Buffer;
beforeAll(async () => {
  sampleDocx = (await exportResumeDocx(SAMPLE_RESUME)).buffer;
});

describe('resume page', () => {
  it('is in the nav and shows the workspace bullets with a pre-flight list', async () => {
    const { b, ws } = await setUp();
    const res = await b.get(`/w/${ws}/resume`);
    expect(res.status).toBe(200);
    expect(res.text).toContain(`<a href="/w/${ws}/resume" aria-current="page">Resume</a>`);
    expect(res.text).toContain('1 bullet from your workspace');
    expect(res.text).toContain('Pre-flight check');
    expect(res.text).toContain(`href="/w/${ws}/resume.docx"`);
  });

  it('saves the header, education, certifications and skills, and exports them', async () => {
    const { b, ws } = await setUp();
    await b.get(`/w/${ws}/resume`);
    expect((await b.form(`/w/${ws}/resume/basics`, { name: 'Dana Whitfield', label: 'Practice Manager', email: 'dana@example.com', city: 'Dayton', region: 'OH', summary: 'Operations leader.' })).status).toBe(303);
    expect((await b.form(`/w/${ws}/resume/education`, { studyType: 'Bachelor of Science', area: 'Nursing', institution: 'University of Cincinnati', endDate: '2010' })).status).toBe(303);
    expect((await b.form(`/w/${ws}/resume/certificates`, { name: 'CPHQ', issuer: 'NAHQ', date: 'Oct 2019' })).status).toBe(303);
    expect((await b.form(`/w/${ws}/resume/skills`, { skills: 'Revenue cycle: denials, prior auth\nEpic, Tableau' })).status).toBe(303);
    const page = await b.get(`/w/${ws}/resume?notice=skills`);
    expect(page.text).toContain('value="Dana Whitfield"');
    expect(page.text).toContain('Bachelor of Science in Nursing, University of Cincinnati');
    expect(page.text).toContain('CPHQ — NAHQ');
    expect(page.text).toContain('Revenue cycle: denials, prior auth\nEpic, Tableau');

    const docx = await b.agent.get(`/w/${ws}/resume.docx`).buffer(true).parse(binary);
    expect(docx.status).toBe(200);
    expect(docx.headers['content-type']).toBe('application/vnd.openxmlformats-officedocument.wordprocessingml.document');
    expect(docx.headers['content-disposition']).toBe(`attachment; filename="Dana-Whitfield-Resume.docx"; filename*=UTF-8''Dana-Whitfield-Resume.docx`);
    const back = await importDocx(docx.body as Buffer);
    expect(back.resume).toEqual({
      basics: { name: 'Dana Whitfield', label: 'Practice Manager', email: 'dana@example.com', location: { city: 'Dayton', region: 'OH' }, summary: 'Operations leader.' },
      work: [{ highlights: ['Cut no-shows from 18% to 11% by piloting SMS reminders.'] }],
      education: [{ studyType: 'Bachelor of Science', area: 'Nursing', institution: 'University of Cincinnati', endDate: '2010' }],
      certificates: [{ name: 'CPHQ', issuer: 'NAHQ', date: '2019-10' }],
      skills: [{ name: 'Revenue cycle', keywords: ['denials', 'prior auth'] }, { name: 'Epic' }, { name: 'Tableau' }],
    });
    const json = await b.agent.get(`/w/${ws}/resume.json`);
    expect(json.headers['content-disposition']).toContain('Dana-Whitfield-Resume.json');
    expect(JSON.parse(json.text).certificates).toEqual([{ name: 'CPHQ', issuer: 'NAHQ', date: '2019-10' }]);
  });

  it('keeps the form and says what is wrong', async () => {
    const { b, ws } = await setUp();
    await b.get(`/w/${ws}/resume`);
    const bad = await b.form(`/w/${ws}/resume/certificates`, { name: 'FACHE', date: 'someday' });
    expect(bad.status).toBe(400);
    expect(bad.text).toContain('Date: write a year or a month and year');
    expect(bad.text).toContain('value="FACHE"');
    const email = await b.form(`/w/${ws}/resume/basics`, { name: 'Dana', email: 'not-an-email' });
    expect(email.status).toBe(400);
    expect(email.text).toContain('does not look like an email address');
  });

  it('goes with the workspace when it is deleted', async () => {
    const { b, ws, store } = await setUp();
    await b.get(`/w/${ws}/resume`);
    await b.form(`/w/${ws}/resume/basics`, { name: 'Dana Whitfield', phone: '614-555-0148' });
    const rows = () => store.db.prepare('SELECT count(*) AS n FROM resume_profiles WHERE workspace_id = ?').get(ws) as { n: number };
    expect(rows().n).toBe(1);
    await b.get(`/w/${ws}`);
    expect((await b.form(`/w/${ws}/delete`, { confirm: 'yes' })).status).toBe(303);
    expect(rows().n).toBe(0);
  });

  it('removes an entry', async () => {
    const { b, ws } = await setUp();
    await b.get(`/w/${ws}/resume`);
    await b.form(`/w/${ws}/resume/certificates`, { name: 'PMP' });
    await b.form(`/w/${ws}/resume/certificates`, { name: 'CMPE' });
    await b.form(`/w/${ws}/resume/certificates/0/delete`, {});
    const page = await b.get(`/w/${ws}/resume`);
    expect(page.text).toContain('CMPE');
    expect(page.text).not.toMatch(/entry-main">PMP/);
  });

  it('lists pre-flight problems with the flagged text', async () => {
    const { b, ws } = await setUp();
    await b.get(`/w/${ws}`);
    await b.form(`/w/${ws}/bullets`, { bullets: 'Appealed the denial for MRN 00482913 and recovered [amount].' });
    const page = await b.get(`/w/${ws}/resume`);
    expect(page.text).toContain('<mark class="flagged">MRN 00482913</mark>');
    expect(page.text).toContain('<mark class="flagged">[amount]</mark>');
  });
});

describe('import on the resume page', () => {
  it('adds the roles and bullets of a .docx in order, and fills the profile', async () => {
    const { b, ws, store } = await setUp();
    const res = await upload(b, ws, sampleDocx, 'Dana Whitfield.docx');
    expect(res.status).toBe(303);
    expect(res.headers.location).toBe(`/w/${ws}/resume?notice=imported&roles=5&bullets=40#import`);
    const snap = (await store.workspaces.snapshot(ws))!;
    expect(snap.roles.map((r) => [r.title, r.employer, r.startDate, r.endDate])).toEqual(
      SAMPLE_RESUME.work!.map((w) => [w.position, w.name, expect.any(String), expect.any(String)]),
    );
    expect(snap.roles[0]!.startDate).toBe('Mar 2021');
    expect(snap.roles[0]!.endDate).toBe('Present');
    const byRole = snap.roles.map((r) => snap.bullets.filter((x) => x.roleId === r.id).map((x) => x.text));
    expect(byRole).toEqual(SAMPLE_RESUME.work!.map((w) => w.highlights));
    expect((await store.resume.profile(ws)).basics.name).toBe('Dana Whitfield');
    const page = await b.get(res.headers.location!);
    expect(page.text).toContain('Imported 5 roles and 40 bullets');
  });

  it('refuses bad files with a message and saves nothing', async () => {
    const { b, ws, store } = await setUp();
    const before = JSON.stringify(await store.workspaces.snapshot(ws));
    const zip = new JSZip();
    zip.file('notes.txt', 'hello');
    const cases: [Buffer, string, number, RegExp][] = [
      [Buffer.from('just some bytes \u0000\u0001'), 'resume.docx', 415, /not a Word \.docx/],
      [await zip.generateAsync({ type: 'nodebuffer' }), 'resume.docx', 415, /not a Word document/],
      [sampleDocx.subarray(0, 4000), 'resume.docx', 422, /damaged/],
      [Buffer.concat([sampleDocx, Buffer.alloc(5 * 1024 * 1024)]), 'resume.docx', 413, /over 5 MB/],
      [Buffer.from('{"work": [{"position": 1}]}'), 'resume.json', 422, /not a valid JSON Resume/],
    ];
    for (const [file, name, status, message] of cases) {
      const res = await upload(b, ws, file, name);
      expect(res.status, name + ' ' + message).toBe(status);
      expect(res.text).toMatch(message);
    }
    expect(JSON.stringify(await store.workspaces.snapshot(ws))).toBe(before);
  });

  it('imports nothing when the resume would overflow the workspace', async () => {
    const { b, ws, store } = await setUp();
    const big = { basics: { name: 'X' }, work: Array.from({ length: 6 }, (_, i) => ({ position: `Role ${i}`, highlights: Array.from({ length: 90 }, (_, j) => `Cut cost ${i}-${j}%.`) })) };
    const res = await upload(b, ws, Buffer.from(JSON.stringify(big)), 'resume.json');
    expect(res.status).toBe(409);
    expect(res.text).toContain('Nothing was imported');
    const snap = (await store.workspaces.snapshot(ws))!;
    expect(snap.roles).toHaveLength(0);
    expect(snap.bullets).toHaveLength(1);
    expect((await store.resume.profile(ws)).basics).toEqual({});
  });

  it('needs the CSRF token on uploads', async () => {
    const { b, ws } = await setUp();
    const res = await upload(b, ws, sampleDocx, 'resume.docx', false);
    expect(res.status).toBe(403);
  });

  it('does not let other forms skip CSRF by posting multipart', async () => {
    const { b, ws, store } = await setUp();
    const snap = (await store.workspaces.snapshot(ws))!;
    const res = await b.agent.post(`/w/${ws}/bullets/${snap.bullets[0]!.id}/delete`).field('x', '1');
    expect(res.status).toBe(403);
  });

  it('imports pasted text', async () => {
    const { b, ws, store } = await setUp();
    await b.get(`/w/${ws}/resume`);
    const res = await b.form(`/w/${ws}/resume/import-text`, { text: 'Experience\nPractice Manager — Northside Family Medicine   2012 – 2014\n• Reduced wait time from 38 to 17 minutes.' });
    expect(res.status).toBe(303);
    const snap = (await store.workspaces.snapshot(ws))!;
    expect(snap.roles.map((r) => r.title)).toEqual(['Practice Manager']);
    expect(snap.bullets.map((x) => x.text)).toContain('Reduced wait time from 38 to 17 minutes.');
    const empty = await b.form(`/w/${ws}/resume/import-text`, { text: '  ' });
    expect(empty.status).toBe(400);
  });
});

describe('POST /api/v1/resume.docx', () => {
  it('turns a JSON Resume into a DOCX', async () => {
    const { app } = testApp();
    const res = await request(app).post('/api/v1/resume.docx').send(SAMPLE_RESUME).buffer(true).parse(binary);
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toBe('application/vnd.openxmlformats-officedocument.wordprocessingml.document');
    expect(res.headers['content-disposition']).toContain('filename="Dana-Whitfield-Resume.docx"');
    expect(Number(res.headers['x-preflight-errors'])).toBeGreaterThanOrEqual(0);
    expect((await importDocx(res.body as Buffer)).resume).toEqual(SAMPLE_RESUME);
  });

  it('answers 422 with the path of each problem, and 415 for a body that is not JSON', async () => {
    const { app } = testApp();
    const bad = await request(app).post('/api/v1/resume.docx').send({ work: [{ startDate: 'last year' }] });
    expect(bad.status).toBe(422);
    expect(bad.body.error.code).toBe('not_json_resume');
    expect(bad.body.error.issues[0].path).toBe('work[0].startDate');
    const notJson = await request(app).post('/api/v1/resume.docx').type('text').send('hello');
    expect(notJson.status).toBe(415);
    const malformed = await request(app).post('/api/v1/resume.docx').type('json').send('{"basics":');
    expect(malformed.status).toBe(400);
  });

  it('gives the pre-flight list as JSON', async () => {
    const { app } = testApp();
    const res = await request(app).post('/api/v1/resume/preflight').send({ work: [{ highlights: ['Resolved claim for MRN 00482913.'] }] });
    expect(res.status).toBe(200);
    expect(res.body.items.map((i: { rule: string }) => i.rule)).toContain('medical-record-number');
  });
});
