// src/web/routes/api.ts
import { Router } from "express";
import { z } from "zod";
import { analyze, analyzeBullet } from "../../analyze/index.js";
import { analyseCached, forgetAnalysis } from "../../render/analysed.js";
import { bulletView } from "../../render/bullet-view.js";
import { HttpError } from "../errors.js";
import { AnalyzeRequest, BulletList, bulletText, id } from "../input.js";
import { cleanBullet } from "../paste.js";
import { renderToString } from "../views.js";
var AddBullets = z.strictObject({ items: BulletList, roleId: id.nullable().optional() });
var EditBullet = z.strictObject({ text: bulletText });
var Preview = z.strictObject({ text: bulletText });
function requireJson(req, _res, next) {
  if (["POST", "PUT", "PATCH"].includes(req.method) && !req.is("application/json")) {
    return next(new HttpError(415, "unsupported_media_type", 'Send the request body as JSON with "Content-Type: application/json".'));
  }
  next();
}
async function workspaceOr404(store, wsId) {
  const ws = typeof wsId === "string" ? await store.workspaces.get(wsId) : null;
  if (!ws) throw new HttpError(404, "workspace_not_found", "There is no workspace with that id.");
  return ws.id;
}
var bulletJson = (b) => ({ ...b, result: analyseCached(b.text) });
function mount(app, { store }) {
  const r = Router();
  r.use(requireJson);
  r.post("/analyze", (req, res) => {
    const { kind, items } = AnalyzeRequest.parse(req.body);
    const texts = kind === "bullet" ? items.map(cleanBullet) : items.map((s) => s.trim());
    const empty = texts.findIndex((t) => !t);
    if (empty >= 0) {
      throw new HttpError(400, "invalid_request", `Item ${empty} is empty.`, [{ path: `items.${empty}`, message: "Empty item." }]);
    }
    res.json({ results: texts.map((t) => analyze(t, kind)) });
  });
  r.post("/preview", async (req, res) => {
    const { text } = Preview.parse(req.body);
    const result = analyzeBullet(cleanBullet(text));
    const html = await renderToString(app, "fragments/preview", { layout: false, view: bulletView(result) });
    res.json({ result, html });
  });
  r.post("/workspaces", async (req, res) => {
    const { items } = z.strictObject({ items: BulletList.optional() }).parse(req.body ?? {});
    const ws = await store.workspaces.create();
    try {
      if (items) await store.bullets.add(ws.id, items.map(cleanBullet));
    } catch (err) {
      await store.workspaces.delete(ws.id);
      throw err;
    }
    res.status(201).json({ workspace: await snapshotJson(store, ws.id) });
  });
  r.get("/workspaces/:workspace", async (req, res) => {
    res.json({ workspace: await snapshotJson(store, await workspaceOr404(store, req.params.workspace)) });
  });
  r.delete("/workspaces/:workspace", async (req, res) => {
    const ws = await workspaceOr404(store, req.params.workspace);
    const snap = await store.workspaces.snapshot(ws);
    if (snap) forgetAnalysis(snap.bullets.map((b) => b.text));
    await store.workspaces.delete(ws);
    res.status(204).end();
  });
  r.post("/workspaces/:workspace/bullets", async (req, res) => {
    const ws = await workspaceOr404(store, req.params.workspace);
    const { items, roleId } = AddBullets.parse(req.body);
    const added = await store.bullets.add(ws, items.map(cleanBullet), roleId ?? null);
    res.status(201).json({ bullets: added.map(bulletJson) });
  });
  r.get("/workspaces/:workspace/bullets/:bullet", async (req, res) => {
    const ws = await workspaceOr404(store, req.params.workspace);
    const bid = id.parse(req.params.bullet);
    const b = await store.bullets.get(ws, bid);
    if (!b) throw new HttpError(404, "bullet_not_found", "There is no bullet with that id in this workspace.");
    res.json({ bullet: bulletJson(b), history: await store.bullets.history(ws, bid) });
  });
  const edit = async (req, res) => {
    const ws = await workspaceOr404(store, req.params.workspace);
    const { text } = EditBullet.parse(req.body);
    const b = await store.bullets.update(ws, id.parse(req.params.bullet), cleanBullet(text) || text);
    if (!b) throw new HttpError(404, "bullet_not_found", "There is no bullet with that id in this workspace.");
    res.json({ bullet: bulletJson(b) });
  };
  r.put("/workspaces/:workspace/bullets/:bullet", edit);
  r.patch("/workspaces/:workspace/bullets/:bullet", edit);
  r.delete("/workspaces/:workspace/bullets/:bullet", async (req, res) => {
    const ws = await workspaceOr404(store, req.params.workspace);
    const bid = id.parse(req.params.bullet);
    const b = await store.bullets.get(ws, bid);
    if (!b || !await store.bullets.remove(ws, bid)) throw new HttpError(404, "bullet_not_found", "There is no bullet with that id in this workspace.");
    forgetAnalysis([b.text]);
    res.status(204).end();
  });
  app.use("/api/v1", r);
}
async function snapshotJson(store, wsId) {
  const snap = await store.workspaces.snapshot(wsId);
  if (!snap) throw new HttpError(404, "workspace_not_found", "There is no workspace with that id.");
  return { ...snap.workspace, roles: snap.roles, bullets: snap.bullets.map(bulletJson) };
}
var apiRoutes = { name: "api", mount };
export {
  apiRoutes
};
