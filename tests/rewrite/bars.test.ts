// Bars over the team's dev set: every bullet gets a rewrite that asks for exactly the parts
// the analyzer found missing, and every bullet quoted from the guide comes back whole, in the same order.
import { describe, expect, it } from 'vitest';
import { analyzeBullet } from '../../src/analyze/index.ts';
import { asRewrite, suggestRewrites } from '../../src/analyze/suggest/index.ts';
import { missingParts, wrongWayKpis } from '../../src/analyze/suggest/missing.ts';
import { devBullets } from './dev-set.ts';

const dev = devBullets();
const GUIDE_FALLBACK = [
  'Increased clinic capacity 18% by redesigning templates and adding open-access blocks; new-patient lag –12 days, CG-CAHPS +7 pts.',
  'Lowered denials 29% and days in A/R 6.5 by standardizing prior auth workflows and deploying a coding tip sheet; net revenue +$2.3M.',
];
const guide = dev.length ? dev.filter((b) => b.source === 'guide').map((b) => b.text) : GUIDE_FALLBACK;
const all = dev.length ? dev.map((b) => b.text) : GUIDE_FALLBACK;
const words = (s: string) => s.toLowerCase().match(/[a-z0-9$+\-–.%/]+/g)?.map((w) => w.replace(/[.]+$/, '')).filter(Boolean) ?? [];

describe('every dev bullet gets a rewrite that asks for exactly the parts found missing, at most two in the text', () => {
  it.each(all)('%s', (text) => {
    const a = analyzeBullet(text);
    expect(a.rewrite).not.toBeNull();
    const best = suggestRewrites(a)[0]!;
    expect(a.rewrite).toEqual(asRewrite(best));
    expect(best.placeholders.length).toBeLessThanOrEqual(2);
    const asked = [...best.questions, ...best.beside].map((q) => q.part);
    expect(new Set(asked).size).toBe(asked.length);
    // A KPI that moved the wrong way is framed: the one question is what the writer did about it.
    if (wrongWayKpis(a).length) {
      expect(asked).toEqual(['response']);
      return;
    }
    const missing = missingParts(a);
    // Asked for (in the text or beside it), or taken from the user's own words once reworded (a duty becomes the
    // "how"); a missing magnitude is asked within the result's question ("what improved, and by how much?").
    const expected = [...missing].filter((p) => !(p === 'metric' && missing.has('result')));
    expect([...asked, ...best.supplied].sort()).toEqual(expected.sort());
  });
});

describe('every guide bullet comes back whole: the same words in the same order, only missing parts added', () => {
  it.each(guide)('%s', (text) => {
    const rewrite = analyzeBullet(text).rewrite!;
    const without = rewrite.text.replace(/\s*(?:from a baseline of |by |from )?\[[^\]]+\]/g, '');
    expect(words(without)).toEqual(words(text));
  });
});
