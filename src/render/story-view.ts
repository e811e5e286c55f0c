// What the story pages show, computed once: the text cut into marked parts, each part's share of the words,
// findings in reading order, KPIs, the cue card and the prompts the story answers.
import { STAR_PARTS, type Finding, type StarPart, type StoryResult } from '../analyze/types.ts';
import { countWords } from '../analyze/story/sentences.ts';
import { resultKpis } from '../analyze/story/checks.ts';
import { cueCard, PART_LABELS, type CueLine } from '../stories/cue-card.ts';
import { spellingView, type FindingView as BulletFindingView } from './bullet-view.ts';

/** A stretch of one part; `runs` cut it again where a word is misspelled (`fix` set), so the page can mark that word. */
export interface MarkedPiece { text: string; part: StarPart | null; label: string | null; runs: { text: string; fix: string | null }[] }
export interface PartShare { part: StarPart; label: string; words: number; percent: number; present: boolean }
export interface FindingView {
  rule: string; severity: Finding['severity']; message: string; source: string | null; quote: string | null;
  spelling: BulletFindingView['spelling'];
}

export interface StoryView {
  pieces: MarkedPiece[];
  shares: PartShare[];
  findings: FindingView[];
  kpis: { label: string; domain: string; change: string | null; desired: string | null; wrongWay: boolean }[];
  cueCard: CueLine[];
  score: number;
  /** The score's band, as bullet cards show it. */
  band: 'strong' | 'fair' | 'weak';
  words: number;
  speakingSeconds: number;
  /** Where the speaking time sits against the 60-120 s aim. */
  timing: 'short' | 'near' | 'aim' | 'long';
  quantifiedResult: boolean;
}

const ORDER: Record<Finding['severity'], number> = { error: 0, warning: 1, info: 2 };

/** Cuts the text at part boundaries; a clause carrying two parts shows its first (STAR order). */
export function markParts(a: StoryResult): MarkedPiece[] {
  const marks: { start: number; end: number; part: StarPart }[] = [];
  for (const part of STAR_PARTS) for (const s of a.parts[part]) {
    if (!marks.some((m) => m.start < s.end && s.start < m.end)) marks.push({ start: s.start, end: s.end, part });
  }
  marks.sort((x, y) => x.start - y.start);
  const pieces: MarkedPiece[] = [];
  let at = 0;
  for (const m of marks) {
    if (m.start > at) pieces.push({ text: a.text.slice(at, m.start), part: null, label: null, runs: [] });
    pieces.push({ text: a.text.slice(m.start, m.end), part: m.part, label: PART_LABELS[m.part], runs: [] });
    at = m.end;
  }
  if (at < a.text.length) pieces.push({ text: a.text.slice(at), part: null, label: null, runs: [] });
  const typos = a.findings.flatMap((f) => spellingView(a.text, f) ?? []);
  let offset = 0;
  for (const p of pieces) {
    p.runs = runsOf(p.text, offset, typos);
    offset += p.text.length;
  }
  return pieces;
}

function runsOf(text: string, offset: number, typos: NonNullable<BulletFindingView['spelling']>[]): MarkedPiece['runs'] {
  const runs: MarkedPiece['runs'] = [];
  let at = 0;
  for (const t of typos) {
    const start = t.start - offset;
    const end = t.end - offset;
    if (start < at || end > text.length) continue;
    if (start > at) runs.push({ text: text.slice(at, start), fix: null });
    runs.push({ text: text.slice(start, end), fix: t.fix });
    at = end;
  }
  if (at < text.length) runs.push({ text: text.slice(at), fix: null });
  return runs;
}

/** One chip per KPI the story names, in order; its direction is the one its result gives (a rise in the situation is the problem). */
export function kpiChips(a: Pick<StoryResult, 'text' | 'kpis' | 'parts'>): StoryView['kpis'] {
  const moved = new Map(resultKpis(a).map((k) => [k.id, k]));
  const seen = new Set<string>();
  const out: StoryView['kpis'] = [];
  for (const k of a.kpis) {
    if (seen.has(k.id)) continue;
    seen.add(k.id);
    const change = moved.get(k.id)?.change ?? null;
    out.push({ label: k.label, domain: k.domain, change, desired: k.desired, wrongWay: !!change && !!k.desired && change !== k.desired });
  }
  return out;
}

export function timing(seconds: number): StoryView['timing'] {
  if (seconds > 150) return 'long';
  if (seconds < 45) return 'short';
  return seconds >= 60 && seconds <= 120 ? 'aim' : 'near';
}

export function storyView(a: StoryResult): StoryView {
  const pieces = markParts(a);
  const total = Math.max(1, a.words);
  const shares = STAR_PARTS.map((part) => {
    const words = pieces.filter((p) => p.part === part).reduce((n, p) => n + countWords(p.text), 0);
    return { part, label: PART_LABELS[part], words, percent: Math.round((words / total) * 100), present: a.parts[part].length > 0 };
  });
  const findings = [...a.findings]
    .sort((x, y) => ORDER[x.severity] - ORDER[y.severity] || (x.start ?? 0) - (y.start ?? 0))
    .map((f) => ({
      rule: f.rule, severity: f.severity, message: f.message, source: f.source ?? null,
      quote: f.start !== undefined && f.end !== undefined && f.end - f.start <= 120 ? a.text.slice(f.start, f.end) : null,
      spelling: spellingView(a.text, f),
    }));
  return {
    pieces, shares, findings,
    kpis: kpiChips(a),
    cueCard: cueCard(a), score: a.score, band: a.score >= 80 ? 'strong' : a.score >= 55 ? 'fair' : 'weak', words: a.words, speakingSeconds: a.speakingSeconds, timing: timing(a.speakingSeconds),
    quantifiedResult: a.quantifiedResult,
  };
}
