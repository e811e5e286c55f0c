// Grammar tidying of a finished rewrite: no doubled words or punctuation, single spaces, a capital first letter, and
// the writer's own choice of a final period kept. Returns the text and the ids of the tidy rules that changed it.
import { capitalise } from './wording.ts';

export function tidy(input: string, endWithPeriod: boolean): { text: string; rules: string[] } {
  const rules: string[] = [];
  let text = input;
  const sub = (re: RegExp, by: string | ((m: string) => string), rule: string) => {
    const next = text.replace(re, by as string);
    if (next !== text && !rules.includes(rule)) rules.push(rule);
    text = next;
  };
  // Most rewrites need none of this: one scan for anything the space and punctuation rules would change, and the
  // rules run (in order, as each can expose the next) only when it finds something.
  if (NEEDS_SPACING.test(text)) {
    sub(/[\t\r\n\f\v]+/g, ' ', 'tidy/space');
    sub(/ {2,}/g, ' ', 'tidy/space');
    sub(/ +(?=[,;:.)])/g, '', 'tidy/space');
    sub(/\( +/g, '(', 'tidy/space');
    sub(/[,;:]\s*(?=[;.])/g, '', 'tidy/punctuation');
    sub(/;\s*,/g, ';', 'tidy/punctuation');
    sub(/,(\s*,)+/g, ',', 'tidy/punctuation');
    sub(/;(\s*;)+/g, ';', 'tidy/punctuation');
    sub(/\.{2,}(?!\.)/g, (m) => (m.length === 3 ? m : '.'), 'tidy/punctuation');
  }
  if (hasDoubledWord(text)) {
    const undoubled = removeDoubledWords(text);
    if (undoubled !== text) rules.push('tidy/doubled-word');
    text = undoubled;
  }
  if (/^\s/.test(text)) sub(/^\s+/g, '', 'tidy/space');
  if (/[\s,;:d]$/.test(text)) sub(/(?:\s|[,;:]|\band)+$/g, '', 'tidy/space');
  if (/^[a-z]/.test(text) && !/^[a-z]+[A-Z]/.test(text)) sub(/^[a-z]/, capitalise, 'tidy/capital');
  const ends = /[.!?]$/.test(text);
  if (endWithPeriod && !ends) sub(/$/, '.', 'tidy/period');
  if (!endWithPeriod && /\.$/.test(text) && !/\.\.\.$/.test(text)) sub(/\.$/, '', 'tidy/period');
  return { text, rules };
}

// Something at least one of the space and punctuation rules above would change.
const NEEDS_SPACING = /[\t\r\n\f\v]| {2}| [,;:.)]|\( |[,;:]\s*[;.]|;\s*,|,\s*,|\.\./;
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
