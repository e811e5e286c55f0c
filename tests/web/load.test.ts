// Under load the server keeps answering: a large valid request runs on the worker pool while a small one sent
// meanwhile answers in under a second; a request over the character budget is refused at once with 413.
// Runs the real server (npm start's own command line), so the worker threads are the ones users get.
import type { ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REQUEST_BUDGET } from '../../src/work/budget.ts';
import { startServer } from './spawn.ts';

const STORY = 'In 2022 our clinic had an 18% no-show rate, which cost about $400K a year. I was asked to fix it. '
  + 'I piloted SMS reminders and open-access slots with the front desk team and trained 12 staff. '
  + 'Within 6 months no-shows fell to 11% and visit revenue rose $210K. ';
const storyOf = (chars: number, i: number) => `${i}. ${STORY.repeat(Math.ceil(chars / STORY.length))}`.slice(0, chars);

describe('the server under a large request', () => {
  let child: ChildProcess;
  let base: string;
  const dataDir = mkdtempSync(join(tmpdir(), 'rv-load-'));

  beforeAll(async () => {
    ({ child, base } = await startServer({ DATA_DIR: dataDir, RATE_LIMIT_API_PER_MINUTE: '100000' }));
    // Ready means the worker threads are warm.
    for (let i = 0; i < 100; i++) {
      const res = await fetch(`${base}/api/v1/analyze`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ items: ['Cut overtime 9%.'] }) });
      if (res.status === 200) break;
      await new Promise((r) => setTimeout(r, 200));
    }
  }, 60_000);

  afterAll(() => {
    child?.kill('SIGTERM');
    rmSync(dataDir, { recursive: true, force: true });
  });

  const post = (body: unknown) => fetch(`${base}/api/v1/analyze`, {
    method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body),
  });

  // A stalled server fails every attempt (the small request waits for the whole large one, tens of seconds); a retry
  // only forgives a test machine that was busy with other test files for that one second.
  it('answers a one-bullet request in under a second while a large valid request is being analysed', { retry: 2, timeout: 120_000 }, async () => {
    const stories = Array.from({ length: 12 }, (_, i) => storyOf(5000, i));
    let largeDone = false;
    const large = post({ kind: 'story', items: stories }).then(async (res) => {
      largeDone = true;
      return { status: res.status, body: (await res.json()) as { results: unknown[] } };
    });
    await new Promise((r) => setTimeout(r, 300));
    // Three small requests one after another, while the large one runs; on a machine shared with other work one
    // can be held up by the operating system, so the quickest of them is the one judged.
    const times: number[] = [];
    for (let i = 0; i < 3; i++) {
      const t0 = performance.now();
      const small = await post({ items: [`Reduced no-shows from 18% to ${11 - i}% by piloting SMS reminders.`] });
      times.push(performance.now() - t0);
      expect(small.status).toBe(200);
      expect(((await small.json()) as { results: unknown[] }).results).toHaveLength(1);
    }
    expect(largeDone).toBe(false); // the small ones really were served while the large one was in flight
    expect(Math.min(...times)).toBeLessThan(1000);
    const { status, body } = await large;
    expect(status).toBe(200);
    expect(body.results).toHaveLength(12);
  });

  it('refuses a request over the character budget with 413 and a message that says how much fits', async () => {
    const items = Array.from({ length: 200 }, (_, i) => storyOf(5000, i));
    const t0 = performance.now();
    const res = await post({ kind: 'story', items });
    expect(res.status).toBe(413);
    const { error } = (await res.json()) as { error: { code: string; message: string } };
    expect(error.code).toBe('too_much_text');
    expect(error.message).toContain(REQUEST_BUDGET.chars.toLocaleString('en-US'));
    expect(performance.now() - t0).toBeLessThan(5000);
  }, 30_000);
});
