// src/web/workspace-cookie.ts
import { isWorkspaceId } from "../store/ids.js";
import { HttpError } from "./errors.js";
var WORKSPACE_COOKIE = "rv_ws";
var YEAR_MS = 365 * 24 * 3600 * 1e3;
function rememberWorkspace(req, res, id) {
  if (req.cookies?.[WORKSPACE_COOKIE] === id) return;
  res.cookie(WORKSPACE_COOKIE, id, { httpOnly: true, sameSite: "lax", secure: req.secure, maxAge: YEAR_MS, path: "/" });
}
function forgetWorkspace(req, res) {
  res.clearCookie(WORKSPACE_COOKIE, { httpOnly: true, sameSite: "lax", secure: req.secure, path: "/" });
}
function rememberedWorkspace(req) {
  const id = req.cookies?.[WORKSPACE_COOKIE];
  return isWorkspaceId(id) ? id : null;
}
function loadWorkspace(store) {
  return async (req, res, next) => {
    const id = req.params.workspace;
    const ws = typeof id === "string" ? await store.workspaces.get(id) : null;
    if (!ws) {
      if (id && rememberedWorkspace(req) === id) forgetWorkspace(req, res);
      return next(new HttpError(404, "workspace_not_found", "There is no workspace at this address. It may have been deleted, or the link may be incomplete."));
    }
    res.locals.workspaceId = ws.id;
    if (req.method === "GET") rememberWorkspace(req, res, ws.id);
    next();
  };
}
export {
  WORKSPACE_COOKIE,
  forgetWorkspace,
  loadWorkspace,
  rememberWorkspace,
  rememberedWorkspace
};
