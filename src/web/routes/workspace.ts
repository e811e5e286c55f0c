// The workspace pages: every change is a plain form post that redirects back (works without JavaScript), and a
// form with a problem comes back with the message and the user's text still in it.
import { Router, type Request, type Response } from 'express';
import { AnswersSchema } from '../../analyze/suggest/index.ts';
import { ASKS } from '../../analyze/suggest/rules.ts';
import { withUserWords } from '../../analyze/spelling/user-words.ts';
import { workspaceView } from '../../render/workspace-view.ts';
import { MARK_HINTS, MARK_KINDS, MARK_LABELS } from '../../render/labels.ts';
import { LIMITS } from '../../store/types.ts';
import type { AppContext, RouteModule } from '../context.ts';
import { HttpError } from '../errors.ts';
import { formBody, formPost, gone, type FormProblem } from '../form-post.ts';
import { bulletText, direction, id, parsePasted, RoleForm } from '../input.ts';
import { page } from '../views.ts';
import { forgetWorkspace, loadWorkspace, rememberWorkspace } from '../workspace-cookie.ts';

const NOTICES: Record<string, string> = {
  added: 'Bullets added and analysed.',
  saved: 'Saved.',
  deleted: 'Bullet deleted.',
  moved: 'Moved.',
  restored: 'Earlier version restored. The version it replaced is in the history.',
  rewrite: 'Rewrite applied. Your previous version is in the bullet’s history.',
  placeholders: 'Rewrite applied. Replace the bracketed placeholders with your own figures: until then the bullet scores as missing those parts.',
  'answer-first': 'That rewrite still has brackets: answer its questions to use it. Nothing was changed.',
  'role-added': 'Role added.',
  'role-saved': 'Role saved.',
  'role-deleted': 'Role removed. Its bullets are now unassigned.',
  stale: 'That suggestion was for an older version of the bullet; here is the current one.',
  spelling: 'Spelling fixed. Your previous version is in the bullet’s history.',
  dictionary: 'Added to your dictionary: it is no longer flagged in this workspace.',
  'dictionary-removed': 'Removed from your dictionary.',
};

export const LEGEND = MARK_KINDS.map((k) => ({ kind: k, label: MARK_LABELS[k], hint: MARK_HINTS[k] }));

async function show(ctx: AppContext, req: Request, res: Response, problem?: FormProblem): Promise<void> {
  const wsId = res.locals.workspaceId as string;
  const [snap, histories, dictionary] = await Promise.all([
    ctx.store.workspaces.snapshot(wsId), ctx.store.bullets.histories(wsId), ctx.store.dictionary.words(wsId),
  ]);
  if (!snap) throw new HttpError(404, 'workspace_not_found', 'There is no workspace at this address.');
  await ctx.analyses.prepare('bullet', snap.bullets.map((b) => b.text), { workspaceId: wsId, complete: true });
  const words = new Set(dictionary);
  const view = workspaceView(snap, (text) => withUserWords(ctx.analyses.bulletSafely(text, (err) => ctx.log.error(err)), words), histories);
  const notice = req.query.notice === 'imported' ? importedNotice(req) : typeof req.query.notice === 'string' ? NOTICES[req.query.notice] : undefined;
  if (problem) res.status(problem.status);
  page(res, 'workspace', {
    title: 'Your bullets',
    section: 'bullets',
    ws: view,
    legend: LEGEND,
    notice,
    problem: problem && { ...problem, bulletId: problem.form === 'edit' ? Number(req.params.bullet) : undefined },
    limits: LIMITS,
    dictionary,
    privateLink: `${req.protocol}://${req.get('host') ?? 'localhost'}/w/${wsId}`,
  });
}

function importedNotice(req: Request): string {
  const n = (key: string) => Math.max(0, Math.min(10_000, Number(req.query[key]) || 0));
  const [roles, bullets] = [n('roles'), n('bullets')];
  return `Your resume is in: ${roles} ${roles === 1 ? 'role' : 'roles'} and ${bullets} ${bullets === 1 ? 'bullet' : 'bullets'}, each bullet analysed below under its role. The header, education, certifications and skills are on the Resume page.`;
}

/** A form post on the bullets page: redirect back, or show the page with the problem by the form it came from. */
function change(ctx: AppContext, form: string, run: (req: Request, res: Response, ws: string) => Promise<string>) {
  return formPost({ form, run: (req, ws, _loaded, res) => run(req, res, ws), show: (req, res, problem) => show(ctx, req, res, problem) });
}

const roleOf = (v: unknown): number | null => (v === undefined || v === '' || v === 'unassigned' ? null : id.parse(v));

function mount(app: import('express').Express, ctx: AppContext): void {
  const r = Router();
  const { store } = ctx;
  r.use('/w/:workspace', loadWorkspace(store));

  r.get('/w/:workspace', (req, res) => show(ctx, req, res));

  r.post('/w/:workspace/bullets', change(ctx, 'add', async (req, _res, ws) => {
    const texts = parsePasted(formBody(req).bullets);
    const added = await store.bullets.add(ws, texts, roleOf(formBody(req).roleId));
    return `?notice=added#b-${added[0]!.id}`;
  }));

  r.post('/w/:workspace/bullets/:bullet', change(ctx, 'edit', async (req, _res, ws) => {
    const bid = id.parse(req.params.bullet);
    const text = bulletText.parse(formBody(req).text);
    if (!(await store.bullets.update(ws, bid, text))) throw gone('bullet');
    return `?notice=saved#b-${bid}`;
  }));

  r.post('/w/:workspace/bullets/:bullet/delete', change(ctx, 'card', async (req, _res, ws) => {
    const bid = id.parse(req.params.bullet);
    const b = await store.bullets.get(ws, bid);
    // Only what was really removed is reported: another workspace's id, or one already gone, is a 404.
    if (!b || !(await store.bullets.remove(ws, bid))) throw gone('bullet');
    ctx.analyses.forget([b.text]);
    return '?notice=deleted#bullets';
  }));

  r.post('/w/:workspace/bullets/:bullet/move', change(ctx, 'card', async (req, _res, ws) => {
    const bid = id.parse(req.params.bullet);
    if (!(await store.bullets.get(ws, bid))) throw gone('bullet');
    await store.bullets.move(ws, bid, direction.parse(formBody(req).direction));
    return `?notice=moved#b-${bid}`;
  }));

  r.post('/w/:workspace/bullets/:bullet/role', change(ctx, 'card', async (req, _res, ws) => {
    const bid = id.parse(req.params.bullet);
    if (!(await store.bullets.assignRole(ws, bid, roleOf(formBody(req).roleId)))) throw gone('bullet');
    return `?notice=moved#b-${bid}`;
  }));

  r.post('/w/:workspace/bullets/:bullet/use-rewrite', change(ctx, 'card', async (req, _res, ws) => {
    const bid = id.parse(req.params.bullet);
    const b = await store.bullets.get(ws, bid);
    if (!b) throw gone('bullet');
    // The suggestion is recomputed from the saved text: only the engine's own rewrite of the current version is used.
    await ctx.analyses.prepare('bullet', [b.text], { workspaceId: ws });
    const rewrite = ctx.analyses.bulletSafely(b.text, (err) => ctx.log.error(err)).rewrite;
    if (!rewrite || rewrite.text !== formBody(req).rewrite) return `?notice=stale#b-${bid}`;
    // A rewrite with brackets is not finished: it is used through its questions, never as it stands.
    if (rewrite.placeholders.length) return `?notice=answer-first#b-${bid}`;
    await store.bullets.update(ws, bid, bulletText.parse(rewrite.text), 'rewrite');
    return `?notice=rewrite#b-${bid}`;
  }));

  // The rewrite's questions, answered: the rewrite is rebuilt from the saved text and the answers alone.
  r.post('/w/:workspace/bullets/:bullet/answer-rewrite', change(ctx, 'card', async (req, _res, ws) => {
    const bid = id.parse(req.params.bullet);
    const b = await store.bullets.get(ws, bid);
    if (!b) throw gone('bullet');
    await ctx.analyses.prepare('bullet', [b.text], { workspaceId: ws });
    const analysed = ctx.analyses.bulletSafely(b.text, (err) => ctx.log.error(err));
    if (!analysed.rewrite || analysed.rewrite.text !== formBody(req).suggested) return `?notice=stale#b-${bid}`;
    const answers = AnswersSchema.parse(Object.fromEntries(ASKS.flatMap((p) => {
      const v = formBody(req)[p];
      return typeof v === 'string' && v.trim() ? [[p, v.slice(0, 200)]] : [];
    })));
    const rebuilt = await ctx.work.run('rewriteWithAnswers', { analysed, answers });
    if (!rebuilt) return `?notice=stale#b-${bid}`;
    await store.bullets.update(ws, bid, bulletText.parse(rebuilt.text), 'rewrite');
    return `?notice=${rebuilt.placeholders.length ? 'placeholders' : 'rewrite'}#b-${bid}`;
  }));

  r.post('/w/:workspace/bullets/:bullet/restore', change(ctx, 'card', async (req, _res, ws) => {
    const bid = id.parse(req.params.bullet);
    if (!(await store.bullets.restore(ws, bid, id.parse(formBody(req).versionId)))) throw gone('bullet');
    return `?notice=restored#b-${bid}`;
  }));

  r.post('/w/:workspace/roles', change(ctx, 'role', async (req, _res, ws) => {
    const role = await store.roles.add(ws, RoleForm.parse(formBody(req)));
    return `?notice=role-added#role-${role.id}`;
  }));

  r.post('/w/:workspace/roles/:role', change(ctx, 'role', async (req, _res, ws) => {
    const rid = id.parse(req.params.role);
    if (!(await store.roles.update(ws, rid, RoleForm.parse(formBody(req))))) throw gone('role');
    return `?notice=role-saved#role-${rid}`;
  }));

  r.post('/w/:workspace/roles/:role/delete', change(ctx, 'role', async (req, _res, ws) => {
    if (!(await store.roles.remove(ws, id.parse(req.params.role)))) throw gone('role');
    return '?notice=role-deleted#bullets';
  }));

  r.post('/w/:workspace/roles/:role/move', change(ctx, 'role', async (req, _res, ws) => {
    const rid = id.parse(req.params.role);
    if (!(await store.workspaces.snapshot(ws))?.roles.some((r) => r.id === rid)) throw gone('role');
    await store.roles.move(ws, rid, direction.parse(formBody(req).direction));
    return `?notice=moved#role-${rid}`;
  }));

  // The browser remembers this workspace from now on (the person chose it over the one it remembered).
  r.post('/w/:workspace/remember', (req, res) => {
    const ws = res.locals.workspaceId as string;
    rememberWorkspace(req, res, ws);
    res.redirect(303, `/w/${ws}`);
  });

  r.post('/w/:workspace/delete', change(ctx, 'delete', async (req, res, ws) => {
    if (formBody(req).confirm !== 'yes') {
      throw new HttpError(400, 'not_confirmed', 'Tick the box to confirm that you want to delete this workspace and everything in it.');
    }
    const snap = await store.workspaces.snapshot(ws);
    if (snap) ctx.analyses.forget(snap.bullets.map((b) => b.text));
    await store.workspaces.delete(ws);
    forgetWorkspace(req, res);
    return '/?notice=deleted';
  }));

  app.use(r);
}

export const workspaceRoutes: RouteModule = {
  name: 'workspace',
  nav: { key: 'bullets', label: 'Bullets', order: 10, href: (ws) => (ws ? `/w/${ws}` : '/') },
  mount,
};
