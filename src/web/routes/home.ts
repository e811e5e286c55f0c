// The front door: one sentence on what the tool does and a large box to paste bullets into. A returning browser
// goes straight to its workspace.
import type { Express, Request, Response } from 'express';
import type { AppContext, RouteModule } from '../context.ts';
import { toHttpError } from '../errors.ts';
import { GUIDE_EXAMPLES } from '../examples.ts';
import { parsePasted } from '../input.ts';
import { page } from '../views.ts';
import { rememberedWorkspace, rememberWorkspace } from '../workspace-cookie.ts';
import { LIMITS } from '../../store/types.ts';
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
    ...extra,
  });
}

function mount(app: Express, { store }: AppContext): void {
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
}

export const homeRoutes: RouteModule = { name: 'home', mount };
