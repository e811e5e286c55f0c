// Errors are values with a code and a message for the person who caused them. One 404 handler, then one error
// handler that answers JSON to API clients and a page in the app's own look to browsers.
import type { ErrorRequestHandler, Request, RequestHandler } from 'express';
import { ZodError } from 'zod';
import { StoreError } from '../store/types.ts';
import { BusyError, TooMuchWorkError } from '../work/budget.ts';
import type { Logger } from './logging.ts';
import { page } from './views.ts';

export interface Issue {
  path: string;
  message: string;
}

export class HttpError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly issues?: Issue[],
    /** Seconds the client should wait before trying again (503). */
    readonly retryAfter?: number,
  ) {
    super(message);
    this.name = 'HttpError';
  }
}

export const notFound: RequestHandler = (req, _res, next) => {
  next(new HttpError(404, 'not_found', req.path.startsWith('/api/')
    ? 'No such endpoint. See POST /api/v1/analyze.'
    : 'There is nothing at this address. If you followed a workspace link, the workspace may have been deleted.'));
};

/** Turns whatever was thrown into an HttpError without ever copying user text into the message. */
export function toHttpError(err: unknown): HttpError {
  if (err instanceof HttpError) return err;
  if (err instanceof ZodError) {
    return new HttpError(400, 'invalid_request', 'The request is not valid: ' + err.issues.map((i) => describe(i.path, i.message)).join('; '),
      err.issues.map((i) => ({ path: i.path.join('.'), message: i.message })));
  }
  if (err instanceof BusyError) return new HttpError(503, 'busy', err.message, undefined, err.retryAfterSeconds);
  if (err instanceof TooMuchWorkError) return new HttpError(413, 'too_much_text', err.message);
  if ((err as { code?: unknown })?.code === 'ERR_WORKER_OUT_OF_MEMORY') {
    return new HttpError(413, 'too_much_to_process', 'That is more than the server can process in one request. Send it in smaller parts.');
  }
  if (err instanceof StoreError) {
    const status = err.code === 'not_found' ? 404 : err.code === 'workspace_full' ? 409 : 400;
    return new HttpError(status, err.code, err.message);
  }
  const e = err as { type?: string; status?: number };
  switch (e?.type) {
    case 'entity.too.large':
      return new HttpError(413, 'payload_too_large', 'The request is larger than 1 MB. Send fewer bullets at a time.');
    case 'entity.parse.failed':
      return new HttpError(400, 'malformed_json', 'The request body is not valid JSON.');
    case 'encoding.unsupported':
    case 'charset.unsupported':
      return new HttpError(415, 'unsupported_encoding', 'Send the request as UTF-8.');
    case 'parameters.too.many':
      return new HttpError(413, 'payload_too_large', 'The form has too many fields.');
    case 'request.aborted':
      return new HttpError(400, 'request_aborted', 'The request was cut off before it finished.');
  }
  if (typeof e?.status === 'number' && e.status >= 400 && e.status < 500) {
    return new HttpError(e.status, 'bad_request', 'The request could not be read.');
  }
  return new HttpError(500, 'internal_error', 'Something went wrong on our side. Nothing you saved was lost; please try again.');
}

function describe(path: PropertyKey[], message: string): string {
  return path.length ? `${path.join('.')}: ${message}` : message;
}

export function wantsJson(req: Request): boolean {
  return req.path.startsWith('/api/') || req.accepts(['html', 'json']) === 'json';
}

export function errorHandler(log: Logger): ErrorRequestHandler {
  return (err, req, res, _next) => {
    const http = toHttpError(err);
    // A 503 for a busy server is an answer, not a fault: it is not logged as an error.
    if (http.status >= 500 && http.code !== 'busy') log.error(err);
    if (res.headersSent) return void res.end();
    res.status(http.status);
    if (http.retryAfter !== undefined) res.set('Retry-After', String(http.retryAfter));
    if (wantsJson(req)) {
      res.json({ error: { code: http.code, message: http.message, ...(http.issues ? { issues: http.issues } : {}) } });
      return;
    }
    page(res, 'error', {
      title: http.status === 404 ? 'Page not found' : http.status >= 500 ? 'Something went wrong' : 'That did not work',
      status: http.status,
      message: http.message,
      issues: http.issues,
    });
  };
}
