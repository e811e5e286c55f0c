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

/**
 * Every segment after `/w/` or `/workspaces/` is private (a workspace id, a bullet's, a file name), whatever its
 * shape: `/w/<id>.`, `/w/<id>x` and `/workspaces/<id>0` are as private as the id itself. Elsewhere, only words.
 */
export function redactPath(path: string): string {
  const segs = path.split('/');
  let inWorkspace = false;
  return segs
    .map((seg, i) => {
      if (seg === '') return '';
      if (inWorkspace) return /^[0-9a-f]{32}$/i.test(seg) || segs[i - 1] === 'w' || segs[i - 1] === 'workspaces' ? ':workspace' : KNOWN.test(seg) ? seg : ':x';
      if (seg === 'w' || seg === 'workspaces') inWorkspace = true;
      return /^[0-9a-f]{32}$/i.test(seg) ? ':workspace' : /^\d+$/.test(seg) ? ':n' : /^[\w.-]{1,40}$/.test(seg) ? seg : ':x';
    })
    .join('/');
}

/** The app's own words in a workspace path (`bullets`, `stories`, `resume.docx`); anything else there is private. */
const KNOWN = /^(?:bullets|roles|stories|resume|resume\.(?:docx|pdf|json)|prep-sheet\.(?:docx|pdf)|delete|move|role|restore|use-rewrite|answer-rewrite|spelling|rehearse|runs|new|basics|education|certificates|skills|import|import-text|remember|dictionary|tailor|tailored|upload|versions)$/;

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
