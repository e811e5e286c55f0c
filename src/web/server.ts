// `npm start`: opens the store under DATA_DIR (default ./data) and listens on PORT (default 3000).
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { openSqliteStore } from '../store/sqlite/index.ts';
import { createApp } from './app.ts';

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

const store = openSqliteStore(dataDir);
const app = createApp({ store, secret: process.env.CSRF_SECRET || loadSecret(dataDir) });
const server = app.listen(port, () => {
  const address = server.address();
  const actual = typeof address === 'object' && address ? address.port : port;
  console.log(`resume-vitals listening on http://localhost:${actual} (ready ${Math.round(performance.now())} ms after process start)`);
});
server.on('error', (err: NodeJS.ErrnoException) => {
  console.error(err.code === 'EADDRINUSE' ? `Port ${port} is in use; set PORT to another one.` : `Cannot listen: ${err.code ?? err.name}`);
  process.exit(1);
});

function shutdown(): void {
  server.close(() => {
    void store.close().then(() => process.exit(0));
  });
  setTimeout(() => process.exit(0), 3000).unref();
}
process.on('SIGINT', shutdown);
process.on('SIGTERM', shutdown);
