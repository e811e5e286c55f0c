// The spelling check over one text: known confusions first (HIPPA, JCAHO, medicaid, a positive affect on), then each
// word the dictionaries and the field's vocabulary do not know, with fixes ranked by typing distance. A word is
// flagged only when there is a likely fix, so a rare but real word, a name or an acronym is left alone.
import type { Finding } from '../types.ts';
import { dictionary, type Dictionary } from './dictionary.ts';
import { letterDifference, typingDistance } from './distance.ts';
import { findConfusions, keepCapital, spellingRules, type SpellingRules } from './rules.ts';

export interface SpellingOptions {
  /** Words the user added to their dictionary, lower-case: never flagged. */
  userWords?: ReadonlySet<string>;
}

export interface Misspelling {
  start: number;
  end: number;
  word: string;
  /** Best first. */
  fixes: string[];
  /** The confusion rule that caught it, or null for a dictionary miss. */
  confusion: string | null;
  message: string;
}

/** Word-like runs: letters with inner apostrophes and hyphens ("follow-up", "team's"). */
const WORD = /\p{L}[\p{L}\p{M}'’]*(?:-\p{L}[\p{L}\p{M}'’]*)*/gu;
/** The same words in a text of plain ASCII, where the Unicode classes add nothing but time. */
const ASCII_WORD = /[A-Za-z][A-Za-z']*(?:-[A-Za-z][A-Za-z']*)*/g;
const ASCII = /^[\x00-\x7f]*$/;
/** Chunks that are addresses, not prose: URLs, e-mail, domains, file paths. */
const ADDRESS = /\S*(?:@|:\/\/|www\.|\.(?:com|org|net|edu|gov|io|txt|pdf|docx?|json|jsonl|csv|md|xlsx?)\b)\S*/giu;
const MAYBE_ADDRESS = /@|:\/\/|www\.|\.\p{L}/iu;
const SENTENCE_START = /(?:^|[.!?:;•▪◦·●–—]\s*|\n\s*|^\s*[-*]\s+)$/u;

const MAX_COST = 2;
/** Longer "words" are run-together text or codes, not typos worth a fix. */
const MAX_WORD_LETTERS = 24;
/** Unknown words one text may send to the fix search: past that the text is not prose (a paste of codes, a binary). */
const MAX_UNKNOWN_PER_TEXT = 40;
/** Ranked fixes per unknown word: the same typo in many bullets is ranked once. */
const suggestionCache = new Map<string, Ranked[]>();
const CACHE_SIZE = 2000;

export function findMisspellings(text: string, options: SpellingOptions = {}, rules: SpellingRules = spellingRules()): Misspelling[] {
  const dict = dictionary();
  const user = options.userWords;
  const found: Misspelling[] = [];
  for (const hit of findConfusions(text, rules.confusions)) {
    if (user?.has(hit.word.toLowerCase())) continue;
    found.push({ start: hit.start, end: hit.end, word: hit.word, fixes: hit.fixes, confusion: hit.confusion.id, message: hit.confusion.message });
  }
  // Every address holds "@", "://", "www." or a dot before a letter: without one, there is none to look for.
  const addresses = MAYBE_ADDRESS.test(text) ? [...text.matchAll(ADDRESS)].map((m) => [m.index, m.index + m[0].length] as const) : [];
  let unknown = 0;
  for (const m of text.matchAll(ASCII.test(text) ? ASCII_WORD : WORD)) {
    const raw = m[0];
    let word = raw.includes("'") || raw.includes('’') ? raw.replace(/['’]s$|['’]$/u, '') : raw;
    const start = m.index;
    const end = start + word.length;
    if (word.endsWith('-')) word = word.replace(/-+$/, '');
    if (word.length < 3 || word.length > MAX_WORD_LETTERS) continue;
    // Most words are known: that cheap test goes first.
    const lower = word.toLowerCase();
    if (user?.has(lower) || known(word, dict, rules)) continue;
    if (found.some((f) => start < f.end && f.start < end)) continue;
    if (addresses.some(([s, e]) => start >= s && start < e)) continue;
    // Next to a digit it is a code or a unit ("Q3", "FY24", "3x", "ICD-10").
    if (/[\p{N}_]/u.test(text[start - 1] ?? '') || /[\p{N}_]/u.test(text[start + m[0].length] ?? '')) continue;
    // The dictionaries are English: a word in another script, or with accents they lack, is not ours to fix.
    if (!/^[A-Za-z'’-]+$/.test(word)) continue;
    // A prefix left hanging before a later compound: "intra- and post-operative".
    if (rules.check.prefixes.includes(lower) && /^(?:-|\s+(?:and|or)\s|\s*\/)/.test(text.slice(end, end + 5))) continue;
    const place: Place = SENTENCE_START.test(text.slice(Math.max(0, start - 4), start)) ? 'start' : 'inside';
    const inName = /\p{Lu}\p{L}*[\s]+$/u.test(text.slice(Math.max(0, start - 30), start)) && place === 'inside'
      || /^\s+(?:of\s+|and\s+)?\p{Lu}/u.test(text.slice(m.index + m[0].length, m.index + m[0].length + 8));
    if (++unknown > MAX_UNKNOWN_PER_TEXT) break;
    const fixes = fixesFor(word, lower, inName ? 'name' : place, dict);
    if (!fixes.length) continue;
    const f = fixes.map((x) => casedLike(word, x, dict));
    found.push({ start, end, word, fixes: f, confusion: null, message: rules.check.messages.misspelled.replace('{word}', word).replace('{fix}', f[0]!) });
  }
  return found.sort((a, b) => a.start - b.start);
}

function known(word: string, dict: Dictionary, rules: SpellingRules): boolean {
  const lower = word.toLowerCase();
  if (dict.vocabulary.words.has(lower) || dict.correct(word)) return true;
  if (word.includes('-')) {
    const parts = word.split('-');
    const isPrefix = (p: string, i: number) => i < parts.length - 1 && rules.check.prefixes.includes(p.toLowerCase());
    return parts.every((p, i) => isPrefix(p, i) || p.length < 3 || dict.vocabulary.words.has(p.toLowerCase()) || dict.correct(p));
  }
  // "Practice's", "O'Brien": apostrophes inside names.
  if (/['’]/u.test(word)) return true;
  return false;
}

/**
 * Likely fixes for an unknown word, or none. Acronyms are left alone unless they swap two letters of one the field
 * uses (HCAPHS); a capitalised word inside a sentence is taken for a name unless the fix is a listed misspelling or a
 * near miss of the field's own vocabulary.
 */
type Place = 'start' | 'inside' | 'name';

function fixesFor(word: string, lower: string, place: Place, dict: Dictionary): string[] {
  const letters = word.replace(/[^\p{L}]/gu, '');
  const allCaps = letters.length >= 2 && letters === letters.toUpperCase() && /\p{Lu}/u.test(letters);
  if (allCaps) return acronymSwap(lower, dict);
  // "eClinicalWorks", "MyChart": an inner capital is a product's name.
  if (/\p{L}\p{Lu}/u.test(word.slice(1)) || /^\p{Ll}\p{Lu}/u.test(word)) return [];
  const capitalised = /^\p{Lu}/u.test(word);
  const ranked = rankedFixes(lower, dict);
  if (!ranked.length) return [];
  const best = ranked[0]!;
  const common = best.word === best.word.toLowerCase();
  // Among other capitalised words ("Speare Memorial", "Quality Improvment Committee") only a listed misspelling of
  // the field's own words is a typo; alone inside a sentence, a listed misspelling or a near miss of them.
  if (capitalised && place === 'name' && !(common && best.listed && best.preferred)) return [];
  if (capitalised && place === 'inside' && !(common && (best.listed || (best.preferred && best.cost <= 1 && lower.length >= 6)))) return [];
  // Short words have many neighbours; only a close one counts, and a three-letter word needs a listed fix. A name is
  // offered for a lower-case word only when it is one slip away ("carelink" is not "Carelon").
  if (lower.length === 3 && !best.listed) return [];
  const limit = lower.length <= 4 ? 1 : MAX_COST;
  const isName = (r: Ranked) => r.word !== r.word.toLowerCase() && !(dict.vocabulary.display.get(r.word.toLowerCase()) ?? r.word).match(/^\p{Lu}{2,}$/u);
  return ranked.filter((r) => r.cost <= (!capitalised && isName(r) ? Math.min(limit, 1) : limit)).slice(0, 3).map((r) => r.word);
}

interface Ranked { word: string; cost: number; listed: boolean; preferred: boolean }

function rankedFixes(lower: string, dict: Dictionary): Ranked[] {
  const hit = suggestionCache.get(lower);
  if (hit) return hit;
  const candidates = new Map<string, Ranked>();
  const add = (w: string, listed: boolean) => {
    const key = w.toLowerCase();
    if (key === lower || (candidates.has(key) && !listed)) return;
    const preferred = dict.preferred.has(key);
    let cost = typingDistance(lower, key);
    // A plural of a word in -y written with -ys ("vacancys") is one slip, not two edits.
    if (/[^aeiou]ys$/.test(lower) && key === `${lower.slice(0, -2)}ies`) cost = Math.min(cost, 0.5);
    if (!Number.isFinite(cost)) return;
    if (listed) cost -= 0.6;
    if (preferred) cost -= 0.3;
    const prev = candidates.get(key);
    if (!prev || cost < prev.cost) candidates.set(key, { word: w, cost, listed: listed || (prev?.listed ?? false), preferred });
  };
  for (const w of dict.knownMisspelling(lower)) add(w, true);
  if (/[^aeiou]ys$/.test(lower) && dict.correct(`${lower.slice(0, -2)}ies`)) add(`${lower.slice(0, -2)}ies`, false);
  for (let len = lower.length - 2; len <= lower.length + 2; len++) {
    for (const w of dict.preferredByLength.get(len) ?? []) {
      if ((w[0] !== lower[0] && w[1] !== lower[1]) || letterDifference(lower, w) > 4) continue;
      add(w, false);
    }
  }
  const best = [...candidates.values()].sort((a, b) => a.cost - b.cost)[0];
  if (!best || best.cost > 0.8) for (const w of dict.oneEditAway(lower)) add(w, false);
  const ranked = [...candidates.values()].filter((r) => r.cost <= MAX_COST + 0.5).sort((a, b) => a.cost - b.cost || a.word.localeCompare(b.word));
  remember(lower, ranked);
  return ranked;
}

function remember(lower: string, ranked: Ranked[]): void {
  suggestionCache.set(lower, ranked);
  if (suggestionCache.size > CACHE_SIZE) suggestionCache.delete(suggestionCache.keys().next().value!);
}

/** The fix in the writer's case: the vocabulary's own spelling for its names, a capital kept, capitals kept. */
function casedLike(written: string, fix: string, dict: Dictionary): string {
  const display = dict.vocabulary.display.get(fix.toLowerCase());
  if (display && display !== display.toLowerCase()) return display;
  if (written === written.toUpperCase() && written.length > 1) return fix.toUpperCase();
  return keepCapital(written, fix);
}

/** An all-capitals word that swaps two adjacent letters of an acronym the field uses ("HCAPHS" -> HCAHPS). */
function acronymSwap(lower: string, dict: Dictionary): string[] {
  if (lower.length < 4) return [];
  const out: string[] = [];
  for (let i = 0; i + 1 < lower.length; i++) {
    if (lower[i] === lower[i + 1]) continue;
    const swapped = lower.slice(0, i) + lower[i + 1] + lower[i] + lower.slice(i + 2);
    const display = dict.vocabulary.display.get(swapped);
    if (display && display === display.toUpperCase()) out.push(display);
  }
  return out;
}

/** Findings in the contract's shape: rule "spelling", the fix first among `suggestions`. */
export function spellingFindings(text: string, options: SpellingOptions = {}): (Finding & { suggestions: string[] })[] {
  const rules = spellingRules();
  return findMisspellings(text, options, rules).map((m) => ({
    rule: 'spelling', severity: rules.check.level, message: m.message, start: m.start, end: m.end,
    suggestions: m.fixes, source: rules.check.source, penalty: rules.check.penalty,
  }));
}
