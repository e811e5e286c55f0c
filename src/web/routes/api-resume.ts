// The workspace's resume over the JSON API, as a JSON Resume (jsonresume.org schema v1.0.0) in and out:
//   GET /api/v1/workspaces/:id/resume   the header, roles with their bullets, education, certifications, skills, and
//                                       every other section and field an import brought, as given
//   PUT /api/v1/workspaces/:id/resume   replaces the roles, bullets (with their history) and profile with the resume
//                                       sent, all or nothing; stories stay. Answers with the resume as GET does.
import { Router, type Express } from 'express';
import { validateResume } from '../../resume/parse.ts';
import { importPlan, workspaceResume } from '../../resume/workspace.ts';
import type { Store } from '../../store/types.ts';
import type { AppContext, RouteModule } from '../context.ts';
import { HttpError } from '../errors.ts';
import { workspaceOr404 } from './api.ts';

async function resumeOf(store: Store, ws: string) {
  const [snap, profile] = await Promise.all([store.workspaces.snapshot(ws), store.resume.profile(ws)]);
  if (!snap) throw new HttpError(404, 'workspace_not_found', 'There is no workspace with that id.');
  return workspaceResume(snap, profile);
}

function mount(app: Express, { store }: AppContext): void {
  const r = Router();

  r.get('/workspaces/:workspace/resume', async (req, res) => {
    const ws = await workspaceOr404(store, req.params.workspace);
    const { resume, notes } = await resumeOf(store, ws);
    if (notes.length) res.set('X-Resume-Notes', String(notes.length));
    res.json(resume);
  });

  r.put('/workspaces/:workspace/resume', async (req, res) => {
    const ws = await workspaceOr404(store, req.params.workspace);
    const parsed = validateResume(req.body);
    if (!parsed.ok) throw new HttpError(422, parsed.code, parsed.message, parsed.issues);
    const { plan } = importPlan(parsed.resume);
    await store.resume.importPlan(ws, { ...plan, replace: true });
    res.json((await resumeOf(store, ws)).resume);
  });

  app.use('/api/v1', r);
}

export const apiResumeRoutes: RouteModule = { name: 'api-resume', mount };
