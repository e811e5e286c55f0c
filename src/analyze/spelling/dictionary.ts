// The word knowledge behind the spelling check, loaded on first use: the Hunspell en-US dictionary (dictionary-en,
// expanded by nspell into its 120,000-odd word forms, which are cached as a plain list so that later starts read a
// file instead of expanding affixes again), the list of common English misspellings with their fixes (@cspell/dict-en-common-misspellings,
// kept as text and searched per unknown word, since parsing its 90,000 pairs costs more than the searches), and the
// field's own vocabulary (rules/spelling/vocabulary, the KPI names of rules/kpis and the verb lexicon), whose words are
// never flagged and win a tie between two fixes.
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import nspell from 'nspell';
import { getRules } from '../../rules/index.ts';
import { phraseWords } from '../../rules/phrases.ts';
import { addWord, spellingRules, type Vocabulary } from './rules.ts';
import { WordList } from './word-list.ts';

export interface Dictionary {
  /** Whether Hunspell knows the word, with its case rules: "Managed" and "MANAGED" for "managed", not "medicaid" for "Medicaid". */
  correct(word: string): boolean;
  /** Dictionary words one edit (insert, delete, replace, swap) from a lower-case word, as the dictionary writes them. */
  oneEditAway(word: string): string[];
  /** Fixes the common-misspellings list gives for this word (lower-case), best first; [] when none. */
  knownMisspelling(word: string): string[];
  /** The field's vocabulary: accepted whatever the case; `display` spells each the way the field writes it. */
  vocabulary: Vocabulary;
  /** The words of the KPI rules, lower-case: a typo fixed to one of them may hide a KPI. */
  kpiWords: Set<string>;
  /** Words preferred as fixes, lower-case: the vocabulary, the KPI words and every form of the verb lexicon. */
  preferred: Set<string>;
  /** The same, grouped by length for a quick near-miss scan. */
  preferredByLength: Map<number, string[]>;
  /** How long loading took, in milliseconds. */
  loadMs: number;
}

const require = createRequire(import.meta.url);

function packageDir(name: string): string {
  return dirname(require.resolve(name));
}

/**
 * Each list keeps its pairs as the file's UTF-8 bytes (a few non-Latin-1 characters would make it a two-byte string
 * of twice the size); the pairs of one two-letter prefix are indexed when a word first needs them.
 */
function readMisspellings(): Buffer[] {
  const dir = join(packageDir('@cspell/dict-en-common-misspellings'), 'dict');
  return ['dict-en-us.json', 'dict-en.json'].map((f) => readFileSync(join(dir, f)));
}

/** Whole words of the KPI rules: labels, abbreviations, and every form of the words of their terms. */
export function kpiWords(): string[] {
  const out: string[] = [];
  for (const file of getRules().files.kpis) {
    for (const k of file.data.kpis) {
      out.push(...k.label.split(/[\s()/,]+/).filter((w) => /^[\p{L}][\p{L}'-]*$/u.test(w)));
      out.push(...(k.abbreviations ?? []));
      for (const term of k.terms) out.push(...phraseWords(term).filter((w) => w.length >= 3));
    }
  }
  return out;
}

function load(): Dictionary {
  const t0 = performance.now();
  const words = hunspellWords();
  // Capitalised entries (names) by their lower-case form, so a fix search looks each candidate up once.
  const names = new Map<string, string>();
  for (const w of words) if (w !== w.toLowerCase()) names.set(w.toLowerCase(), w);
  const misspellings = readMisspellings();
  const { vocabulary: fromRules } = spellingRules();
  const vocabulary: Vocabulary = { words: new Set(fromRules.words), display: new Map(fromRules.display) };
  const kpi = kpiWords();
  for (const w of kpi) addWord(vocabulary, w, /^\p{Lu}{2,}/u.test(w));

  const preferred = new Set<string>(vocabulary.words);
  for (const e of getRules().verbs.entries.values()) for (const form of Object.values(e.forms)) if (/^[a-z]+$/.test(form)) preferred.add(form);
  const preferredByLength = new Map<number, string[]>();
  for (const w of preferred) {
    if (!/^[\p{Ll}-]+$/u.test(w) || w.length < 3) continue;
    const list = preferredByLength.get(w.length) ?? [];
    list.push(w);
    preferredByLength.set(w.length, list);
  }

  return {
    correct: (w) => isWord(words, w),
    oneEditAway: (w) => oneEditAway(words, names, w),
    knownMisspelling: (w) => misspellingsByPrefix(misspellings, w),
    vocabulary,
    kpiWords: new Set(kpi.map((w) => w.toLowerCase())),
    preferred,
    preferredByLength,
    loadMs: performance.now() - t0,
  };
}

/**
 * Indexes of the misspellings by two-letter prefix, the most recently used kept: all 676 of them would hold about
 * 25 MB in every analysing thread of a long-running server; one is rebuilt from the bytes in a few milliseconds.
 */
const byPrefix = new Map<string, Map<string, string[]>>();
export const MAX_PREFIX_INDEXES = 64;

/** How many prefix indexes are held now (at most MAX_PREFIX_INDEXES). */
export const prefixIndexes = (): number => byPrefix.size;

function misspellingsByPrefix(texts: Buffer[], word: string): string[] {
  const prefix = word.slice(0, 2);
  if (!/^[a-z]{2}$/.test(prefix)) return [];
  let index = byPrefix.get(prefix);
  if (index) {
    byPrefix.delete(prefix);
    byPrefix.set(prefix, index);
    if (byPrefix.size > MAX_PREFIX_INDEXES) byPrefix.delete(byPrefix.keys().next().value!);
  } else {
    index = new Map();
    const needle = `"${prefix}`;
    for (const text of texts) {
      for (let at = text.indexOf(needle); at >= 0; at = text.indexOf(needle, at + 1)) {
        const close = text.indexOf('"', at + 1);
        const arrow = text.indexOf('->', at);
        if (close < 0 || arrow < 0 || arrow > close) continue;
        const key = text.toString('utf8', at + 1, arrow);
        if (!index.has(key)) index.set(key, text.toString('utf8', arrow + 2, close).split(',').map((f) => f.trim()).filter(Boolean));
      }
    }
    byPrefix.set(prefix, index);
    if (byPrefix.size > MAX_PREFIX_INDEXES) byPrefix.delete(byPrefix.keys().next().value!);
  }
  return index.get(word) ?? [];
}

/**
 * The expanded word list: read from the cache, or expanded by nspell once and cached for the next start. Held as
 * one sorted text (WordList), since each worker thread that analyses holds its own copy.
 */
export function hunspellWords(): WordList {
  const dir = packageDir('dictionary-en');
  const dic = readFileSync(join(dir, 'index.dic'));
  const version = (JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as { version: string }).version;
  const cacheDir = join(dir, '..', '.cache', 'resume-vitals');
  const cacheFile = join(cacheDir, `dictionary-en-${version}-${dic.length}.sorted.txt`);
  try {
    return new WordList(readFileSync(cacheFile, 'utf8'));
  } catch {
    // Not cached yet: expand below.
  }
  const words = WordList.of(expandHunspell(readFileSync(join(dir, 'index.aff')), dic));
  try {
    mkdirSync(cacheDir, { recursive: true });
    const tmp = `${cacheFile}.${process.pid}.tmp`;
    writeFileSync(tmp, words.serialize());
    renameSync(tmp, cacheFile);
  } catch {
    // A read-only install still works; it expands on every start.
  }
  return words;
}

/** Every word form the dictionary allows: nspell applies each word's affix rules when it loads (its `data` table). */
export function expandHunspell(aff: Buffer, dic: Buffer): Set<string> {
  const spell = nspell({ aff, dic }) as unknown as { data: Record<string, unknown> };
  return new Set(Object.keys(spell.data).filter((w) => w && !/\d/.test(w)));
}

function isWord(words: WordList, w: string): boolean {
  if (words.has(w)) return true;
  const lower = w.toLowerCase();
  const capital = lower.charAt(0).toUpperCase() + lower.slice(1);
  // "Managed" at a sentence start and "MANAGED" in a heading are "managed"; "MEDICAID" is "Medicaid".
  if (w === capital) return words.has(lower);
  if (w === w.toUpperCase()) return words.has(lower) || words.has(capital);
  return false;
}

const ALPHABET = 'abcdefghijklmnopqrstuvwxyz';
function oneEditAway(words: WordList, names: Map<string, string>, w: string): string[] {
  const out = new Set<string>();
  const take = (c: string) => {
    if (words.has(c)) out.add(c);
    else {
      const name = names.get(c);
      if (name) out.add(name);
    }
  };
  for (let i = 0; i <= w.length; i++) {
    const head = w.slice(0, i);
    const tail = w.slice(i);
    if (tail) take(head + tail.slice(1));
    if (tail.length > 1) take(head + tail[1] + tail[0] + tail.slice(2));
    for (const ch of ALPHABET) {
      if (tail) take(head + ch + tail.slice(1));
      take(head + ch + tail);
    }
  }
  out.delete(w);
  return [...out];
}

let cached: Dictionary | null = null;
export function dictionary(): Dictionary {
  cached ??= load();
  return cached;
}

/** Whether the dictionary is loaded yet (for the benchmark's first-use figure). */
export function dictionaryLoaded(): boolean {
  return cached !== null;
}
