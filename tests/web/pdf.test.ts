// The PDF downloads over the real app: the workspace resume, the JSON Resume API and the story prep sheet, each
// a PDF named after the person, with the same bad-input answers as the DOCX routes.
import request from 'supertest';
import { describe, expect, it } from 'vitest';
import { SAMPLE_RESUME } from '../../src/resume/sample.ts';
import { browser, newWorkspace, testApp } from './helpers.ts';

const binary = (res: request.Response, cb: (err: Error | null, body: Buffer) => void) => {
  const chunks: Buffer[] = [];
  res.on('data', (c: Buffer) => chunks.push(c));
  res.on('end', () => cb(null, Buffer.concat(chunks)));
};
const STORY = 'Our clinic had an 18% no-show rate. My goal was to cut no-shows below 12% within two quarters. I piloted SMS reminders with the front desk. As a result, no-shows fell from 18% to 11% within 90 days.';

describe('PDF downloads', () => {
  it('offers "Download PDF" beside "Download DOCX" and serves the workspace resume as a PDF', async () => {
    const b = browser(testApp().app);
    const ws = await newWorkspace(b, 'Cut no-shows from 18% to 11% by piloting SMS reminders.');
    const page = await b.get(`/w/${ws}/resume`);
    expect(page.text).toContain(`href="/w/${ws}/resume.pdf"`);
    expect(page.text).toContain('Download PDF');
    const res = await b.agent.get(`/w/${ws}/resume.pdf`).buffer(true).parse(binary);
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toBe('application/pdf');
    expect(res.headers['content-disposition']).toMatch(/attachment; filename="Resume\.pdf"/);
    const body = res.body as Buffer;
    expect(body.subarray(0, 5).toString()).toBe('%PDF-');
    expect(body.toString('latin1')).toContain('/Type /Catalog');
  });

  it('turns a JSON Resume into a PDF over the API, and answers bad input like the DOCX route', async () => {
    const { app } = testApp();
    const res = await request(app).post('/api/v1/resume.pdf').send(SAMPLE_RESUME).buffer(true).parse(binary);
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toBe('application/pdf');
    expect(res.headers['content-disposition']).toContain('filename="Dana-Whitfield-Resume.pdf"');
    expect(Number(res.headers['x-preflight-errors'])).toBeGreaterThanOrEqual(0);
    expect((res.body as Buffer).toString('latin1')).toContain('(Dana Whitfield)');
    expect((await request(app).post('/api/v1/resume.pdf').send({ work: [{ startDate: 'last year' }] })).status).toBe(422);
    expect((await request(app).post('/api/v1/resume.pdf').type('text').send('hello')).status).toBe(415);
    expect((await request(app).post('/api/v1/resume.pdf').type('json').send('{"basics":')).status).toBe(400);
  });

  it('exports the story bank as a PDF prep sheet, 404 while there is no story', async () => {
    const b = browser(testApp().app);
    const ws = await newWorkspace(b, 'Cut no-shows from 18% to 11% by piloting SMS reminders.');
    expect((await b.get(`/w/${ws}/stories/prep-sheet.pdf`)).status).toBe(404);
    await b.get(`/w/${ws}/stories/new`);
    await b.form(`/w/${ws}/stories`, { title: 'No-shows', text: STORY, promptId: 'improvement-access' });
    expect((await b.get(`/w/${ws}/stories`)).text).toContain(`href="/w/${ws}/stories/prep-sheet.pdf"`);
    const res = await b.agent.get(`/w/${ws}/stories/prep-sheet.pdf`).buffer(true).parse(binary);
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toBe('application/pdf');
    expect(res.headers['content-disposition']).toContain('Interview-Prep.pdf');
  });
});
