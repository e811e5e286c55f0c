// The compact word list answers exactly as a Set of the same words would.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { WordList } from '../../../src/analyze/spelling/word-list.ts';

describe('WordList', () => {
  it('finds every word it holds and nothing else, including prefixes and extensions of its words', () => {
    const list = WordList.of(['manage', 'managed', 'Medicaid', "manager's", 'a', 'managed']);
    expect(list.size).toBe(5);
    for (const w of ['manage', 'managed', 'Medicaid', "manager's", 'a']) expect(list.has(w)).toBe(true);
    for (const w of ['', 'manag', 'manages', 'medicaid', 'b', 'managedd', 'A']) expect(list.has(w)).toBe(false);
    expect([...list]).toEqual(['Medicaid', 'a', 'manage', 'managed', "manager's"]);
  });

  it('reads back what it serialized, and an empty list holds nothing', () => {
    const list = WordList.of(['zeta', 'alpha', 'mu']);
    expect([...new WordList(list.serialize())]).toEqual(['alpha', 'mu', 'zeta']);
    expect(new WordList('').size).toBe(0);
    expect(new WordList('').has('')).toBe(false);
  });

  it('agrees with a Set on random words', () => {
    const word = fc.string({ unit: fc.constantFrom('a', 'b', 'c', "'", 'A', 'é'), minLength: 1, maxLength: 5 });
    fc.assert(fc.property(fc.array(word, { maxLength: 40 }), fc.array(word, { maxLength: 20 }), (held, asked) => {
      const list = WordList.of(held);
      const set = new Set(held);
      for (const w of [...held, ...asked]) expect(list.has(w)).toBe(set.has(w));
    }));
  });
});

describe('the Hunspell word list', () => {
  it('finds each of its 100,000-odd words, and not their near misses', async () => {
    const { hunspellWords } = await import('../../../src/analyze/spelling/dictionary.ts');
    const list = hunspellWords();
    expect(list.size).toBeGreaterThan(100_000);
    const all = new Set(list);
    let asked = 0;
    for (const w of all) {
      expect(list.has(w)).toBe(true);
      const miss = `${w}q`;
      if (!all.has(miss)) {
        asked++;
        expect(list.has(miss)).toBe(false);
      }
    }
    expect(asked).toBeGreaterThan(100_000);
  });
});

describe('the common-misspellings index', () => {
  it('keeps a bounded number of prefix indexes and answers the same after one was let go', async () => {
    const { dictionary, MAX_PREFIX_INDEXES, prefixIndexes } = await import('../../../src/analyze/spelling/dictionary.ts');
    const d = dictionary();
    const first = d.knownMisspelling('recieve');
    expect(first).toContain('receive');
    const letters = 'abcdefghijklmnopqrstuvwxyz';
    for (const a of letters) for (const b of letters.slice(0, 4)) d.knownMisspelling(`${a}${b}zzq`);
    expect(prefixIndexes()).toBeLessThanOrEqual(MAX_PREFIX_INDEXES);
    expect(d.knownMisspelling('recieve')).toEqual(first);
  });
});
