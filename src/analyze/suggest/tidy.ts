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
  sub(/[\t\r\n\f\v]+/g, ' ', 'tidy/space');
  sub(/ {2,}/g, ' ', 'tidy/space');
  sub(/ +(?=[,;:.)])/g, '', 'tidy/space');
  sub(/\( +/g, '(', 'tidy/space');
  sub(/[,;:]\s*(?=[;.])/g, '', 'tidy/punctuation');
  sub(/;\s*,/g, ';', 'tidy/punctuation');
  sub(/,(\s*,)+/g, ',', 'tidy/punctuation');
  sub(/;(\s*;)+/g, ';', 'tidy/punctuation');
  sub(/\.{2,}(?!\.)/g, (m) => (m.length === 3 ? m : '.'), 'tidy/punctuation');
  const undoubled = removeDoubledWords(text);
  if (undoubled !== text) rules.push('tidy/doubled-word');
  text = undoubled;
  sub(/^\s+/g, '', 'tidy/space');
  sub(/(?:\s|[,;:]|\band)+$/g, '', 'tidy/space');
  if (/^[a-z]/.test(text) && !/^[a-z]+[A-Z]/.test(text)) sub(/^[a-z]/, capitalise, 'tidy/capital');
  const ends = /[.!?]$/.test(text);
  if (endWithPeriod && !ends) sub(/$/, '.', 'tidy/period');
  if (!endWithPeriod && /\.$/.test(text) && !/\.\.\.$/.test(text)) sub(/\.$/, '', 'tidy/period');
  return { text, rules };
}

const WORD = /[A-Za-z]+/g;
// A scan rather than a back-referencing regex: this runs on every bullet analysed.
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
