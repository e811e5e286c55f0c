// Small helpers over half-open [start, end) spans of one text.
import type { Span } from './types.ts';

export function span(text: string, start: number, end: number): Span {
  // Trim whitespace and dangling separators so that a span reads as the words it covers.
  while (start < end && /[\s,;:\u200b-\u200d\ufeff]/.test(text[start]!)) start++;
  while (end > start && /[\s,;:(\u200b-\u200d\ufeff]/.test(text[end - 1]!)) end--;
  // A sentence's full stop is not part of the words it ends ("+$2.3M."), but an abbreviation's is ("vs.").
  if (end > start + 1 && text[end - 1] === '.' && !/\b(?:vs|etc|Dr|St|Inc|Co|Jr|Sr|approx|[A-Z])\.$/.test(text.slice(Math.max(start, end - 8), end))) end--;
  // Keep surrogate pairs whole.
  if (start > 0 && start < text.length && isLowSurrogate(text.charCodeAt(start))) start--;
  if (end < text.length && end > 0 && isLowSurrogate(text.charCodeAt(end))) end++;
  return { start, end, text: text.slice(start, end) };
}

function isLowSurrogate(c: number): boolean {
  return c >= 0xdc00 && c <= 0xdfff;
}

export function overlaps(a: { start: number; end: number }, b: { start: number; end: number }): boolean {
  return a.start < b.end && b.start < a.end;
}

export function inside(pos: number, spans: readonly { start: number; end: number }[]): boolean {
  return spans.some((s) => pos >= s.start && pos < s.end);
}

/** Keep the longest of overlapping spans (earliest on ties), sorted by start. */
export function resolveOverlaps<T extends { start: number; end: number }>(items: T[]): T[] {
  // Most texts have none or one (no sorting to do).
  if (items.length < 2) return items.filter((it) => it.end > it.start);
  const sorted = [...items].sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
  const kept: T[] = [];
  for (const it of sorted) if (it.end > it.start && !kept.some((k) => overlaps(k, it))) kept.push(it);
  return kept.sort((a, b) => a.start - b.start);
}

/** Merge overlapping or touching spans into one. */
export function mergeSpans(text: string, items: Span[]): Span[] {
  const sorted = [...items].filter((s) => s.end > s.start).sort((a, b) => a.start - b.start);
  const out: Span[] = [];
  for (const s of sorted) {
    const last = out[out.length - 1];
    if (last && s.start <= last.end) {
      if (s.end > last.end) out[out.length - 1] = { start: last.start, end: s.end, text: text.slice(last.start, s.end) };
    } else out.push(s);
  }
  return out;
}

export function allMatches(re: RegExp, text: string): RegExpExecArray[] {
  re.lastIndex = 0;
  const out: RegExpExecArray[] = [];
  let m: RegExpExecArray | null;
  while ((m = re.exec(text)) !== null) {
    if (m[0].length === 0) {
      re.lastIndex++;
      continue;
    }
    out.push(m);
  }
  return out;
}
