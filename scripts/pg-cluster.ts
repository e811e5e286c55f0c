// A throw-away PostgreSQL cluster from Debian's server binaries: initdb in a temporary directory, a free port on
// 127.0.0.1, the unix socket inside that directory, trust authentication for one user. The store tests, the
// two-instance test and the bench start one; `npx tsx scripts/pg-cluster.ts` starts one by hand and prints its
// DATABASE_URL until Ctrl-C. initdb refuses to run as root, so as root the server runs as the `postgres` user that
// Debian's package creates (or `nobody`).
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { chownSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir, userInfo } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

export const PG_USER = 'rv';

/** The newest /usr/lib/postgresql/<version>/bin with initdb and postgres, or PG_BIN; null when there is none. */
export function findPostgresBin(): string | null {
  const has = (dir: string) => existsSync(join(dir, 'initdb')) && existsSync(join(dir, 'postgres'));
  if (process.env.PG_BIN) return has(process.env.PG_BIN) ? process.env.PG_BIN : null;
  const root = '/usr/lib/postgresql';
  if (!existsSync(root)) return null;
  const versions = readdirSync(root).filter((v) => /^\d+$/.test(v)).sort((a, b) => Number(b) - Number(a));
  for (const v of versions) if (has(join(root, v, 'bin'))) return join(root, v, 'bin');
  return null;
}

/** Who runs the server: this user, or as root an unprivileged one, as `{uid, gid}` for chown and setpriv. */
function serverUser(): { name: string; uid: number; gid: number } | null {
  if (userInfo().uid !== 0) return null;
  for (const name of ['postgres', 'nobody']) {
    try {
      const id = (flag: string) => Number(execFileSync('id', [flag, name], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim());
      return { name, uid: id('-u'), gid: id('-g') };
    } catch { /* no such user: try the next */ }
  }
  throw new Error('running as root and there is neither a postgres nor a nobody user to run PostgreSQL as');
}

/** The command prefix that runs a server binary as `user`; setpriv execs in place, so the child is the binary itself. */
function asUser(user: ReturnType<typeof serverUser>, bin: string, args: string[], dieWithParent = false): [string, string[]] {
  const pdeath = dieWithParent && existsSync('/usr/bin/setpriv') ? ['--pdeathsig', 'SIGQUIT'] : [];
  if (!user) return pdeath.length ? ['/usr/bin/setpriv', [...pdeath, '--', bin, ...args]] : [bin, args];
  return ['/usr/bin/setpriv', [...pdeath, `--reuid=${user.uid}`, `--regid=${user.gid}`, '--clear-groups', '--', bin, ...args]];
}

/** Clusters whose owner was killed (their server follows it through the parent-death signal) leave a directory. */
function removeAbandoned(): void {
  for (const name of readdirSync(tmpdir()).filter((n) => n.startsWith('rv-pg-'))) {
    const dir = join(tmpdir(), name);
    try {
      if (Date.now() - statSync(dir).mtimeMs < 10 * 60_000) continue;
      const pidFile = join(dir, 'data', 'postmaster.pid');
      if (existsSync(pidFile) && isAlive(Number(readFileSync(pidFile, 'utf8').split('\n')[0]))) continue;
      rmSync(dir, { recursive: true, force: true });
    } catch { /* another process is cleaning it up */ }
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.once('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address() as { port: number };
      s.close(() => resolve(port));
    });
  });
}

export interface Cluster {
  /** The superuser's URL for the `postgres` database; create a database per test file with `createDatabase`. */
  url: string;
  dir: string;
  stop(): Promise<void>;
}

export interface ClusterOptions {
  /** false (tests): fsync off, fast and not crash-safe; true (bench): the server's defaults. */
  durable?: boolean;
}

export async function startCluster({ durable = false }: ClusterOptions = {}): Promise<Cluster> {
  const bin = findPostgresBin();
  if (!bin) throw new Error('no PostgreSQL server binaries (apt-get install postgresql, or set PG_BIN)');
  const user = serverUser();
  removeAbandoned();
  const dir = mkdtempSync(join(tmpdir(), 'rv-pg-'));
  if (user) chownSync(dir, user.uid, user.gid);
  const data = join(dir, 'data');
  const [initCmd, initArgs] = asUser(user, join(bin, 'initdb'),
    ['-D', data, '-U', PG_USER, '--auth=trust', '-E', 'UTF8', '--locale=C.UTF-8', '--no-sync']);
  try {
    execFileSync(initCmd, initArgs, { stdio: ['ignore', 'ignore', 'pipe'], cwd: dir });
  } catch (err) {
    rmSync(dir, { recursive: true, force: true });
    throw new Error(`initdb failed: ${(err as { stderr?: Buffer }).stderr?.toString() ?? err}`);
  }
  const port = await freePort();
  const settings = ['-c', 'max_connections=200', '-c', 'shared_buffers=32MB', '-c', 'log_min_messages=warning',
    ...(durable ? [] : ['-c', 'fsync=off', '-c', 'synchronous_commit=off', '-c', 'full_page_writes=off'])];
  const [cmd, args] = asUser(user, join(bin, 'postgres'), ['-D', data, '-k', dir, '-h', '127.0.0.1', '-p', String(port), ...settings], true);
  const child = spawn(cmd, args, { stdio: ['ignore', 'ignore', 'pipe'], cwd: dir });
  let log = '';
  child.stderr!.on('data', (d: Buffer) => { log = (log + d).slice(-4000); });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const url = `postgres://${PG_USER}@127.0.0.1:${port}/postgres`;
  try {
    await waitUntilReady(child, url, () => log);
  } catch (err) {
    child.kill('SIGQUIT');
    await exited;
    rmSync(dir, { recursive: true, force: true });
    throw err;
  }
  let stopped: Promise<void> | undefined;
  return {
    url,
    dir,
    stop: () => (stopped ??= (async () => {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGQUIT'); // immediate shutdown
      await exited;
      rmSync(dir, { recursive: true, force: true });
    })()),
  };
}

async function waitUntilReady(child: ChildProcess, url: string, log: () => string): Promise<void> {
  const { default: pg } = await import('pg');
  const deadline = Date.now() + 30_000;
  for (;;) {
    if (child.exitCode !== null || child.signalCode !== null) throw new Error(`postgres exited: ${log()}`);
    const client = new pg.Client({ connectionString: url });
    try {
      await client.connect();
      await client.end();
      return;
    } catch {
      await client.end().catch(() => {});
      if (Date.now() > deadline) throw new Error(`postgres did not accept connections within 30 s: ${log()}`);
      await new Promise((r) => setTimeout(r, 100));
    }
  }
}

/** A fresh, empty database in the cluster; returns its URL. */
export async function createDatabase(adminUrl: string, name: string): Promise<string> {
  if (!/^[a-z_][a-z0-9_]*$/.test(name)) throw new Error(`not a plain database name: ${name}`);
  const { default: pg } = await import('pg');
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    await client.query(`CREATE DATABASE ${name}`);
  } finally {
    await client.end();
  }
  const u = new URL(adminUrl);
  u.pathname = `/${name}`;
  return u.toString();
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const cluster = await startCluster({ durable: process.argv.includes('--durable') });
  console.log(`DATABASE_URL=${cluster.url}`);
  console.log('PostgreSQL is running; Ctrl-C stops it and removes its data.');
  const stop = () => void cluster.stop().then(() => process.exit(0));
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}
