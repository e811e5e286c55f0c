// src/web/csrf.ts
import { createHmac, randomBytes, timingSafeEqual } from "node:crypto";
import { HttpError } from "./errors.js";
var CSRF_COOKIE = "rv_csrf";
var CSRF_FIELD = "_csrf";
function tokenFor(secret, browserKey) {
  return createHmac("sha256", secret).update(browserKey).digest("base64url");
}
function issueCsrf(secret) {
  return (req, res, next) => {
    let key = req.cookies?.[CSRF_COOKIE];
    if (!key || !/^[\w-]{20,100}$/.test(key)) {
      key = randomBytes(24).toString("base64url");
      res.cookie(CSRF_COOKIE, key, { httpOnly: true, sameSite: "lax", secure: req.secure, path: "/" });
    }
    res.locals.csrfToken = tokenFor(secret, key);
    next();
  };
}
function csrfValid(secret, req) {
  const key = req.cookies?.[CSRF_COOKIE];
  const body = req.body;
  const sent = body?.[CSRF_FIELD] ?? req.get("x-csrf-token");
  if (!key || typeof sent !== "string") return false;
  const want = Buffer.from(tokenFor(secret, key));
  const got = Buffer.from(sent);
  return want.length === got.length && timingSafeEqual(want, got);
}
var MULTIPART_PATHS = [];
function requireCsrf(secret) {
  return (req, _res, next) => {
    if (req.method !== "POST" || req.path.startsWith("/api/")) return next();
    if (req.is("multipart/form-data") && MULTIPART_PATHS.some((p) => p.test(req.path))) return next();
    if (csrfValid(secret, req)) return next();
    next(new HttpError(
      403,
      "csrf_failed",
      "This form has expired or came from another site. Go back, reload the page and try again; nothing was changed."
    ));
  };
}
export {
  CSRF_COOKIE,
  CSRF_FIELD,
  MULTIPART_PATHS,
  csrfValid,
  issueCsrf,
  requireCsrf,
  tokenFor
};
