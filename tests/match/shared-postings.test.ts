// The real postings in ../shared/postings (read from there, never copied): extraction meets its targets against the
// hand labels. Skips with a note when ../shared is absent, so a clone of the project alone still passes.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { readSharedPostings, SHARED_POSTINGS } from '../../eval/shared-postings.ts';
import { extractRequirements } from '../../src/match/extract.ts';

const postings = readSharedPostings();
if (!postings) console.log(`real posting tests skipped: ${SHARED_POSTINGS} is absent`);
const labels = parse(readFileSync(join(import.meta.dirname, '..', '..', 'eval', 'postings-labels.yml'), 'utf8')) as Record<string, Record<string, string[]>>;

describe.skipIf(!postings)('real postings', () => {
  it('every posting is labelled', () => {
    expect([...postings!.keys()].filter((n) => !labels[n])).toEqual([]);
  });
  it('precision >= 0.85 and recall >= 0.90 per kind against the labels', () => {
    const counts = new Map<string, { tp: number; fp: number; fn: number }>();
    const c = (kind: string) => counts.get(kind) ?? counts.set(kind, { tp: 0, fp: 0, fn: 0 }).get(kind)!;
    for (const [name, text] of postings!) {
      const want = new Set(Object.values(labels[name] ?? {}).flat());
      const got = new Set(extractRequirements(text).map((r) => r.id));
      for (const id of want) c(id.split(':')[0]!)[got.has(id) ? 'tp' : 'fn']++;
      for (const id of got) if (!want.has(id)) c(id.split(':')[0]!).fp++;
    }
    for (const [kind, x] of counts) {
      expect(x.tp / Math.max(1, x.tp + x.fp), `${kind} precision`).toBeGreaterThanOrEqual(0.85);
      expect(x.tp / Math.max(1, x.tp + x.fn), `${kind} recall`).toBeGreaterThanOrEqual(0.9);
    }
  });
  it('reads every posting fast and without throwing', () => {
    for (const text of postings!.values()) expect(() => extractRequirements(text)).not.toThrow();
  });
});
