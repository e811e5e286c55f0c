// src/web/app.ts
import cookieParser from "cookie-parser";
import express from "express";
import { join } from "node:path";
import { issueCsrf, requireCsrf } from "./csrf.js";
import { errorHandler, notFound } from "./errors.js";
import { consoleLogger, requestLog } from "./logging.js";
import { ROUTES } from "./routes/index.js";
import { DEFAULT_RATE_LIMITS, limiter, noStore, securityHeaders } from "./security.js";
import { ROOT, setUpViews } from "./views.js";
var BODY_LIMIT = "1mb";
function createApp(opts) {
  const ctx = { store: opts.store, secret: opts.secret, log: opts.log ?? consoleLogger };
  const limits = { ...DEFAULT_RATE_LIMITS, ...opts.rateLimits };
  const app = express();
  app.disable("x-powered-by");
  app.set("trust proxy", false);
  setUpViews(app);
  app.use(securityHeaders());
  app.use(requestLog(ctx.log));
  app.use(express.static(join(ROOT, "public"), { index: false, maxAge: "1h" }));
  app.use(noStore);
  app.use(cookieParser());
  app.use("/api", limiter(limits.apiPerMinute, "requests"));
  app.use("/api", express.json({ limit: BODY_LIMIT, strict: true }));
  app.use(limiter(limits.formsPerMinute, "changes", (req) => req.method === "POST" && !req.path.startsWith("/api/")));
  app.use(express.urlencoded({ limit: BODY_LIMIT, extended: false, parameterLimit: 100 }));
  app.use(issueCsrf(ctx.secret));
  app.use(requireCsrf(ctx.secret));
  app.locals.nav = ROUTES.flatMap((r) => r.nav ? [r.nav] : []);
  for (const r of ROUTES) r.mount(app, ctx);
  app.use(notFound);
  app.use(errorHandler(ctx.log));
  return app;
}
export {
  BODY_LIMIT,
  createApp
};
