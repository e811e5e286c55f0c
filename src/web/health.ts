// GET /healthz, for a load balancer's probe: 200 when this instance has loaded and its store answers, 503 when the
// store does not answer within two seconds. Mounted before the request log and the cookies, so probes leave no trace.
import type { RequestHandler } from 'express';
import type { Store } from '../store/types.ts';

export const HEALTH_TIMEOUT_MS = 2000;

export function health(store: Store): RequestHandler {
  return async (_req, res) => {
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Error('timeout')), HEALTH_TIMEOUT_MS);
    });
    try {
      await Promise.race([store.ping(), timeout]);
      res.set('Cache-Control', 'no-store').json({ status: 'ok' });
    } catch {
      res.status(503).set('Cache-Control', 'no-store').json({ status: 'unavailable', message: 'The database does not answer.' });
    } finally {
      clearTimeout(timer);
    }
  };
}
