// CSRF protection for every form post without server sessions: each browser gets a random HttpOnly cookie, and
// each form carries HMAC(secret, cookie). A cross-site page can neither read the cookie nor compute the token.
// The JSON API needs no token: it only accepts application/json, which a cross-site form cannot send without a
// CORS preflight this app never grants, and it identifies the workspace by its id, not by a cookie.
import type { Request, RequestHandler, Response } from 'express';
import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import { HttpError } from './errors.ts';

export const CSRF_COOKIE = 'rv_csrf';
export const CSRF_FIELD = '_csrf';

export function tokenFor(secret: string, browserKey: string): string {
  return createHmac('sha256', secret).update(browserKey).digest('base64url');
}

/** Gives the browser its key when it has none and puts the matching token in res.locals.csrfToken. */
export function issueCsrf(secret: string): RequestHandler {
  return (req, res, next) => {
    let key = req.cookies?.[CSRF_COOKIE] as string | undefined;
    if (!key || !/^[\w-]{20,100}$/.test(key)) {
      key = randomBytes(24).toString('base64url');
      res.cookie(CSRF_COOKIE, key, { httpOnly: true, sameSite: 'lax', secure: req.secure, path: '/' });
    }
    res.locals.csrfToken = tokenFor(secret, key);
    next();
  };
}

export function csrfValid(secret: string, req: Request): boolean {
  const key = req.cookies?.[CSRF_COOKIE] as string | undefined;
  const body = req.body as Record<string, unknown> | undefined;
  const sent = body?.[CSRF_FIELD] ?? req.get('x-csrf-token');
  if (!key || typeof sent !== 'string') return false;
  const want = Buffer.from(tokenFor(secret, key));
  const got = Buffer.from(sent);
  return want.length === got.length && timingSafeEqual(want, got);
}

/** Upload routes that parse multipart bodies themselves and call csrfValid after multer (see routes/resume.ts). */
export const MULTIPART_PATHS: RegExp[] = [];

/** For form posts; run after the body is parsed (multipart routes call csrfValid themselves after multer). */
export function requireCsrf(secret: string): RequestHandler {
  return (req, _res: Response, next) => {
    if (req.method !== 'POST' || req.path.startsWith('/api/')) return next();
    if (req.is('multipart/form-data') && MULTIPART_PATHS.some((p) => p.test(req.path))) return next();
    if (csrfValid(secret, req)) return next();
    next(new HttpError(403, 'csrf_failed',
      'This form has expired or came from another site. Go back, reload the page and try again; nothing was changed.'));
  };
}
