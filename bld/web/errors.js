// src/web/errors.ts
import { ZodError } from "zod";
import { StoreError } from "../store/types.js";
import { page } from "./views.js";
var HttpError = class extends Error {
  constructor(status, code, message, issues) {
    super(message);
    this.status = status;
    this.code = code;
    this.issues = issues;
    this.name = "HttpError";
  }
  status;
  code;
  issues;
};
var notFound = (req, _res, next) => {
  next(new HttpError(404, "not_found", req.path.startsWith("/api/") ? "No such endpoint. See POST /api/v1/analyze." : "There is nothing at this address. If you followed a workspace link, the workspace may have been deleted."));
};
function toHttpError(err) {
  if (err instanceof HttpError) return err;
  if (err instanceof ZodError) {
    return new HttpError(
      400,
      "invalid_request",
      "The request is not valid: " + err.issues.map((i) => describe(i.path, i.message)).join("; "),
      err.issues.map((i) => ({ path: i.path.join("."), message: i.message }))
    );
  }
  if (err instanceof StoreError) {
    const status = err.code === "not_found" ? 404 : err.code === "workspace_full" ? 409 : 400;
    return new HttpError(status, err.code, err.message);
  }
  const e = err;
  switch (e?.type) {
    case "entity.too.large":
      return new HttpError(413, "payload_too_large", "The request is larger than 1 MB. Send fewer bullets at a time.");
    case "entity.parse.failed":
      return new HttpError(400, "malformed_json", "The request body is not valid JSON.");
    case "encoding.unsupported":
    case "charset.unsupported":
      return new HttpError(415, "unsupported_encoding", "Send the request as UTF-8.");
    case "parameters.too.many":
      return new HttpError(413, "payload_too_large", "The form has too many fields.");
    case "request.aborted":
      return new HttpError(400, "request_aborted", "The request was cut off before it finished.");
  }
  if (typeof e?.status === "number" && e.status >= 400 && e.status < 500) {
    return new HttpError(e.status, "bad_request", "The request could not be read.");
  }
  return new HttpError(500, "internal_error", "Something went wrong on our side. Nothing you saved was lost; please try again.");
}
function describe(path, message) {
  return path.length ? `${path.join(".")}: ${message}` : message;
}
function wantsJson(req) {
  return req.path.startsWith("/api/") || req.accepts(["html", "json"]) === "json";
}
function errorHandler(log) {
  return (err, req, res, _next) => {
    const http = toHttpError(err);
    if (http.status >= 500) log.error(err);
    if (res.headersSent) return void res.end();
    res.status(http.status);
    if (wantsJson(req)) {
      res.json({ error: { code: http.code, message: http.message, ...http.issues ? { issues: http.issues } : {} } });
      return;
    }
    page(res, "error", {
      title: http.status === 404 ? "Page not found" : http.status >= 500 ? "Something went wrong" : "That did not work",
      status: http.status,
      message: http.message,
      issues: http.issues
    });
  };
}
export {
  HttpError,
  errorHandler,
  notFound,
  toHttpError,
  wantsJson
};
