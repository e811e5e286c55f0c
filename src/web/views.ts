// Handlebars set-up and the one way pages are rendered, so every page gets the layout's nav and CSRF token.
import type { Express, Response } from 'express';
import { create } from 'express-handlebars';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { navFor, type NavEntry } from './nav.ts';

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const TEMPLATES = join(ROOT, 'templates');

export function setUpViews(app: Express): void {
  const hbs = create({
    extname: '.hbs',
    layoutsDir: join(TEMPLATES, 'layouts'),
    partialsDir: join(TEMPLATES, 'partials'),
    defaultLayout: 'main',
    helpers: {
      eq: (a: unknown, b: unknown) => a === b,
      plural: (n: number, one: string, many: string) => (n === 1 ? one : many),
      inc: (n: number) => n + 1,
      num: (n: number) => (typeof n === 'number' ? n.toLocaleString('en-US') : n),
      // Joins its arguments into one string (Handlebars passes its options object last).
      concat: (...args: unknown[]) => args.slice(0, -1).join(''),
    },
  });
  app.engine('hbs', hbs.engine);
  app.set('view engine', 'hbs');
  app.set('views', join(TEMPLATES, 'pages'));
  // Templates compile once; set TEMPLATE_RELOAD=1 while editing them.
  app.set('view cache', process.env.TEMPLATE_RELOAD !== '1');
}

export interface PageData {
  title: string;
  /** Which nav entry is current. */
  section?: string;
  [key: string]: unknown;
}

export function page(res: Response, view: string, data: PageData): void {
  const workspaceId = (res.locals.workspaceId as string | undefined) ?? null;
  res.render(view, {
    ...data,
    nav: navFor((res.app.locals.nav as NavEntry[] | undefined) ?? [], workspaceId, data.section),
    workspaceId,
    csrfToken: res.locals.csrfToken,
  });
}

/** Renders without sending, for fragments the page script swaps in and for the render benchmark. */
export function renderToString(app: Express, view: string, data: Record<string, unknown>): Promise<string> {
  return new Promise((resolve, reject) => {
    app.render(view, data, (err, html) => (err ? reject(err) : resolve(html!)));
  });
}
