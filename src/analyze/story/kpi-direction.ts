// Which way each KPI in a story's result moved, read from the change verb that governs it: "LWBS dropped from 4.1% to
// 1.8%, and patient experience scores for wait time rose" moves LWBS down and the experience score up; "wait time"
// there only says which score, so it takes no direction of its own.
import { rolesOf } from '../../nlp/verbs.ts';
import type { Direction, KpiMention, Span } from '../types.ts';

// Where one change statement ends and the next begins inside a result sentence.
const PIECE_BREAK = /[;,]\s*(?:and\s+|while\s+|but\s+)?|\s+(?:and|while|but|whereas)\s+(?=(?:the\s+|our\s+|its\s+|their\s+)?[\w-]+(?:\s+[\w-]+){0,5}\s+(?:\w+ed|fell|rose|grew|shrank|went|came|dropped|climbed|improved)\b)|\s+(?:and|while)\s+(?=(?:we|i|they)\b)/giu;
// A KPI right after another, joined by one of these, only says which one ("scores for wait time", "rate of falls").
const QUALIFIER = /^\s*(?:for|of|on|in|about|around|regarding|related to|with)\s+(?:the\s+|our\s+)?$/i;
const WORD = /[\p{L}-]+/gu;

function directionOf(word: string): Direction | null {
  const roles = rolesOf(word);
  if (roles.includes('down')) return 'down';
  if (roles.includes('up')) return 'up';
  return null;
}

/** "better" verbs move a KPI the way it should go. */
const isBetter = (word: string) => rolesOf(word).includes('better');

function pieces(text: string, span: Span): Span[] {
  const slice = text.slice(span.start, span.end);
  const out: Span[] = [];
  let at = 0;
  for (const m of slice.matchAll(PIECE_BREAK)) {
    out.push({ start: span.start + at, end: span.start + m.index, text: slice.slice(at, m.index) });
    at = m.index + m[0].length;
  }
  out.push({ start: span.start + at, end: span.end, text: slice.slice(at) });
  return out.filter((p) => p.end > p.start);
}

/**
 * The story's KPI mentions inside its result, each with the direction its own change verb gives (null when no verb in
 * its statement moves it). Mentions outside the result are left out: a rise told in the situation is the problem.
 */
export function governedResultKpis(text: string, kpis: KpiMention[], result: Span[]): KpiMention[] {
  const out: KpiMention[] = [];
  for (const r of result) {
    for (const piece of pieces(text, r)) {
      const mine = kpis.filter((k) => k.start >= piece.start && k.end <= piece.end).sort((a, b) => a.start - b.start);
      if (mine.length === 0) continue;
      const heads = mine.filter((k, i) => i === 0 || !QUALIFIER.test(text.slice(mine[i - 1]!.end, k.start)));
      for (const k of mine) {
        if (!heads.includes(k)) { out.push({ ...k, change: null }); continue; }
        // The verb after the KPI ("denials fell"), else the one before it ("we cut denials").
        const after = [...text.slice(k.end, piece.end).matchAll(WORD)].map((m) => m[0]);
        const before = [...text.slice(piece.start, k.start).matchAll(WORD)].map((m) => m[0]).reverse();
        let change: Direction | null = null;
        for (const w of [...after, ...before]) {
          const d = directionOf(w);
          if (d) { change = d; break; }
          if (isBetter(w)) { change = k.desired; break; }
        }
        out.push({ ...k, change });
      }
    }
  }
  return out;
}
