// Golden before/after pairs (tests/rewrite/golden.yml), reviewed by hand: the analysis's rewrite must match.
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { analyzeBullet } from '../../src/analyze/index.ts';
import { inventedNumbers } from '../../src/analyze/suggest/facts.ts';

const Golden = z.array(z.object({ before: z.string().min(1), after: z.string().min(1) }).strict()).min(130);
const pairs = Golden.parse(parse(readFileSync(new URL('./golden.yml', import.meta.url), 'utf8')));

describe('golden rewrites', () => {
  it('are distinct bullets', () => {
    expect(new Set(pairs.map((p) => p.before)).size).toBe(pairs.length);
  });
  it.each(pairs.map((p) => [p.before, p.after]))('%s', (before, after) => {
    const rewrite = analyzeBullet(before).rewrite;
    expect(rewrite?.text).toBe(after);
    expect(rewrite?.placeholders).toEqual(after.match(/\[[^\]]+\]/g) ?? []);
    expect(inventedNumbers(after, [before])).toEqual([]);
  });
});
