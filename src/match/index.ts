// matchPosting(posting, input): the one composition point, as POST /api/v1/match and `resume-vitals match` return it.
import type { Resume } from '../resume/schema.ts';
import { indexEvidence, sourcesOf, type MatchInput } from './evidence.ts';
import { extractRequirements, type Requirement } from './extract.ts';
import { matchRequirements, scoreMatch, type RequirementMatch, type ScoreExplanation } from './match.ts';
import { bulletRelevance, type BulletRelevance } from './relevance.ts';
import { suggest, type Suggestion } from './suggest.ts';

export interface MatchResult {
  score: number;
  explanation: ScoreExplanation;
  requirements: RequirementMatch[];
  suggestions: Suggestion[];
  /** Every resume bullet with how much of the posting it shows, in resume order. */
  bullets: BulletRelevance[];
}

/** Bullets given without a resume become one unnamed role, so they can be ordered and suggested like any other. */
function resumeOf(input: MatchInput): Resume | undefined {
  if (!input.bullets?.length) return input.resume;
  return { ...(input.resume ?? {}), work: [...(input.resume?.work ?? []), { highlights: input.bullets }] };
}

export function matchPosting(posting: string, input: MatchInput = {}, today = new Date()): MatchResult {
  const requirements: Requirement[] = extractRequirements(posting);
  const resume = resumeOf(input);
  const whole: MatchInput = { resume, stories: input.stories };
  const matches = matchRequirements(requirements, whole, indexEvidence(sourcesOf(whole)), undefined, today);
  const { score, explanation } = scoreMatch(matches);
  const bullets = bulletRelevance(resume, matches);
  return { score, explanation, requirements: matches, suggestions: suggest(matches, resume, bullets), bullets };
}

export { extractRequirements, type Requirement } from './extract.ts';
export { tailoredResume, bulletKey, type BulletRelevance } from './relevance.ts';
export type { RequirementMatch } from './match.ts';
export type { Suggestion } from './suggest.ts';
export type { MatchInput, StoryInput } from './evidence.ts';
