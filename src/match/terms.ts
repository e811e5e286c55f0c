// Finds dictionary terms in one piece of text: every entry's terms and acronyms, minus the contexts it excludes.
// Offsets are UTF-16 and index the text given (which is a same-length normalised copy of the original).
import type { Entry } from './rules.ts';

export interface TermHit {
  key: string;
  start: number;
  end: number;
  /** Whether the words found are the entry's acronym or its written-out form. */
  form: 'abbreviation' | 'term';
}

function hitsOf(re: RegExp, text: string): [number, number][] {
  re.lastIndex = 0;
  const out: [number, number][] = [];
  for (let m = re.exec(text); m; m = re.exec(text)) {
    if (m[0].length === 0) {
      re.lastIndex++;
      continue;
    }
    out.push([m.index, m.index + m[0].length]);
  }
  return out;
}

export function findTerms(text: string, entries: readonly Entry[]): TermHit[] {
  const hits: TermHit[] = [];
  for (const e of entries) {
    const found: TermHit[] = [];
    for (const [start, end] of hitsOf(e.terms, text)) found.push({ key: e.key, start, end, form: 'term' });
    if (e.abbreviations) for (const [start, end] of hitsOf(e.abbreviations, text)) found.push({ key: e.key, start, end, form: 'abbreviation' });
    if (!found.length) continue;
    const excluded = e.exclude.flatMap((re) => hitsOf(re, text));
    for (const h of found) {
      if (excluded.some(([s, t]) => s < h.end && t > h.start)) continue;
      // One entry, one hit per place: "A/R days" is a single hit, written in the acronym's form.
      if (found.some((o) => o !== h && o.start <= h.start && h.end <= o.end && (o.end - o.start > h.end - h.start || o.form === 'term' && h.form === 'abbreviation'))) continue;
      if (h.form === 'term' && e.abbreviations && hitsOf(e.abbreviations, text.slice(h.start, h.end)).length) h.form = 'abbreviation';
      hits.push(h);
    }
  }
  return hits.sort((a, b) => a.start - b.start || b.end - a.end);
}

/**
 * The same search over many short texts at once: they are joined with line breaks, searched once per entry, and
 * each hit is handed back to the text it lies in (a hit across two texts is dropped). Offsets are the text's own.
 */
export function findTermsEach(texts: readonly string[], entries: readonly Entry[]): TermHit[][] {
  const starts: number[] = [];
  let at = 0;
  for (const t of texts) {
    starts.push(at);
    at += t.length + 1;
  }
  const out: TermHit[][] = texts.map(() => []);
  for (const h of findTerms(texts.join('\n'), entries)) {
    const i = segmentOf(starts, h.start);
    if (h.end > starts[i]! + texts[i]!.length) continue;
    out[i]!.push({ ...h, start: h.start - starts[i]!, end: h.end - starts[i]! });
  }
  return out;
}

/** Index of the last start <= offset. */
export function segmentOf(starts: readonly number[], offset: number): number {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid]! <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/**
 * A hit inside a longer one goes ("Masters in Healthcare Administration" is an MHA, not also a master's); on equal
 * spans the entry listed first wins. Hits that only overlap both stay ("working relationships with payers"), and so
 * does a skill inside another skill.
 */
export function longestHits(hits: readonly TermHit[], order: ReadonlyMap<string, number>): TermHit[] {
  // Skills are duties, and one phrase can name two ("recruitment, development, and evaluation of leaders").
  const bothSkills = (a: TermHit, b: TermHit) => a.key.startsWith('skill:') && b.key.startsWith('skill:') && (a.start !== b.start || a.end !== b.end);
  const ranked = [...hits].sort((a, b) => (b.end - b.start) - (a.end - a.start) || (order.get(a.key)! - order.get(b.key)!) || a.start - b.start);
  const kept: TermHit[] = [];
  for (const h of ranked) {
    if (kept.some((k) => k.start <= h.start && h.end <= k.end && !bothSkills(k, h))) continue;
    kept.push(h);
  }
  return kept.sort((a, b) => a.start - b.start);
}
