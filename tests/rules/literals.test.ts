// The pieces a pattern cannot match without gate every per-bullet regular expression of the rules: a wrong piece
// would silently drop a match, so soundness is checked on generated patterns and texts, and on every rule pattern
// over the corpora we have.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { benchBullets } from '../../bench/corpus.ts';
import { foldCase, gated, mayMatch, requiredPieces, type Gated } from '../../src/rules/literals.ts';
import { getRules } from '../../src/rules/index.ts';
import { privacyRules } from '../../src/resume/preflight/rules.ts';

const sound = (g: Gated, text: string) => {
  g.re.lastIndex = 0;
  const hit = g.re.test(text);
  g.re.lastIndex = 0;
  return !hit || mayMatch(g, text, foldCase(text));
};

describe('requiredPieces', () => {
  it('reads literal runs, alternatives and optional parts', () => {
    expect(requiredPieces('\\bfrom\\s(?:the\\s)?baseline', 'gi')).toEqual(['baseline']);
    expect(requiredPieces('(?:under|below)\\s(?:budget|plan)', 'g')).toEqual(['under', 'below']);
    expect(requiredPieces('(?:%|percent\\b|pct\\b)', 'gi')).toEqual(['%', 'percent', 'pct']);
    expect(requiredPieces('\\b(?:month|months|mos)\\b', 'gi')).toEqual(['month', 'mos']);
    expect(requiredPieces('Q[1-4]', 'g')).toBeNull(); // one letter is too little to test for
    expect(requiredPieces('a?b?', 'g')).toBeNull(); // may match nothing
    expect(requiredPieces('(?<=pre)\\d+', 'g')).toBeNull(); // a lookbehind's text is outside the match... and unknown digits
    expect(requiredPieces('x(?:yz)+', 'g')).toEqual(['yz']);
    expect(requiredPieces('ab(?:cd)?ef', 'g')).toEqual(['abef', 'abcdef']);
    expect(requiredPieces('STAFF', 'giu')).toEqual(['staff']);
    expect(mayMatch(gated(/STAFF/giu), 'ſtaff', foldCase('ſtaff'))).toBe(true); // Unicode case folding: ſ is s
    expect(/STAFF/giu.test('ſtaff')).toBe(true);
    expect(requiredPieces('Staff', 'gi')).toEqual(['staff']);
    expect(requiredPieces('(unclosed', 'g')).toBeNull();
  });
});

// A small regex language (what the rules use) and a sampler of strings each pattern matches.
type Node =
  | { t: 'lit'; s: string } | { t: 'class' } | { t: 'any' } | { t: 'space' } | { t: 'b' }
  | { t: 'seq'; xs: Node[] } | { t: 'alt'; xs: Node[] } | { t: 'q'; x: Node; min: number; max: number; lazy: boolean }
  | { t: 'look'; x: Node; neg: boolean; behind: boolean };

const letters = ['a', 'b', 'A', 'B', 's', 'k', '-', '.', '$', '%', '/'];
const node: fc.Arbitrary<Node> = fc.letrec<{ node: Node }>((tie) => ({
  node: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    fc.record({ t: fc.constant('lit' as const), s: fc.constantFrom(...letters) }),
    fc.record({ t: fc.constant('class' as const) }),
    fc.record({ t: fc.constant('any' as const) }),
    fc.record({ t: fc.constant('space' as const) }),
    fc.record({ t: fc.constant('b' as const) }),
    fc.record({ t: fc.constant('seq' as const), xs: fc.array(tie('node'), { minLength: 1, maxLength: 4 }) }),
    fc.record({ t: fc.constant('alt' as const), xs: fc.array(tie('node'), { minLength: 2, maxLength: 3 }) }),
    fc.record({ t: fc.constant('q' as const), x: tie('node'), min: fc.integer({ min: 0, max: 2 }), max: fc.integer({ min: 1, max: 3 }), lazy: fc.boolean() }),
    fc.record({ t: fc.constant('look' as const), x: tie('node'), neg: fc.boolean(), behind: fc.boolean() }),
  ),
})).node;

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&'); // '-' stands for itself (an escape of it is an error with u)
function source(n: Node): string {
  switch (n.t) {
    case 'lit': return escape(n.s);
    case 'class': return '[aB%]';
    case 'any': return '.';
    case 'space': return '\\s';
    case 'b': return '\\b';
    case 'seq': return n.xs.map((x) => `(?:${source(x)})`).join('');
    case 'alt': return `(?:${n.xs.map(source).join('|')})`;
    case 'q': return `(?:${source(n.x)}){${n.min},${Math.max(n.min, n.max)}}${n.lazy ? '?' : ''}`;
    case 'look': return `(?${n.behind ? '<' : ''}${n.neg ? '!' : '='}${source(n.x)})`;
  }
}
/** A string the node could match (lookarounds and \b may still refuse it: then the property is vacuous). */
function sample(n: Node, rnd: () => number): string {
  switch (n.t) {
    case 'lit': {
      // The two signs Unicode case folding reads as ASCII letters: ſ (s) and the Kelvin sign (k).
      if (n.s === 's' && rnd() < 0.3) return 'ſ';
      if (n.s === 'k' && rnd() < 0.3) return '\u212a';
      return rnd() < 0.5 ? n.s.toUpperCase() : n.s.toLowerCase();
    }
    case 'class': return ['a', 'B', '%'][Math.floor(rnd() * 3)]!;
    case 'any': return ['x', 'a', '.'][Math.floor(rnd() * 3)]!;
    case 'space': return ' ';
    case 'b': return '';
    case 'seq': return n.xs.map((x) => sample(x, rnd)).join('');
    case 'alt': return sample(n.xs[Math.floor(rnd() * n.xs.length)]!, rnd);
    case 'q': {
      const k = n.min + Math.floor(rnd() * (Math.max(n.min, n.max) - n.min + 1));
      return Array.from({ length: k }, () => sample(n.x, rnd)).join('');
    }
    case 'look': return '';
  }
}

describe('gated patterns', () => {
  it('never skip a text a generated pattern matches', () => {
    let matched = 0;
    let gatedCount = 0;
    fc.assert(fc.property(node, fc.constantFrom('g', 'gi', 'gu', 'giu'), fc.integer(), fc.string({ maxLength: 6 }), fc.string({ maxLength: 6 }), (n, flags, seed, before, after) => {
      let s = seed >>> 0;
      const rnd = () => ((s = (s * 1664525 + 1013904223) >>> 0) / 2 ** 32);
      const re = new RegExp(source(n), flags);
      const g = gated(re);
      if (g.pieces) gatedCount++;
      for (let k = 0; k < 3; k++) {
        const text = before + sample(n, rnd) + after;
        re.lastIndex = 0;
        if (re.test(text)) matched++;
        expect(sound(g, text), `${re} on ${JSON.stringify(text)} with ${JSON.stringify(g.pieces)}`).toBe(true);
      }
    }), { numRuns: 3000, seed: 7 });
    expect(matched).toBeGreaterThan(3000);
    expect(gatedCount).toBeGreaterThan(200);
  });

  it('never skip a text a rule pattern matches, on every corpus we have', () => {
    const rules = getRules();
    const all: Gated[] = [
      ...[rules.metric, rules.baseline, rules.timeframe].flatMap((s) => [...s.patterns, ...s.excludeContexts]),
      ...rules.checks.flatMap((c) => (c.tokens ? [c.tokens] : [])),
      ...privacyRules().map((r) => r.gate),
    ];
    expect(all.filter((g) => g.pieces).length).toBeGreaterThan(40);
    const root = join(import.meta.dirname, '..', '..');
    const fromFile = (f: string) => readFileSync(join(root, f), 'utf8').split('\n').filter(Boolean).map((l) => (JSON.parse(l) as { text: string }).text);
    const examples = [
      ...rules.files.signals.flatMap((f) => [...f.data.examples.valid, ...f.data.examples.invalid]),
      ...rules.files.checks.flatMap((f) => [...(f.data.examples?.valid ?? []), ...(f.data.examples?.invalid ?? [])]),
      ...privacyRules().flatMap((r) => [...r.examples.valid, ...r.examples.invalid]),
    ];
    const texts = [...fromFile('eval/data/dev-bullets.jsonl'), ...fromFile('tests/fixtures/heldout-bullets.jsonl'), ...benchBullets(1500, 5), ...examples];
    let hits = 0;
    for (const text of texts) {
      for (const variant of [text, text.toUpperCase()]) {
        for (const g of all) {
          g.re.lastIndex = 0;
          if (g.re.test(variant)) hits++;
          expect(sound(g, variant), `${g.re} on ${variant}`).toBe(true);
        }
      }
    }
    expect(hits).toBeGreaterThan(5000);
  });
});
