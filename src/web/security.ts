// Helmet with a strict Content-Security-Policy: scripts and styles only from our own files, nothing inline,
// no framing; no Referer, so a private workspace link never leaks to another site.
import helmet from 'helmet';
import type { Request, RequestHandler } from 'express';
import { rateLimit, type Store as RateLimitStore } from 'express-rate-limit';
import { HttpError } from './errors.ts';

export const CSP_DIRECTIVES = {
  defaultSrc: ["'none'"],
  scriptSrc: ["'self'"],
  styleSrc: ["'self'"],
  imgSrc: ["'self'", 'data:'],
  fontSrc: ["'self'"],
  connectSrc: ["'self'"],
  formAction: ["'self'"],
  frameAncestors: ["'none'"],
  baseUri: ["'none'"],
  objectSrc: ["'none'"],
  manifestSrc: ["'self'"],
};

export function securityHeaders(): RequestHandler {
  return helmet({
    contentSecurityPolicy: { useDefaults: false, directives: CSP_DIRECTIVES },
    referrerPolicy: { policy: 'no-referrer' },
    strictTransportSecurity: false,
  });
}

/** Private pages and API answers are never cached by the browser or a proxy. */
export const noStore: RequestHandler = (_req, res, next) => {
  res.set('Cache-Control', 'no-store');
  next();
};

export interface RateLimits {
  /** Requests per minute per client to /api. */
  apiPerMinute: number;
  /** Form posts per minute per client. */
  formsPerMinute: number;
}

export const DEFAULT_RATE_LIMITS: RateLimits = {
  apiPerMinute: Number(process.env.RATE_LIMIT_API_PER_MINUTE) || 600,
  formsPerMinute: Number(process.env.RATE_LIMIT_FORMS_PER_MINUTE) || 120,
};

/** `only` picks the requests this limit counts; the others pass untouched. `store` defaults to this process's memory. */
export function limiter(perMinute: number, what: string, only?: (req: Request) => boolean, store?: RateLimitStore): RequestHandler {
  return rateLimit({
    store,
    windowMs: 60_000,
    limit: perMinute,
    standardHeaders: 'draft-8',
    legacyHeaders: false,
    skip: only ? (req) => !only(req) : undefined,
    handler: (_req, _res, next) => next(new HttpError(429, 'rate_limited', `Too many ${what} in a minute. Wait a moment and try again.`)),
  });
}

/**
 * Express's 'trust proxy' from TRUST_PROXY: unset or "false" trusts no proxy (the client is the socket's peer); a
 * number trusts that many hops; "true" trusts every hop; anything else is a list of addresses or subnets
 * ("loopback, 10.0.0.0/8"). Behind a load balancer it must be set, or every client shares the balancer's limit.
 */
export function trustProxySetting(value: string | undefined): boolean | number | string {
  const v = value?.trim() ?? '';
  if (v === '' || v === 'false') return false;
  if (v === 'true') return true;
  if (/^\d+$/.test(v)) return Number(v);
  return v;
}
