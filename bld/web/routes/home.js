// src/web/routes/home.ts
import { toHttpError } from "../errors.js";
import { GUIDE_EXAMPLES } from "../examples.js";
import { parsePasted } from "../input.js";
import { page } from "../views.js";
import { rememberedWorkspace, rememberWorkspace } from "../workspace-cookie.js";
import { LIMITS } from "../../store/types.js";
import { LEGEND } from "./workspace.js";
var NOTICES = {
  deleted: "Your workspace and everything in it has been deleted."
};
function landing(res, req, extra = {}) {
  page(res, "home", {
    title: "Check your resume bullets",
    section: "bullets",
    notice: typeof req.query.notice === "string" ? NOTICES[req.query.notice] : void 0,
    legend: LEGEND,
    limits: LIMITS,
    ...extra
  });
}
function mount(app, { store }) {
  app.get("/", async (req, res) => {
    const remembered = rememberedWorkspace(req);
    if (remembered && !req.query.notice && req.query.new === void 0 && await store.workspaces.get(remembered)) return res.redirect(303, `/w/${remembered}`);
    landing(res, req);
  });
  app.post("/w", async (req, res) => {
    const form = req.body ?? {};
    let texts;
    try {
      texts = form.action === "example" ? [...GUIDE_EXAMPLES] : parsePasted(form.bullets);
    } catch (err) {
      const http = toHttpError(err);
      res.status(http.status);
      return landing(res, req, { problem: http.message, draft: typeof form.bullets === "string" ? form.bullets : "" });
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
var homeRoutes = { name: "home", mount };
export {
  homeRoutes
};
