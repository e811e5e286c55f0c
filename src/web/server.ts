// `npm start` (through scripts/start.mjs, which runs the compiled build): listens on PORT (default 3000) at once, then
// loads the app and opens the store: PostgreSQL when DATABASE_URL is set (several instances may share it), else SQLite under
// DATA_DIR (default ./data). Requests that arrive while it loads wait; none is refused.
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { Work } from '../work/pool.ts';

// Everything under DATA_DIR is private to this user: the database, its WAL and the secret.
process.umask(0o077);

const port = Number(process.env.PORT ?? 3000);

type Handler = (req: IncomingMessage, res: ServerResponse) => void;

const loading: Promise<{ handler: Handler; close: () => Promise<void> }> = (async () => {
  const [{ createApp }, { openStore }, { workerPool }] = await Promise.all([
    import('./app.ts'), import('../store/open.ts'), import('../work/pool.ts'),
  ]);
  const { store, secret, rateLimitStore, where } = await openStore();
  console.log(`resume-vitals store: ${where}`);
  // Analysis, DOCX building and import parsing run on worker threads (one per core but one; WORKER_THREADS overrides). Each
  // thread loads the NLP model and the rules as it starts, which takes the cores for a moment; so the threads start
  // once the first page has gone out (or after a second with no visitor, or at the first task, whichever is first),
  // and the first page does not wait for them.
  let pool: Work | undefined;
  const started = () => (pool ??= workerPool({ threads: Number(process.env.WORKER_THREADS) || undefined }));
  const work = new Proxy({} as Work, {
    get: (_target, key: keyof Work) => (key === 'close'
      ? async () => { await pool?.close(); }
      : (...args: unknown[]) => (started()[key] as (...a: unknown[]) => unknown)(...args)),
  });
  const app = createApp({ store, secret, rateLimitStore, trustProxy: process.env.TRUST_PROXY, work });
  const start = () => setImmediate(started);
  setTimeout(start, 1000).unref();
  const handler: Handler = (req, res) => {
    if (!pool) res.once('finish', start);
    (app as unknown as Handler)(req, res);
  };
  return { handler, close: async () => { await work.close(); await store.close(); } };
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
