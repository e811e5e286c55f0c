// Phrases as lemma sequences in one trie: the syntax on inline phrases, then the shipped KPI catalogue (every term
// found on its own words, every listed example found, every counter-example missed).
import { describe, expect, it } from 'vitest';
import { findTerms } from '../../src/analyze/pipeline/kpi.ts';
import { parse } from '../../src/analyze/pipeline/parse.ts';
import { getRules } from '../../src/rules/index.ts';
import { PhraseTrie, phraseElements, phraseRegex, piecesOf, piecesOfTokens, type Element } from '../../src/rules/phrases.ts';

const rules = getRules();

/** Where the phrases of a small trie are found in a text, as "value:matched words". */
function found(phrases: Record<string, string | { phrase: string; exact: string }>, text: string): string[] {
  const trie = new PhraseTrie<string>();
  for (const [value, p] of Object.entries(phrases)) {
    if (typeof p === 'string') trie.add(p, { value });
    else trie.add(p.phrase, { value, exact: p.exact });
  }
  const p = parse(text, rules);
  return trie.find(p.matchText, piecesOfTokens(p.matchText, p.tokens)).sort((a, b) => a.start - b.start || a.end - b.end).map((h) => `${h.value}:${text.slice(h.start, h.end)}`);
}

describe('phrases', () => {
  it('a word matches itself and its plural; case does not matter', () => {
    expect(found({ denials: 'denial rate' }, 'Cut Denial Rates 20% and the denial rate of one payer.')).toEqual(['denials:Denial Rates', 'denials:denial rate']);
  });
  it('hyphens and spaces read alike, and a possessive is dropped', () => {
    expect(found({ noShows: 'no-show rate' }, 'Cut no show rates and the clinic’s no-show rate.')).toEqual(['noShows:no show rates', 'noShows:no-show rate']);
    expect(found({ hcahps: 'HCAHPS' }, "Raised HCAHPS's top-box score.")).toEqual(['hcahps:HCAHPS']);
  });
  it('{verb} matches every form of the verb; a plain word does not', () => {
    expect(found({ reconcile: '{reconcile}' }, 'Reconciled accounts, reconciling daily.')).toEqual(['reconcile:Reconciled', 'reconcile:reconciling']);
    expect(found({ spend: 'spend' }, 'Spent two years; cut spend.')).toEqual(['spend:spend']);
  });
  it('choices, optional words, numbers, any word and gaps', () => {
    expect(found({ t: '(RN|staff)? turnover rate?' }, 'Cut RN turnover, staff turnover rates and turnover.'))
      .toEqual(['t:RN turnover', 't:turnover', 't:staff turnover', 't:staff turnover rates', 't:turnover', 't:turnover rates', 't:turnover']);
    expect(found({ star: '# star rating' }, 'Kept a 4.5-star rating.')).toEqual(['star:4.5-star rating']);
    expect(found({ team: 'team of *' }, 'Led a team of 16 and a team of nurses.')).toEqual(['team:team of 16', 'team:team of nurses']);
    expect(found({ h: 'HCAHPS ...3 score' }, 'Raised HCAHPS communication with nurses scores.')).toEqual(['h:HCAHPS communication with nurses scores']);
    expect(found({ h: 'HCAHPS ...3 score' }, 'Raised HCAHPS for two units in the east wing scores.')).toEqual([]);
  });
  it('never reads across a comma, semicolon or bracket', () => {
    expect(found({ w: 'wait time' }, 'Cut the wait, time to triage fell.')).toEqual([]);
    expect(found({ w: 'wait time' }, 'Cut wait (time) 10%.')).toEqual([]);
    expect(found({ h: 'HCAHPS ...3 score' }, 'Tracked HCAHPS, quality and safety scores.')).toEqual([]);
  });
  it('an abbreviation is matched as written', () => {
    const los = { los: { phrase: 'LOS', exact: 'LOS' } };
    expect(found(los, 'Cut LOS 0.6 days.')).toEqual(['los:LOS']);
    expect(found(los, 'Cut los 0.6 days and LOS-related delays.')).toEqual([]);
  });
  it('refuses regex syntax and phrases with no word', () => {
    expect(() => phraseElements('denial rate?')).not.toThrow();
    expect(() => phraseElements('denials?')).toThrow(/no word that must be there/);
    expect(() => phraseElements('denial(?:s)')).toThrow(/not a word of a phrase/);
    expect(() => phraseElements('# ...')).toThrow();
    expect(() => phraseElements('... score')).toThrow(/start or end/);
  });
  it('splits words into pieces with exact offsets', () => {
    expect(piecesOf('x A/R days', 2, 5).map((p) => [p.norm, p.start, p.end])).toEqual([['a', 2, 3], ['/', 3, 4], ['r', 4, 5]]);
  });
  it('as a pattern for raw text, reads the same words', () => {
    const re = (p: string) => new RegExp(`^(?:${phraseRegex(p)})$`, 'i');
    expect(re('days in A/R').test('days in A/R')).toBe(true);
    expect(re('(RN|staff)? turnover rate?').test('staff turnover rates')).toBe(true);
    expect(re('(RN|staff)? turnover rate?').test('turnover')).toBe(true);
    expect(re('(RN|staff)? turnover rate?').test('nurse turnover')).toBe(false);
    expect(re('{reconcile}').test('reconciled')).toBe(true);
  });
});

/** Plain readings of a phrase that between them use every choice's every alternative (optional words kept, `#` as 5, `*` as "clinic", gaps empty). */
function plainReadings(phrase: string): string[] {
  const render = (els: readonly Element[], r: number): string => els.map((e) => {
    const w = e.kind === 'word' ? e.forms[0]! : e.kind === 'num' ? '5' : e.kind === 'any' ? 'clinic' : e.kind === 'gap' ? '' : render(e.alternatives[Math.min(r, e.alternatives.length - 1)]!, r);
    return e.joined ? `\u0000${w}` : w;
  }).filter(Boolean).join(' ').replace(/ ?\u0000/g, '');
  const els = phraseElements(phrase);
  const n = Math.max(1, ...els.map((e) => (e.kind === 'choice' ? e.alternatives.length : 1)));
  return [...new Set(Array.from({ length: n }, (_, r) => render(els, r)))];
}

describe('the KPI catalogue, looked up in one pass over the tokens', () => {
  const kpisIn = (text: string) => {
    const p = parse(text, rules);
    return findTerms(p.matchText, p.tokens, rules).kpis;
  };
  for (const f of rules.files.kpis) {
    it(`${f.id}: every term and abbreviation is found on its own words`, () => {
      const missed: string[] = [];
      for (const k of f.data.kpis) {
        for (const t of [...k.terms, ...(k.abbreviations ?? [])]) {
          for (const words of k.abbreviations?.includes(t) ? [t] : plainReadings(t)) {
            const text = `Improved ${words} by 10%.`;
            const hit = kpisIn(text).find((m) => m.id === k.id);
            if (!hit || hit.start > 9 || hit.end < 9 + words.length) missed.push(`${k.id}: ${words}`);
          }
        }
      }
      expect(missed).toEqual([]);
    });
    for (const ex of f.data.examples) {
      it(`${f.id}: finds ${ex.kpi} in "${ex.text}"`, () => expect(kpisIn(ex.text).map((k) => k.id)).toContain(ex.kpi));
    }
    for (const ex of f.data.counterExamples) {
      it(`${f.id}: no ${ex.kpi} in "${ex.text}"`, () => {
        expect(f.data.kpis.some((k) => k.id === ex.kpi)).toBe(true);
        expect(kpisIn(ex.text).map((k) => k.id)).not.toContain(ex.kpi);
      });
    }
  }
  it('a typo in a KPI word still names the KPI, at the written word', () => {
    const text = 'Cut readmisions 12%.';
    const p = parse(text, rules);
    const { kpis } = findTerms(p.matchText, p.tokens, rules, [{ start: 4, end: 15, fix: 'readmissions' }]);
    expect(kpis.map((k) => [k.id, k.text])).toEqual([['readmissions', 'readmisions']]);
  });
  it('domain cues come from the same pass', () => {
    const p = parse('Reconciled patient accounts and billing for 3 clinics.', rules);
    const { cues } = findTerms(p.matchText, p.tokens, rules);
    expect(cues.map((c) => c.domain)).toContain('financial');
  });
});
