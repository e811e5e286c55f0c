// The cue card: one short line per STAR part, in the user's own words, keeping every number of that part.
import { STAR_PARTS, type Span, type StarPart, type StoryResult } from '../analyze/types.ts';

export interface CueLine { part: StarPart; label: string; text: string; missing: boolean }

export const PART_LABELS: Record<StarPart, string> = { situation: 'Situation', task: 'Task', action: 'Action', result: 'Result' };
const MISSING: Record<StarPart, string> = {
  situation: '[where you were, what was wrong, the baseline]',
  task: '[what you owned or were asked to do]',
  action: '[what you did yourself]',
  result: '[what changed, with a number, and for how long]',
};
// Words a glance at a card does not need.
const DROP = new Set(['very', 'really', 'basically', 'just', 'actually', 'literally']);
const LEAD = /^(?:(?:situation|task|action|result|s|t|a|r)\s*[:\-–—]\s*|(?:so|well|basically|first|then|next|finally|also|eventually|as a result)[,:]?\s+)/i;

/** A clause cut to about maxWords words, never inside a number ("within 90 days" stays whole); numbers past the cut follow in brackets. */
export function cueLine(clause: Span, numbers: Span[], maxWords = 12): string {
  const lead = LEAD.exec(clause.text)?.[0].length ?? 0;
  const words = [...clause.text.slice(lead).matchAll(/\S+/g)].map((m) => ({ text: m[0], start: clause.start + lead + m.index, end: clause.start + lead + m.index + m[0].length }));
  const kept = words.filter((w, i) => i === 0 || !DROP.has(w.text.toLowerCase()));
  let cut = Math.min(kept.length, maxWords);
  while (cut < kept.length && numbers.some((n) => n.start < kept[cut - 1]!.end && kept[cut - 1]!.end < n.end)) cut++;
  const shown = kept.slice(0, cut);
  let line = shown.map((w) => w.text).join(' ').replace(/[.;:!?,]+$/, '');
  if (cut < kept.length) line += '…';
  const shownEnd = shown.at(-1)?.end ?? clause.start;
  const later = numbers.filter((n) => n.start >= shownEnd).map((n) => n.text.trim()).filter((n, i, all) => n && all.indexOf(n) === i);
  return later.length ? `${line} (${later.join(', ')})` : line;
}

/**
 * The result line a card should carry: the clause that states the outcome most fully (a change from a baseline, a KPI,
 * a number), not an action that also mentions a number. Ties go to the first.
 */
function strongestResult(a: StoryResult, spans: Span[]): Span {
  const within = (s: Span) => (m: Span) => s.start <= m.start && m.end <= s.end;
  const weight = (s: Span) =>
    (a.parts.action.some((x) => x.start === s.start) ? -4 : 0)
    + (a.components.baseline.some(within(s)) ? 2 : 0)
    + (a.kpis.some((k) => within(s)(k) && k.change) ? 2 : a.kpis.some(within(s)) ? 1 : 0)
    + (a.components.metric.some(within(s)) ? 1 : 0);
  let best = spans[0]!;
  for (const s of spans) if (weight(s) > weight(best)) best = s;
  return best;
}

export function cueCard(a: StoryResult): CueLine[] {
  return STAR_PARTS.map((part) => {
    const spans = a.parts[part];
    if (spans.length === 0) return { part, label: PART_LABELS[part], text: MISSING[part], missing: true };
    const within = (s: Span) => (m: Span) => s.start <= m.start && m.end <= s.end;
    const lead = part === 'result' ? strongestResult(a, spans) : spans.find((s) => a.components.metric.some(within(s))) ?? spans[0]!;
    const numbers = [...a.components.metric, ...a.components.timeframe].filter(within(lead)).sort((x, y) => x.start - y.start);
    return { part, label: PART_LABELS[part], text: cueLine(lead, numbers.slice(0, 4)), missing: false };
  });
}
