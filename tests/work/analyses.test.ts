// An analysis is computed once per text and rules version: a second view, or a restart over the same store, does
// no analysis; an edited text is analysed again; saved analyses go with their workspace and with texts it dropped.
import { describe, expect, it } from 'vitest';
import type { Kind } from '../../src/analyze/index.ts';
import { openSqliteStore } from '../../src/store/sqlite/index.ts';
import { Analyses, MAX_CACHE_BYTES, rulesVersion, textHash, weightOf } from '../../src/work/analyses.ts';
import { BusyError } from '../../src/work/budget.ts';
import { CHUNK_CHARS, inlineWork, type Work } from '../../src/work/pool.ts';

function counting(): { work: Work; analysed: string[] } {
  const inner = inlineWork();
  const analysed: string[] = [];
  const work: Work = {
    ...inner,
    analyze: (async (kind: Kind, texts: string[], budget?: never, opts?: never) => {
      analysed.push(...texts);
      return inner.analyze(kind, texts, budget, opts);
    }) as Work['analyze'],
  };
  return { work, analysed };
}

const STORY = 'Our clinic had 18% no-shows in 2022. I was asked to fix it. I piloted SMS reminders with 12 staff. No-shows fell to 11% in 6 months.';

describe('Analyses', () => {
  it('analyses each story once, even across a restart, and again when its text changes', async () => {
    const store = openSqliteStore(':memory:');
    const ws = await store.workspaces.create();
    const first = counting();
    const a = new Analyses(first.work, store.analyses);
    await a.prepare('story', [STORY, STORY], { workspaceId: ws.id });
    await a.prepare('story', [STORY], { workspaceId: ws.id });
    expect(first.analysed).toEqual([STORY]);
    expect(a.story(STORY).parts.result.length).toBeGreaterThan(0);

    const restarted = counting();
    const b = new Analyses(restarted.work, store.analyses);
    await b.prepare('story', [STORY], { workspaceId: ws.id });
    expect(restarted.analysed).toEqual([]);
    expect(b.story(STORY)).toEqual(a.story(STORY));

    const edited = `${STORY} Patient satisfaction rose 9 points.`;
    await b.prepare('story', [edited], { workspaceId: ws.id, complete: true });
    expect(restarted.analysed).toEqual([edited]);
    // `complete` dropped the saved analysis of the text the workspace no longer holds.
    const saved = store.db.prepare('SELECT text_hash FROM analyses WHERE workspace_id = ?').pluck().all(ws.id);
    expect(saved).toEqual([textHash(edited)]);

    await store.workspaces.delete(ws.id);
    expect(store.db.prepare('SELECT count(*) FROM analyses').pluck().get()).toBe(0);
  });

  it('does not use an analysis saved under other rules', async () => {
    const store = openSqliteStore(':memory:');
    const ws = await store.workspaces.create();
    await store.analyses.put(ws.id, 'bullet', 'older-rules', [{ hash: textHash('Cut overtime 9%.'), json: '{"kind":"bullet","score":100}' }]);
    const { work, analysed } = counting();
    const a = new Analyses(work, store.analyses);
    await a.prepare('bullet', ['Cut overtime 9%.'], { workspaceId: ws.id });
    expect(analysed).toEqual(['Cut overtime 9%.']);
    expect(a.bullet('Cut overtime 9%.').score).toBeLessThan(100);
    expect(rulesVersion()).toMatch(/^[0-9a-f]{16}$/);
  });

  it('keeps what a long first analysis finished when time runs out, says how far it got, and goes on from there next time', async () => {
    const store = openSqliteStore(':memory:');
    const ws = await store.workspaces.create();
    const stories = Array.from({ length: 3 }, (_, i) => `${i}. ${STORY} `.repeat(Math.ceil(CHUNK_CHARS / STORY.length)).slice(0, CHUNK_CHARS));
    const inner = inlineWork();
    let calls = 0;
    const flaky: Work = {
      ...inner,
      analyze: (async (kind: Kind, texts: string[], budget?: never, opts?: never) => {
        if (++calls === 2) throw new BusyError(3);
        return inner.analyze(kind, texts, budget, opts);
      }) as Work['analyze'],
    };
    const err = await new Analyses(flaky, store.analyses).prepare('story', stories, { workspaceId: ws.id }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(BusyError);
    expect((err as BusyError).message).toMatch(/Still analysing: 1 of 3 stories are ready/);
    expect((err as BusyError).retryAfterSeconds).toBe(3);
    const next = counting();
    await new Analyses(next.work, store.analyses).prepare('story', stories, { workspaceId: ws.id });
    expect(next.analysed).toEqual(stories.slice(1));
  });

  it('keeps each kind apart: the same text as a bullet and as a story', async () => {
    const { work } = counting();
    const a = new Analyses(work);
    await a.prepare('bullet', [STORY]);
    await a.prepare('story', [STORY]);
    expect(a.bullet(STORY).kind).toBe('bullet');
    expect(a.story(STORY).kind).toBe('story');
  });

  describe('memory', () => {
    // A pool that answers each text with a large marked result, so a test can tell its results from any analysed here.
    const bulky = (size: number): Work => ({
      ...inlineWork(),
      analyze: (async (_kind: Kind, texts: string[]) => texts.map((text) => ({ kind: 'bullet', text, marker: 'from the pool', pad: 'x'.repeat(size) }))) as unknown as Work['analyze'],
    });

    it('weighs an entry by its heap, about twice its JSON, and stays within its byte bound', async () => {
      expect(weightOf('t', 'x'.repeat(10_000))).toBeGreaterThanOrEqual(20_000);
      const a = new Analyses(bulky(500_000));
      for (let i = 0; i < 40; i++) await a.prepare('bullet', [`bullet ${i}`]);
      expect(a.bytes).toBeGreaterThan(MAX_CACHE_BYTES / 2);
      expect(a.bytes).toBeLessThanOrEqual(MAX_CACHE_BYTES);
    });

    it('hands a caller every result it prepared, even when they do not all fit, without analysing in this thread', async () => {
      const a = new Analyses(bulky(1_000_000));
      const texts = Array.from({ length: 30 }, (_, i) => `bullet ${i}`); // about 60 MB of results against a 24 MB bound
      await a.prepare('bullet', texts);
      for (const t of texts) expect((a.bullet(t) as unknown as { marker: string }).marker).toBe('from the pool');
      expect(a.bytes).toBeLessThanOrEqual(MAX_CACHE_BYTES);
      await new Promise((r) => setImmediate(r));
      // Past this turn of the event loop only what fits stays.
      expect((a.bullet(texts[29]!) as unknown as { marker?: string }).marker).toBe('from the pool');
    });
  });
});
