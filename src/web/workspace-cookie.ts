// The browser remembers its workspace in an HttpOnly, SameSite cookie; the private link /w/<id> works anywhere.
import type { Request, RequestHandler, Response } from 'express';
import { isWorkspaceId } from '../store/ids.ts';
import type { Store } from '../store/types.ts';
import { HttpError } from './errors.ts';

export const WORKSPACE_COOKIE = 'rv_ws';
const YEAR_MS = 365 * 24 * 3600 * 1000;

export function rememberWorkspace(req: Request, res: Response, id: string): void {
  if (req.cookies?.[WORKSPACE_COOKIE] === id) return;
  res.cookie(WORKSPACE_COOKIE, id, { httpOnly: true, sameSite: 'lax', secure: req.secure, maxAge: YEAR_MS, path: '/' });
}

export function forgetWorkspace(req: Request, res: Response): void {
  res.clearCookie(WORKSPACE_COOKIE, { httpOnly: true, sameSite: 'lax', secure: req.secure, path: '/' });
}

export function rememberedWorkspace(req: Request): string | null {
  const id = req.cookies?.[WORKSPACE_COOKIE] as unknown;
  return isWorkspaceId(id) ? id : null;
}

/**
 * For routes under /w/:workspace: 404 unless it exists; sets res.locals.workspaceId for the nav. A browser with no
 * workspace of its own remembers the one it opens; one that already has another is never switched silently: the
 * page says so and offers the choice (POST /w/:workspace/remember), and the browser's own stays remembered.
 */
export function loadWorkspace(store: Store): RequestHandler {
  return async (req, res, next) => {
    const id = req.params.workspace;
    const ws = typeof id === 'string' ? await store.workspaces.get(id) : null;
    if (!ws) {
      if (id && rememberedWorkspace(req) === id) forgetWorkspace(req, res);
      return next(new HttpError(404, 'workspace_not_found', 'There is no workspace at this address. It may have been deleted, or the link may be incomplete.'));
    }
    res.locals.workspaceId = ws.id;
    if (req.method === 'GET') {
      const own = rememberedWorkspace(req);
      if (own && own !== ws.id && (await store.workspaces.get(own))) res.locals.ownWorkspace = own;
      else rememberWorkspace(req, res, ws.id);
    }
    next();
  };
}
