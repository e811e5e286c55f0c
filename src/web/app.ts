// Builds the app; server.ts only listens. Order: security headers, logs, static files, body parsers with
// limits, CSRF, rate limits, the route modules, then one 404 and one error handler.
import cookieParser from 'cookie-parser';
import express, { type Express, type RequestHandler } from 'express';
import type { Store as RateLimitStore } from 'express-rate-limit';
import { join } from 'node:path';
import { withOpaqueIds } from '../store/opaque-ids.ts';
import type { Store } from '../store/types.ts';
import { Analyses } from '../work/analyses.ts';
import { inlineWork, type Work } from '../work/pool.ts';
import type { AppContext } from './context.ts';
import { issueCsrf, requireCsrf } from './csrf.ts';
import { errorHandler, HttpError, notFound } from './errors.ts';
import { health } from './health.ts';
import { consoleLogger, requestLog, type Logger } from './logging.ts';
import { ROUTES } from './routes/index.ts';
import { DEFAULT_RATE_LIMITS, limiter, noStore, securityHeaders, trustProxySetting, type RateLimits } from './security.ts';
import { ROOT, setUpViews } from './views.ts';

export const BODY_LIMIT = '1mb';

/** JSON must come as UTF-8 (RFC 8259); a body declared in any other charset is refused, not guessed at. */
const requireUtf8: RequestHandler = (req, _res, next) => {
  const charset = /;\s*charset\s*=\s*"?([^";\s]+)/i.exec(req.get('content-type') ?? '')?.[1]?.toLowerCase();
  if (charset && charset !== 'utf-8' && charset !== 'utf8') {
    return next(new HttpError(415, 'unsupported_encoding', 'Send the request as UTF-8 ("Content-Type: application/json; charset=utf-8").'));
  }
  next();
};

export interface AppOptions {
  store: Store;
  secret: string;
  log?: Logger;
  rateLimits?: Partial<RateLimits>;
  /** Where analysis, DOCX building and import parsing run; default: this thread (server.ts passes the worker pool). */
  work?: Work;
  /** Counters shared by every instance (PostgreSQL); without it each process counts on its own. */
  rateLimitStore?: (prefix: string) => RateLimitStore;
  /** TRUST_PROXY: which proxies' X-Forwarded-For to believe, so each client behind a load balancer is limited on its own. */
  trustProxy?: string;
}

export function createApp(opts: AppOptions): Express {
  const work = opts.work ?? inlineWork();
  // Row ids leave the app only opaque (see store/opaque-ids.ts), keyed by the same secret on every instance.
  const store = withOpaqueIds(opts.store, opts.secret);
  const ctx: AppContext = {
    store, secret: opts.secret, log: opts.log ?? consoleLogger, work, analyses: new Analyses(work, store.analyses),
  };
  const limits = { ...DEFAULT_RATE_LIMITS, ...opts.rateLimits };
  const app = express();
  app.disable('x-powered-by');
  app.set('trust proxy', trustProxySetting(opts.trustProxy));
  setUpViews(app);

  app.use(securityHeaders());
  app.get('/healthz', health(ctx.store));
  app.use(requestLog(ctx.log));
  app.use(express.static(join(ROOT, 'public'), { index: false, maxAge: '1h' }));
  app.use(noStore);
  app.use(cookieParser());
  app.use('/api', limiter(limits.apiPerMinute, 'requests', undefined, opts.rateLimitStore?.('api:')));
  app.use('/api', requireUtf8);
  app.use('/api', express.json({ limit: BODY_LIMIT, strict: true }));
  app.use(limiter(limits.formsPerMinute, 'changes', (req) => req.method === 'POST' && !req.path.startsWith('/api/'), opts.rateLimitStore?.('forms:')));
  app.use(express.urlencoded({ limit: BODY_LIMIT, extended: false, parameterLimit: 100 }));
  app.use(issueCsrf(ctx.secret));
  app.use(requireCsrf(ctx.secret));

  app.locals.nav = ROUTES.flatMap((r) => (r.nav ? [r.nav] : []));
  for (const r of ROUTES) r.mount(app, ctx);

  app.use(notFound);
  app.use(errorHandler(ctx.log));
  return app;
}
