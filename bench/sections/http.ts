// The web layer's figures: API throughput (10-bullet requests, concurrency 8) against in-process analysis measured in
// the same run, latency p50/p99, rendering the workspace page with 40 analysed bullets, start-up time, and the
// server's resident memory at rest and after each load (with its peak so far and the load average). Printed, never
// asserted.
import autocannon from 'autocannon';
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import request from 'supertest';
import { analyzeBullet } from '../../src/analyze/index.ts';
import { Analyses } from '../../src/work/analyses.ts';
import { inlineWork, type workerPool } from '../../src/work/pool.ts';
import { importBuilt } from '../../scripts/build.mjs';
import { workspaceView } from '../../src/render/workspace-view.ts';
import { LEGEND } from '../../src/web/routes/workspace.ts';
import { createApp } from '../../src/web/app.ts';
import { silentLogger } from '../../src/web/logging.ts';
import { renderToString } from '../../src/web/views.ts';
import { openSqliteStore } from '../../src/store/sqlite/index.ts';
import { GUIDE_EXAMPLES } from '../../src/web/examples.ts';
import { serverArgs } from '../../tests/web/spawn.ts';
import { instancesFigures } from '../instances.ts';

const ROOT = join(import.meta.dirname, '..', '..');
const EXTRA = [
  'Responsible for staff scheduling and overtime for a 32-bed med-surg unit',
  'Reduced no-shows from 18% to 11% in 6 months by piloting SMS reminders and open-access slots',
  'Helped with budget preparation and variance reporting',
  'Improved HCAHPS communication scores 9 pts over 180 days through nurse leader rounding',
  'Lowered time-to-fill for RN vacancies from 62 to 41 days via a referral bonus and faster interviews',
];
const POOL = [...GUIDE_EXAMPLES, ...EXTRA];
// Numbers vary per copy so no layer can answer from a cache.
const bulletsFor = (n: number, salt: number) =>
  Array.from({ length: n }, (_, i) => POOL[(salt + i) % POOL.length]!.replace(/\d+/, (d) => String(Number(d) + ((salt + i) % 7))));

/** Bullets per second of wall time, and CPU milliseconds per bullet (the second does not suffer when others load the machine). */
function inProcessRate(ms: number): { perSecond: number; cpuMsPerBullet: number } {
  let done = 0;
  const cpu0 = process.cpuUsage();
  const start = performance.now();
  while (performance.now() - start < ms) {
    for (const b of bulletsFor(10, done)) analyzeBullet(b);
    done += 10;
  }
  const cpu = process.cpuUsage(cpu0);
  return { perSecond: done / ((performance.now() - start) / 1000), cpuMsPerBullet: (cpu.user + cpu.system) / 1000 / done };
}

/** CPU milliseconds a process has used so far (utime + stime from /proc, in clock ticks of 10 ms). */
function cpuMsOf(pid: number): number {
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').replace(/^.*\) /, '').split(' ');
  return (Number(fields[11]) + Number(fields[12])) * 10;
}

interface Started { child: ChildProcess; base: string; listeningMs: number; readyMs: number; firstPageMs: number; firstPageCpuMs: number }

function startServer(dataDir: string): Promise<Started> {
  const t0 = performance.now();
  const child = spawn(process.execPath, serverArgs(), {
    cwd: ROOT,
    env: { ...process.env, PORT: '0', DATA_DIR: dataDir, RATE_LIMIT_API_PER_MINUTE: '100000000' },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  return new Promise((resolve, reject) => {
    let out = '';
    let listeningMs = NaN;
    let firstPage: Promise<{ at: number; cpu: number }> | undefined;
    child.stdout!.on('data', (d: Buffer) => {
      out += d;
      const m = /listening on (http:\/\/\S+)/.exec(out);
      if (m && Number.isNaN(listeningMs)) {
        listeningMs = performance.now() - t0;
        // The home page as a person opening the app would ask for it: answered once the app has loaded.
        firstPage = fetch(m[1]! + '/').then(async (r) => {
          const at = performance.now() - t0;
          const cpu = cpuMsOf(child.pid!);
          await r.arrayBuffer();
          if (r.status !== 200) throw new Error(`GET / answered ${r.status}`);
          return { at, cpu };
        });
      }
      if (m && /resume-vitals ready/.test(out) && firstPage) {
        const readyMs = performance.now() - t0;
        firstPage.then(({ at, cpu }) => resolve({ child, base: m[1]!, listeningMs, readyMs, firstPageMs: at, firstPageCpuMs: cpu }), reject);
      }
    });
    child.on('exit', (code) => reject(new Error(`server exited with ${code}`)));
  });
}

/** A process's resident memory now and its peak so far (VmRSS, VmHWM), in MB. */
function memoryOf(pid: number): { rss: number; peak: number } {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const mb = (field: string) => Number(new RegExp(`${field}:\\s+(\\d+) kB`).exec(status)?.[1] ?? NaN) / 1024;
  return { rss: mb('VmRSS'), peak: mb('VmHWM') };
}

const load = () => loadavg()[0]!.toFixed(1);

/** One line per phase: what the server holds once the phase is over, against the target for after a load. */
function printMemory(pid: number, after: string): void {
  const { rss, peak } = memoryOf(pid);
  console.log(`server resident memory ${after}: ${rss.toFixed(0)} MB (peak so far ${peak.toFixed(0)} MB; load average ${load()})  [target < 250 MB after load]`);
}

async function renderFigures(): Promise<void> {
  const store = openSqliteStore(':memory:');
  const app = createApp({ store, secret: 'bench', log: silentLogger });
  const ws = await store.workspaces.create();
  const role = await store.roles.add(ws.id, { title: 'Practice Manager', employer: 'Mercy Clinic', location: 'Tulsa, OK', startDate: '2021', endDate: 'Present' });
  await store.bullets.add(ws.id, bulletsFor(20, 3));
  await store.bullets.add(ws.id, bulletsFor(20, 5), role.id);
  const snap = (await store.workspaces.snapshot(ws.id))!;
  const histories = await store.bullets.histories(ws.id);
  const analyses = new Analyses(inlineWork());
  await analyses.prepare('bullet', snap.bullets.map((b) => b.text));
  const renderOnce = async () => {
    const view = workspaceView(snap, analyses.bullet, histories);
    return renderToString(app, 'workspace', { title: 'Your bullets', ws: view, legend: LEGEND, csrfToken: 'x', nav: [], limits: {}, privateLink: '' });
  };
  const times: number[] = [];
  for (let i = 0; i < 60; i++) {
    const t = performance.now();
    await renderOnce();
    if (i >= 10) times.push(performance.now() - t);
  }
  const http: number[] = [];
  const agent = request(app);
  for (let i = 0; i < 40; i++) {
    const t = performance.now();
    const res = await agent.get(`/w/${ws.id}`);
    if (res.status !== 200) throw new Error(`workspace page answered ${res.status}`);
    if (i >= 10) http.push(performance.now() - t);
  }
  const html = await renderOnce();
  console.log(`workspace page, 40 analysed bullets: render ${median(times).toFixed(1)} ms median (p99 ${pct(times, 0.99).toFixed(1)} ms), `
    + `full GET ${median(http).toFixed(1)} ms median; ${(html.length / 1024).toFixed(0)} KB of HTML  [target < 50 ms]`);
  await store.close();
}

const median = (xs: number[]) => pct(xs, 0.5);
function pct(xs: number[], p: number): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor(p * s.length))] ?? NaN;
}

/**
 * Fifty clients at once, each sending its next request as soon as the last one is answered: 20-bullet analyses
 * (every request different), then views of a 40-bullet workspace page. Timeouts are answers slower than 10 s.
 */
async function concurrencyFigures(base: string, pid: number): Promise<void> {
  let n = 1000;
  const analyze = await autocannon({
    url: `${base}/api/v1/analyze`, connections: 50, duration: 20, timeout: 10,
    requests: [{ method: 'POST' as const, headers: { 'content-type': 'application/json' }, setupRequest: (req: object) => ({ ...req, body: JSON.stringify({ items: bulletsFor(20, n++) }) }) }],
  });
  console.log(`50 connections, POST /api/v1/analyze with 20 bullets, 20 s: ${analyze.requests.average.toFixed(1)} req/s; latency p50 ${analyze.latency.p50} ms, `
    + `p99 ${analyze.latency.p99} ms [target <= 2000 ms]; ${analyze.errors} errors, ${analyze.timeouts} timeouts, ${analyze.non2xx} non-2xx [target 0]; load average ${load()}`);
  printMemory(pid, 'after the 50-connection analyze run');

  let wsId = '';
  while (!wsId) { // the queue may still be draining from the run above (503 with Retry-After)
    const created = await fetch(`${base}/api/v1/workspaces`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ items: bulletsFor(40, 7) }) });
    if (created.status === 201) wsId = ((await created.json()) as { workspace: { id: string } }).workspace.id;
    else await new Promise((r) => setTimeout(r, 1000 * Number(created.headers.get('retry-after') ?? 1)));
  }
  const pageUrl = `${base}/w/${wsId}`;
  await fetch(pageUrl); // the first view analyses and saves; every later view reads the saved analyses
  const pageRun = await autocannon({ url: pageUrl, connections: 50, duration: 15, timeout: 10 });
  console.log(`50 connections, GET of a 40-bullet workspace page, 15 s: ${pageRun.requests.average.toFixed(0)} req/s; latency p50 ${pageRun.latency.p50} ms, `
    + `p99 ${pageRun.latency.p99} ms [target <= 500 ms]; ${pageRun.errors} errors, ${pageRun.timeouts} timeouts, ${pageRun.non2xx} non-2xx [target 0]; load average ${load()}`);
  printMemory(pid, 'after the 50-connection page run');
}

/** What one analysis thread holds once warm, as the server starts it (the compiled build's worker). */
async function threadFigures(): Promise<void> {
  const { workerPool: builtPool } = (await importBuilt('work/pool.ts')) as { workerPool: typeof workerPool };
  const pool = builtPool({ threads: 1 });
  try {
    await pool.analyze('bullet', bulletsFor(200, 1));
    const heap = await pool.run('heapUsage', undefined);
    const mb = (n: number) => (n / 1024 / 1024).toFixed(0);
    console.log(`one analysis thread, warm (NLP model, rules, spelling dictionary; 200 bullets analysed): heap ${mb(heap.used)} MB used of ${mb(heap.total)} MB, `
      + `${mb(heap.external)} MB outside the heap`);
  } finally {
    await pool.close();
  }
}

export async function run(): Promise<void> {
  await renderFigures();
  await threadFigures();

  inProcessRate(1500); // warm-up: rules load on first use, then the JIT settles
  const { perSecond: inProcess, cpuMsPerBullet } = inProcessRate(3000);
  console.log(`in-process analyzeBullet: ${inProcess.toFixed(0)} bullets/s (one core), ${cpuMsPerBullet.toFixed(2)} CPU ms/bullet; load average ${load()}`);

  const dataDir = mkdtempSync(join(tmpdir(), 'rv-bench-'));
  const { child, base, listeningMs, readyMs, firstPageMs, firstPageCpuMs } = await startServer(dataDir);
  try {
    console.log(`server start (as npm start): listening ${listeningMs.toFixed(0)} ms after spawn [target < 1 s]; app loaded ${readyMs.toFixed(0)} ms after spawn`);
    console.log(`first 200 response (GET /) ${firstPageMs.toFixed(0)} ms after spawn [target < 1.5 s], the server having used ${firstPageCpuMs.toFixed(0)} ms of CPU `
      + `by then (load average ${load()}; on a busy machine the wall time exceeds the CPU time)`);
    await new Promise((r) => setTimeout(r, 1500)); // the analyzer warms up after the first page; let it finish
    printMemory(child.pid!, 'at rest after start');
    const bodies = Array.from({ length: 50 }, (_, i) => JSON.stringify({ items: bulletsFor(10, i) }));
    let n = 0;
    const opts = {
      url: `${base}/api/v1/analyze`,
      connections: 8,
      duration: 10,
      requests: [{ method: 'POST' as const, headers: { 'content-type': 'application/json' }, setupRequest: (req: object) => ({ ...req, body: bodies[n++ % bodies.length] }) }],
    };
    await autocannon({ ...opts, duration: 2 }); // warm-up
    const cpuBefore = cpuMsOf(child.pid!);
    const result = await autocannon(opts);
    const serverCpuPerBullet = (cpuMsOf(child.pid!) - cpuBefore) / (result['2xx'] * 10);
    const bulletsPerSecond = (result.requests.average * 10);
    const bad = result.non2xx + result.errors;
    console.log(`HTTP POST /api/v1/analyze, 10 bullets/request, 8 connections, 10 s: ${result.requests.average.toFixed(0)} req/s = `
      + `${bulletsPerSecond.toFixed(0)} bullets/s (${((100 * bulletsPerSecond) / inProcess).toFixed(0)}% of in-process) [target >= 70%]; `
      + `latency p50 ${result.latency.p50} ms, p99 ${result.latency.p99} ms; ${bad} errors/non-2xx`);
    console.log(`server CPU per bullet over HTTP: ${serverCpuPerBullet.toFixed(2)} ms, so HTTP serves at ${((100 * cpuMsPerBullet) / serverCpuPerBullet).toFixed(0)}% `
      + 'of in-process efficiency (CPU-time ratio: the same comparison, immune to other load on the machine)');
    printMemory(child.pid!, 'after the 8-connection run');
    await concurrencyFigures(base, child.pid!);
  } finally {
    child.removeAllListeners('exit');
    child.kill('SIGTERM');
    rmSync(dataDir, { recursive: true, force: true });
  }

  await instancesFigures();
}
