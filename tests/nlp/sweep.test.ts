// Clause-boundary patterns: the word-only ones are walked over the terms, the rest run through compromise's net only
// where one could start. Together they must find exactly what compromise's sweep of every pattern finds.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { benchBullets } from '../../bench/corpus.ts';
import { loadCompromise } from '../../src/nlp/index.ts';
import { compileSweep, matchWords, netMayMatch, type Sweep, type Term } from '../../src/nlp/sweep.ts';
import { getRules } from '../../src/rules/index.ts';

const root = join(import.meta.dirname, '..', '..');
const fromFile = (f: string) => readFileSync(join(root, f), 'utf8').split('\n').filter(Boolean).map((l) => (JSON.parse(l) as { text: string }).text);
// Contractions, slashes, sentence breaks, capitals, hyphens and the tagged "while" pattern, beside the corpora.
const constructed = [
  "Resulting in fewer denials, we've cut A/R by 12 days; that's what led to $2M and/or more.",
  'Cut overtime 20% while staff satisfaction rose, which improved retention. Thanks to float pools, turnover fell.',
  'Reduced LWBS by means of split-flow triage so that door-to-doc time fell, thereby lifting HCAHPS.',
  'Whilst nurses trained, we grew volume 9% via open access and as a result of it, thus leading to growth.',
  "Didn't miss a filing deadline in order to keep denials low, so as to meet targets; it's driven by audits.",
  'Time-to-fill dropped with self-scheduling, allowing managers to hire faster, enabling growth following go-live.',
  'LEADING TO fewer falls. Results in savings. Leads to better scores, contributed to 3 awards, contributing to more.',
  'while while while', 'that that that so', 'We cannot stop growth; gonna win.', 'by', '', '   ', '— by, to; with: using / leveraging utilizing thru after',
];
const texts = [...fromFile('eval/data/dev-bullets.jsonl'), ...fromFile('tests/fixtures/heldout-bullets.jsonl'), ...benchBullets(600, 11), ...constructed];

type Doc = { docs: Term[][]; methods: object; world: { methods: { one: { bulkMatch(d: Term[][], net: unknown, m: object, o: object): { id: string; pointer: number[] }[]; buildNet(m: object[]): unknown } } } };
const key = (id: string, n: number, a: number, b: number) => `${id}@${n}:${a}-${b}`;

function ours(doc: Doc, sweep: Sweep): string[] {
  const out = matchWords(doc.docs, sweep.words, sweep.index).map((h) => key(h.id, h.sentence, h.start, h.end));
  if (sweep.net && netMayMatch(doc.docs, sweep.net)) {
    for (const f of doc.world.methods.one.bulkMatch(doc.docs, sweep.net.net, doc.methods, { tagger: false })) out.push(key(f.id, f.pointer[0]!, f.pointer[1]!, f.pointer[2]!));
  }
  return out.sort();
}

function compromises(doc: Doc, patterns: { id: string; match: string }[]): string[] {
  const c = loadCompromise() as unknown as { buildNet(m: object[]): unknown };
  const net = c.buildNet(patterns);
  return doc.world.methods.one.bulkMatch(doc.docs, net, doc.methods, { tagger: false }).map((f) => key(f.id, f.pointer[0]!, f.pointer[1]!, f.pointer[2]!)).sort();
}

describe('clause-boundary sweep', () => {
  const patterns = getRules().files.clauses!.data.boundaries.map((b) => ({ id: b.id, match: b.match }));
  const sweep = compileSweep(patterns);

  it('walks word-only patterns itself and leaves tagged ones to compromise', () => {
    expect(sweep.words.map((w) => w.id)).toContain('means-by');
    expect(sweep.words.map((w) => w.id)).toContain('means-by-means-of');
    const tagged = compileSweep([{ id: 'by', match: 'by' }, { id: 'while-tagged', match: '(while|whilst) (#Noun|#Adjective){1,4} #PastTense' }]);
    expect(tagged.words.map((w) => w.id)).toEqual(['by']);
    expect(tagged.net?.firsts).toHaveLength(1);
  });

  it('finds exactly what compromise finds, on every text', () => {
    expect(texts.length).toBeGreaterThan(700);
    const c = loadCompromise();
    let hits = 0;
    for (const t of texts) {
      const doc = c(t) as unknown as Doc;
      const want = compromises(doc, patterns);
      hits += want.length;
      expect(ours(doc, sweep), t).toEqual(want);
    }
    expect(hits).toBeGreaterThan(500);
  });

  it('agrees on made-up patterns of every shape it handles (and hands the rest to compromise)', () => {
    const made = [
      { id: 'one', match: 'that' }, { id: 'set', match: '(we|it|did)' }, { id: 'two', match: 'led to' },
      { id: 'multi', match: '(in order to|so as to|as a result)' }, { id: 'mixed', match: '(and|or) (fewer|more)' },
      { id: 'tag', match: '#Value #Noun' }, { id: 'opt', match: 'by the? (#Gerund|#Noun)' }, { id: 'anchored', match: '^(cut|reduced)' },
      { id: 'slash', match: 'and' }, { id: 'twice', match: 'that that' }, { id: 'contraction', match: 'cannot stop' },
    ];
    const s = compileSweep(made);
    expect(s.words.map((w) => w.id).sort()).toEqual(['contraction', 'mixed', 'multi', 'one', 'set', 'slash', 'twice', 'two']);
    expect(s.net?.firsts).toBeNull(); // '#Value' and '^' can start anywhere
    const c = loadCompromise();
    for (const t of [...constructed, ...texts.slice(0, 200)]) {
      const doc = c(t) as unknown as Doc;
      expect(ours(doc, s), t).toEqual(compromises(doc, made));
    }
  });

  it('skips the net where no pattern of it could start', () => {
    const c = loadCompromise();
    const tagged = compileSweep([{ id: 'while-tagged', match: '(while|whilst) (#Noun|#Adjective){1,4} #PastTense' }]);
    expect(netMayMatch((c('Cut denials 20% by fixing intake.') as unknown as Doc).docs, tagged.net!)).toBe(false);
    const doc = c('Cut costs while quality improved.') as unknown as Doc;
    expect(netMayMatch(doc.docs, tagged.net!)).toBe(true);
    expect(ours(doc, tagged)).toEqual(compromises(doc, [{ id: 'while-tagged', match: '(while|whilst) (#Noun|#Adjective){1,4} #PastTense' }]));
    expect(ours(doc, tagged)).toHaveLength(1);
  });
});
