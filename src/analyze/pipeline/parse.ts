// Stage 1, parse: one compromise pass over the same-length normalised copy, tokens with exact offsets and the verb
// lexicon's reading of each, and one sweep of the clause-boundary net. Nothing after this stage parses again.
import { nlp } from '../../nlp/index.ts';
import { normalizeForMatch } from '../../nlp/normalize.ts';
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

interface Term { text: string; post: string; tags: Set<string>; index?: [number, number] }
interface SweepFound { id: string; view: { docs: Term[][] } }
interface Doc { docs: Term[][]; sweep(net: unknown, opts: { tagger: boolean }): { found: SweepFound[] } }

export function words(text: string): Word[] {
  return [...text.matchAll(/[A-Za-z][A-Za-z'’-]*[A-Za-z]|[A-Za-z]/g)].map((m) => ({
    text: m[0], lower: m[0].toLowerCase(), start: m.index, end: m.index + m[0].length,
  }));
}

export function parse(original: string, rules: Rules): Parsed {
  const matchText = normalizeForMatch(original);
  const doc = nlp(matchText) as unknown as Doc;
  const tokens: Token[] = [];
  const at = new Map<string, number>();
  let cursor = 0;
  doc.docs.forEach((sentence, n) => {
    sentence.forEach((term, k) => {
      if (!term.text) return;
      const start = matchText.indexOf(term.text, cursor);
      // A term compromise rewrote (or one far ahead) is skipped rather than given a wrong offset.
      if (start < 0 || start - cursor > 64) return;
      at.set(`${n}:${k}`, tokens.length);
      tokens.push({
        i: tokens.length, text: original.slice(start, start + term.text.length), lower: term.text.toLowerCase(),
        start, end: start + term.text.length, tags: term.tags, post: term.post ?? '', verb: null,
      });
      cursor = start + term.text.length;
    });
  });
  const lowers = tokens.map((t) => t.lower);
  for (const t of tokens) {
    const hit = rules.verbs.at(lowers, t.i);
    if (hit) t.verb = hit;
  }
  const boundaries: BoundaryHit[] = [];
  if (rules.clauses.net && tokens.length) {
    for (const f of doc.sweep(rules.clauses.net, { tagger: false }).found) {
      const terms = f.view.docs[0] ?? [];
      const first = terms[0]?.index;
      const last = terms[terms.length - 1]?.index;
      if (!first || !last) continue;
      const from = at.get(`${first[0]}:${first[1]}`);
      const to = at.get(`${last[0]}:${last[1]}`);
      if (from !== undefined && to !== undefined) boundaries.push({ id: f.id, from, to });
    }
  }
  return { text: original, matchText, tokens, words: words(matchText), boundaries };
}
