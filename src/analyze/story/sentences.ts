// Splits a story into sentences and, inside a sentence, into clauses at strong discourse markers, as half-open spans.
import type { Span } from '../types.ts';

// Tokens that end in a dot without ending a sentence: titles, Latin shorthands, "No. 3", "approx. 40".
const NEVER_FINAL = new Set([
  'dr', 'mr', 'mrs', 'ms', 'prof', 'st', 'sr', 'jr', 'vs', 'v', 'etc', 'e.g', 'i.e', 'eg', 'ie', 'cf', 'approx', 'appt',
  'no', 'nos', 'dept', 'est', 'ca', 'fig', 'inc', 'ltd', 'co', 'corp', 'avg', 'min', 'max', 'mo', 'mos', 'yr', 'yrs',
  'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec', 'u.s', 'a.m', 'p.m', 'incl',
]);
// Of those, the ones that still end a sentence when the next word starts with a capital (e.g. "... and so on etc. Then I").
const CAN_END_BEFORE_CAPITAL = new Set(['etc', 'inc', 'ltd', 'co', 'corp', 'a.m', 'p.m', 'u.s', 'min', 'max', 'avg', 'yrs', 'mos']);

const BULLET_OR_LABEL = /^\s*(?:[•\-*▪◦‣]|\d+[.)]|(?:\*\*|__)?(?:situation|task|action|result|s|t|a|r)(?:\*\*|__)?\s*[:\-–—])/i;

/**
 * An outline label opening a part: "Situation:", "S -", "**Task:**", "**Action**:", "3. Result –", "Actions taken:".
 * Group 1 is the part's word.
 */
export const OUTLINE_LABEL = /^(?:\(?\d{1,2}[.)]\s*)?(?:\*\*|__)?(situation|context|background|problem|challenge|task|goal|objective|assignment|action|actions|actions taken|approach|what i did|result|results|outcome|outcomes|impact|s|t|a|r)(?:\*\*|__)?\s*(?:[:\-–—]|(?<=\*\*|__)(?=\s))\s*(?:\*\*|__)?\s*/i;
// The same labels inside a line (a story pasted as one paragraph): only capitalised words with a colon, or bold ones.
const INLINE_LABEL = /\s(?=(?:\(?\d{1,2}[.)]\s*)?(?:\*\*|__)(?:Situation|Task|Action|Actions|Result|Results|Outcome)\b|(?:\(?\d{1,2}[.)]\s*)?(?:Situation|Task|Action|Actions|Result|Results|Outcome)\s*[:–—]\s|(?:\(?\d{1,2}[.)]\s*)(?:Situation|Task|Action|Actions|Result|Results|Outcome)\s*-\s|[STAR]:\s)/gu;

export function trimSpan(src: string, start: number, end: number): Span | null {
  while (start < end && /\s/.test(src[start]!)) start++;
  while (end > start && /\s/.test(src[end - 1]!)) end--;
  return end > start ? { start, end, text: src.slice(start, end) } : null;
}

/** Sentences of `src` as trimmed spans, in order; robust to decimals ($1.4M, 23.5%), abbreviations and initials. */
export function splitSentences(src: string): Span[] {
  const out: Span[] = [];
  let start = 0;
  const push = (end: number) => {
    const s = trimSpan(src, start, end);
    if (s) out.push(s);
    start = end;
  };
  const labelAt = new Set<number>();
  for (const m of src.matchAll(INLINE_LABEL)) labelAt.add(m.index + m[0].length);
  for (let i = 0; i < src.length; i++) {
    const ch = src[i]!;
    if (labelAt.has(i) && i > start && /\S/.test(src.slice(start, i))) push(i);
    if (ch === '\n') {
      const rest = src.slice(i + 1, i + 40);
      const prevLine = src.slice(Math.max(start, src.lastIndexOf('\n', i - 1) + 1), i).trimEnd();
      if (/^\s*\n/.test(rest) || BULLET_OR_LABEL.test(rest) || /[:;]$/.test(prevLine)) push(i + 1);
      continue;
    }
    if (ch !== '.' && ch !== '!' && ch !== '?' && ch !== '…') continue;
    let j = i + 1;
    while (j < src.length && /[.!?…]/.test(src[j]!)) j++;
    while (j < src.length && /["'”’)\]]/.test(src[j]!)) j++;
    if (j < src.length && !/\s/.test(src[j]!)) { i = j - 1; continue; } // 23.5, $1.4M, e.g.x: no space, no end
    let k = j;
    while (k < src.length && /\s/.test(src[k]!)) k++;
    const next = src[k];
    if (next !== undefined && ch === '.' && !endsSentenceAt(src, i, next)) { i = j - 1; continue; }
    push(j);
    i = j - 1;
  }
  push(src.length);
  return out;
}

function endsSentenceAt(src: string, dot: number, next: string): boolean {
  // "2. Task: ..." or "1. Situation": a list number opening a line or following a sentence end is not a sentence.
  const num = /(?:^|[.!?:]\s+|\n\s*)\d{1,2}$/.exec(src.slice(Math.max(0, dot - 8), dot));
  if (num) return false;
  let w = dot;
  while (w > 0 && /[\p{L}.]/u.test(src[w - 1]!)) w--;
  const token = src.slice(w, dot).toLowerCase();
  const capital = /[\p{Lu}"“'‘(\[$]|\d/u.test(next);
  const standsAlone = w === 0 || /[\s("“]/.test(src[w - 1]!);
  if (standsAlone && /^\p{L}$/u.test(token) && /\p{Lu}/u.test(src[w]!)) return false; // an initial: "J. Smith"
  if (NEVER_FINAL.has(token)) return capital && CAN_END_BEFORE_CAPITAL.has(token);
  if (/^(?:\p{L}\.)+\p{L}$/u.test(token)) return capital && token.length > 3; // "U.S.", "a.m." before lowercase
  return capital || /[•\-*▪]/.test(next);
}

// Clause boundaries inside a sentence where the teller moves from one STAR part to the next.
const CLAUSE_BREAK = new RegExp(
  [
    ';',
    '\\s[—–]\\s?|\\s--\\s',
    ',?\\s+(?=as a result\\b|as a consequence\\b|resulting in\\b|which (?:cut|reduced|lowered|raised|increased|improved|dropped|brought|saved|led|helped|drove|freed|eliminated)\\b)',
    ',\\s+(?=so (?:that )?(?:our|the|we|it|they|this)\\b)',
    // ", and I was responsible for…" / ", so I decided…": the teller steps in after the scene.
    ',\\s+(?=(?:and|so|but) i (?:was|had|needed|decided|took|then)\\b)',
    // An opening role or time clause ends at its comma: "During my time as a clinic supervisor, we had a problem…",
    // "For example, when our practice had to cut hours, I held an all-staff meeting…".
    ',(?<=^(?:in|during) my (?:\\w+ ){0,2}?(?:role|position|job|tenure|time) (?:as|at|with)[^,;.]{1,80},)\\s+',
    ',(?<=^(?:as|when i was|while i was) (?:a|an|the|our) (?:[\\w-]+ ){0,4}?(?:manager|director|administrator|supervisor|coordinator|lead|nurse|officer|analyst|executive|vp|head|assistant|secretary|specialist|clerk|biller|coder|scheduler|registrar),)\\s+(?!(?:my|our) (?:goal|task|job|role|charge)\\b)',
    ',(?=\\s+(?:i|we) )(?<=^(?:(?:for example|for instance),? )?(?:when|after|once|because|since|as soon as)\\b[^,;.]{5,140},)\\s+',
    // "The biggest challenge I faced was | when our facility had an outbreak": the echo of the question, then the scene.
    '\\s+(?=when\\b)(?<=^(?:a|one|the) [^,;.]{2,80}?\\b(?:was|is)\\s+)',
  ].join('|'),
  'giu',
);
// Extra boundaries used only in long unpunctuated run-ons, where "and then" / "so" carry the structure.
const RUN_ON_BREAK = /\s+(?=(?:and then|then i|then we|after that|so i|so we|so the|but then|because of that|in the end|by the end|within \d+|over the next|my (?:goal|task|job) was|i was asked)\b)/giu;

/** Clauses of one sentence span; a long sentence (> runOnWords) is also cut at softer markers. */
export function splitClauses(src: string, sentence: Span, runOnWords = 45): Span[] {
  const text = sentence.text;
  const cuts = new Set<number>();
  for (const m of text.matchAll(CLAUSE_BREAK)) cuts.add(m.index + m[0].length);
  if (countWords(text) > runOnWords) for (const m of text.matchAll(RUN_ON_BREAK)) cuts.add(m.index + m[0].length);
  const points = [0, ...[...cuts].filter((c) => c > 0 && c < text.length).sort((a, b) => a - b), text.length];
  const out: Span[] = [];
  for (let i = 0; i + 1 < points.length; i++) {
    const s = trimSpan(src, sentence.start + points[i]!, sentence.start + points[i + 1]!);
    if (!s) continue;
    const prev = out[out.length - 1];
    // A clause too short to stand alone (", so it" / "; done") stays with the one before it.
    if (prev && countWords(s.text) < 3) out[out.length - 1] = { start: prev.start, end: s.end, text: src.slice(prev.start, s.end) };
    else out.push(s);
  }
  const first = out[0], second = out[1];
  if (first && second && countWords(first.text) < 3) out.splice(0, 2, { start: first.start, end: second.end, text: src.slice(first.start, second.end) });
  return out.length ? out : [sentence];
}

export function countWords(text: string): number {
  let n = 0;
  for (const _ of text.matchAll(/[\p{L}\p{N}$]+(?:['’.,\-/][\p{L}\p{N}]+)*/gu)) n++;
  return n;
}
