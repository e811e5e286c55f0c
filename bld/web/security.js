// src/web/security.ts
import helmet from "helmet";
import { rateLimit } from "express-rate-limit";
import { HttpError } from "./errors.js";
var CSP_DIRECTIVES = {
  defaultSrc: ["'none'"],
  scriptSrc: ["'self'"],
  styleSrc: ["'self'"],
  imgSrc: ["'self'", "data:"],
  fontSrc: ["'self'"],
  connectSrc: ["'self'"],
  formAction: ["'self'"],
  frameAncestors: ["'none'"],
  baseUri: ["'none'"],
  objectSrc: ["'none'"],
  manifestSrc: ["'self'"]
};
function securityHeaders() {
  return helmet({
    contentSecurityPolicy: { useDefaults: false, directives: CSP_DIRECTIVES },
    referrerPolicy: { policy: "no-referrer" },
    strictTransportSecurity: false
  });
}
var noStore = (_req, res, next) => {
  res.set("Cache-Control", "no-store");
  next();
};
var DEFAULT_RATE_LIMITS = {
  apiPerMinute: Number(process.env.RATE_LIMIT_API_PER_MINUTE) || 600,
  formsPerMinute: Number(process.env.RATE_LIMIT_FORMS_PER_MINUTE) || 120
};
function limiter(perMinute, what, only) {
  return rateLimit({
    windowMs: 6e4,
    limit: perMinute,
    standardHeaders: "draft-8",
    legacyHeaders: false,
    skip: only ? (req) => !only(req) : void 0,
    handler: (_req, _res, next) => next(new HttpError(429, "rate_limited", `Too many ${what} in a minute. Wait a moment and try again.`))
  });
}
export {
  CSP_DIRECTIVES,
  DEFAULT_RATE_LIMITS,
  limiter,
  noStore,
  securityHeaders
};
