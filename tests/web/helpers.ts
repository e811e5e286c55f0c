// Builds the app over an in-memory store and gives a browser-like agent that keeps cookies and reads CSRF tokens.
import request from 'supertest';
import { createApp, type AppOptions } from '../../src/web/app.ts';
import { openSqliteStore, type SqliteStore } from '../../src/store/sqlite/index.ts';
import { withOpaqueIds } from '../../src/store/opaque-ids.ts';
import { describeError, type Logger } from '../../src/web/logging.ts';

export interface TestApp {
  app: ReturnType<typeof createApp>;
  store: SqliteStore;
  logs: string[];
}

export function testApp(opts: Partial<AppOptions> = {}): TestApp {
  // The store as the app sees it (opaque ids), so ids a test reads from it are the ones the pages and the API use.
  const store = withOpaqueIds(openSqliteStore(':memory:'), 'test-secret');
  const logs: string[] = [];
  const log: Logger = {
    info: (line) => logs.push(line),
    error: (err) => logs.push(describeError(err)),
  };
  const app = createApp({ store, secret: 'test-secret', log, ...opts });
  return { app, store, logs };
}

export function tokenIn(html: string): string {
  const m = /name="_csrf" value="([^"]+)"/.exec(html);
  if (!m) throw new Error('no CSRF token on the page');
  return m[1]!;
}

/** A cookie-keeping client; `form` posts like a browser would, with the token from the page it came from. */
export function browser(app: TestApp['app']) {
  const agent = request.agent(app);
  let token = '';
  return {
    agent,
    async get(path: string) {
      const res = await agent.get(path).set('Accept', 'text/html');
      if (res.status === 200 && res.text.includes('name="_csrf"')) token = tokenIn(res.text);
      return res;
    },
    async form(path: string, fields: Record<string, string>) {
      if (!token) await this.get('/');
      return agent.post(path).type('form').set('Accept', 'text/html').send({ _csrf: token, ...fields });
    },
  };
}

/** Creates a workspace through the landing form and returns its id. */
export async function newWorkspace(b: ReturnType<typeof browser>, bullets: string): Promise<string> {
  await b.get('/');
  const res = await b.form('/w', { bullets, action: 'analyze' });
  if (res.status !== 303) throw new Error(`expected a redirect, got ${res.status}`);
  const m = /^\/w\/([0-9a-f]{32})/.exec(res.headers.location ?? '');
  if (!m) throw new Error('no workspace in the redirect');
  return m[1]!;
}
