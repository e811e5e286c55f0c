// Requirements x evidence: a requirement is matched when the resume (or a story) shows it, in the posting's words or
// its own, with the acronym and the written-out form counted as one and a more specific credential or degree
// standing for the general one. Experience is matched from role dates. Each match keeps every quote and its place.
import type { Importance, RequirementKind } from './schema.ts';
import type { Requirement } from './extract.ts';
import { getMatchRules, type MatchRules } from './rules.ts';
import type { MatchInput, Source, SourceHit } from './evidence.ts';
import { yearsOnResume } from './years.ts';

export interface Evidence {
  /** The resume's text, quoted whole (a story: the sentence that shows it). */
  text: string;
  where: string;
  source: Source['source'];
  /** The resume's words that matched, when a term did. */
  words?: string;
  bullet?: { role: number; index: number };
}

export interface RequirementMatch {
  id: string;
  label: string;
  kind: RequirementKind;
  importance: Importance;
  terms: string[];
  matched: boolean;
  evidence: Evidence[];
  /** Points this requirement is worth, and the points it earned (all or none). */
  weight: number;
  points: number;
  /** One line: why it is matched or not. */
  reason: string;
  /** Which forms the posting used and the resume used, for acronym/expansion pairs. */
  forms: { posting: ('abbreviation' | 'term')[]; resume: ('abbreviation' | 'term')[] };
  years?: number;
  /** Where the posting says it: [start, end) in the posting's text. */
  mentions: { start: number; end: number }[];
}

export const WEIGHTS: Record<Importance, number> = { required: 3, preferred: 2, mentioned: 1 };
const MAX_EVIDENCE = 5;

const unique = <T>(xs: T[]) => [...new Set(xs)];

export function matchRequirements(requirements: readonly Requirement[], input: MatchInput, index: Map<string, SourceHit[]>, rules: MatchRules = getMatchRules(), today = new Date()): RequirementMatch[] {
  const years = yearsOnResume(input.resume, today);
  return requirements.map((r) => {
    const weight = WEIGHTS[r.importance];
    const postingForms = unique(r.mentions.map((m) => m.form).filter((f): f is 'abbreviation' | 'term' => f !== 'years'));
    const base = { id: r.id, label: r.label, kind: r.kind, importance: r.importance, terms: r.terms, weight, mentions: r.mentions.map((m) => ({ start: m.start, end: m.end })) };
    if (r.kind === 'experience') {
      const need = r.years ?? 0;
      const matched = years.dated.length > 0 && years.years >= need;
      const reason = years.dated.length === 0
        ? `No role on the resume has dates, so years cannot be counted; the posting asks for ${need}+.`
        : `Your dated roles add up to about ${years.years} ${years.years === 1 ? 'year' : 'years'}; the posting asks for ${need}+${years.undated.length ? ` (not counted, no dates: ${years.undated.join('; ')})` : ''}. Whether they are in the setting it names is yours to judge.`;
      return {
        ...base, matched, points: matched ? weight : 0, reason, years: need,
        evidence: matched ? years.dated.slice(0, MAX_EVIDENCE).map((s) => ({ text: s.text, where: s.where, source: s.source })) : [],
        forms: { posting: [], resume: [] },
      };
    }
    const keys = rules.satisfiedBy.get(r.id) ?? [r.id];
    const hits = keys.flatMap((k) => index.get(k) ?? []);
    const seen = new Set<Source>();
    const evidence: Evidence[] = [];
    for (const h of hits) {
      if (seen.has(h.source)) continue;
      seen.add(h.source);
      evidence.push({ text: h.source.text, where: h.source.where, source: h.source.source, words: h.words, ...(h.source.bullet ? { bullet: h.source.bullet } : {}) });
    }
    // Bullets and stories first: they show the thing done, a skills line only names it.
    const order: Record<Source['source'], number> = { bullet: 0, story: 1, role: 2, summary: 3, certificate: 4, education: 5, skill: 6, dates: 7 };
    evidence.sort((a, b) => order[a.source] - order[b.source]);
    const matched = evidence.length > 0;
    const viaOther = matched && !hits.some((h) => h.hit.key === r.id);
    const reason = matched
      ? `Shown by ${evidence[0]!.where}${evidence.length > 1 ? ` and ${evidence.length - 1} more` : ''}${viaOther ? ` (${rules.byKey.get(hits[0]!.hit.key)?.label ?? 'a related entry'} covers it)` : ''}.`
      : 'Nothing on the resume or in your stories shows it.';
    return {
      ...base, matched, points: matched ? weight : 0, reason,
      evidence: evidence.slice(0, MAX_EVIDENCE),
      forms: { posting: postingForms, resume: unique(hits.filter((h) => h.hit.key === r.id).map((h) => h.hit.form)) },
    };
  });
}

export interface ScoreExplanation {
  earned: number;
  possible: number;
  weights: Record<Importance, number>;
  formula: string;
  lines: string[];
}

/** 100 x earned / possible, rounded; each requirement earns its whole weight or nothing. */
export function scoreMatch(matches: readonly RequirementMatch[]): { score: number; explanation: ScoreExplanation } {
  const possible = matches.reduce((n, m) => n + m.weight, 0);
  const earned = matches.reduce((n, m) => n + m.points, 0);
  const score = possible === 0 ? 0 : Math.round((100 * earned) / possible);
  const lines = matches.map((m) => `${m.matched ? '+' : '0'}/${m.weight} ${m.importance} ${m.kind} "${m.label}": ${m.reason}`);
  if (!matches.length) lines.push('The posting names no requirement we know (KPIs, credentials, degrees, years, systems or skills), so there is nothing to score.');
  return {
    score,
    explanation: {
      earned, possible, weights: WEIGHTS,
      formula: `score = round(100 × ${earned} / ${possible}) = ${score}; a required item is worth ${WEIGHTS.required}, preferred ${WEIGHTS.preferred}, mentioned ${WEIGHTS.mentioned}`,
      lines,
    },
  };
}
