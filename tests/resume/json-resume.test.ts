// JSON Resume in and out, losslessly: every section and field kept (those the app does not show too), dates as given,
// the schema's leniency (an empty endDate is a current role; certificates and skills may lack a name) and its
// refusals (a null where text belongs, a bad email). Own fixtures, plus the official sample read from ../shared.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import request from 'supertest';
import { describe, expect, it } from 'vitest';
import { validateResume } from '../../src/resume/parse.ts';
import { sharedFile } from '../../scripts/shared-data.ts';
import { browser, newWorkspace, testApp, tokenIn } from '../web/helpers.ts';

const FULL = JSON.parse(readFileSync(join(import.meta.dirname, '..', 'fixtures', 'jsonresume', 'full.resume.json'), 'utf8')) as Record<string, unknown>;
const SAMPLE = sharedFile('jsonresume/sample.resume.json', 'the official JSON Resume sample round trip');

async function newApiWorkspace(app: ReturnType<typeof testApp>['app']): Promise<string> {
  const res = await request(app).post('/api/v1/workspaces').send({});
  expect(res.status).toBe(201);
  return res.body.workspace.id as string;
}

async function roundTripApi(resume: object) {
  const { app, store } = testApp();
  const ws = await newApiWorkspace(app);
  const put = await request(app).put(`/api/v1/workspaces/${ws}/resume`).send(resume);
  const got = await request(app).get(`/api/v1/workspaces/${ws}/resume`);
  return { app, store, ws, put, got };
}

describe('the schema', () => {
  it('accepts an empty endDate as a current role, and certificates and skills without a name', () => {
    const r = validateResume({ work: [{ name: 'Clinic', startDate: '2021-03', endDate: '' }], certificates: [{ issuer: 'ACHE' }], skills: [{ keywords: ['Epic'] }] });
    expect(r.ok).toBe(true);
  });

  it('refuses a null where text belongs and a bad email, naming the field', () => {
    const nullDescription = validateResume({ work: [{ description: null }] });
    expect(nullDescription).toMatchObject({ ok: false, code: 'not_json_resume' });
    expect(!nullDescription.ok && nullDescription.issues[0]!.path).toBe('work[0].description');
    const email = validateResume({ basics: { name: 'Dana', email: 'dana at example' } });
    expect(email.ok).toBe(false);
    expect(!email.ok && email.issues[0]).toEqual({ path: 'basics.email', message: 'not an email address' });
    for (const bad of [{ volunteer: [{ highlights: [null] }] }, { awards: [{ date: 'last spring' }] }, { languages: 'English' }, { meta: { version: 1 } }]) {
      expect(validateResume(bad).ok, JSON.stringify(bad)).toBe(false);
    }
  });
});

describe('GET|PUT /api/v1/workspaces/:id/resume', () => {
  it('gives back every section and field of a full resume exactly as sent, dates as given', async () => {
    const { put, got, store, ws } = await roundTripApi(FULL);
    expect(put.status).toBe(200);
    expect(got.status).toBe(200);
    expect(got.body).toEqual(FULL);
    expect(Object.keys(got.body)[0]).toBe('$schema');
    // The roles and bullets are the workspace's own: analysed on the Bullets page, the empty endDate shown as Present.
    const snap = (await store.workspaces.snapshot(ws))!;
    expect(snap.roles.map((r) => [r.title, r.employer, r.startDate, r.endDate])).toEqual([
      ['Director, Ambulatory Operations', 'Lakeshore Community Health', 'Mar 2021', 'Present'],
      ['Practice Manager', 'Mercy Specialty Group', 'Jun 2016', 'Feb 2021'],
      ['Northside Family Medicine', '', '2012', 'Present'],
    ]);
    expect(snap.bullets).toHaveLength(3);
  });

  it('exports an edited role as edited and keeps the fields that were not edited', async () => {
    const { app, store, ws } = await roundTripApi(FULL);
    const role = (await store.workspaces.snapshot(ws))!.roles[1]!;
    await store.roles.update(ws, role.id, { ...role, endDate: 'Mar 2021' });
    const [bullet] = (await store.workspaces.snapshot(ws))!.bullets.filter((b) => b.roleId === role.id);
    await store.bullets.update(ws, bullet!.id, 'Lowered denials 31% by standardizing prior authorization workflows.');
    const got = (await request(app).get(`/api/v1/workspaces/${ws}/resume`)).body as { work: Record<string, unknown>[] };
    expect(got.work[1]).toEqual({
      name: 'Mercy Specialty Group', position: 'Practice Manager', startDate: '2016-06', endDate: '2021-03',
      highlights: ['Lowered denials 31% by standardizing prior authorization workflows.'],
    });
    expect(got.work[0]).toEqual((FULL.work as unknown[])[0]);
  });

  it('PUT replaces the roles, bullets and profile; a refused resume changes nothing', async () => {
    const { app, store, ws } = await roundTripApi(FULL);
    const small = { basics: { name: 'Marisol Okafor' }, work: [{ name: 'Clinic', position: 'Manager', startDate: '2020', highlights: ['Cut wait time from 38 to 17 minutes.'] }] };
    expect((await request(app).put(`/api/v1/workspaces/${ws}/resume`).send(small)).status).toBe(200);
    expect((await request(app).get(`/api/v1/workspaces/${ws}/resume`)).body).toEqual(small);
    expect((await store.workspaces.snapshot(ws))!.bullets.map((b) => b.text)).toEqual(['Cut wait time from 38 to 17 minutes.']);

    for (const bad of [{ work: [{ description: null }] }, { basics: { email: 'not-an-email' } }, [], { nothing: true }]) {
      const res = await request(app).put(`/api/v1/workspaces/${ws}/resume`).send(bad);
      expect(res.status, JSON.stringify(bad)).toBe(422);
      expect(res.body.error.code).toBe('not_json_resume');
    }
    expect((await request(app).put(`/api/v1/workspaces/${ws}/resume`).type('text').send('{}')).status).toBe(415);
    expect((await request(app).put(`/api/v1/workspaces/${ws}/resume`).type('json').send('{"work": [')).status).toBe(400);
    expect((await request(app).get(`/api/v1/workspaces/${ws}/resume`)).body).toEqual(small);
    expect((await request(app).get(`/api/v1/workspaces/${'0'.repeat(32)}/resume`)).status).toBe(404);
  });

  it('keeps a resume.json imported on the resume page whole in its download', async () => {
    const t = testApp();
    const b = browser(t.app);
    const ws = await newWorkspace(b, 'Cut no-shows from 18% to 11% by piloting SMS reminders.');
    const page = await b.get(`/w/${ws}/resume`);
    const res = await b.agent.post(`/w/${ws}/resume/import`).set('Accept', 'text/html').field('_csrf', tokenIn(page.text))
      .attach('file', Buffer.from(JSON.stringify(FULL)), 'resume.json');
    expect(res.status).toBe(303);
    const json = (await b.get(`/w/${ws}/resume.json`)).body as Record<string, unknown>;
    // The bullet pasted first is under no role, so it stays out of the resume; everything imported is there as given.
    expect(json).toEqual(FULL);
  });
});

describe.skipIf(!SAMPLE)('the official JSON Resume sample (../shared/jsonresume)', () => {
  const sample = () => JSON.parse(readFileSync(SAMPLE!, 'utf8')) as Record<string, unknown>;

  it('round-trips through the API with every section and field kept', async () => {
    const { put, got } = await roundTripApi(sample());
    expect(put.status).toBe(200);
    expect(got.body).toEqual(sample());
  });

  it('round-trips through the resume page: import, then the resume.json download', async () => {
    const t = testApp();
    const b = browser(t.app);
    const ws = await newWorkspace(b, 'Cut no-shows from 18% to 11% by piloting SMS reminders.');
    const page = await b.get(`/w/${ws}/resume`);
    const res = await b.agent.post(`/w/${ws}/resume/import`).set('Accept', 'text/html').field('_csrf', tokenIn(page.text))
      .attach('file', readFileSync(SAMPLE!), 'sample.resume.json');
    expect(res.status).toBe(303);
    expect((await b.get(`/w/${ws}/resume.json`)).body).toEqual(sample());
  });

  it('becomes a DOCX through POST /api/v1/resume.docx', async () => {
    const { app } = testApp();
    const res = await request(app).post('/api/v1/resume.docx').send(sample());
    expect(res.status).toBe(200);
  });
});

describe('POST /api/v1/resume.docx leniency', () => {
  it('takes an empty endDate and nameless certificates and skills', async () => {
    const { app } = testApp();
    const res = await request(app).post('/api/v1/resume.docx')
      .send({ basics: { name: 'Marisol Okafor' }, work: [{ name: 'Clinic', position: 'Manager', startDate: '2021-03-15', endDate: '', highlights: ['Cut wait time from 38 to 17 minutes.'] }], certificates: [{ issuer: 'ACHE' }], skills: [{ keywords: ['Epic'] }] });
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toContain('wordprocessingml');
    const bad = await request(app).post('/api/v1/resume.docx').send({ work: [{ description: null }] });
    expect(bad.status).toBe(422);
  });
});
