// The STAR story coach: parts (situation, task, action, result), the numbers in them, and the guide's checks.
import { emptyComponents, STAR_PARTS, type Components, type Domain, type Finding, type KpiMention, type Span, type StarPart, type StoryResult } from './types.ts';
import { classifyStory } from './story/parts.ts';
import { runCheck, type StoryFacts } from './story/checks.ts';
import { parseBullet, type KpiTypo } from './pipeline/index.ts';
import { getRules } from '../rules/index.ts';
import { compilePattern, storyRules } from './story/rules.ts';
import { countWords, splitSentences } from './story/sentences.ts';
import { privateDataFindings } from './privacy.ts';
import { findMisspellings, kpiTypos, toFindings, type SpellingOptions } from './spelling/index.ts';

/** The longest stretch of one sentence the bullet engine reads for numbers and KPIs. */
const MAX_SENTENCE_SIGNAL_CHARS = 2000;

/** Words a teller says in a minute when telling a story aloud. */
export const WORDS_PER_MINUTE = 150;

const overlaps = (a: Span, b: Span) => a.start < b.end && b.start < a.end;

interface StorySignals { components: Components; kpis: KpiMention[]; domains: { domain: Domain; start: number }[] }

/** The bullet engine's signals, sentence by sentence (its rules are written for one sentence), mapped back to story offsets. */
function storySignals(text: string, sentences: Span[], maxChars: number, typos: readonly KpiTypo[] = []): StorySignals {
  const rules = getRules();
  const components = emptyComponents();
  const kpis: KpiMention[] = [];
  const domains: StorySignals['domains'] = [];
  for (const s of sentences) {
    if (s.start >= maxChars) break;
    // The bullet engine reads one sentence; a run-on "sentence" is read only as far as a long sentence goes.
    const read = s.text.slice(0, Math.min(MAX_SENTENCE_SIGNAL_CHARS, maxChars - s.start));
    const inside = typos.filter((t) => t.start >= s.start && t.end <= s.start + read.length).map((t) => ({ ...t, start: t.start - s.start, end: t.end - s.start }));
    const sig = parseBullet(read, rules, inside);
    const shift = <T extends { start: number; end: number }>(x: T): T => ({ ...x, start: x.start + s.start, end: x.end + s.start });
    for (const k of Object.keys(components) as (keyof Components)[]) components[k].push(...sig.components[k].map(shift));
    kpis.push(...sig.kpis.map(shift));
    if (sig.primaryDomain) domains.push({ domain: sig.primaryDomain, start: s.start });
  }
  for (const list of Object.values(components)) for (const sp of list) sp.text = text.slice(sp.start, sp.end);
  for (const k of kpis) k.text = text.slice(k.start, k.end);
  return { components, kpis, domains };
}

/** The story's main KPI domain: each sentence's own, with the result's sentences counting double; ties go to the first. */
function primaryDomainOf(domains: StorySignals['domains'], result: Span[]): Domain | null {
  const weight = new Map<Domain, number>();
  for (const d of domains) {
    const inResult = result.some((r) => r.start <= d.start + 1 && d.start < r.end) ? 2 : 1;
    weight.set(d.domain, (weight.get(d.domain) ?? 0) + inResult);
  }
  let best: Domain | null = null;
  for (const d of domains) if (best === null || weight.get(d.domain)! > weight.get(best)!) best = d.domain;
  return best;
}

let countOutcomeRe: RegExp | undefined;
/**
 * A result that states a count without digits: "zero findings", "no medication errors", "did not lose a single
 * person", "by about half". Words from the story lexicon's zeroNoun list.
 */
function countOutcome(lists: Record<string, string[]>): RegExp {
  countOutcomeRe ??= compilePattern(
    "\\b(?:zero|no|not a single|without a single|not one) (?:[\\w-]+ ){0,2}?{zeroNoun}\\b|\\b(?:found|had|seen|recorded|reported) (?:no|zero) [\\w-]+|\\b(?:did not|didn't|never) (?:lose|have|see|miss|get|receive) (?:a single|one)\\b|\\bby (?:about |nearly |almost |more than |roughly )?(?:half|a third|a quarter|two[- ]thirds|three[- ]quarters)\\b",
    lists, [], 'story count outcome');
  countOutcomeRe.lastIndex = 0;
  return new RegExp(countOutcomeRe.source, 'iu');
}

/** "[baseline]", "[what you did]": bracketed words a scaffold leaves for the teller to replace ("[1]" is not one). */
export function placeholderSpans(text: string): Span[] {
  return [...text.matchAll(/\[[^\[\]\n]{0,160}?\p{L}[^\[\]\n]{0,160}?\]/gu)].map((m) => ({ start: m.index, end: m.index + m[0].length, text: m[0] }));
}


export interface StoryOptions extends SpellingOptions {
  /** Skip the spelling check. */
  spelling?: boolean;
}

export function analyzeStory(input: string, options: StoryOptions = {}): StoryResult {
  const text = typeof input === 'string' ? input : '';
  const rules = storyRules();
  const sentences = splitSentences(text);
  const limit = rules.checks.find((c) => c.kind === 'signal-limit');
  const misspellings = options.spelling === false || text.trim() === '' ? [] : findMisspellings(text, options);
  const signals = storySignals(text, sentences, limit?.kind === 'signal-limit' ? limit.maxChars : Infinity, kpiTypos(misspellings));
  const extra = text.trim() === '' ? [] : [...toFindings(misspellings, signals.kpis), ...privateDataFindings(text)];
  const { timeframe } = signals.components;
  // A number that only says when ("within 90 days") is not a quantified result.
  const metrics = signals.components.metric.filter((m) => !timeframe.some((t) => t.start <= m.start && m.end <= t.end));
  const clauses = classifyStory(text, rules.cues, {
    hasMetric: (c) => metrics.some((m) => overlaps(m, c)),
    hasEngineResult: (c) => signals.components.result.some((r) => r.start >= c.start && r.end <= c.end),
  });
  // A clause still holding a [placeholder] (a scaffold not yet filled in) is not evidence of its part.
  const placeholders = placeholderSpans(text);
  for (const c of clauses) if (placeholders.some((p) => overlaps(p, c))) { c.part = null; c.alsoPart = null; }

  const parts = { situation: [], task: [], action: [], result: [] } as Record<StarPart, Span[]>;
  for (const c of clauses) {
    const span = { start: c.start, end: c.end, text: c.text };
    if (c.part) parts[c.part].push(span);
    if (c.alsoPart && c.alsoPart !== c.part) parts[c.alsoPart].push(span);
  }
  for (const p of STAR_PARTS) parts[p].sort((a, b) => a.start - b.start);
  const quantifiedResult = metrics.some((m) => parts.result.some((r) => overlaps(m, r)))
    || parts.result.some((r) => countOutcome(rules.lists).test(r.text));
  const components: Components = signals.components;
  const words = countWords(text);
  const speakingSeconds = Math.round((words / WORDS_PER_MINUTE) * 60);
  const facts: StoryFacts = {
    text, clauses, sentences, parts, words, speakingSeconds, quantifiedResult, metrics,
    components, kpis: signals.kpis, lists: rules.lists, placeholders,
  };
  const findings: Finding[] = text.trim() === ''
    ? rules.checks.filter((r) => r.kind === 'empty').flatMap((r) => runCheck(r, facts))
    : [...rules.checks.filter((r) => r.kind !== 'empty').flatMap((r) => runCheck(r, facts)), ...extra];
  const penalty = findings.reduce((n, f) => n + (f.penalty ?? 0), 0);
  const score = text.trim() === '' ? 0 : Math.max(0, Math.min(100, Math.round(100 - penalty)));
  return {
    kind: 'story', text, score, parts, components, quantifiedResult, words, speakingSeconds,
    kpis: signals.kpis, primaryDomain: primaryDomainOf(signals.domains, parts.result), findings,
  };
}
