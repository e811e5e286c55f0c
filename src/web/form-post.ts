// One way to handle a form post on every page: run the change and redirect (303, so a reload does not post again),
// or, when the person's input is the problem, show the same page again with the message by the form it came from
// and their text still in it. Faults on our side, a missing workspace and an expired form go to the error page.
import type { Request, RequestHandler, Response } from 'express';
import { isImportError } from '../import/errors.ts';
import { HttpError, toHttpError, type Issue } from './errors.ts';

export interface FormProblem {
  status: number;
  message: string;
  /** Which form the problem belongs to, so the page shows it there. */
  form: string;
  /** What was posted, to fill the form again. */
  draft: Record<string, unknown>;
  issues?: Issue[];
}

/** The posted fields, never undefined. */
export const formBody = (req: Request): Record<string, unknown> => (req.body ?? {}) as Record<string, unknown>;

/** The thing a form acted on is gone (deleted in another tab, or never in this workspace). */
export function gone(what: string): HttpError {
  return new HttpError(404, 'not_found', `That ${what} is no longer in this workspace; it may have been deleted in another tab.`);
}

/** Errors that go to the error page rather than back to the form. */
const NOT_THE_FORM = new Set(['workspace_not_found', 'csrf_failed']);

function asHttpError(err: unknown): HttpError {
  return isImportError(err) ? new HttpError(err.status, err.code, err.message, err.issues) : toHttpError(err);
}

export interface FormPost<T> {
  /** The form's name on the page (where the problem is shown). */
  form: string;
  /** Loads what the route acts on before the change (its 404 goes to the error page); handed to run and show. */
  load?: (req: Request, ws: string) => Promise<T>;
  /** Makes the change; returns where to go next: an absolute path, or a path relative to base. */
  run: (req: Request, ws: string, loaded: T, res: Response) => Promise<string>;
  /** Shows the page again with the problem. */
  show: (req: Request, res: Response, problem: FormProblem, loaded: T) => Promise<void>;
  /** Where relative targets start; the workspace's page unless said. */
  base?: (ws: string) => string;
}

export function formPost<T = undefined>(spec: FormPost<T>): RequestHandler {
  return async (req, res) => {
    const ws = res.locals.workspaceId as string;
    const loaded = spec.load ? await spec.load(req, ws) : (undefined as T);
    try {
      const target = await spec.run(req, ws, loaded, res);
      res.redirect(303, target.startsWith('/') ? target : `${spec.base ? spec.base(ws) : `/w/${ws}`}${target}`);
    } catch (err) {
      const http = asHttpError(err);
      if (http.status >= 500 || NOT_THE_FORM.has(http.code)) throw err;
      await spec.show(req, res, { status: http.status, message: http.message, form: spec.form, draft: formBody(req), issues: http.issues }, loaded);
    }
  };
}
