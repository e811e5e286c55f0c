// src/web/views.ts
import { create } from "express-handlebars";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { navFor } from "./nav.js";
var ROOT = join(dirname(fileURLToPath(import.meta.url)), "..", "..");
var TEMPLATES = join(ROOT, "templates");
function setUpViews(app) {
  const hbs = create({
    extname: ".hbs",
    layoutsDir: join(TEMPLATES, "layouts"),
    partialsDir: join(TEMPLATES, "partials"),
    defaultLayout: "main",
    helpers: {
      eq: (a, b) => a === b,
      plural: (n, one, many) => n === 1 ? one : many,
      inc: (n) => n + 1,
      num: (n) => typeof n === "number" ? n.toLocaleString("en-US") : n
    }
  });
  app.engine("hbs", hbs.engine);
  app.set("view engine", "hbs");
  app.set("views", join(TEMPLATES, "pages"));
  app.set("view cache", process.env.TEMPLATE_RELOAD !== "1");
}
function page(res, view, data) {
  const workspaceId = res.locals.workspaceId ?? null;
  res.render(view, {
    ...data,
    nav: navFor(res.app.locals.nav ?? [], workspaceId, data.section),
    workspaceId,
    csrfToken: res.locals.csrfToken
  });
}
function renderToString(app, view, data) {
  return new Promise((resolve, reject) => {
    app.render(view, data, (err, html) => err ? reject(err) : resolve(html));
  });
}
export {
  ROOT,
  TEMPLATES,
  page,
  renderToString,
  setUpViews
};
