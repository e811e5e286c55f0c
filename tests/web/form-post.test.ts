// The one form-post helper every page uses: redirect after a change, the same page with the problem and the
// person's input after a refusal, the error page for faults and for what is not the form's business.
import express from 'express';
import request from 'supertest';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { HttpError } from '../../src/web/errors.ts';
import { formPost, gone, type FormProblem } from '../../src/web/form-post.ts';

function app(run: (body: Record<string, unknown>) => Promise<string>, base?: (ws: string) => string) {
  const a = express();
  a.use(express.urlencoded({ extended: false }));
  a.use((_req, res, next) => { res.locals.workspaceId = 'ws1'; next(); });
  const shown: FormProblem[] = [];
  a.post('/go', formPost({
    form: 'edit',
    run: (req) => run(req.body as Record<string, unknown>),
    show: async (_req, res, problem) => { shown.push(problem); res.status(problem.status).send(`problem: ${problem.message}`); },
    base,
  }));
  a.use((err: unknown, _req: express.Request, res: express.Response, _next: express.NextFunction) => {
    res.status(err instanceof HttpError ? err.status : 500).send('error page');
  });
  return { a, shown };
}

describe('formPost', () => {
  it('redirects with 303 to a path relative to the workspace, to its own base, or to an absolute path', async () => {
    expect((await request(app(async () => '?notice=saved#b-1').a).post('/go')).headers.location).toBe('/w/ws1?notice=saved#b-1');
    expect((await request(app(async () => '?notice=saved', (ws) => `/w/${ws}/resume`).a).post('/go')).headers.location).toBe('/w/ws1/resume?notice=saved');
    const abs = await request(app(async () => '/?notice=deleted').a).post('/go');
    expect([abs.status, abs.headers.location]).toEqual([303, '/?notice=deleted']);
  });

  it('shows the page again with the message, the form and what was typed when the input is refused', async () => {
    const { a, shown } = app(async (body) => { z.object({ title: z.string().min(3, 'Too short.') }).parse(body); return '?ok'; });
    const res = await request(a).post('/go').type('form').send({ title: 'ab' });
    expect(res.status).toBe(400);
    expect(shown).toEqual([{ status: 400, message: 'The request is not valid: title: Too short.', form: 'edit', draft: { title: 'ab' }, issues: [{ path: 'title', message: 'Too short.' }] }]);
    const missing = app(async () => { throw gone('bullet'); });
    expect((await request(missing.a).post('/go')).status).toBe(404);
    expect(missing.shown[0]!.message).toMatch(/That bullet is no longer in this workspace/);
  });

  it('sends faults, a missing workspace and an expired form to the error page, not back to the form', async () => {
    for (const err of [new Error('boom'), new HttpError(404, 'workspace_not_found', 'gone'), new HttpError(403, 'csrf_failed', 'expired')]) {
      const { a, shown } = app(async () => { throw err; });
      const res = await request(a).post('/go');
      expect(res.text).toBe('error page');
      expect(shown).toEqual([]);
    }
  });
});
