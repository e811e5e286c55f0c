// compromise match patterns run over a parse, the cheap way where a pattern allows it. compromise's sweep first builds a
// set of every word and tag of the text and then tries each candidate pattern with its general matcher; for patterns
// made only of words ("by", "(resulting|resulted) in", "(by means of|thanks to)") a direct walk over the terms finds
// the same matches for a fraction of the cost. Such patterns are compiled here, term tests mirroring compromise's own
// (`match/methods/match/term/doesMatch.js`, `steps/simple-match.js`, `steps/logic/and-or.js`); every other pattern
// stays in a compromise net, which runs only when the text holds one of the words or tags it is hooked on.
// tests/nlp/sweep.test.ts compares both against compromise's sweep.
import { loadCompromise } from './index.ts';

/** A compromise term, as much of it as the word tests read. */
export interface Term {
  text: string;
  normal: string;
  machine?: string | null;
  implicit?: string;
  root?: string;
  alias?: string[];
  switch?: string;
  tags: Set<string>;
}

type Step =
  | { kind: 'word'; word: string }
  | { kind: 'set'; words: Set<string> }
  | { kind: 'choices'; choices: string[][] };

export interface WordPattern { id: string; steps: Step[] }

export interface Sweep {
  /** patterns of words only, in file order, and their index by first word */
  words: WordPattern[];
  index: WordIndex;
  /** the rest, as one compromise net with the words and tags it is hooked on (null when there are none) */
  net: { net: Net; firsts: Step[][] | null } | null;
}

interface Net { hooks: Record<string, unknown>; always: unknown[] }
interface Reg {
  word?: string; fastOr?: Set<string>; choices?: Reg[][]; operator?: string;
  [flag: string]: unknown;
}
interface Compromise {
  world(): { methods: { one: { parseMatch(m: string, opts: object, world: unknown): Reg[] } } };
  buildNet(m: object[]): Net;
}

/** The flags a word test may carry and still be a plain word test (anything else goes to compromise's matcher). */
const PLAIN = new Set(['word', 'fastOr', 'choices', 'operator']);

function plain(reg: Reg): boolean {
  return Object.entries(reg).every(([k, v]) => PLAIN.has(k) || v === undefined || v === false);
}

function toStep(reg: Reg): Step | null {
  if (!plain(reg)) return null;
  if (typeof reg.word === 'string' && reg.fastOr === undefined && reg.choices === undefined) return { kind: 'word', word: reg.word };
  if (reg.fastOr instanceof Set && reg.operator === 'or' && reg.choices === undefined) return { kind: 'set', words: reg.fastOr };
  if (Array.isArray(reg.choices) && reg.operator === 'or' && reg.fastOr === undefined) {
    const choices: string[][] = [];
    for (const choice of reg.choices) {
      if (!Array.isArray(choice) || !choice.length) return null;
      const words: string[] = [];
      for (const r of choice) {
        const s = toStep(r);
        if (!s || s.kind !== 'word') return null;
        words.push(s.word);
      }
      choices.push(words);
    }
    return { kind: 'choices', choices };
  }
  return null;
}

/** Splits match patterns into word-only patterns and a compromise net for the rest; throws on a pattern compromise can't read. */
export function compileSweep(patterns: { id: string; match: string }[]): Sweep {
  const c = loadCompromise() as unknown as Compromise;
  const world = c.world();
  const words: WordPattern[] = [];
  const rest: { id: string; match: string }[] = [];
  // A net pattern can only start where its first word test passes; one opening with anything else may start anywhere.
  let firsts: Step[][] | null = [];
  for (const p of patterns) {
    const regs = world.methods.one.parseMatch(p.match, {}, world);
    const steps = regs.map(toStep);
    if (regs.length && steps.every((s): s is Step => s !== null)) {
      words.push({ id: p.id, steps });
      continue;
    }
    rest.push(p);
    if (firsts && steps[0]) firsts.push([steps[0]]);
    else firsts = null;
  }
  return { words, index: indexWords(words), net: rest.length ? { net: c.buildNet(rest), firsts } : null };
}

// compromise's word test: its machine form, an alias ("and/or" is also "and" and "or"), its text or its normal form.
function isWord(t: Term, word: string): boolean {
  return (t.machine != null && t.machine === word) || (t.alias !== undefined && t.alias.includes(word)) || t.text === word || t.normal === word;
}

// compromise's (a|b|c) of single words: the term's root, implicit, machine or normal form (the first it has), or its text.
function inSet(t: Term, words: Set<string>): boolean {
  return words.has(t.root || t.implicit || t.machine || t.normal) || words.has(t.text);
}

/** Terms a pattern covers from `at` (0: no match). */
function matchAt(terms: Term[], at: number, steps: Step[]): number {
  let t = at;
  for (const step of steps) {
    const term = terms[t];
    if (!term) return 0;
    if (step.kind === 'choices') {
      let len = 0;
      for (const choice of step.choices) {
        let k = 0;
        while (k < choice.length && terms[t + k] !== undefined && isWord(terms[t + k]!, choice[k]!)) k++;
        if (k === choice.length) {
          len = k;
          break;
        }
      }
      if (!len) return 0;
      t += len;
      continue;
    }
    if (step.kind === 'word' ? !isWord(term, step.word) : !inSet(term, step.words)) return 0;
    // A matched first part of a contraction ("we've" for "we") takes its implicit second part with it.
    if (step.kind === 'word' && term.implicit && terms[t + 1]?.implicit && step.word === term.normal) t++;
    t++;
  }
  return t - at;
}

const byNumber = (a: number, b: number) => a - b;

export interface SweepHit { id: string; sentence: number; start: number; end: number }

/** Which patterns could start at a term, by the strings their first word test compares (built once per rule set). */
export interface WordIndex {
  /** compared as compromise's word test does (machine form, alias, text, normal form) */
  byWord: Map<string, number[]>;
  /** compared as its (a|b) test does (root, implicit, machine or normal form; text) */
  bySet: Map<string, number[]>;
}

export function indexWords(patterns: WordPattern[]): WordIndex {
  const byWord = new Map<string, number[]>();
  const bySet = new Map<string, number[]>();
  const put = (m: Map<string, number[]>, key: string, i: number) => {
    const list = m.get(key);
    if (!list) m.set(key, [i]);
    else if (!list.includes(i)) list.push(i);
  };
  patterns.forEach((p, i) => {
    const first = p.steps[0]!;
    if (first.kind === 'word') put(byWord, first.word, i);
    else if (first.kind === 'set') for (const w of first.words) put(bySet, w, i);
    else for (const choice of first.choices) put(byWord, choice[0]!, i);
  });
  return { byWord, bySet };
}

function addAll(list: number[] | undefined, out: Set<number>): void {
  if (list) for (const i of list) out.add(i);
}

function candidates(t: Term, index: WordIndex, out: Set<number>): void {
  if (t.machine != null) addAll(index.byWord.get(t.machine), out);
  if (t.alias) for (const a of t.alias) addAll(index.byWord.get(a), out);
  addAll(index.byWord.get(t.text), out);
  addAll(index.byWord.get(t.normal), out);
  addAll(index.bySet.get(t.root || t.implicit || t.machine || t.normal), out);
  addAll(index.bySet.get(t.text), out);
}

/** Every match of each pattern, left to right without overlap within a pattern (as compromise's match runs one). */
export function matchWords(docs: Term[][], patterns: WordPattern[], index: WordIndex): SweepHit[] {
  const hits: SweepHit[] = [];
  const found = new Set<number>();
  for (let n = 0; n < docs.length; n++) {
    const terms = docs[n]!;
    // the first term each pattern may start at (after its last match)
    const free = new Map<number, number>();
    for (let i = 0; i < terms.length; i++) {
      found.clear();
      candidates(terms[i]!, index, found);
      if (!found.size) continue;
      for (const p of found.size > 1 ? [...found].sort(byNumber) : found) {
        if ((free.get(p) ?? 0) > i) continue;
        const len = matchAt(terms, i, patterns[p]!.steps);
        if (!len) continue;
        hits.push({ id: patterns[p]!.id, sentence: n, start: i, end: i + len });
        free.set(p, i + len);
      }
    }
  }
  return hits;
}

/** Whether a pattern of the net could start somewhere in the text: some term passes the first word test of one. */
export function netMayMatch(docs: Term[][], net: NonNullable<Sweep['net']>): boolean {
  if (!net.firsts) return true;
  for (const terms of docs) {
    for (let i = 0; i < terms.length; i++) {
      for (const first of net.firsts) if (matchAt(terms, i, first)) return true;
    }
  }
  return false;
}
