// Rewrite suggestions in the guide's structure that never invent a fact.
// suggestRewrite fills the contract's `rewrite` field; suggestRewrites gives up to three ranked candidates with
// the checks each passes, what it lacks, and a question per placeholder; pass `answers` to rebuild with them.
import type { ParsedBullet } from '../pipeline/types.ts';
import type { BulletResult, Rewrite } from '../types.ts';
import { bestRewrite, buildCandidates, buildContext, rank, type RewriteCandidate } from './candidates.ts';
import { inventedNumbers } from './facts.ts';
import { cleanAnswer, questionFor, type Answers, type Question } from './placeholders.ts';
import { PARTS, rewriteRules } from './rules.ts';

/** The analysis a rewrite is built from; `parsed` is the parse it ran on (parsed again from the text when absent). */
export type Analysed = Omit<BulletResult, 'rewrite' | 'score'> & { score?: number; parsed?: ParsedBullet };
export type { Answers } from './placeholders.ts';
export type { Check, CheckId, CheckStatus, RewriteCandidate, Strategy } from './candidates.ts';
export type { Question } from './placeholders.ts';
export { AnswersSchema, answerPart, ANSWER_KEYS } from './placeholders.ts';

export { rememberParse } from './parses.ts';
export const MAX_CANDIDATES = 3;

// Past this length a bullet is far over the guide's two lines; only its wording is tidied, quickly.
const MAX_REWRITE_CHARS = 1000;

export interface SuggestOptions {
  answers?: Answers;
}

/** Up to three candidates, best first; none contains a number the user did not write or answer. */
export function suggestRewrites(analysed: Analysed, options: SuggestOptions = {}): RewriteCandidate[] {
  const text = analysed.text;
  if (!text.trim() || text.length > MAX_REWRITE_CHARS) return [];
  const answers = options.answers ?? {};
  // Answers as they go into the text (brackets stripped), so "[18%]" vouches for the 18% it becomes.
  const sources = [text, ...Object.values(answers).filter((a): a is string => typeof a === 'string').map(cleanAnswer)];
  const seen = new Set<string>();
  const ranked = buildCandidates(analysed, answers)
    .map((c, i) => ({ c, i, score: rank(c) }))
    .sort((a, b) => b.score - a.score || a.i - b.i)
    .map(({ c }) => c)
    .filter((c) => {
      if (!c.text.trim() || seen.has(c.text) || inventedNumbers(c.text, sources).length) return false;
      seen.add(c.text);
      return true;
    });
  // A candidate identical to the bullet is shown only when the bullet already has the guide's parts: it says so.
  const useful = ranked.filter((c, i) => i === 0 || c.text !== text || hasGuideParts(c));
  return useful.slice(0, MAX_CANDIDATES);
}

const GUIDE_PARTS = ['action-verb', 'metric', 'intervention', 'result'] as const;
function hasGuideParts(c: RewriteCandidate): boolean {
  return GUIDE_PARTS.every((id) => c.checks.some((k) => k.id === id && k.status === 'passes'))
    && !c.checks.some((k) => k.id === 'guide-order' && k.status === 'lacks');
}

/** The contract's `rewrite` field: the best candidate's text and its placeholders. */
// The guide-order candidate always ranks first (it passes every check the others pass, and asks for the rest),
// so the analysis builds only that one; suggestRewrites()[0] gives the same text (a test holds them together).
export function suggestRewrite(analysed: Analysed): Rewrite | null {
  const text = analysed.text;
  if (!text.trim() || text.length > MAX_REWRITE_CHARS) return null;
  const best = bestRewrite(analysed);
  if (!best.text.trim() || (best.text !== text && inventedNumbers(best.text, [text]).length)) return null;
  return best;
}

/** A candidate in the contract's shape: its text, placeholders, and every question (placeholder ones first). */
export function asRewrite(c: RewriteCandidate): Rewrite {
  return {
    text: c.text,
    placeholders: c.placeholders,
    questions: [
      ...c.questions.map((q) => ({ part: q.part, question: q.question, placeholder: q.placeholder })),
      ...c.beside.map((q) => ({ part: q.part, question: q.question })),
    ],
  };
}

/** The question behind each placeholder of a rewrite, in the rewrite's order (for a form that rebuilds it). */
export function rewriteQuestions(analysed: Analysed, rewrite: Rewrite): Question[] {
  const ctx = buildContext(analysed, {});
  const parts = rewriteRules().placeholders.parts;
  return rewrite.placeholders.flatMap((placeholder) => {
    // "[baseline: {noun} before]" is recognised by the part of its text before the noun.
    const part = PARTS.find((p) => placeholder.startsWith(parts[p].text.split('{')[0]!.replace(/\]$/, '')));
    return part ? [{ ...questionFor(part, ctx.placeholder), placeholder }] : [];
  });
}
