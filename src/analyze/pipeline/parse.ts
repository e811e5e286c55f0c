// Stage 1, parse: one compromise pass over the same-length normalised copy, tokens with exact offsets and the verb
// lexicon's reading of each, and the clause-boundary patterns matched over its terms (src/nlp/sweep.ts). Nothing
// after this stage parses again.
import { parseTagged } from '../../nlp/index.ts';
import { normalizeForMatch } from '../../nlp/normalize.ts';
import { matchWords, netMayMatch, type Term } from '../../nlp/sweep.ts';
import type { Rules } from '../../rules/compile.ts';
import type { Token } from './types.ts';

export interface Word { text: string; lower: string; start: number; end: number }

/** A clause-boundary match from the sweep: the rule's id and the tokens it covers. */
export interface BoundaryHit { id: string; from: number; to: number }

export interface Parsed {
  text: string;
  matchText: string;
  tokens: Token[];
  words: Word[];
  boundaries: BoundaryHit[];
}

interface SweepFound { id: string; pointer: [number, number, number] }
interface Doc { docs: (Term & { post?: string })[][]; methods: object; world: { methods: { one: { bulkMatch(docs: Term[][], net: unknown, methods: object, opts: { tagger: boolean }): SweepFound[] } } } }

const WORD = /[A-Za-z][A-Za-z'’-]*[A-Za-z]|[A-Za-z]/g;

export function words(text: string): Word[] {
  const out: Word[] = [];
  WORD.lastIndex = 0;
  for (let m = WORD.exec(text); m; m = WORD.exec(text)) out.push({ text: m[0], lower: m[0].toLowerCase(), start: m.index, end: m.index + m[0].length });
  return out;
}

export function parse(original: string, rules: Rules): Parsed {
  const matchText = normalizeForMatch(original);
  const doc = parseTagged(matchText) as unknown as Doc;
  const tokens: Token[] = [];
  // token index of each compromise term, by sentence and position (-1: a term compromise rewrote, left out)
  const at: number[][] = [];
  let cursor = 0;
  for (const sentence of doc.docs) {
    const row: number[] = [];
    at.push(row);
    for (const term of sentence) {
      row.push(-1);
      if (!term.text) continue;
      const start = matchText.indexOf(term.text, cursor);
      // A term compromise rewrote (or one far ahead) is skipped rather than given a wrong offset.
      if (start < 0 || start - cursor > 64) continue;
      row[row.length - 1] = tokens.length;
      tokens.push({
        i: tokens.length, text: original.slice(start, start + term.text.length), lower: term.text.toLowerCase(),
        start, end: start + term.text.length, tags: term.tags, post: term.post ?? '', verb: null,
      });
      cursor = start + term.text.length;
    }
  }
  const lowers = tokens.map((t) => t.lower);
  for (const t of tokens) {
    const hit = rules.verbs.at(lowers, t.i);
    if (hit) t.verb = hit;
  }
  const boundaries: BoundaryHit[] = [];
  const add = (id: string, n: number, first: number, end: number) => {
    const from = at[n]?.[first];
    const to = at[n]?.[end - 1];
    if (from !== undefined && to !== undefined && from >= 0 && to >= 0) boundaries.push({ id, from, to });
  };
  const { sweep } = rules.clauses;
  if (tokens.length) {
    for (const h of matchWords(doc.docs, sweep.words, sweep.index)) add(h.id, h.sentence, h.start, h.end);
    // The sweep's own matcher (doc.sweep without building a view per match), only when the text has what the net needs.
    if (sweep.net && netMayMatch(doc.docs, sweep.net)) {
      for (const f of doc.world.methods.one.bulkMatch(doc.docs, sweep.net.net, doc.methods, { tagger: false })) add(f.id, ...f.pointer);
    }
  }
  return { text: original, matchText, tokens, words: words(matchText), boundaries };
}
