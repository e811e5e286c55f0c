// Gives each clause of a story a STAR part from the cue rules, with the STAR order as a tie-breaker and fallback.
import type { Span, StarPart } from '../types.ts';
import type { CompiledCue, CuePart } from './rules.ts';
import { countWords, OUTLINE_LABEL, splitClauses, splitSentences } from './sentences.ts';

export interface Clause extends Span {
  sentence: number;
  part: StarPart | null;
  /** A second part the clause also carries, e.g. "I cut overtime 22%" is an action with its result. */
  alsoPart: StarPart | null;
  scores: Record<CuePart, number>;
  cues: string[];
  words: number;
  /** What the clause's cues say about the whole answer (see CueSchema.marks). */
  marks: ('profile' | 'episode')[];
  /** The part an outline label ("Situation:", "**Task:**", "3. Action –") gives the clause; its span starts after the label. */
  label: StarPart | null;
}

const LABEL_PART: [RegExp, StarPart][] = [
  [/^(?:situation|context|background|problem|challenge|s)$/i, 'situation'],
  [/^(?:task|goal|objective|assignment|t)$/i, 'task'],
  [/^(?:action|actions|actions taken|approach|what i did|a)$/i, 'action'],
  [/^(?:result|results|outcome|outcomes|impact|r)$/i, 'result'],
];
const labelPart = (word: string) => LABEL_PART.find(([re]) => re.test(word))?.[1] ?? null;

const PARTS: CuePart[] = ['situation', 'task', 'action', 'result', 'none'];
const ORDER: Record<StarPart, number> = { situation: 0, task: 1, action: 2, result: 3 };

export function scoreClause(text: string, cues: CompiledCue[]): { scores: Record<CuePart, number>; cues: string[]; marks: ('profile' | 'episode')[] } {
  const scores = { situation: 0, task: 0, action: 0, result: 0, none: 0 } as Record<CuePart, number>;
  const hits: string[] = [];
  const marks = new Set<'profile' | 'episode'>();
  for (const cue of cues) {
    cue.re.lastIndex = 0;
    if (cue.re.test(text)) {
      scores[cue.part] += cue.weight;
      hits.push(`${cue.part}/${cue.id}`);
      if (cue.marks) marks.add(cue.marks);
    }
  }
  return { scores, cues: hits, marks: [...marks] };
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

/** How much of a clause's 'none' score comes from cues that mark a career summary or job description. */
function profileWeight(c: Clause, cues: CompiledCue[]): number {
  return cues.filter((q) => q.part === 'none' && q.marks === 'profile' && c.cues.includes(`none/${q.id}`)).reduce((n, q) => n + q.weight, 0);
}

export interface ClassifyOptions {
  positional?: boolean;
  hasMetric?: (span: Span) => boolean;
  /**
   * Whether the bullet engine read a result clause inside this span ("…, which cut waits 30%", "LWBS fell to 1.8%").
   * Its clause roles count as one more result cue, worth ENGINE_RESULT_WEIGHT.
   */
  hasEngineResult?: (span: Span) => boolean;
}

/** What the engine's result clause adds to a story clause's result score: a cue, never enough alone to beat a label. */
export const ENGINE_RESULT_WEIGHT = 2;

export function classifyStory(src: string, cues: CompiledCue[], opts: ClassifyOptions = {}): Clause[] {
  const positional = opts.positional ?? true;
  const clauses: Clause[] = [];
  splitSentences(src).forEach((sentence, si) => {
    for (const c of splitClauses(src, sentence)) {
      const { scores, cues: hits, marks } = scoreClause(c.text, cues);
      const label = OUTLINE_LABEL.exec(c.text);
      const clause: Clause = { ...c, sentence: si, part: null, alsoPart: null, scores, cues: hits, marks, words: countWords(c.text), label: label ? labelPart(label[1]!) : null };
      // The label names the part; the part's span is what follows it, so "Situation" is never said twice.
      if (label && label[0].length < c.text.length) {
        clause.start = c.start + label[0].length;
        clause.text = src.slice(clause.start, clause.end);
      }
      // The teller's own step ("I reduced schedules by 25% for two weeks") is read by the story cues; the engine's
      // result clause speaks for the clauses that say what changed.
      if (clause.scores.action < 2.5 && opts.hasEngineResult?.(clause)) { clause.scores.result += ENGINE_RESULT_WEIGHT; clause.cues.push('result/engine-clause'); }
      clauses.push(clause);
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
    if (c.label) { c.part = c.label; previous = c.part; previousWasNone = false; continue; }
    // A career summary still states its results ("a project that saved $800,000"); a hypothetical or a habit does not.
    if (best === 'none' && cueFired && c.marks.includes('profile') && c.scores.result - (c.cues.includes('result/engine-clause') ? ENGINE_RESULT_WEIGHT : 0) >= 2 && c.scores.none <= profileWeight(c, cues) + 1e-9) {
      c.part = 'result'; previous = c.part; previousWasNone = false; continue;
    }
    if (best === 'none' && cueFired) { c.part = null; previousWasNone = true; continue; }
    if (cueFired && best) c.part = best as StarPart;
    // No cue: continue the part before it (a claim continues as a claim); an opening with no cue sets no part.
    else if (positional && !previousWasNone && previous) c.part = previous;
    if (c.part === 'action' && c.scores.result >= 3 && opts.hasMetric?.(c)) c.alsoPart = 'result';
    if (c.part) { previous = c.part; previousWasNone = false; }
  }
  // A story that opens on a number ("Turnover hit 28% in 2021...") and ends on another result opened on its scene:
  // with no situation read anywhere, that opening result is the situation and its number the baseline.
  const first = clauses[0];
  if (positional && first && first.part === 'result' && !clauses.some((c) => c.part === 'situation')
    && clauses.some((c, i) => i > 0 && c.sentence !== first.sentence && c.part === 'result' && c.cues.some((id) => id.startsWith('result/')))
    && !first.cues.some((id) => /label|as-a-result|after-the-change/.test(id)) && !first.marks.includes('profile')) {
    for (const c of clauses) if (c.sentence === first.sentence && c.part === 'result') c.part = 'situation';
  }
  // A story that opens on its charge may carry its scene inside it: "I led the EHR go-live for our clinics", "My
  // supervisor asked me to find out why our MRI scanner sat idle". With no situation told apart, that task is also it.
  const opening = clauses.find((c) => c.part);
  if (positional && opening?.part === 'task' && !clauses.some((c) => c.part === 'situation')
    && (opening.cues.includes('task/led-the-project') || opening.cues.some((id) => id.startsWith('situation/') && !/^situation\/(?:our-place-had|scene-state|setting-opener)$/.test(id)) || /\bwhy\b/i.test(opening.text))) {
    opening.alsoPart = 'situation';
  }
  // A career summary or job description tells no episode: with no situation or task and nothing that turns to one
  // specific time, its duties ("I oversaw", "I managed budgets") are not actions. Its results still count.
  const profile = clauses.some((c) => c.marks.includes('profile'));
  const episode = clauses.some((c) => c.part === 'situation' || c.part === 'task' || (c.part && c.marks.includes('episode')) || c.label);
  if (profile && !episode) {
    for (const c of clauses) {
      if (c.part === 'action') c.part = c.alsoPart === 'result' ? 'result' : null;
      if (c.alsoPart === 'action') c.alsoPart = null;
    }
  }
  return clauses;
}
