// The Tailor pages and POST /api/v1/match over HTTP: paste or upload a posting, see requirements with evidence and
// the score, untick a bullet and get the tailored DOCX saved as a version; bad input is a clear 4xx.
import JSZip from 'jszip';
import { Document, Packer, Paragraph } from 'docx';
import request from 'supertest';
import { describe, expect, it } from 'vitest';
import { browser, newWorkspace, testApp } from './helpers.ts';

const POSTING = ['Practice Manager', 'Requirements', '- CMPE preferred.', '- Experience with Epic required.', 'Responsibilities', '- Reduce no-shows and denials.', '- Hire and train front desk staff.'].join('\n');
const BULLETS = ['Organized the holiday party for 40 staff.', 'Cut no-shows from 18% to 11% by piloting SMS reminders.', 'Reduced denials 20% by checking eligibility before visits.'].join('\n');

async function docxText(buf: Buffer): Promise<string> {
  const zip = await JSZip.loadAsync(buf);
  return (await zip.file('word/document.xml')!.async('string')).replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ');
}

describe('Tailor pages', () => {
  it('pastes a posting, shows requirements with quoted evidence, and saves a tailored DOCX as its own version', async () => {
    const { app, store } = testApp();
    const b = browser(app);
    const ws = await newWorkspace(b, BULLETS);
    expect((await b.get(`/w/${ws}`)).text).toContain(`href="/w/${ws}/tailor"`);
    const list = await b.get(`/w/${ws}/tailor`);
    expect(list.status).toBe(200);
    // The paste box takes a whole posting (a browser reads maxlength as a plain integer).
    expect(list.text).toContain('maxlength="50000"');
    const added = await b.form(`/w/${ws}/tailor`, { title: '', text: POSTING });
    expect(added.status).toBe(303);
    const page = await b.get(added.headers.location!);
    expect(page.status).toBe(200);
    expect(page.text).toContain('<h1>Practice Manager</h1>');
    expect(page.text).toMatch(/No-show rate/);
    expect(page.text).toContain('<q>Cut no-shows from 18% to 11% by piloting SMS reminders.</q>');
    expect(page.text).toMatch(/round\(100 × \d+ \/ \d+\)/);
    expect(page.text).toContain('Certified Medical Practice Executive (CMPE)');
    // The posting is shown with what was read from it marked, escaped like any user text.
    expect(page.text).toMatch(/<mark class="req-mark is-missing" title="Credential: Certified Medical Practice Executive \(CMPE\) \(preferred\)">CMPE<\/mark>/);
    expect(page.text).toMatch(/If you hold it, add it on the Resume page/);
    // The most relevant bullets first; untick the phone one.
    const ids = [...page.text.matchAll(/name="keep" value="(\d+)"/g)].map((m) => Number(m[1]));
    const snap = (await store.workspaces.snapshot(ws))!;
    const phone = snap.bullets.find((x) => x.text.startsWith('Organized'))!.id;
    expect(ids.at(-1)).toBe(phone);
    const pid = Number(/tailor\/(\d+)/.exec(added.headers.location!)![1]);
    const keep = ids.filter((x) => x !== phone);
    const saved = await b.agent.post(`/w/${ws}/tailor/${pid}/tailored`).type('form').set('Accept', 'text/html')
      .send(`_csrf=${encodeURIComponent(/name="_csrf" value="([^"]+)"/.exec(page.text)![1]!)}&${keep.map((k) => `keep=${k}`).join('&')}`);
    expect(saved.status).toBe(303);
    expect(saved.headers.location).toMatch(new RegExp(`/w/${ws}/tailor/${pid}/versions/\\d+\\.docx$`));
    const file = await b.agent.get(saved.headers.location!).buffer(true).parse((res, cb) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => cb(null, Buffer.concat(chunks)));
    });
    expect(file.status).toBe(200);
    expect(file.headers['content-type']).toContain('wordprocessingml');
    const text = await docxText(file.body as Buffer);
    expect(text).toContain('Cut no-shows from 18% to 11%');
    expect(text).not.toContain('holiday party');
    expect(text.indexOf('Cut no-shows')).toBeLessThan(text.indexOf('Reduced denials') === -1 ? Infinity : text.indexOf('Reduced denials') + 1);
    const versions = await store.postings.versions(ws, pid);
    expect(versions).toHaveLength(1);
    expect(versions[0]).toMatchObject({ bullets: 2, leftOut: 1 });
    expect((await b.get(`/w/${ws}/tailor/${pid}`)).text).toContain('Version 1');
    // The workspace itself is untouched: tailoring reorders a copy.
    expect((await store.workspaces.snapshot(ws))!.bullets.map((x) => x.text)).toEqual(snap.bullets.map((x) => x.text));
  });

  it('escapes the posting when it shows it marked', async () => {
    const { app } = testApp();
    const b = browser(app);
    const ws = await newWorkspace(b, BULLETS);
    await b.get(`/w/${ws}/tailor`);
    const added = await b.form(`/w/${ws}/tailor`, { title: 'x', text: '<script>alert(1)</script> Epic <b>required</b>' });
    const page = await b.get(added.headers.location!);
    expect(page.text).not.toContain('<script>alert(1)');
    expect(page.text).toContain('&lt;script&gt;alert(1)&lt;/script&gt; <mark');
  });

  it('keeps several postings, uploads .txt and .docx, and deletes one with its versions', async () => {
    const { app, store } = testApp();
    const b = browser(app);
    const ws = await newWorkspace(b, BULLETS);
    const page = await b.get(`/w/${ws}/tailor`);
    const token = /name="_csrf" value="([^"]+)"/.exec(page.text)![1]!;
    const txt = await b.agent.post(`/w/${ws}/tailor/upload`).set('Accept', 'text/html').field('_csrf', token).field('title', 'From a file')
      .attach('file', Buffer.from(POSTING), 'posting.txt');
    expect(txt.status).toBe(303);
    const doc = new Document({ sections: [{ children: POSTING.split('\n').map((l) => new Paragraph(l)) }] });
    const docx = await b.agent.post(`/w/${ws}/tailor/upload`).set('Accept', 'text/html').field('_csrf', token)
      .attach('file', await Packer.toBuffer(doc), 'Practice manager.docx');
    expect(docx.status).toBe(303);
    const list = await store.postings.list(ws);
    expect(list.map((p) => [p.title, p.source])).toEqual([['Practice manager', 'docx'], ['From a file', 'txt']]);
    expect(list[0]!.text).toContain('CMPE preferred.');
    const del = await b.form(`/w/${ws}/tailor/${list[1]!.id}/delete`, {});
    expect(del.status).toBe(303);
    expect((await store.postings.list(ws)).map((p) => p.title)).toEqual(['Practice manager']);
    expect((await b.get(`/w/${ws}/tailor/${list[1]!.id}`)).status).toBe(404);
  });

  it('answers bad postings with a 4xx and the message on the page, saving nothing', async () => {
    const { app, store } = testApp();
    const b = browser(app);
    const ws = await newWorkspace(b, BULLETS);
    await b.get(`/w/${ws}/tailor`);
    const empty = await b.form(`/w/${ws}/tailor`, { text: '   ' });
    expect(empty.status).toBe(400);
    expect(empty.text).toMatch(/The posting is empty/);
    const huge = await b.form(`/w/${ws}/tailor`, { text: 'Epic required. '.repeat(14_000) });
    expect(huge.status).toBe(413);
    const page = await b.get(`/w/${ws}/tailor`);
    const token = /name="_csrf" value="([^"]+)"/.exec(page.text)![1]!;
    const binary = await b.agent.post(`/w/${ws}/tailor/upload`).set('Accept', 'text/html').field('_csrf', token)
      .attach('file', Buffer.from([0, 1, 2, 3, 0, 0, 7, 8, 9, 0]), 'posting.txt');
    expect(binary.status).toBe(415);
    const fakeDocx = await b.agent.post(`/w/${ws}/tailor/upload`).set('Accept', 'text/html').field('_csrf', token)
      .attach('file', Buffer.from('PK\u0003\u0004 not really a zip'), 'posting.docx');
    expect(fakeDocx.status).toBeGreaterThanOrEqual(400);
    expect(fakeDocx.status).toBeLessThan(500);
    expect(await store.postings.list(ws)).toEqual([]);
    expect((await b.get(`/w/${ws}/tailor/999`)).status).toBe(404);
  });
});

describe('POST /api/v1/match', () => {
  it('answers in the contract shape', async () => {
    const { app } = testApp();
    const res = await request(app).post('/api/v1/match').send({
      posting: POSTING,
      resume: { basics: { name: 'A B' }, work: [{ position: 'Practice Manager', name: 'Clinic', highlights: BULLETS.split('\n') }], skills: [{ name: 'Systems', keywords: ['Epic'] }] },
    });
    expect(res.status).toBe(200);
    expect(res.body.score).toBeGreaterThan(0);
    expect(res.body.score).toBeLessThanOrEqual(100);
    for (const r of res.body.requirements) {
      expect(Object.keys(r)).toEqual(expect.arrayContaining(['id', 'label', 'kind', 'importance', 'terms', 'matched', 'evidence']));
      expect(['kpi', 'credential', 'degree', 'experience', 'system', 'skill']).toContain(r.kind);
      expect(['required', 'preferred', 'mentioned']).toContain(r.importance);
      for (const e of r.evidence) expect(Object.keys(e)).toEqual(expect.arrayContaining(['text', 'where']));
    }
    const epic = res.body.requirements.find((r: { id: string }) => r.id === 'system:epic');
    expect(epic).toMatchObject({ importance: 'required', matched: true, evidence: [{ text: 'Systems, Epic', where: 'skills: Systems' }] });
    expect(Array.isArray(res.body.suggestions)).toBe(true);
  });
  it('takes bullets alone', async () => {
    const { app } = testApp();
    const res = await request(app).post('/api/v1/match').send({ posting: POSTING, bullets: BULLETS.split('\n') });
    expect(res.status).toBe(200);
    expect(res.body.requirements.find((r: { id: string }) => r.id === 'kpi:no-shows').evidence[0].where).toBe('bullet 2');
  });
  it('refuses bad input with a 4xx and a code', async () => {
    const { app } = testApp();
    const post = (body: unknown) => request(app).post('/api/v1/match').send(body as object);
    expect((await post({ posting: '' })).body.error.code).toBe('empty_posting');
    expect((await post({ posting: '' })).status).toBe(400);
    const big = await post({ posting: 'x '.repeat(100_000) });
    expect(big.status).toBe(413);
    expect(big.body.error.message).toMatch(/at most 50,000/);
    expect((await post({ posting: '\u0000\u0001\u0002\u0003'.repeat(50) })).status).toBe(415);
    expect((await post({ resume: {} })).status).toBe(400);
    expect((await post({ posting: POSTING, resume: { work: 'nope' } })).status).toBe(422);
    expect((await post({ posting: POSTING, extra: 1 })).status).toBe(400);
    const malformed = await request(app).post('/api/v1/match').set('Content-Type', 'application/json').send('{"posting": ');
    expect(malformed.status).toBe(400);
    expect(malformed.body.error.code).toBe('malformed_json');
    expect((await request(app).post('/api/v1/match').type('form').send('posting=x')).status).toBe(415);
  });
});
