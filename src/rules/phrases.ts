// Phrases as lemma sequences ("days in A/R", "no-show rate", "{reconcile}", "# star rating", "HCAHPS ... score"),
// compiled once when the rules load into one trie over word pieces, and the one pass over a parsed text's tokens that
// finds every listed phrase in it (KPI terms, their exceptions, the domain cues and counted nouns share the trie).
//
// A phrase is words separated by spaces or hyphens ("no-show" and "no show" read alike). A word matches itself and
// its plural ("denial" matches "denials"); `{verb}` matches every form of the verb and its plural noun ("{schedule}":
// schedule, schedules, scheduled, scheduling); `(RN|nurse|charge nurse)` is a choice and `word?` or `(a|b)?` optional;
// `#` is any number ("4.5"); `*` is any one word; `...` is up to three words and `...10` up to ten. Case never matters,
// except for abbreviations, which are matched as written.
import { loadCompromise } from '../nlp/index.ts';
import { conjugate } from '../nlp/conjugate.ts';
import { escapeRegex } from './regex.ts';

/** A word piece of the text: words split at hyphens and slashes, possessives dropped; offsets in the text. */
export interface Piece {
  norm: string;
  start: number;
  end: number;
  /** whether the piece may continue a phrase from the piece before it (no comma, bracket or semicolon between) */
  joined: boolean;
}

/** What a phrase stands for, given back by the lookup with the phrase's span. */
export interface PhraseEntry<T> {
  value: T;
  /** an abbreviation: the text must read exactly this (case and all), and no hyphen may follow */
  exact?: string;
}

export interface PhraseHit<T> { value: T; start: number; end: number; from: number; to: number }

const PIECE = /[A-Za-z0-9]+(?:[.,][0-9]+)*|[^A-Za-z0-9\s'’.\-–—,;:!?()[\]{}"“”]/g;
const NUMBER = /^\d[\d,]*(?:\.\d+)?$/;
const PLAIN_WORD = /^[a-z0-9]+$/;
const WORDLIKE = /^[a-z0-9]/;
/** Edge keys of the flat trie: node * STRIDE + word (both stay under it; a small integer key hashes cheaply). */
const STRIDE = 1 << 15;
const GAP = /^\.\.\.(\d*)$/;
/** What may stand between two pieces of one phrase: a space, a hyphen, a period ("avg. wait"), nothing at all. */
const JOINER = /^[\s.\-]{0,3}$/;
/** Words that take no plural (function words, modifiers, words already plural), by compromise's lexicon tag. */
const NO_PLURAL = new Set(['Plural', 'Duration', 'PresentTense', 'Participle', 'Preposition', 'Conjunction', 'Determiner', 'Pronoun', 'Adverb', 'Adjective', 'Value', 'Cardinal', 'Ordinal', 'Copula', 'Modal', 'Auxiliary', 'QuestionWord']);

/** The pieces of one stretch of text (a token), with their offsets; `joined` is set for all but the first. */
export function piecesOf(text: string, start: number, end: number): Piece[] {
  let word = text.slice(start, end);
  // "HCAHPS's scores", "patients' ratings": a possessive ending is not part of the word.
  const poss = /(?<=[A-Za-z])['’]s?$/.exec(word);
  if (poss) word = word.slice(0, poss.index);
  const out: Piece[] = [];
  for (const m of word.matchAll(PIECE)) out.push({ norm: m[0].toLowerCase(), start: start + m.index, end: start + m.index + m[0].length, joined: out.length > 0 });
  return out;
}

/** The pieces of a whole text, given its tokens; a piece joins the one before when only a space, hyphen or period is between. */
export function piecesOfTokens(text: string, tokens: readonly { start: number; end: number; lower?: string }[]): Piece[] {
  const out: Piece[] = [];
  for (const t of tokens) {
    // Most tokens are one plain word: one piece, no splitting.
    const ps = t.lower !== undefined && PLAIN_WORD.test(t.lower) ? [{ norm: t.lower, start: t.start, end: t.end, joined: false }] : piecesOf(text, t.start, t.end);
    for (const p of ps) {
      const prev = out[out.length - 1];
      if (prev) p.joined = p.start === prev.end || (p.start === prev.end + 1 && text[prev.end] === ' ') || JOINER.test(text.slice(prev.end, p.start));
      out.push(p);
    }
  }
  return out;
}

/** `joined`: a piece of the same written word as the element before it ("a", "/", "r" of "A/R"). */
export type Element = ({ kind: 'word'; forms: string[] } | { kind: 'num' } | { kind: 'any' } | { kind: 'gap'; max: number } | { kind: 'choice'; alternatives: Element[][] })
  & { optional?: boolean; joined?: boolean };

interface Lexicon { lexicon: Record<string, string | string[]> }
let plurals: ((w: string) => string) | null = null;
let lexicon: Lexicon['lexicon'] | null = null;
function pluralOf(word: string, noun = false): string | null {
  if (!plurals) {
    const nlp = loadCompromise() as unknown as { methods(): { two: { transform: { noun: { toPlural(w: string, m: unknown): string } } } }; model(): { one: Lexicon } };
    const model = nlp.model();
    const toPlural = nlp.methods().two.transform.noun.toPlural;
    plurals = (w) => toPlural(w, model);
    lexicon = model.one.lexicon;
  }
  if (word.length < 3 || !/^[a-z]+$/.test(word)) return null;
  if (noun) return plurals(word);
  const tags = lexicon![word];
  if (tags && [tags].flat().some((t) => NO_PLURAL.has(t))) return null;
  // A word ending in s is a plural or an acronym ("HCAHPS") unless the lexicon knows it as singular ("census").
  if (word.endsWith('s') && !(tags && [tags].flat().includes('Singular'))) return null;
  const p = plurals(word);
  return p && p !== word ? p : null;
}

/** The forms one written word matches: itself and its plural, or every form of a verb written `{verb}`. */
function wordForms(word: string): Element[] {
  const verb = /^\{([a-z][a-z-]*)\}$/.exec(word);
  if (verb) {
    const f = conjugate(verb[1]!);
    const forms = new Set([f.base, f.past, f.participle, f.gerund, f.third]);
    const plural = pluralOf(f.base);
    if (plural) forms.add(plural);
    return [{ kind: 'word', forms: [...forms] }];
  }
  if (/[{}[\]()|\\^$?+]/.test(word.replace(/^\$/, ''))) throw new Error(`'${word}' is not a word of a phrase (regex syntax is not read here)`);
  const pieces = piecesOf(word, 0, word.length);
  if (!pieces.length) throw new Error(`'${word}' has no letters or digits`);
  return pieces.map((p, i) => {
    const plural = i === pieces.length - 1 ? pluralOf(p.norm) : null;
    return { kind: 'word', forms: plural ? [p.norm, plural] : [p.norm], ...(i > 0 && !/[\s-]/.test(word.slice(pieces[i - 1]!.end, p.start)) ? { joined: true } : {}) };
  });
}

/** A phrase's items: words, and choices in brackets (which may hold spaces). */
const ITEM = /\([^()]*\)\??|[^\s()]+/g;

/**
 * The elements of one phrase; throws with a readable message when it cannot be read. Besides words, `#`, `*` and
 * `...`, an item may be a choice, `(nurse|staff|emergency department)`, and a choice or a single word may be
 * optional: `(RN|nurse|staff)? turnover rate?` reads "turnover", "RN turnover rate", "staff turnover", ...
 */
export function phraseElements(phrase: string): Element[] {
  const out = elementsOf(phrase);
  const required = out.filter((e) => !e.optional);
  if (!required.some((e) => e.kind === 'word' || e.kind === 'choice')) throw new Error(`'${phrase}' names no word that must be there`);
  if (out[0]!.kind === 'gap' || out[out.length - 1]!.kind === 'gap') throw new Error(`'${phrase}' may not start or end with '...'`);
  return out;
}

function elementsOf(phrase: string, inChoice = false): Element[] {
  const out: Element[] = [];
  const items = phrase.trim().match(ITEM) ?? [];
  if (items.join('').replace(/\s/g, '') !== phrase.replace(/\s/g, '')) throw new Error(`'${phrase}' has an unbalanced bracket`);
  for (const raw of items) {
    const gap = GAP.exec(raw);
    if (gap) {
      out.push({ kind: 'gap', max: gap[1] ? Number(gap[1]) : 3 });
      continue;
    }
    const optional = raw.length > 1 && raw.endsWith('?');
    const word = optional ? raw.slice(0, -1) : raw;
    const opt = optional ? { optional } : {};
    if (word === '#' || word === '*') {
      out.push({ kind: word === '#' ? 'num' : 'any', ...opt });
      continue;
    }
    if (word.startsWith('(')) {
      if (inChoice) throw new Error(`'${phrase}': a choice may not hold another`);
      const alternatives = word.slice(1, -1).split('|').map((alt) => elementsOf(alt, true));
      if (alternatives.some((a) => !a.length || a.some((e) => e.kind === 'gap'))) throw new Error(`'${word}': each choice is one or more words`);
      out.push({ kind: 'choice', alternatives, ...opt });
      continue;
    }
    const els = wordForms(word);
    if (optional && els.length !== 1) throw new Error(`'${raw}': only a single word may be optional; write a choice, "(first-year)?"`);
    out.push(...els.map((e) => ({ ...e, ...opt })));
  }
  return out;
}

/** Every listed phrase in one trie; `find` walks a text's pieces once. */
export class PhraseTrie<T> {
  // Flat, so that a lookup touches two hash tables rather than a map per node: nodes are numbers, words are numbers,
  // and an edge is the key node * STRIDE + word of one table.
  private readonly words = new Map<string, number>();
  private readonly edges = new Map<number, number>();
  private readonly ends: (PhraseEntry<T>[] | undefined)[] = [];
  private readonly num: number[] = [];
  private readonly any: number[] = [];
  private readonly gaps: ({ max: number; node: number }[] | undefined)[] = [];
  private readonly root = this.node();

  private node(): number {
    this.ends.push(undefined);
    this.num.push(-1);
    this.any.push(-1);
    this.gaps.push(undefined);
    return this.ends.length - 1;
  }

  /** Adds a phrase; throws (with the reason) when the phrase cannot be read. */
  add(phrase: string, entry: PhraseEntry<T>): void {
    let nodes = [this.root];
    for (const el of phraseElements(phrase)) nodes = this.step(nodes, el);
    for (const n of nodes) (this.ends[n] ??= []).push(entry);
  }

  /** The nodes reached from `nodes` by one element. */
  private step(nodes: number[], el: Element): number[] {
    const next: number[] = [];
    const reach = (n: number) => {
      if (!next.includes(n)) next.push(n);
    };
    for (const n of nodes) {
      if (el.kind === 'word') {
        for (const f of el.forms) {
          let w = this.words.get(f);
          if (w === undefined) this.words.set(f, (w = this.words.size));
          if (w >= STRIDE || n >= STRIDE) throw new Error('the phrase catalogue is too large for its trie');
          const key = n * STRIDE + w;
          let child = this.edges.get(key);
          if (child === undefined) this.edges.set(key, (child = this.node()));
          reach(child);
        }
      } else if (el.kind === 'num') reach(this.num[n]! >= 0 ? this.num[n]! : (this.num[n] = this.node()));
      else if (el.kind === 'any') reach(this.any[n]! >= 0 ? this.any[n]! : (this.any[n] = this.node()));
      else if (el.kind === 'gap') {
        const gs = (this.gaps[n] ??= []);
        let g = gs.find((x) => x.max === el.max);
        if (!g) gs.push((g = { max: el.max, node: this.node() }));
        reach(g.node);
      }
    }
    if (el.kind === 'choice') {
      for (const alt of el.alternatives) {
        let ns = nodes;
        for (const e of alt) ns = this.step(ns, e);
        ns.forEach(reach);
      }
    }
    if (el.optional) nodes.forEach(reach);
    return next;
  }

  /** Every phrase found in the pieces (each start, every length), in order of start. */
  find(text: string, pieces: readonly Piece[]): PhraseHit<T>[] {
    const hits: PhraseHit<T>[] = [];
    const ids = pieces.map((p) => this.words.get(p.norm) ?? -1);
    for (let i = 0; i < pieces.length; i++) this.walk(this.root, i, i, text, pieces, ids, hits);
    return hits;
  }

  private walk(node: number, from: number, j: number, text: string, pieces: readonly Piece[], ids: readonly number[], hits: PhraseHit<T>[]): void {
    const ends = this.ends[node];
    if (ends && j > from) {
      for (const e of ends) {
        const start = pieces[from]!.start;
        const end = pieces[j - 1]!.end;
        if (e.exact && (text.slice(start, end) !== e.exact || text[end] === '-' || /[A-Za-z0-9_]/.test(text[start - 1] ?? ''))) continue;
        hits.push({ value: e.value, start, end, from, to: j - 1 });
      }
    }
    const p = pieces[j];
    if (!p || (j > from && !p.joined)) return;
    const w = ids[j]!;
    if (w >= 0) {
      const child = this.edges.get(node * STRIDE + w);
      if (child !== undefined) this.walk(child, from, j + 1, text, pieces, ids, hits);
    }
    const num = this.num[node]!;
    if (num >= 0 && p.norm.charCodeAt(0) <= 57 && NUMBER.test(p.norm)) this.walk(num, from, j + 1, text, pieces, ids, hits);
    const any = this.any[node]!;
    if (any >= 0 && WORDLIKE.test(p.norm)) this.walk(any, from, j + 1, text, pieces, ids, hits);
    const gaps = this.gaps[node];
    if (gaps && j > from) {
      for (const g of gaps) {
        // Skip up to `max` words, never across a comma, a semicolon or a bracket.
        for (let skipped = 0; skipped <= g.max && j + skipped < pieces.length; skipped++) {
          if (skipped > 0 && !pieces[j + skipped]!.joined) break;
          this.walk(g.node, from, j + skipped, text, pieces, ids, hits);
        }
      }
    }
  }
}

/**
 * A phrase as a regular expression source (case-insensitive use), for the places that scan raw text rather than a
 * parse (job postings): each word with its forms, words joined by a space or a hyphen.
 */
export function phraseRegex(phrase: string): string {
  return regexOf(phraseElements(phrase));
}

function regexOf(els: readonly Element[]): string {
  let out = '';
  els.forEach((el, i) => {
    const body = el.kind === 'word' ? `(?:${[...el.forms].sort((a, b) => b.length - a.length).map(escapeRegex).join('|')})`
      : el.kind === 'num' ? '\\d[\\d,]*(?:\\.\\d+)?'
      : el.kind === 'any' ? '[A-Za-z0-9]+'
      : el.kind === 'choice' ? `(?:${el.alternatives.map(regexOf).join('|')})`
      : `(?:[\\s-]+[A-Za-z0-9'’-]+){0,${el.max}}`;
    if (el.kind === 'gap') {
      out += body;
      return;
    }
    const sep = el.joined ? '\\s?' : '[\\s-]+';
    // An optional first word carries the separator after it; any other element the one before it.
    if (i === 0) out += el.optional ? `(?:${body}${els[1]?.joined ? '\\s?' : '[\\s-]+'})?` : body;
    else if (i === 1 && els[0]!.optional) out += body;
    else out += el.optional ? `(?:${sep}${body})?` : `${sep}${body}`;
  });
  return out;
}

/** Every word a phrase reads, each in every form it matches ("denial rate?" -> denial, denials, rate, rates). */
export function phraseWords(phrase: string): string[] {
  const words = (els: readonly Element[]): string[] => els.flatMap((e) => (e.kind === 'word' ? e.forms : e.kind === 'choice' ? e.alternatives.flatMap(words) : []));
  return words(phraseElements(phrase)).filter((w) => /^[a-z][a-z'-]+$/.test(w));
}

/** A noun's plural ("patient" -> "patients", "direct report" -> "direct reports"), however else the word is used. */
export function nounPlural(noun: string): string {
  const words = noun.split(' ');
  const last = words.pop()!;
  return [...words, pluralOf(last.toLowerCase(), true) ?? last].join(' ');
}
