// Gives each clause of a story a STAR part from the cue rules, with the STAR order as a tie-breaker and fallback.
import type { Span, StarPart } from '../types.ts';
import type { CompiledCue, CuePart } from './rules.ts';
import { countWords, splitClauses, splitSentences } from './sentences.ts';

export interface Clause extends Span {
  sentence: number;
  part: StarPart | null;
  /** A second part the clause also carries, e.g. "I cut overtime 22%" is an action with its result. */
  alsoPart: StarPart | null;
  scores: Record<CuePart, number>;
  cues: string[];
  words: number;
}

const PARTS: CuePart[] = ['situation', 'task', 'action', 'result', 'none'];
const ORDER: Record<StarPart, number> = { situation: 0, task: 1, action: 2, result: 3 };

export function scoreClause(text: string, cues: CompiledCue[]): { scores: Record<CuePart, number>; cues: string[] } {
  const scores = { situation: 0, task: 0, action: 0, result: 0, none: 0 } as Record<CuePart, number>;
  const hits: string[] = [];
  for (const cue of cues) {
    cue.re.lastIndex = 0;
    if (cue.re.test(text)) { scores[cue.part] += cue.weight; hits.push(`${cue.part}/${cue.id}`); }
  }
  return { scores, cues: hits };
}

/** The best part for one clause's scores, or null when no cue fired or a self-description won. */
export function bestPart(scores: Record<CuePart, number>, previous: StarPart | null): CuePart | null {
  let best: CuePart | null = null;
  for (const p of PARTS) {
    const s = scores[p];
    if (s <= 0) continue;
    if (best === null || s > scores[best] || (s === scores[best] && tieBreak(p, best, previous))) best = p;
  }
  return best;
}

// On a tie, prefer the part that comes next in the STAR order after the previous clause.
function tieBreak(candidate: CuePart, current: CuePart, previous: StarPart | null): boolean {
  if (candidate === 'none' || current === 'none') return candidate !== 'none';
  const after = previous === null ? -1 : ORDER[previous];
  const dist = (p: StarPart) => (ORDER[p] - after + 4) % 4 || 4;
  return dist(candidate) < dist(current);
}

export interface ClassifyOptions { positional?: boolean; hasMetric?: (span: Span) => boolean }

export function classifyStory(src: string, cues: CompiledCue[], opts: ClassifyOptions = {}): Clause[] {
  const positional = opts.positional ?? true;
  const clauses: Clause[] = [];
  splitSentences(src).forEach((sentence, si) => {
    for (const c of splitClauses(src, sentence)) {
      const { scores, cues: hits } = scoreClause(c.text, cues);
      clauses.push({ ...c, sentence: si, part: null, alsoPart: null, scores, cues: hits, words: countWords(c.text) });
    }
  });
  if (positional && clauses.length > 1) {
    // Stories open on the scene and close on the outcome: a small nudge, never enough to beat a real cue.
    clauses[0]!.scores.situation += 0.75;
    clauses[clauses.length - 1]!.scores.result += 0.75;
  }
  let previous: StarPart | null = null;
  let previousWasNone = false;
  for (const c of clauses) {
    const cueFired = c.cues.length > 0;
    const best = bestPart(c.scores, previous);
    if (best === 'none' && cueFired) { c.part = null; previousWasNone = true; continue; }
    if (cueFired && best) c.part = best as StarPart;
    // No cue: continue the part before it (a claim continues as a claim), or set the scene if nothing came before.
    else if (positional && !previousWasNone) c.part = previous ?? 'situation';
    if (c.part === 'action' && c.scores.result >= 3 && opts.hasMetric?.(c)) c.alsoPart = 'result';
    if (c.part) { previous = c.part; previousWasNone = false; }
  }
  // A story that opens on a number ("Turnover hit 28% in 2021...") and ends on another result opened on its scene:
  // with no situation read anywhere, that opening result is the situation and its number the baseline.
  const first = clauses[0];
  if (positional && first && first.part === 'result' && !clauses.some((c) => c.part === 'situation')
    && clauses.some((c, i) => i > 0 && c.sentence !== first.sentence && c.part === 'result')
    && !first.cues.some((id) => /label|as-a-result|after-the-change/.test(id))) {
    for (const c of clauses) if (c.sentence === first.sentence && c.part === 'result') c.part = 'situation';
  }
  return clauses;
}
