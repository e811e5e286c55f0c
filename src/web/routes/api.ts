// The JSON API: POST /api/v1/analyze as in docs/CONTRACT.md, a preview the page script uses while the user
// types, and the workspace endpoints (read, add, edit, delete bullets).
import { Router, type Express, type Request, type Response } from 'express';
import { z } from 'zod';
import type { BulletResult } from '../../analyze/index.ts';
import { bulletView } from '../../render/bullet-view.ts';
import type { Bullet, Store } from '../../store/types.ts';
import type { AppContext, RouteModule } from '../context.ts';
import { HttpError } from '../errors.ts';
import { AnalyzeRequest, BulletList, bulletText, id } from '../input.ts';
import { cleanBullet } from '../paste.ts';
import { renderToString } from '../views.ts';
import { checkChars, startBudget } from '../../work/budget.ts';

const AddBullets = z.strictObject({ items: BulletList, roleId: id.nullable().optional() });
const EditBullet = z.strictObject({ text: bulletText });
const Preview = z.strictObject({ text: bulletText });

/** Writes must say they are JSON: that is also what keeps cross-site forms out (see csrf.ts). */
function requireJson(req: Request, _res: Response, next: (err?: unknown) => void): void {
  if (['POST', 'PUT', 'PATCH'].includes(req.method) && !req.is('application/json')) {
    return next(new HttpError(415, 'unsupported_media_type', 'Send the request body as JSON with "Content-Type: application/json".'));
  }
  next();
}

export async function workspaceOr404(store: Store, wsId: unknown): Promise<string> {
  const ws = typeof wsId === 'string' ? await store.workspaces.get(wsId) : null;
  if (!ws) throw new HttpError(404, 'workspace_not_found', 'There is no workspace with that id.');
  return ws.id;
}

function mount(app: Express, { store, work, analyses }: AppContext): void {
  const bulletJson = (b: Bullet) => ({ ...b, result: analyses.bullet(b.text) });
  /** Analyses a workspace's bullets on the pool before they are shown. */
  const prepared = async <T extends { text: string }>(ws: string, bullets: T[]): Promise<T[]> => {
    await analyses.prepare('bullet', bullets.map((b) => b.text), { workspaceId: ws });
    return bullets;
  };

  const r = Router();
  r.use(requireJson);

  r.post('/analyze', async (req, res) => {
    const { kind, items } = AnalyzeRequest.parse(req.body);
    const texts = kind === 'bullet' ? items.map(cleanBullet) : items.map((s) => s.trim());
    const empty = texts.findIndex((t) => !t);
    if (empty >= 0) {
      throw new HttpError(400, 'invalid_request', `Item ${empty} is empty.`, [{ path: `items.${empty}`, message: 'Empty item.' }]);
    }
    checkChars(texts, kind === 'story' ? 'stories' : 'bullets');
    // The results arrive as JSON text from the worker threads and are passed on as they are (same body as res.json).
    const results = await work.analyzeJson(kind, texts, startBudget());
    res.type('json').send(`{"results":[${results.join(',')}]}`);
  });

  r.post('/preview', async (req, res) => {
    const { text } = Preview.parse(req.body);
    const result = (await work.analyze('bullet', [cleanBullet(text)], startBudget()))[0] as BulletResult;
    const html = await renderToString(app, 'fragments/preview', { layout: false, view: bulletView(result) });
    res.json({ result, html });
  });

  r.post('/workspaces', async (req, res) => {
    const { items } = z.strictObject({ items: BulletList.optional() }).parse(req.body ?? {});
    const ws = await store.workspaces.create();
    try {
      if (items) await store.bullets.add(ws.id, items.map(cleanBullet));
    } catch (err) {
      await store.workspaces.delete(ws.id);
      throw err;
    }
    res.status(201).json({ workspace: await snapshotJson(ws.id) });
  });

  r.get('/workspaces/:workspace', async (req, res) => {
    res.json({ workspace: await snapshotJson(await workspaceOr404(store, req.params.workspace)) });
  });

  r.delete('/workspaces/:workspace', async (req, res) => {
    const ws = await workspaceOr404(store, req.params.workspace);
    const snap = await store.workspaces.snapshot(ws);
    if (snap) analyses.forget(snap.bullets.map((b) => b.text));
    await store.workspaces.delete(ws);
    res.status(204).end();
  });

  r.post('/workspaces/:workspace/bullets', async (req, res) => {
    const ws = await workspaceOr404(store, req.params.workspace);
    const { items, roleId } = AddBullets.parse(req.body);
    const added = await store.bullets.add(ws, items.map(cleanBullet), roleId ?? null);
    res.status(201).json({ bullets: (await prepared(ws, added)).map(bulletJson) });
  });

  r.get('/workspaces/:workspace/bullets/:bullet', async (req, res) => {
    const ws = await workspaceOr404(store, req.params.workspace);
    const bid = id.parse(req.params.bullet);
    const b = await store.bullets.get(ws, bid);
    if (!b) throw new HttpError(404, 'bullet_not_found', 'There is no bullet with that id in this workspace.');
    res.json({ bullet: bulletJson((await prepared(ws, [b]))[0]!), history: await store.bullets.history(ws, bid) });
  });

  const edit = async (req: Request, res: Response) => {
    const ws = await workspaceOr404(store, req.params.workspace);
    const { text } = EditBullet.parse(req.body);
    const b = await store.bullets.update(ws, id.parse(req.params.bullet), cleanBullet(text) || text);
    if (!b) throw new HttpError(404, 'bullet_not_found', 'There is no bullet with that id in this workspace.');
    res.json({ bullet: bulletJson((await prepared(ws, [b]))[0]!) });
  };
  r.put('/workspaces/:workspace/bullets/:bullet', edit);
  r.patch('/workspaces/:workspace/bullets/:bullet', edit);

  r.delete('/workspaces/:workspace/bullets/:bullet', async (req, res) => {
    const ws = await workspaceOr404(store, req.params.workspace);
    const bid = id.parse(req.params.bullet);
    const b = await store.bullets.get(ws, bid);
    if (!b || !(await store.bullets.remove(ws, bid))) throw new HttpError(404, 'bullet_not_found', 'There is no bullet with that id in this workspace.');
    analyses.forget([b.text]);
    res.status(204).end();
  });

  async function snapshotJson(wsId: string) {
    const snap = await store.workspaces.snapshot(wsId);
    if (!snap) throw new HttpError(404, 'workspace_not_found', 'There is no workspace with that id.');
    await analyses.prepare('bullet', snap.bullets.map((b) => b.text), { workspaceId: wsId, complete: true });
    return { ...snap.workspace, roles: snap.roles, bullets: snap.bullets.map(bulletJson) };
  }

  app.use('/api/v1', r);
}

export const apiRoutes: RouteModule = { name: 'api', mount };
