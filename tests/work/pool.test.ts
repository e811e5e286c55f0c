// The worker pool runs the same tasks as this thread, keeps small tasks ahead of large ones, and turns a missed
// deadline into BusyError; an import problem crosses the thread boundary as the same ImportError.
import { afterAll, describe, expect, it } from 'vitest';
import { analyzeBullet } from '../../src/analyze/index.ts';
import { isImportError } from '../../src/import/index.ts';
import { BusyError, startBudget } from '../../src/work/budget.ts';
import { chunk, CHUNK_CHARS, inlineWork, SmallFirstQueue, workerPool } from '../../src/work/pool.ts';
import { Piscina } from 'piscina';

const BULLET = 'Reduced no-shows from 18% to 11% in 6 months by piloting SMS reminders.';

describe('chunk', () => {
  it('keeps order, stays under the size, and gives a long text a chunk of its own', () => {
    const texts = ['a'.repeat(1500), 'b'.repeat(1500), 'c'.repeat(1500), 'd'.repeat(9000), 'e'];
    const parts = chunk(texts);
    expect(parts.flat()).toEqual(texts);
    expect(parts.map((p) => p.length)).toEqual([2, 1, 1, 1]);
    for (const p of parts) if (p.length > 1) expect(p.join('').length).toBeLessThanOrEqual(CHUNK_CHARS);
  });
});

describe('SmallFirstQueue', () => {
  const task = (name: string, large: boolean) => ({ name, [Piscina.queueOptionsSymbol]: { large } }) as never;
  it('hands out small tasks first, but gives a large one every fifth turn', () => {
    const q = new SmallFirstQueue();
    q.push(task('L1', true));
    for (let i = 1; i <= 6; i++) q.push(task(`s${i}`, false));
    const order: string[] = [];
    while (q.size) order.push((q.shift() as unknown as { name: string }).name);
    expect(order).toEqual(['s1', 's2', 's3', 's4', 'L1', 's5', 's6']);
  });
});

describe('workerPool', () => {
  const pool = workerPool({ threads: 1 });
  afterAll(() => pool.close());

  it('analyses in a worker thread exactly as this thread does', async () => {
    const [result] = await pool.analyze('bullet', [BULLET]);
    expect(result).toEqual(analyzeBullet(BULLET));
  }, 30_000);

  it('gives the same results as JSON text, for passing on without rebuilding them', async () => {
    const texts = [BULLET, 'Helped with budget preparation'];
    const json = await pool.analyzeJson('bullet', texts);
    expect(json.map((j) => JSON.parse(j!))).toEqual(JSON.parse(JSON.stringify(await pool.analyze('bullet', texts))));
  }, 30_000);

  it('answers BusyError when the deadline passes while the work waits or runs', async () => {
    const long = Array.from({ length: 40 }, (_, i) => `In 2022 our clinic had ${i + 10}% no-shows. I piloted SMS reminders with 12 staff. No-shows fell to 11% within 6 months. `.repeat(40));
    await expect(pool.analyze('story', long, { deadline: Date.now() + 50 })).rejects.toBeInstanceOf(BusyError);
    // The pool still works afterwards (a thread stopped mid-task is replaced).
    expect((await pool.analyze('bullet', [BULLET], startBudget()))[0]!.score).toBeGreaterThan(0);
  }, 60_000);

  it('brings an import problem back as an ImportError with its code', async () => {
    const err = await pool.parseImport({ bytes: new Uint8Array(Buffer.from('PK\u0003\u0004 not really a zip')), fileName: 'cv.docx' }).catch((e: unknown) => e);
    expect(isImportError(err)).toBe(true);
    expect((err as { code: string }).code).toBe('corrupt');
  }, 30_000);

  it('builds a DOCX in a worker', async () => {
    const { buffer, fileName } = await pool.exportResume({ basics: { name: 'Dana Smith' } }, 'docx');
    expect(buffer.subarray(0, 2).toString('latin1')).toBe('PK');
    expect(fileName).toMatch(/Dana.*\.docx$/);
  }, 30_000);
});

describe('workerPool order', () => {
  it('runs a small request ahead of large work that was queued before it', async () => {
    const pool = workerPool({ threads: 1 }); // its thread is busy warming up while these queue
    try {
      const done: string[] = [];
      const large = pool.analyze('bullet', [BULLET], undefined, { large: true }).then(() => done.push('large'));
      await new Promise((r) => setImmediate(r)); // the large task is in the queue now
      const small = pool.analyze('bullet', ['Cut overtime 9%.']).then(() => done.push('small'));
      await Promise.all([large, small]);
      expect(done).toEqual(['small', 'large']);
    } finally {
      await pool.close();
    }
  }, 60_000);
});

describe('workerPool admission', () => {
  it('turns new small requests away at once when those already queued would keep them waiting past the limit', async () => {
    const pool = workerPool({ threads: 1 });
    try {
      // All queued in one turn of the event loop, before any has run: only the predicted wait can turn some away.
      const outcomes = await Promise.all(Array.from({ length: 400 }, (_, i) => pool.analyze('bullet', [`Cut overtime ${i}%.`]).then(() => 'ok', (err: unknown) => err)));
      const busy = outcomes.filter((o) => o instanceof BusyError);
      expect(busy.length).toBeGreaterThan(0);
      expect(outcomes.filter((o) => o === 'ok').length).toBeGreaterThan(0);
      expect(busy.length + outcomes.filter((o) => o === 'ok').length).toBe(400);
      expect((busy[0] as BusyError).retryAfterSeconds).toBeGreaterThanOrEqual(1);
    } finally {
      await pool.close();
    }
  }, 60_000);
});

describe('inlineWork', () => {
  it('checks the deadline between chunks', async () => {
    await expect(inlineWork().analyze('bullet', [BULLET], { deadline: Date.now() - 1 })).rejects.toBeInstanceOf(BusyError);
  });
});

describe('workerPool close', () => {
  it('answers work still waiting for a thread as busy at once', async () => {
    const pool = workerPool({ threads: 1 }); // its thread is busy warming up
    const waiting = pool.analyze('bullet', [BULLET]).catch((e: unknown) => e);
    await pool.close();
    expect(await waiting).toBeInstanceOf(BusyError);
  }, 30_000);
});
