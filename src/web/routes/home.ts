// The front door: one sentence on what the tool does, a large box to paste bullets into, and "Start from my resume"
// (a .docx, a resume.json or pasted text) that lands in a workspace with every bullet analysed under its role.
// A returning browser goes straight to its workspace.
import type { Express, Request, Response } from 'express';
import type { AppContext, RouteModule } from '../context.ts';
import { isImportError, type ImportResult } from '../../import/index.ts';
import { HttpError, toHttpError } from '../errors.ts';
import { formBody } from '../form-post.ts';
import { receiveFile } from '../upload.ts';
import { GUIDE_EXAMPLES } from '../examples.ts';
import { parsePasted } from '../input.ts';
import { page } from '../views.ts';
import { rememberedWorkspace, rememberWorkspace } from '../workspace-cookie.ts';
import { LIMITS } from '../../store/types.ts';
import { MAX_UPLOAD_BYTES } from '../../import/limits.ts';
import { saveImportedResume } from './resume.ts';
import { LEGEND } from './workspace.ts';

const NOTICES: Record<string, string> = {
  deleted: 'Your workspace and everything in it has been deleted.',
};

function landing(res: Response, req: Request, extra: Record<string, unknown> = {}): void {
  page(res, 'home', {
    title: 'Check your resume bullets',
    section: 'bullets',
    notice: typeof req.query.notice === 'string' ? NOTICES[req.query.notice] : undefined,
    legend: LEGEND,
    limits: LIMITS,
    maxUploadMb: MAX_UPLOAD_BYTES / 1024 / 1024,
    ...extra,
  });
}

const IMPORT_PATH = /^\/w\/import$/;

/** A new workspace holding the imported resume, or none at all when the import is refused. */
async function startFromResume(ctx: AppContext, req: Request, res: Response, result: () => Promise<ImportResult>): Promise<void> {
  const form = formBody(req);
  const ws = await ctx.store.workspaces.create();
  let added: { roles: number; bullets: number };
  try {
    added = await saveImportedResume(ctx, ws.id, await result());
  } catch (err) {
    await ctx.store.workspaces.delete(ws.id);
    const http = isImportError(err) ? new HttpError(err.status, err.code, err.message, err.issues) : toHttpError(err);
    if (http.status >= 500) throw err;
    res.status(http.status);
    return landing(res, req, {
      importProblem: { message: http.message, issues: http.issues, form: typeof form.text === 'string' ? 'paste' : 'file' },
      resumeText: typeof form.text === 'string' ? form.text : '',
    });
  }
  rememberWorkspace(req, res, ws.id);
  res.redirect(303, `/w/${ws.id}?notice=imported&roles=${added.roles}&bullets=${added.bullets}#bullets`);
}

function mount(app: Express, ctx: AppContext): void {
  const { store } = ctx;
  app.get('/', async (req, res) => {
    const remembered = rememberedWorkspace(req);
    if (remembered && !req.query.notice && req.query.new === undefined && (await store.workspaces.get(remembered))) return res.redirect(303, `/w/${remembered}`);
    landing(res, req);
  });

  // Creates the workspace together with its first bullets, in one go: nothing is saved if the paste is refused.
  app.post('/w', async (req, res) => {
    const form = (req.body ?? {}) as Record<string, unknown>;
    let texts: string[];
    try {
      texts = form.action === 'example' ? [...GUIDE_EXAMPLES] : parsePasted(form.bullets);
    } catch (err) {
      const http = toHttpError(err);
      res.status(http.status);
      return landing(res, req, { problem: http.message, draft: typeof form.bullets === 'string' ? form.bullets : '' });
    }
    const ws = await store.workspaces.create();
    try {
      await store.bullets.add(ws.id, texts);
    } catch (err) {
      await store.workspaces.delete(ws.id);
      throw err;
    }
    rememberWorkspace(req, res, ws.id);
    res.redirect(303, `/w/${ws.id}?notice=added#summary`);
  });

  app.post('/w/import', receiveFile(ctx.secret, IMPORT_PATH, async (req, res, problem) => {
    res.status(problem.status);
    landing(res, req, { importProblem: { message: problem.message, form: 'file' } });
  }), (req, res) => startFromResume(ctx, req, res, async () => {
    const file = req.file;
    if (!file) throw new HttpError(400, 'no_file', 'Choose a file to import: a .docx, a resume.json or a .txt.');
    return ctx.work.parseImport({ bytes: file.buffer, fileName: file.originalname });
  }));

  app.post('/w/import-text', (req, res) => startFromResume(ctx, req, res, async () => {
    const text = formBody(req).text;
    if (typeof text !== 'string') throw new HttpError(400, 'invalid_request', 'Paste your resume as text.');
    return ctx.work.parseImport({ text });
  }));
}

export const homeRoutes: RouteModule = { name: 'home', mount };
