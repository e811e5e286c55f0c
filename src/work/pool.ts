// CPU work off the event loop: analysis, DOCX building and import parsing run on a pool of worker threads
// (piscina) sized to the machine's cores (defaultThreads), so a long request never stops the server answering a
// short one.
//
// Fairness: a request's texts go in chunks of a few thousand characters, one chunk at a time, so a large request
// holds at most one thread and waits its turn between chunks; small tasks are queued ahead of large ones; large
// work passes a gate that leaves one thread free for small requests whenever there are two or more. Every wait and
// run is bounded by the request's deadline: past it the task is dropped (or its thread replaced) and the request
// answers 503 with Retry-After.
import { availableParallelism } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Piscina, type TaskQueue } from 'piscina';
import type { Kind, Result } from '../analyze/index.ts';
import type { ExportedFile, ExportFormat } from '../export/formats.ts';
import type { SheetStory } from '../stories/prep-sheet.ts';
import { ImportError, type ImportResult } from '../import/index.ts';
import type { Resume } from '../resume/schema.ts';
import { BusyError, startBudget, type Budget } from './budget.ts';
import * as tasks from './tasks.ts';
import type { TaskInput, TaskName, TaskOutput } from './tasks.ts';
import type { Ran } from './worker.ts';

export interface Work {
  /** Results in the order of `texts`. */
  analyze(kind: Kind, texts: string[], budget?: Budget, opts?: AnalyzeOptions & { safe?: false }): Promise<Result[]>;
  /** With `safe`, a text the engine fails on gives null. */
  analyze(kind: Kind, texts: string[], budget: Budget | undefined, opts: AnalyzeOptions & { safe: true }): Promise<(Result | null)[]>;
  /** The same results as JSON text (with `safe`, null where the engine failed). */
  analyzeJson(kind: Kind, texts: string[], budget?: Budget, opts?: AnalyzeOptions): Promise<(string | null)[]>;
  exportResume(resume: Resume, format: ExportFormat, budget?: Budget): Promise<ExportedFile>;
  /** The prep sheet of these stories, in the bank's order. */
  exportPrepSheet(stories: SheetStory[], format: ExportFormat, budget?: Budget): Promise<ExportedFile>;
  /** Throws ImportError for a file or text the person should fix. */
  parseImport(task: tasks.ImportTask, budget?: Budget): Promise<ImportResult>;
  /** Any other task by name (tasks.ts): work a page needs the rules or the NLP model for, as a small task. */
  run<N extends TaskName>(task: N, input: TaskInput<N>, budget?: Budget): Promise<TaskOutput<N>>;
  close(): Promise<void>;
}

export interface AnalyzeOptions {
  /** Part of a larger job (a page's first analysis): queued behind small requests. */
  large?: boolean;
  safe?: boolean;
}

/** Past this recent wait for small tasks, new small requests are turned away with 503 while the queue drains. */
export const SHED_AFTER_MS = 1500;
/**
 * Past this predicted wait (small tasks waiting × how long one has lately run, over the threads), a new small request
 * is turned away too. The recent wait alone lets a burst in whenever it dips, and on a machine whose cores other work
 * holds that burst can wait longer than a client does; the prediction caps what is let in.
 */
export const SHED_PREDICTED_MS = 3000;

/** Characters of text per task: about a quarter of a second of analysis. */
export const CHUNK_CHARS = 4000;
/** Work above this many characters is "large" and passes the gate that keeps a thread free for small requests. */
export const LARGE_CHARS = 6000;

/** Splits texts into runs of at most CHUNK_CHARS characters (a longer text is a chunk of its own), keeping order. */
export function chunk(texts: string[], max = CHUNK_CHARS): string[][] {
  const out: string[][] = [];
  let cur: string[] = [];
  let size = 0;
  for (const t of texts) {
    if (cur.length && size + t.length > max) {
      out.push(cur);
      cur = [];
      size = 0;
    }
    cur.push(t);
    size += t.length;
  }
  if (cur.length) out.push(cur);
  return out;
}

const exported = ({ bytes, fileName, contentType }: tasks.Built): ExportedFile => ({
  buffer: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), fileName, contentType,
});

function importOutcome(outcome: tasks.ImportOutcome): ImportResult {
  if (outcome.ok) return outcome.result;
  throw new ImportError(outcome.error.code, outcome.error.message, outcome.error.issues);
}

function checkDeadline(budget: Budget | undefined): void {
  if (budget && Date.now() >= budget.deadline) throw new BusyError(5);
}

/** The same tasks in the calling thread: for the CLI, and for tests that build the app in-process. */
export function inlineWork(): Work {
  return {
    analyze: (async (kind: Kind, texts: string[], budget?: Budget, opts: AnalyzeOptions = {}) => {
      const results: (Result | null)[] = [];
      for (const part of chunk(texts)) {
        checkDeadline(budget);
        results.push(...tasks.analyzeTexts({ kind, texts: part, safe: opts.safe }));
      }
      return results;
    }) as Work['analyze'],
    async analyzeJson(kind, texts, budget, opts = {}) {
      const results: (string | null)[] = [];
      for (const part of chunk(texts)) {
        checkDeadline(budget);
        results.push(...tasks.analyzeTextsJson({ kind, texts: part, safe: opts.safe }));
      }
      return results;
    },
    exportResume: async (resume, format) => exported(await tasks.resumeFile({ resume, format })),
    exportPrepSheet: async (stories, format) => exported(await tasks.prepSheetFile({ stories, format })),
    async parseImport(task) {
      return importOutcome(await tasks.parseImport(task));
    },
    async run<N extends TaskName>(task: N, input: TaskInput<N>, budget?: Budget) {
      checkDeadline(budget);
      return (await (tasks.TASKS[task] as (i: TaskInput<N>) => unknown)(input)) as TaskOutput<N>;
    },
    close: async () => {},
  };
}

/** A counting semaphore whose waiters leave the queue when their signal aborts. */
class Gate {
  private waiting: { resolve: () => void; reject: (err: unknown) => void }[] = [];
  constructor(private free: number) {}

  async enter(signal: AbortSignal): Promise<() => void> {
    if (signal.aborted) throw signal.reason;
    if (this.free > 0) {
      this.free--;
    } else {
      await new Promise<void>((resolve, reject) => {
        const waiter = {
          resolve: () => { signal.removeEventListener('abort', onAbort); resolve(); },
          reject,
        };
        const onAbort = () => {
          this.waiting = this.waiting.filter((w) => w !== waiter);
          reject(signal.reason);
        };
        signal.addEventListener('abort', onAbort, { once: true });
        this.waiting.push(waiter);
      });
    }
    let left = false;
    return () => {
      if (left) return;
      left = true;
      const next = this.waiting.shift();
      if (next) next.resolve();
      else this.free++;
    };
  }
}

/**
 * The worker file sits beside this one: `worker.js` when the server runs compiled JavaScript; when it runs the
 * TypeScript sources through tsx, `worker-tsx.mjs`, which registers tsx in the thread and then loads `worker.ts`.
 */
export function workerEntry(): string {
  const self = fileURLToPath(import.meta.url);
  return self.endsWith('.ts') ? join(dirname(self), 'worker-tsx.mjs') : join(dirname(self), 'worker.js');
}

type Queued = Parameters<TaskQueue['push']>[0];
/** A task waiting for a free thread in the pool's queue. */
interface Waiter { [Piscina.queueOptionsSymbol]: { large: boolean }; start: () => void; cancel: () => void }
const large = (task: Queued) => (task[Piscina.queueOptionsSymbol as keyof Queued] as { large?: boolean } | null)?.large === true;

/** Small tasks first, with every fifth turn kept for a large one so that neither kind waits forever. */
export class SmallFirstQueue implements TaskQueue {
  private small: Queued[] = [];
  private big: Queued[] = [];
  private turns = 0;
  get size(): number {
    return this.small.length + this.big.length;
  }
  /** Small tasks waiting: the ones a new small task queues behind. */
  get smallWaiting(): number {
    return this.small.length;
  }
  get largeWaiting(): number {
    return this.big.length;
  }
  push(task: Queued): void {
    (large(task) ? this.big : this.small).push(task);
  }
  unshift(task: Queued): void {
    (large(task) ? this.big : this.small).unshift(task);
  }
  shift(): Queued | null {
    const bigTurn = this.big.length > 0 && (this.small.length === 0 || ++this.turns % 5 === 0);
    return (bigTurn ? this.big.shift() : this.small.shift()) ?? null;
  }
  remove(task: Queued): void {
    for (const lane of [this.small, this.big]) {
      const i = lane.indexOf(task);
      if (i >= 0) lane.splice(i, 1);
    }
  }
}

export interface PoolOptions {
  /** Threads; default: defaultThreads(). */
  threads?: number;
}

/**
 * One thread per core but one, and at least one: the server's own thread needs a core too (it parses requests,
 * renders every page and writes every answer: about a quarter of the CPU an analysis request costs), and each
 * analysis thread holds its own copy of the NLP model and rules, about 55 MB. On 2 cores a second thread adds about
 * a third to the analysis throughput and 55 MB of resident memory; WORKER_THREADS=2 chooses that.
 */
export function defaultThreads(): number {
  return Math.max(1, availableParallelism() - 1);
}

export function workerPool(opts: PoolOptions = {}): Work {
  const threads = Math.max(1, opts.threads ?? defaultThreads());
  const queue = new SmallFirstQueue();
  const pool = new Piscina({
    filename: workerEntry(),
    minThreads: threads,
    maxThreads: threads,
    // Threads stay: each one loads the analyzer's rules and model once, which takes about a second.
    idleTimeout: Number.POSITIVE_INFINITY,
    // Heap per thread, so one pathological task ends its own thread (replaced at once) instead of the server.
    resourceLimits: { maxOldGenerationSizeMb: 256, maxYoungGenerationSizeMb: 8 },
  });
  const gate = new Gate(Math.max(1, threads - 1));
  // Tasks wait in `queue` (small first) and go to piscina only when a thread is free, so the order is this queue's
  // and its lengths are exact. (Piscina keeps a task that has an abort signal in a plain first-in-first-out list of its
  // own when no thread is free, whatever task queue it was given.)
  let busy = threads;
  const pump = () => {
    while (busy < threads && queue.size > 0) {
      busy++;
      (queue.shift() as unknown as Waiter).start();
    }
  };
  // Each thread loads the model and rules now rather than on its first request (one warm-up task per thread).
  for (let i = 0; i < threads; i++) {
    pool.run({ task: 'warmUp', input: undefined }).catch(() => {}).finally(() => { busy--; pump(); });
  }

  /** Runs one task within the budget; large ones pass the gate first. */
  // How long small tasks have recently taken from submission to answer (queueing included), as a moving average.
  // When it is past SHED_AFTER_MS and tasks are waiting, a new small request is answered 503 at once: a quick
  // "try again in N s" serves a person better than a page that hangs while the queue grows.
  let sojourn = 0;
  // How long a small task and a large one (a chunk) have lately run in a thread (moving averages), for predicted waits.
  let smallRun = 20;
  let largeRun = 250;
  const predictedWait = () => ((queue.smallWaiting + 1) * smallRun) / threads;
  /** Waits in the queue for a free thread; rejects with the signal's reason if it aborts first. */
  const turn = (large: boolean, signal: AbortSignal) => new Promise<void>((resolve, reject) => {
    const waiter: Waiter = {
      [Piscina.queueOptionsSymbol]: { large },
      start: () => { signal.removeEventListener('abort', onAbort); resolve(); },
      cancel: () => { signal.removeEventListener('abort', onAbort); reject(new BusyError(1)); },
    };
    const onAbort = () => { queue.remove(waiter as unknown as Queued); reject(signal.reason); };
    signal.addEventListener('abort', onAbort, { once: true });
    queue.push(waiter as unknown as Queued);
    pump();
  });
  const backlog = () => (queue.smallWaiting * smallRun + queue.largeWaiting * largeRun) / threads;

  async function run<T>(task: TaskName, input: unknown, budget: Budget, large: boolean, transferList?: ArrayBuffer[]): Promise<T> {
    const left = budget.deadline - Date.now();
    if (left <= 0) throw new BusyError(retryAfter());
    if (!large && ((sojourn > SHED_AFTER_MS && queue.size >= threads) || predictedWait() > SHED_PREDICTED_MS)) throw new BusyError(retryAfter());
    const signal = AbortSignal.timeout(left);
    const started = performance.now();
    let leave: (() => void) | undefined;
    let running = false;
    try {
      if (large) leave = await gate.enter(signal);
      await turn(large, signal);
      running = true;
      const { result, ms } = (await pool.run({ task, input }, { signal, ...(transferList ? { transferList } : {}) })) as Ran;
      if (!large) {
        sojourn = 0.8 * sojourn + 0.2 * (performance.now() - started);
        smallRun = 0.8 * smallRun + 0.2 * ms;
      } else {
        largeRun = 0.8 * largeRun + 0.2 * ms;
      }
      return result as T;
    } catch (err) {
      if (signal.aborted) throw new BusyError(retryAfter());
      throw err;
    } finally {
      if (running) {
        busy--;
        pump();
      }
      leave?.();
    }
  }

  /** Seconds until a retry is likely to be served: the recent wait or the work queued, at least one second. */
  const retryAfter = () => Math.min(60, Math.max(1, Math.ceil(Math.max(sojourn, backlog()) / 1000)));

  /** A request's texts, chunk by chunk, through one of the analysing tasks. */
  async function analyzeChunks<T>(task: 'analyzeTexts' | 'analyzeTextsJson', kind: Kind, texts: string[], budget: Budget, opts: AnalyzeOptions): Promise<T[]> {
    const parts = chunk(texts);
    const total = texts.reduce((n, t) => n + t.length, 0);
    const large = opts.large || parts.length > 1 || total > LARGE_CHARS;
    const results: T[] = [];
    for (const part of parts) results.push(...(await run<T[]>(task, { kind, texts: part, safe: opts.safe }, budget, large)));
    return results;
  }

  return {
    analyze: ((kind: Kind, texts: string[], budget: Budget = startBudget(), opts: AnalyzeOptions = {}) =>
      analyzeChunks<Result | null>('analyzeTexts', kind, texts, budget, opts)) as Work['analyze'],
    analyzeJson: (kind, texts, budget = startBudget(), opts = {}) => analyzeChunks<string | null>('analyzeTextsJson', kind, texts, budget, opts),
    exportResume: async (resume, format, budget = startBudget()) => exported(await run<tasks.Built>('resumeFile', { resume, format }, budget, true)),
    exportPrepSheet: async (stories, format, budget = startBudget()) => exported(await run<tasks.Built>('prepSheetFile', { stories, format }, budget, true)),
    async parseImport(task, budget = startBudget()) {
      return importOutcome(await run<tasks.ImportOutcome>('parseImport', task, budget, true));
    },
    run: <N extends TaskName>(task: N, input: TaskInput<N>, budget: Budget = startBudget()) => run<TaskOutput<N>>(task, input, budget, false),
    close: () => {
      // Work still waiting for a thread is answered busy at once rather than at its deadline.
      while (queue.size) (queue.shift() as unknown as Waiter).cancel();
      return pool.close({ force: true });
    },
  };
}
