// The match as POST /api/v1/match and `resume-vitals match --format json` give it.
import type { MatchResult } from './index.ts';

/** The contract's shape first (score, requirements with evidence, suggestions), then what explains the score. */
export function matchJson(r: MatchResult) {
  return {
    score: r.score,
    requirements: r.requirements.map((m) => ({
      id: m.id, label: m.label, kind: m.kind, importance: m.importance, terms: m.terms, matched: m.matched,
      evidence: m.evidence.map((e) => ({ text: e.text, where: e.where, source: e.source, ...(e.words ? { words: e.words } : {}) })),
      weight: m.weight, points: m.points, reason: m.reason,
      ...(m.years !== undefined ? { years: m.years } : {}),
    })),
    suggestions: r.suggestions,
    explanation: r.explanation,
    bullets: r.bullets,
  };
}
