// The STAR story coach: parts (situation, task, action, result), the numbers in them, and the guide's checks.
import { emptyComponents, STAR_PARTS, type Components, type Finding, type Span, type StarPart, type StoryResult } from './types.ts';
import { classifyStory } from './story/parts.ts';
import { runCheck, type StoryFacts } from './story/checks.ts';
import { findMetrics, findTimeframes } from './story/numbers.ts';
import { storyRules } from './story/rules.ts';
import { countWords, splitSentences } from './story/sentences.ts';

/** Words a teller says in a minute when telling a story aloud. */
export const WORDS_PER_MINUTE = 150;

const overlaps = (a: Span, b: Span) => a.start < b.end && b.start < a.end;

export function analyzeStory(input: string): StoryResult {
  const text = typeof input === 'string' ? input : '';
  const rules = storyRules();
  const timeframes = findTimeframes(text);
  const metrics = findMetrics(text, timeframes);
  const clauses = classifyStory(text, rules.cues, { hasMetric: (c) => metrics.some((m) => overlaps(m, c)) });

  const parts = { situation: [], task: [], action: [], result: [] } as Record<StarPart, Span[]>;
  for (const c of clauses) {
    const span = { start: c.start, end: c.end, text: c.text };
    if (c.part) parts[c.part].push(span);
    if (c.alsoPart && c.alsoPart !== c.part) parts[c.alsoPart].push(span);
  }
  const quantifiedResult = metrics.some((m) => parts.result.some((r) => overlaps(m, r)));
  const components: Components = {
    ...emptyComponents(),
    metric: metrics,
    intervention: [...parts.action],
    result: [...parts.result],
    timeframe: timeframes,
  };
  const words = countWords(text);
  const speakingSeconds = Math.round((words / WORDS_PER_MINUTE) * 60);
  const facts: StoryFacts = {
    text, clauses, sentences: splitSentences(text), parts, words, speakingSeconds, quantifiedResult, metrics,
    components, kpis: [], lists: rules.lists,
  };
  const findings: Finding[] = text.trim() === ''
    ? rules.checks.filter((r) => r.kind === 'empty').flatMap((r) => runCheck(r, facts))
    : rules.checks.filter((r) => r.kind !== 'empty').flatMap((r) => runCheck(r, facts));
  const penalty = findings.reduce((n, f) => n + (f.penalty ?? 0), 0);
  const score = text.trim() === '' ? 0 : Math.max(0, Math.min(100, Math.round(100 - penalty)));
  for (const p of STAR_PARTS) parts[p].sort((a, b) => a.start - b.start);
  return { kind: 'story', text, score, parts, components, quantifiedResult, words, speakingSeconds, kpis: [], primaryDomain: null, findings };
}
