// Logs say what happened, never what the user wrote: method, a path with ids replaced, status and time.
// Error messages can quote input (JSON.parse does), so errors are logged by name and stack frames only.
import type { RequestHandler } from 'express';

export interface Logger {
  info(line: string): void;
  error(err: unknown): void;
}

export const consoleLogger: Logger = {
  info: (line) => console.log(line),
  error: (err) => console.error(describeError(err)),
};

export const silentLogger: Logger = { info: () => {}, error: () => {} };

export function redactPath(path: string): string {
  return path
    .split('/')
    .map((seg) => (seg === '' ? '' : /^[0-9a-f]{32}$/i.test(seg) ? ':workspace' : /^\d+$/.test(seg) ? ':n' : /^[\w.-]{1,40}$/.test(seg) ? seg : ':x'))
    .join('/');
}

export function describeError(err: unknown): string {
  const e = err as { name?: unknown; stack?: unknown };
  const name = typeof e?.name === 'string' ? e.name : 'Error';
  const frames = typeof e?.stack === 'string' ? e.stack.split('\n').filter((l) => /^\s+at /.test(l)).slice(0, 8) : [];
  return [`error ${name}`, ...frames].join('\n');
}

export function requestLog(log: Logger): RequestHandler {
  return (req, res, next) => {
    const started = process.hrtime.bigint();
    res.on('finish', () => {
      const ms = Number(process.hrtime.bigint() - started) / 1e6;
      log.info(`${req.method} ${redactPath(req.originalUrl.split('?')[0]!)} ${res.statusCode} ${ms.toFixed(1)}ms`);
    });
    next();
  };
}
