// `npm start`: listens on PORT (default 3000) at once, then loads the app (the analyzer's rules and NLP model take a
// moment) and opens the store under DATA_DIR (default ./data). Requests that arrive while it loads wait; none is refused.
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { join, resolve } from 'node:path';

// Everything under DATA_DIR is private to this user: the database, its WAL and the secret.
process.umask(0o077);

const dataDir = resolve(process.env.DATA_DIR || './data');
const port = Number(process.env.PORT ?? 3000);

/** The CSRF secret lives beside the database so forms opened before a restart still post after it. */
function loadSecret(dir: string): string {
  const file = join(dir, 'secret');
  if (existsSync(file)) return readFileSync(file, 'utf8').trim();
  mkdirSync(dir, { recursive: true, mode: 0o700 });
  const secret = randomBytes(32).toString('base64url');
  writeFileSync(file, secret, { mode: 0o600, flag: 'wx' });
  return secret;
}

type Handler = (req: IncomingMessage, res: ServerResponse) => void;

const loading: Promise<{ handler: Handler; close: () => Promise<void> }> = (async () => {
  const [{ createApp }, { openSqliteStore }, { workerPool }] = await Promise.all([
    import('./app.ts'), import('../store/sqlite/index.ts'), import('../work/pool.ts'),
  ]);
  const store = openSqliteStore(dataDir);
  // Analysis, DOCX building and import parsing run on worker threads; WORKER_THREADS overrides one per core.
  const work = workerPool({ threads: Number(process.env.WORKER_THREADS) || undefined });
  const app = createApp({ store, secret: process.env.CSRF_SECRET || loadSecret(dataDir), work });
  await work.analyze('bullet', ['Reduced no-shows from 18% to 11% by piloting SMS reminders.']); // threads warm before the first user
  return { handler: app as unknown as Handler, close: async () => { await work.close(); await store.close(); } };
})();
loading.then(
  () => console.log(`resume-vitals ready (${Math.round(performance.now())} ms after process start)`),
  (err: unknown) => {
    console.error(`resume-vitals cannot start: ${(err as Error)?.message ?? err}`);
    process.exit(1);
  },
);

const server = createServer((req, res) => {
  loading.then(({ handler }) => handler(req, res), () => res.writeHead(503).end());
});
server.listen(port, () => {
  const address = server.address();
  const actual = typeof address === 'object' && address ? address.port : port;
  console.log(`resume-vitals listening on http://localhost:${actual} (${Math.round(performance.now())} ms after process start)`);
});
server.on('error', (err: NodeJS.ErrnoException) => {
  console.error(err.code === 'EADDRINUSE' ? `Port ${port} is in use; set PORT to another one.` : `Cannot listen: ${err.code ?? err.name}`);
  process.exit(1);
});

function shutdown(): void {
  server.close(() => {
    void loading.then(({ close }) => close()).finally(() => process.exit(0));
  });
  setTimeout(() => process.exit(0), 3000).unref();
}
process.on('SIGINT', shutdown);
process.on('SIGTERM', shutdown);
