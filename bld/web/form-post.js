// src/web/form-post.ts
import { isImportError } from "../import/errors.js";
import { HttpError, toHttpError } from "./errors.js";
var formBody = (req) => req.body ?? {};
function gone(what) {
  return new HttpError(404, "not_found", `That ${what} is no longer in this workspace; it may have been deleted in another tab.`);
}
var NOT_THE_FORM = /* @__PURE__ */ new Set(["workspace_not_found", "csrf_failed"]);
function asHttpError(err) {
  return isImportError(err) ? new HttpError(err.status, err.code, err.message, err.issues) : toHttpError(err);
}
function formPost(spec) {
  return async (req, res) => {
    const ws = res.locals.workspaceId;
    const loaded = spec.load ? await spec.load(req, ws) : void 0;
    try {
      const target = await spec.run(req, ws, loaded, res);
      res.redirect(303, target.startsWith("/") ? target : `${spec.base ? spec.base(ws) : `/w/${ws}`}${target}`);
    } catch (err) {
      const http = asHttpError(err);
      if (http.status >= 500 || NOT_THE_FORM.has(http.code)) throw err;
      await spec.show(req, res, { status: http.status, message: http.message, form: spec.form, draft: formBody(req), issues: http.issues }, loaded);
    }
  };
}
export {
  formBody,
  formPost,
  gone
};
