// A story told from a bullet must say the bullet's numbers: flag a figure in the bullet that the story gives differently.
import type { BulletResult, KpiMention, Span, StoryResult } from '../analyze/types.ts';
import { splitSentences } from '../analyze/story/sentences.ts';

export interface NumberMismatch { bullet: string; story: string[]; message: string }

type Unit = 'percent' | 'points' | 'money' | 'days' | 'minutes' | 'hours' | 'count';
interface Figure { text: string; value: number; unit: Unit }

const SCALE: Record<string, number> = { k: 1e3, thousand: 1e3, m: 1e6, mm: 1e6, million: 1e6, b: 1e9, bn: 1e9, billion: 1e9 };

/** A metric span as a value and a unit, so "$1.4M", "$1.4 million" and "+$1.4M" agree; null when it has no number. */
export function figure(text: string): Figure | null {
  const m = /(\$)?\s?(\d[\d,]*(?:\.\d+)?)\s?(k|mm|m|bn|b|thousand|million|billion)?\b\s*(%|percent|percentage points?|points?|pts?|days?|minutes?|mins?|hours?|hrs?)?/i.exec(text);
  if (!m) return null;
  let value = Number(m[2]!.replace(/,/g, ''));
  if (m[3]) value *= SCALE[m[3].toLowerCase()] ?? 1;
  const u = (m[4] ?? '').toLowerCase();
  const unit: Unit = m[1] ? 'money' : /^(%|percent)$/.test(u) ? 'percent' : /^(percentage points?|points?|pts?)$/.test(u) ? 'points'
    : /^days?$/.test(u) ? 'days' : /^min/.test(u) ? 'minutes' : /^(hours?|hrs?)$/.test(u) ? 'hours' : 'count';
  return { text: text.trim(), value, unit };
}

const same = (a: Figure, b: Figure) => a.unit === b.unit && Math.abs(a.value - b.value) <= Math.abs(a.value) * 1e-9;

/** Figures as written, once each: "4.3%" said twice is one figure. */
function distinct(figures: Figure[]): Figure[] {
  return figures.filter((f, i) => figures.findIndex((g) => same(g, f)) === i);
}

export function numbersDisagree(bulletMetrics: Span[], storyMetrics: Span[]): NumberMismatch[] {
  const story = storyMetrics.map((s) => figure(s.text)).filter((f): f is Figure => f !== null);
  return mismatches(bulletMetrics.map((s) => ({ span: s })), story.map((f) => ({ figure: f })));
}

type Role = 'start' | 'end';
interface Placed { figure: Figure; role?: Role; kpi?: string | null }



function roleIn(text: string, span: Span, inSituation: boolean): Role {
  if (inSituation) return 'start';
  return /\bfrom\s+(?:about\s+|nearly\s+|almost\s+|over\s+|under\s+)?$/i.test(text.slice(Math.max(0, span.start - 24), span.start)) ? 'start' : 'end';
}

/** The statements of a sentence: "LWBS fell to 2%, and the AMA rate fell to 1.9%" is two. */
function statements(text: string, sentences: Span[]): Span[] {
  return sentences.flatMap((s) => {
    const out: Span[] = [];
    let at = s.start;
    for (const m of s.text.matchAll(/[;,]\s*|\s+(?:and|while|but|whereas)\s+/g)) {
      out.push({ start: at, end: s.start + m.index, text: text.slice(at, s.start + m.index) });
      at = s.start + m.index + m[0].length;
    }
    out.push({ start: at, end: s.end, text: text.slice(at, s.end) });
    return out;
  });
}

/** The KPI a figure measures: the nearest KPI named before it in its statement, else the first after it. */
function kpiOf(kpis: KpiMention[], sentences: Span[], span: Span): string | null {
  const sentence = sentences.find((s) => s.start <= span.start && span.start < s.end);
  if (!sentence) return null;
  const mine = kpis.filter((k) => k.start >= sentence.start && k.end <= sentence.end);
  const before = mine.filter((k) => k.end <= span.start).at(-1);
  return (before ?? mine.find((k) => k.start >= span.end))?.id ?? null;
}

/**
 * The bullet's figures against the story's, compared only with the story's figures that could be the same claim:
 * the same unit, the same side of the change (a start value against a start value), and the same KPI when both name it.
 */
export function bulletStoryMismatches(bullet: Pick<BulletResult, 'text' | 'components' | 'kpis'>, story: Pick<StoryResult, 'text' | 'components' | 'kpis' | 'parts'>): NumberMismatch[] {
  const timeframe = (c: { timeframe: Span[] }, m: Span) => c.timeframe.some((t) => t.start <= m.start && m.end <= t.end);
  const bSentences = statements(bullet.text, splitSentences(bullet.text));
  const sSentences = statements(story.text, splitSentences(story.text));
  const inside = (m: Span, spans: Span[]) => spans.some((p) => p.start <= m.start && m.end <= p.end);
  const bulletFigures = bullet.components.metric.filter((m) => !timeframe(bullet.components, m)).map((span) => ({
    span, role: roleIn(bullet.text, span, false), kpi: kpiOf(bullet.kpis, bSentences, span),
  }));
  const storyFigures: Placed[] = [];
  for (const m of story.components.metric) {
    if (timeframe(story.components, m)) continue;
    const f = figure(m.text);
    if (!f) continue;
    const inSituation = inside(m, story.parts.situation) && !inside(m, story.parts.result);
    storyFigures.push({ figure: f, role: roleIn(story.text, m, inSituation), kpi: kpiOf(story.kpis, sSentences, m) });
  }
  return mismatches(bulletFigures, storyFigures);
}

function mismatches(bulletFigures: { span: Span; role?: Role; kpi?: string | null }[], story: Placed[]): NumberMismatch[] {
  const out: NumberMismatch[] = [];
  for (const { span, role, kpi } of bulletFigures) {
    const b = figure(span.text);
    if (!b || b.unit === 'count') continue; // bare counts ("2 clinics") are scope, not the claim
    if (story.some((s) => same(s.figure, b))) continue;
    if (out.some((o) => o.bullet === b.text)) continue;
    let rivals = story.filter((s) => s.figure.unit === b.unit && (!role || !s.role || s.role === role));
    // Figures of the bullet's own KPI, when the story gives any; another KPI's figures are a different claim.
    if (kpi && rivals.some((s) => s.kpi === kpi)) rivals = rivals.filter((s) => s.kpi === kpi);
    else if (kpi) rivals = rivals.filter((s) => !s.kpi);
    const texts = distinct(rivals.map((s) => s.figure)).map((f) => f.text);
    const rivalsText = texts;
    out.push({
      bullet: b.text,
      story: rivalsText,
      message: rivalsText.length
        ? `The bullet says ${b.text}; the story says ${rivalsText.join(', ')}. Use the same figure in both, or the interviewer will ask which is true.`
        : `The bullet says ${b.text}, but the story never says it. Say the figure in the story too.`,
    });
  }
  return out;
}
