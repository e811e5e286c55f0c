// Grammar tidying of a finished rewrite: no doubled words or punctuation, single spaces, a capital first letter, and
// the writer's own choice of a final period kept. Returns the text and the ids of the tidy rules that changed it.
import { capitalise } from './wording.ts';

// Space and punctuation, in order (each can expose the next): [pattern, replacement, rule].
const SPACING: [RegExp, string | ((m: string) => string), string][] = [
  [/[\t\r\n\f\v]+/g, ' ', 'tidy/space'],
  [/ {2,}/g, ' ', 'tidy/space'],
  [/ +(?=[,;:.)])/g, '', 'tidy/space'],
  [/\( +/g, '(', 'tidy/space'],
  [/[,;:]\s*(?=[;.])/g, '', 'tidy/punctuation'],
  [/;\s*,/g, ';', 'tidy/punctuation'],
  [/,(\s*,)+/g, ',', 'tidy/punctuation'],
  [/;(\s*;)+/g, ';', 'tidy/punctuation'],
  [/\.{2,}(?!\.)/g, (m) => (m.length === 3 ? m : '.'), 'tidy/punctuation'],
];
// (Patterns are built once here: a regex literal inside a function is a new object on every call.)
const LEADING_SPACE = /^\s+/;
const TRAILING_JOINER = /(?:\s|[,;:]|\band)+$/;
const LOWER_START = /^[a-z]/;
const CAMEL_START = /^[a-z]+[A-Z]/;
const FINAL_PERIOD = /\.$/;

export function tidy(input: string, endWithPeriod: boolean): { text: string; rules: string[] } {
  const t: Tidying = { text: input, rules: [] };
  // Most rewrites need none of the SPACING rules and have no doubled word: one scan says which applies. The SPACING
  // rules change the text, so after them the words are read again.
  const found = scan(t.text);
  let doubled = found === DOUBLED_WORD;
  if (found === NEEDS_SPACING) {
    for (const [re, by, rule] of SPACING) sub(t, re, by, rule);
    doubled = hasDoubledWord(t.text);
  }
  if (doubled) {
    const undoubled = removeDoubledWords(t.text);
    if (undoubled !== t.text) t.rules.push('tidy/doubled-word');
    t.text = undoubled;
  }
  if (isSpace(t.text.charCodeAt(0))) sub(t, LEADING_SPACE, '', 'tidy/space');
  if (mayTrail(t.text.charCodeAt(t.text.length - 1))) sub(t, TRAILING_JOINER, '', 'tidy/space');
  if (LOWER_START.test(t.text) && !CAMEL_START.test(t.text)) sub(t, LOWER_START, capitalise, 'tidy/capital');
  const last = t.text.charAt(t.text.length - 1);
  const ends = last === '.' || last === '!' || last === '?';
  if (endWithPeriod && !ends) { t.text += '.'; addRule(t, 'tidy/period'); }
  if (!endWithPeriod && last === '.' && !t.text.endsWith('...')) sub(t, FINAL_PERIOD, '', 'tidy/period');
  return t;
}

interface Tidying { text: string; rules: string[] }

const NEEDS_SPACING = 1;
const DOUBLED_WORD = 2;

/**
 * NEEDS_SPACING when a SPACING rule would change the text (see spacingAt), else DOUBLED_WORD when a word is written
 * twice (see hasDoubledWord), else 0: both checks in one pass over the characters. Letters never start a spacing
 * problem, so a run of letters is read as a word and the check goes on after it.
 */
function scan(text: string): number {
  let prevStart = -1;
  let prevEnd = -1;
  let doubled = false;
  const n = text.length;
  for (let i = 0; i < n;) {
    const c = text.charCodeAt(i);
    if (isLetter(c)) {
      const start = i;
      i++;
      while (i < n && isLetter(text.charCodeAt(i))) i++;
      if (!doubled && prevStart >= 0 && i - start === prevEnd - prevStart && spacesOnly(text, prevEnd, start) && sameLetters(text, prevStart, start, i - start)) doubled = true;
      prevStart = start;
      prevEnd = i;
      continue;
    }
    if (spacingAt(text, i, c)) return NEEDS_SPACING;
    i++;
  }
  return doubled ? DOUBLED_WORD : 0;
}

/**
 * Whether a SPACING rule would change the text at i (c is the character there): a tab or line break, two spaces, a
 * space before , ; : . or ")", "( ", a , ; or : before ; or . (spaces between), ";" or "," before ",", or "..".
 */
function spacingAt(text: string, i: number, c: number): boolean {
  if (c >= 9 && c <= 13) return true;
  const next = text.charCodeAt(i + 1);
  if (c === SPACE && (next === SPACE || next === COMMA || next === SEMI || next === COLON || next === DOT || next === CLOSE)) return true;
  if (c === OPEN && next === SPACE) return true;
  if (c === DOT && next === DOT) return true;
  if (c === COMMA || c === SEMI || c === COLON) {
    let j = i + 1;
    while (j < text.length && isSpace(text.charCodeAt(j))) j++;
    const d = text.charCodeAt(j);
    if (d === SEMI || d === DOT || (d === COMMA && c !== COLON)) return true;
  }
  return false;
}

const [SPACE, COMMA, SEMI, COLON, DOT, OPEN, CLOSE] = [' ', ',', ';', ':', '.', '(', ')'].map((ch) => ch.charCodeAt(0)) as [number, number, number, number, number, number, number];

/** White space as the regex \s has it (NaN, past either end of a text, is none). */
function isSpace(c: number): boolean {
  if (c === 32 || (c >= 9 && c <= 13)) return true;
  return c > 127 && /\s/.test(String.fromCharCode(c));
}

/** A last character TRAILING_JOINER could remove: white space, , ; : or the d of "and". */
function mayTrail(c: number): boolean {
  return isSpace(c) || c === COMMA || c === SEMI || c === COLON || c === 100;
}

function sub(t: Tidying, re: RegExp, by: string | ((m: string) => string), rule: string): void {
  const next = t.text.replace(re, by as string);
  if (next !== t.text) addRule(t, rule);
  t.text = next;
}

function addRule(t: Tidying, rule: string): void {
  if (!t.rules.includes(rule)) t.rules.push(rule);
}

const WORD = /[A-Za-z]+/g;
const isLetter = (c: number) => (c >= 65 && c <= 90) || (c >= 97 && c <= 122);

/** A word written twice with only spaces between ("the the"): two runs of letters, equal but for case. A character
 *  scan that allocates nothing, as this runs on every bullet analysed and almost never finds one. */
function hasDoubledWord(text: string): boolean {
  let prevStart = -1;
  let prevEnd = -1;
  for (let i = 0; i < text.length;) {
    if (!isLetter(text.charCodeAt(i))) { i++; continue; }
    const start = i;
    while (i < text.length && isLetter(text.charCodeAt(i))) i++;
    if (prevStart >= 0 && i - start === prevEnd - prevStart && spacesOnly(text, prevEnd, start) && sameLetters(text, prevStart, start, i - start)) return true;
    prevStart = start;
    prevEnd = i;
  }
  return false;
}

function spacesOnly(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (text.charCodeAt(i) !== 32) return false;
  return to > from;
}

function sameLetters(text: string, a: number, b: number, n: number): boolean {
  // Letters only: setting the 0x20 bit makes an upper-case ASCII letter lower-case.
  for (let k = 0; k < n; k++) if ((text.charCodeAt(a + k) | 32) !== (text.charCodeAt(b + k) | 32)) return false;
  return true;
}

// The cuts themselves (when hasDoubledWord found one): a "the the the" loses both repeats.
function removeDoubledWords(text: string): string {
  const cuts: [number, number][] = [];
  let prev: RegExpExecArray | undefined;
  WORD.lastIndex = 0;
  for (let m = WORD.exec(text); m; m = WORD.exec(text)) {
    if (prev && m[0].toLowerCase() === prev[0].toLowerCase() && /^ +$/.test(text.slice(prev.index + prev[0].length, m.index))) {
      cuts.push([prev.index + prev[0].length, m.index + m[0].length]);
    } else {
      prev = m;
    }
  }
  for (const [start, end] of cuts.reverse()) text = text.slice(0, start) + text.slice(end);
  return text;
}
