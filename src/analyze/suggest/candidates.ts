// Builds rewrite candidates in the guide's order from the parsed bullet: strong verb + KPI + magnitude (from
// baseline to result) + timeframe + by + intervention; secondary results after a semicolon. The clause model says
// where each part is (the result clause, its KPI and amount slots, the means clause, the main action of a duty);
// missing parts become placeholders at those places (or the user's answers); nothing else is added.
import { getRules } from '../../rules/index.ts';
import { parseBullet } from '../pipeline/index.ts';
import { kpiTypos, wordTypos, type Misspelling } from '../spelling/index.ts';
import type { Clause, ParsedBullet, Token } from '../pipeline/types.ts';
import type { Rewrite } from '../types.ts';
import type { Analysed } from './index.ts';
import { rememberedParse } from './parses.ts';
import { awardFor, claimedOutcome, holdsNumber, namesAward, sumGained } from './claims.ts';
import { Edits } from './edits.ts';
import { flaggedParts, wrongWayKpis } from './missing.ts';
import { fitAnswer, placeholderText, questionFor, questionText, type Answers, type PlaceholderContext, type Question } from './placeholders.ts';
import { PARTS, revealsOf, rewriteRules, type Ask, type Part } from './rules.ts';
import { tidy } from './tidy.ts';
import { baseOf, gerundAsWritten, inflect, isKnownVerb, isPastForm, lemmaOfTagged, rolesOf } from './verbs.ts';
import {
  activate, afterToBy, capitalise, clauseAt, containsWord, expandAbbreviations, fixOpening, gerundiseCoordinated, invertChange, joinSentences,
  lowerFirst, moveLeadingIntervention, removeFiller, toFromOrder, trimEnd, type PlacedVerb,
} from './wording.ts';

export type Strategy = 'guide-order' | 'ats-keywords' | 'light-touch';
export type CheckId = 'action-verb' | 'kpi' | Part | 'guide-order' | 'kpi-direction';
export type CheckStatus = 'passes' | 'needs-answer' | 'lacks';
export interface Check { id: CheckId; status: CheckStatus; message: string; }

export interface RewriteCandidate {
  strategy: Strategy;
  text: string;
  /** Placeholders as they appear in `text`, in order. */
  placeholders: string[];
  /** One question per placeholder: answer it and the rewrite is rebuilt with your words. */
  questions: Question[];
  /** Further gaps, asked beside the text rather than put in it as brackets (at most two placeholders per rewrite). */
  beside: Question[];
  checks: Check[];
  /** Short lines: what this candidate now has, and what it still lacks. */
  passes: string[];
  lacks: string[];
  /** Rule ids that changed the wording, e.g. "openings/helped-verb". */
  rules: string[];
  /** Parts the analyzer found missing that this candidate fills from the user's own words by restructuring. */
  supplied: Part[];
  /** Parts filled from the user's answers. */
  answered: Ask[];
  /** Questions for parts the analyzer only advises on (e.g. the timeframe): answer them to add the part. */
  optional: Question[];
}

interface Range { start: number; end: number }

interface Context {
  analysed: Analysed;
  parsed: ParsedBullet;
  /** Parts to fill: those the analyzer found missing, plus advised parts the user answered. */
  missing: Set<Part>;
  optional: Set<Part>;
  wrongWay: ReturnType<typeof wrongWayKpis>;
  /** A vague verb opening the means ("by supporting the billing team"), to be asked for. */
  weakMeans?: Range;
  /** A clause that claims an outcome in words the analysis did not count as a result: kept as the result. */
  claimed?: Clause;
  /** Missing parts that have no place in this sentence: asked beside it, never as a placeholder. */
  besideOnly: ReadonlySet<Part>;
  placeholder: PlaceholderContext;
  answers: Answers;
  endWithPeriod: boolean;
}

const CHECK_LABEL: Record<CheckId, string> = {
  'action-verb': 'strong action verb', kpi: 'KPI named', metric: 'magnitude', baseline: 'baseline',
  intervention: 'intervention (by/through/via)', result: 'result', timeframe: 'timeframe',
  'guide-order': "guide's order (result, then how)", 'kpi-direction': 'KPI moved the right way',
};

/** The parsed bullet the analysis ran on, or a fresh parse when the caller built the analysis by hand. */
function parsedOf(analysed: Analysed): ParsedBullet {
  const known = analysed.parsed ?? rememberedParse(analysed);
  if (known?.text === analysed.text) return known;
  // An analysis that came back from elsewhere (a worker, a saved result): parsed again reading each misspelled word as
  // its first fix, as the analysis did, so the rebuilt rewrite has the same clauses as the one it answers.
  const misspellings: Misspelling[] = analysed.findings.flatMap((f) => f.rule === 'spelling' && f.start !== undefined && f.end !== undefined && f.suggestions?.length
    ? [{ start: f.start, end: f.end, word: analysed.text.slice(f.start, f.end), fixes: f.suggestions, confusion: null, message: f.message }]
    : []);
  return parseBullet(analysed.text, getRules(), kpiTypos(misspellings), wordTypos(misspellings));
}

export function buildContext(analysed: Analysed, answers: Answers = {}): Context {
  const text = analysed.text;
  const parsed = parsedOf(analysed);
  const firstKpi = analysed.kpis[0];
  const weak = weakMeansIn(parsed);
  const how = weak ? undefined : parsed.clauses.find((c) => c.role === 'intervention');
  const did = how ? shortDid(how, parsed) : undefined;
  const measure = joinWords(joinWords(firstKpi?.label, firstKpi?.text), analysed.components.metric[0]?.text);
  const { missing, optional } = flaggedParts(analysed);
  const claimed = missing.has('result') ? claimedOutcome(parsed) : undefined;
  if (claimed) {
    // The writer claims the change; what is missing is how much it moved, asked for instead of "what improved".
    missing.delete('result');
    // A means stated after the claim ("by working with...", "with: adoption of...") is how, as written.
    if (parsed.clauses.some((c) => c.link === 'means' && c.start >= claimed.end)) missing.delete('intervention');
    // A number written in the claim ("Saved $85K a year") is its amount, whether or not the number stage took it.
    if (holdsNumber(claimed, parsed)) missing.delete('metric');
  }
  // A vague means ("by helping with denials") says nothing about how the result came about: it is asked for.
  if (weak) missing.add('intervention');
  // Parts with no place in the sentence, asked beside it: "Saved $300K" or "recovered $1.2M" is itself the change and
  // "Maintained 98% census" a level held, so "from [baseline]" would read as nonsense; an award has no "[by how much]"
  // or "from [baseline]" inside its name. What measure earned it, or where the figure stood, is still worth asking.
  const besideOnly = new Set<Part>();
  const results = parsed.clauses.filter((c) => c.role === 'result');
  if (claimed) results.push(claimed);
  if (results.some((c) => sumGained(c, parsed) || c.roleRule === 'maintained-level')) besideOnly.add('baseline');
  const awarded = results.filter((c) => namesAward(c, parsed));
  if (awarded.length) { besideOnly.add('metric'); besideOnly.add('baseline'); }
  if (awarded.some((c) => awardFor(c, parsed))) missing.delete('intervention');
  for (const p of optional) {
    const a = answerFor(answers, p);
    if (a !== undefined && a.trim()) missing.add(p);
  }
  const wrongWay = wrongWayKpis(analysed);
  const moved = wrongWay[0] ? `${capitalise(text.slice(wrongWay[0].start, wrongWay[0].end))} went ${wrongWay[0].change}` : undefined;
  const kpiClause = firstKpi ? clauseAt(parsed, firstKpi.start) : undefined;
  return {
    analysed,
    parsed,
    missing,
    optional,
    wrongWay,
    // (every key always present, so that each context has one shape)
    weakMeans: weak,
    claimed,
    besideOnly,
    // The KPI's whole noun phrase reads better in a question ("HCAHPS nurse communication scores").
    placeholder: {
      kpi: firstKpi ? lowerFirst(text.slice(firstKpi.start, nounPhraseEnd(parsed, firstKpi.end, kpiClause?.end ?? text.length))) : undefined,
      did, measure, domain: analysed.primaryDomain ?? (analysed.kpis.length ? null : 'none'), moved, noun: undefined, fields: undefined,
    },
    answers,
    endWithPeriod: endsWithPeriod(text),
  };
}

/** The words present, joined by a space ("" when neither is). */
function joinWords(a: string | undefined, b: string | undefined): string {
  return a ? (b ? `${a} ${b}` : a) : b || '';
}

/** Whether the text's last character other than white space is a period (/\.\s*$/, read from the end). */
function endsWithPeriod(text: string): boolean {
  let i = text.length - 1;
  while (i >= 0 && isSpace(text.charCodeAt(i))) i--;
  return i >= 0 && text.charCodeAt(i) === 46;
}

/** The vague verb (and its preposition) opening the means clause of a result: "supporting" in "by supporting X". */
function weakMeansIn(parsed: ParsedBullet): Range | undefined {
  if (!parsed.clauses.some((k) => k.role === 'result')) return undefined;
  const c = parsed.clauses.find((k) => k.link === 'means' && (k.role === 'intervention' || k.roleRule === 'weak-means'));
  if (!c) return undefined;
  const lead = parsed.tokens[c.from];
  const verb = parsed.tokens[c.from + 1];
  if (!lead || !/^(?:by|through|via|with)$/.test(lead.lower) || !verb?.verb || !rolesOf(verb.verb.lemma).includes('weak')) return undefined;
  const next = parsed.tokens[c.from + 2];
  const preps = rewriteRules().structure.weakMeans.prepositions;
  const end = next && next.start < c.end && preps.includes(next.lower) ? next.end : verb.end;
  // "by working on" followed by nothing is no phrase to keep.
  return end < c.end ? { start: verb.start, end } : undefined;
}

const MEANS_LEADS = new Set(['by', 'through', 'via', 'with', 'using', 'after']);

/** "by piloting SMS appointment reminders and training MAs" -> "piloting SMS appointment reminders", for a question. */
function shortDid(c: Clause, parsed: ParsedBullet): string | undefined {
  const tokens = parsed.tokens.slice(c.from, c.to + 1);
  const rest = MEANS_LEADS.has(tokens[0]?.lower ?? '') ? tokens.slice(1) : tokens;
  const out: string[] = [];
  for (const t of rest) {
    if (t.lower === 'and' || out.length >= 8) break;
    out.push(t.text);
    if (t.post.includes(',') || t.post.includes(';')) break;
  }
  return out.length ? out.join(' ') : undefined;
}

interface Built {
  e: Edits;
  /** The context the parts were filled from (its missing parts narrowed by what the rewording revealed). */
  ctx: Context;
  verbFixed: boolean; placed: Ask[]; answered: Ask[]; supplied: Part[]; dutyRestructured: boolean;
  /** Gaps asked beside the text (past the two placeholders a rewrite may carry). */
  beside: Ask[];
  /** The unanswered gaps that go in the text as placeholders, most important first. */
  inText: Set<Ask>;
  /** Where the writer's own words now start (past a moved means phrase or a dropped "We"). */
  from: number;
  /** The strong verb a rewording rule put at the head of the bullet. */
  verb?: PlacedVerb;
  /** Result and intervention, at offsets of the original (an inserted one at its insertion point). */
  result: Range[];
  intervention: Range[];
  text: string;
  tidyRules: string[];
}

function start(ctx: Context): Built {
  const p = ctx.parsed;
  const result: Range[] = [];
  const intervention: Range[] = [];
  for (const c of p.clauses) {
    if (c.role === 'result') result.push({ start: c.start, end: c.end });
    else if (c.role === 'intervention') intervention.push({ start: c.start, end: c.end });
  }
  if (ctx.claimed) {
    result.push({ start: ctx.claimed.start, end: ctx.claimed.end });
    for (const c of p.clauses) if (c.link === 'means' && c.start >= ctx.claimed.end) intervention.push({ start: c.start, end: c.end });
  }
  return {
    e: new Edits(ctx.analysed.text), ctx, verbFixed: false, placed: [], answered: [], supplied: [], dutyRestructured: false,
    beside: [], inText: new Set(), from: 0, verb: undefined, result, intervention, text: '', tidyRules: [],
  };
}

/**
 * The spelling check's first fix for each misspelled word ("denails" -> "denials"), in the writer's capitalisation,
 * where no other edit changed the word. A fix is a correction of the writer's own word, never a new fact.
 */
function fixSpelling(b: Built): void {
  const text = b.ctx.analysed.text;
  for (const f of b.ctx.analysed.findings) {
    if (f.rule !== 'spelling' || f.start === undefined || f.end === undefined) continue;
    const fix = f.suggestions?.[0];
    if (!fix || /\d|\s/.test(fix)) continue;
    const word = text.slice(f.start, f.end);
    const cased = /^[A-Z]/.test(word) && !/^[A-Z]/.test(fix) ? capitalise(fix) : fix;
    b.e.replace(f.start, f.end, cased, 'spelling/fix');
  }
}

function finish(b: Built): Built {
  fixSpelling(b);
  const t = tidy(b.e.text(), b.ctx.endWithPeriod);
  b.text = t.text;
  b.tidyRules = t.rules;
  return b;
}

/** Fixes the opening: a weak phrase, a passive, or a result told subject-first. */
function fixVerb(b: Built): void {
  const { e, ctx } = b;
  const o = fixOpening(e, b.from);
  b.from = o.from;
  if (o.verb) {
    b.verb = o.verb;
    b.verbFixed = true;
    return;
  }
  const verb = ctx.analysed.actionVerb;
  if (verb && verb.strength === 'strong' && verb.start === 0) return;
  const placed = activate(e, b.from) ?? invertChange(e, b.from, ctx.analysed.kpis);
  if (placed) {
    b.verb = placed;
    b.verbFixed = true;
  }
}

/** At most this many placeholders in one rewrite; further gaps are questions beside it. */
export const MAX_PLACEHOLDERS = 2;
// Which gaps go in the text when there are more than two: the result, then how, then by how much, then the baseline.
const PRIORITY: readonly Part[] = ['result', 'intervention', 'metric', 'baseline', 'timeframe'];

function buildGuideOrder(first: Context, expand: boolean, own = false): Built {
  if (first.wrongWay.length) return buildFraming(first);
  // Rewording can bring a part to light; each rewording rule declares what it reveals, so nothing is analysed twice.
  // The build narrows its own copy of the parts, unless the context was made for this one build (`own`).
  const ctx: Context = own ? first : { ...first, missing: new Set(first.missing), optional: new Set(first.optional) };
  const b = start(ctx);
  joinSentences(b.e);
  const moved = moveLeadingIntervention(b.e, ctx.parsed);
  if (moved) {
    b.from = moved.from;
    b.intervention = [...b.intervention.filter((r) => r.start >= moved.from), { start: moved.at, end: moved.at }];
  }
  fixVerb(b);
  afterToBy(b.e, ctx.parsed);
  toFromOrder(b.e);
  removeFiller(b.e);
  b.supplied = reveal(b, ctx);
  if (expand) expandAbbreviations(b.e);
  fillParts(b, ctx);
  return finish(b);
}

const CHANGE_ROLES = new Set(['down', 'up', 'better', 'achieve']);

/** The lemma of the verb now opening the bullet: one a rule put there, or the writer's own first word. */
function openingLemma(b: Built): string | undefined {
  if (b.verb) return b.verb.lemma;
  const t = b.ctx.parsed.tokens.find((k) => k.start >= b.from);
  return t?.verb?.lemma;
}

/**
 * Parts the rewording rules that fired declare they reveal (`reveals` in rules/rewrite/*.yml), taken as found:
 * a result when the verb now opening the bullet has a change or achievement role in the lexicon and its clause names
 * a KPI or an amount; an intervention when an action verb now opens a clause of its own before the result.
 */
function reveal(b: Built, ctx: Context): Part[] {
  let result = false;
  let intervention = false;
  for (const id of b.e.applied) {
    for (const part of revealsOf(id)) {
      if (part === 'result') result = true;
      else intervention = true;
    }
  }
  const out: Part[] = [];
  // (Most bullets need no rewording that reveals a part.)
  if (!result && !intervention) return out;
  const lemma = openingLemma(b);
  const roles = lemma ? rolesOf(lemma) : [];
  // The clause the opening verb heads: from the writer's first word to the clause's end (a passive or a subject-first
  // result is one clause with its subject).
  const first = clauseAt(ctx.parsed, b.from);
  if (result && ctx.missing.has('result') && first) {
    const names = first.slots.kpi.length > 0 || first.slots.amount.length > 0
      || ctx.analysed.kpis.some((k) => k.start >= b.from && k.start < first.end);
    if (roles.some((r) => CHANGE_ROLES.has(r)) && names) {
      ctx.missing.delete('result');
      b.result.push({ start: b.from, end: first.end });
      out.push('result');
      // A change by an amount ("Cut agency spend $600K") implies its baseline, as the baseline check says
      // (`unless: relative-change`): then the baseline is advice, not a gap.
      const byAmount = first.slots.amount.some((m) => !/\bto\s+$/i.test(ctx.analysed.text.slice(0, m.start)));
      if (byAmount && roles.some((r) => r === 'down' || r === 'up' || r === 'better') && ctx.missing.delete('baseline')) ctx.optional.add('baseline');
    }
  }
  if (intervention && ctx.missing.has('intervention') && first) {
    // "A new lounge was opened, cutting boarding 2 hours" -> "Opened a new lounge, ...": an action verb now opens
    // a clause of its own before the result, which is how that result was achieved.
    const resultAfter = b.result.some((r) => r.start >= first.end);
    if (!b.intervention.length && roles.includes('intervention') && resultAfter) b.intervention.push({ start: b.from, end: first.end });
    if (b.intervention.length) {
      ctx.missing.delete('intervention');
      out.push('intervention');
    }
  }
  return out;
}

/**
 * A KPI that moved the wrong way ("Increased denials by 12% after payer policy changes"): the facts stay as written,
 * nothing is turned into "by ...", and the one question is what the writer did about it or what held despite it.
 */
function buildFraming(ctx: Context): Built {
  const b = start(ctx);
  joinSentences(b.e);
  fixOpening(b.e);
  removeFiller(b.e);
  b.inText = new Set(['response']);
  const s = slot(b, ctx, 'response');
  const at = trimEnd(ctx.analysed.text, ctx.analysed.text.length);
  if (s && b.e.insert(at, `; ${s}`, 'placeholders/result')) b.result.push({ start: at, end: at });
  return finish(b);
}

function buildLight(ctx: Context): Built {
  const b = start(ctx);
  joinSentences(b.e);
  if (ctx.wrongWay.length) b.verbFixed = !!fixOpening(b.e).verb;
  else fixVerb(b);
  removeFiller(b.e);
  return finish(b);
}

/** The words for a missing part: the user's answer fitted to the slot, the visible placeholder, or (past the two
 *  placeholders a rewrite may carry) nothing, with the part asked beside the text. */
function slot(b: Built, ctx: Context, part: Ask): string | undefined {
  const raw = answerFor(ctx.answers, part);
  const fitted = raw === undefined ? undefined : fitAnswer(part, raw);
  if (fitted !== undefined) {
    b.answered.push(part);
    return fitted;
  }
  if (!b.inText.has(part)) {
    if (!b.beside.includes(part)) b.beside.push(part);
    return undefined;
  }
  b.placed.push(part);
  return placeholderText(part, ctx.placeholder);
}

/** The user's answer for a part, read by name (one property per part, not a lookup by a varying key). */
function answerFor(answers: Answers, part: Ask): string | undefined {
  switch (part) {
    case 'result': return answers.result;
    case 'metric': return answers.metric;
    case 'baseline': return answers.baseline;
    case 'timeframe': return answers.timeframe;
    case 'intervention': return answers.intervention;
    case 'response': return answers.response;
  }
}

/** Chooses the gaps that go in the text: unanswered ones, most important first, at most two. */
function plan(b: Built, ctx: Context): void {
  const inText = new Set<Ask>();
  for (const p of PRIORITY) {
    if (inText.size === MAX_PLACEHOLDERS) break;
    if (ctx.missing.has(p) && !(answerFor(ctx.answers, p) ?? '').trim() && !ctx.besideOnly.has(p)) inText.add(p);
  }
  b.inText = inText;
}

/** Puts `text` at `at`; when an earlier edit holds that place, at the end of the main clause instead. */
function put(b: Built, at: number, text: string, rule: string, fallback: number): number {
  if (b.e.insert(at, text, rule)) return at;
  b.e.insert(fallback, text, rule);
  return fallback;
}

// "from 90 in 2019 to 150 in 2021": a clause that already runs from one figure to another has its baseline, whatever
// the analysis made of it; another "from" would read "from 90 from a baseline of ...".
const FROM_TO = /\bfrom\b[^;]*?\bto\b/i;

function fillParts(b: Built, ctx: Context): void {
  const { missing } = ctx;
  const text = ctx.analysed.text;
  {
    const { start, end } = mainBounds(b);
    if (missing.has('baseline') && containsWord(text, 'from', start, end) && FROM_TO.test(text.slice(start, end))) missing.delete('baseline');
  }
  // The result's question asks by how much: a result told without a number is asked for again once answered.
  if (missing.has('result')) missing.delete('metric');
  plan(b, ctx);
  if (missing.has('result') && restructureDuty(b, ctx)) return;
  if (missing.has('result')) {
    // No verb to turn into "by ...": the result is asked for after a semicolon, as a secondary result would be.
    const s = slot(b, ctx, 'result');
    if (s) {
      const next = ctx.parsed.clauses.find((c) => c.start > b.from && c.link === 'punct' && text.charAt(trimEnd(text, c.start)) === ';');
      const at = trimEnd(text, next ? next.start : text.length, b.from);
      if (b.e.insert(at, `; ${s}`, 'placeholders/result')) b.result.push({ start: at, end: at });
    }
  }
  if (missing.has('metric')) {
    const s = slot(b, ctx, 'metric');
    if (s) {
      const { start, end } = mainBounds(b);
      const kpi = ctx.analysed.kpis.find((k) => k.start >= start && k.start < end);
      put(b, kpi ? ofPhraseEnd(ctx.parsed, nounPhraseEnd(ctx.parsed, kpi.end, stopBefore(b, kpi.end, end)), stopBefore(b, kpi.end, end)) : end, ` ${s}`, 'placeholders/metric', end);
    }
  }
  if (missing.has('baseline')) placeBaseline(b, ctx);
  if (missing.has('timeframe')) {
    const s = slot(b, ctx, 'timeframe');
    if (s) b.e.insert(mainBounds(b).end, ` ${s}`, 'placeholders/timeframe');
  }
  if (missing.has('intervention')) placeIntervention(b, ctx);
}

function placeBaseline(b: Built, ctx: Context): void {
  const s = slot(b, ctx, 'baseline');
  if (!s) return;
  const text = ctx.analysed.text;
  const answered = b.answered.includes('baseline');
  const { start, end } = mainBounds(b);
  const metrics = ctx.analysed.components.metric.filter((r) => r.start >= start && r.start < end);
  // The magnitude of the result, not a scope number before it ("Trained 40 MAs ..., raising completion to 100%").
  // Within the result, the amount it changed by or to ("by 20%", "to 96%") rather than a number in its KPI ("AR over 90 days").
  const inResult = metrics.filter((m) => b.result.some((r) => r.start <= m.start && m.end <= r.end));
  const metric = inResult.find((m) => /\b(?:by|to)\s+$/i.test(text.slice(Math.max(0, m.start - 4), m.start))) ?? inResult[0] ?? metrics[0];
  const before = metric ? text.slice(0, metric.start) : '';
  const level = /\bto\s+$/i.exec(before);
  // "leading to 15% fewer falls" names a consequence, not the level a KPI was brought to.
  const consequence = (metric && clauseAt(ctx.parsed, metric.start)?.link === 'consequence')
    || /\b(?:leading|led|lead|leads|resulting|contributing|amounting|equal|equivalent|close|due|thanks|compared|relative)\s+to\s+$/i.test(before);
  if (metric && level && !consequence && !/\bfrom\s+\S+\s+to\s+$/i.test(before)) {
    put(b, level.index, `from ${s} `, 'placeholders/baseline', end);
  } else {
    // A number outside the result is a scope ("a $50 million system"), not where the result stood: then at the end.
    const at = metric && (inResult.length || !b.result.length) ? baselineAfter(b, metric.end, end) : end;
    // An answer reads "from a baseline of 18%"; a placeholder only "from [baseline: ...]", so that a bullet saved with
    // it unanswered is not read as having a baseline.
    put(b, at, answered ? ` from a baseline of ${s}` : ` from ${s}`, 'placeholders/baseline', end);
  }
}

function placeIntervention(b: Built, ctx: Context): void {
  const weak = ctx.weakMeans;
  const s = slot(b, ctx, 'intervention');
  if (!s) return;
  if (weak && !b.e.touches(weak.start, weak.end)) {
    // "by supporting the billing team" -> "by [how: what you changed] for the billing team".
    const words = b.answered.includes('intervention') ? s.replace(/^by\s+/i, '') : s;
    if (b.e.replace(weak.start, weak.end, `${words} for`, 'structure/weak-means')) {
      b.intervention.push({ ...weak });
      return;
    }
  }
  const at = mainBounds(b).end;
  if (b.e.insert(at, ` ${b.placed.at(-1) === 'intervention' ? `by ${s}` : s}`, 'placeholders/intervention')) b.intervention.push({ start: at, end: at });
}

/** "Managed scheduling and intake" has no result: the duty (the bullet's main action) becomes the how, and the result
 *  is asked for up front. A vague duty ("Supported denials") is no how at all: its verb gives way to a placeholder
 *  for the real means. */
function restructureDuty(b: Built, ctx: Context): boolean {
  const { e } = b;
  const p = ctx.parsed;
  // The verb opening the bullet: one a rewording rule put there, or the head of the writer's first clause.
  const k = p.clauses.findIndex((c) => c.end > b.from);
  const clause = p.clauses[k];
  const firstToken = p.tokens.find((t) => t.start >= b.from);
  // The analysis's opening verb when the clause model chose a later verb as the head ("Pulled, cleaned and reported").
  const opening = ctx.analysed.actionVerb;
  const openingHead = !clause?.head || clause.head.start !== firstToken?.start ? (opening && firstToken && opening.start === firstToken.start && opening.end === firstToken.end ? {
    start: opening.start, end: opening.end, text: opening.text, lemma: p.opening.lemma ?? lemmaOfTagged(opening.text, isPastForm(opening.text) ? 'past' : 'base'),
    form: (isPastForm(opening.text) ? 'past' : 'base') as NonNullable<Clause['head']>['form'], roles: [] as const,
  } : undefined) : undefined;
  const candidate = clause?.head && firstToken && clause.head.start === firstToken.start ? clause.head : openingHead;
  const head = candidate && opensBullet(b, ctx, candidate) ? candidate : undefined;
  // (With no verb placed by a rule, this is the head's lemma, used again for its gerund below.)
  const lemma = b.verb?.lemma ?? (head && lemmaOfHead(head));
  if (!lemma || !(b.verb || head)) return false;
  if (rolesOf(lemma).includes('weak')) {
    b.inText = new Set(['result', 'intervention']);
    const how = slot(b, ctx, 'intervention');
    if (!how) return false;
    const words = b.answered.includes('intervention') ? how : `by ${how}`;
    const text = ctx.analysed.text;
    const from = b.verb ? b.verb.edit.end : (() => {
      const next = p.tokens.find((t) => t.start >= head!.end);
      const preps = rewriteRules().structure.weakMeans.prepositions;
      return next && next.start < clause!.end && preps.includes(next.lower) ? next.end : head!.end;
    })();
    // "Helped with denials" answered "Lowered denials 29%": the thing helped with is named already, so no "for denials".
    const stop = p.clauses.find((c) => c.start >= from && (c.link === 'punct' || c.link === 'means' && c.start > from || c.link === 'purpose'));
    const objectEnd = Math.max(from, trimEnd(text, stop ? stop.start : text.length, from));
    const object = text.slice(from, objectEnd).trim().toLowerCase();
    const named = !!object && (ctx.answers.result ?? '').toLowerCase().includes(object) && b.answered.length > 0;
    if (b.verb) {
      e.amend(b.verb.edit, named ? words : `${words} for `, 'structure/weak-means');
      if (named) e.replace(from, objectEnd, '');
    } else if (!e.replace(head!.start, named ? objectEnd : from, named ? words : `${words} for`, 'structure/weak-means')) {
      return false;
    }
  } else {
    const after = b.verb ? p.tokens.find((t) => t.start >= b.verb!.edit.end) : undefined;
    const object = after ? p.tokens[after.i + 1] : undefined;
    // ("Responsible for scheduling and patient intake" keeps "managing": there the -ing word is the name of the work.)
    if (b.verb && after?.start === b.verb.edit.end && (after.verb?.form === 'gerund' || after.tags.has('Gerund')) && !b.verb.edit.text.trim().includes(' ')
      && object && !/[,;.]/.test(after.post) && !object.tags.has('Conjunction') && !object.tags.has('Preposition')) {
      // "Responsible for tracking evaluations and compiling results": the duty's own gerunds are the how.
      e.amend(b.verb.edit, 'by ', 'structure/duty-as-intervention');
    } else if (b.verb) {
      const written = /^\s*([A-Za-z-]+)/.exec(b.verb.edit.text)?.[1] ?? '';
      const gerund = written ? gerundAsWritten(written, b.verb.lemma) : inflect(b.verb.lemma, 'gerund');
      e.amend(b.verb.edit, b.verb.edit.text.replace(/^\s*[A-Za-z-]+/, `by ${gerund}`), 'structure/duty-as-intervention');
    } else if (!e.replace(head!.start, head!.end, `by ${gerundAsWritten(head!.text, lemma)}`, 'structure/duty-as-intervention')) {
      return false;
    }
    if (k >= 0) gerundiseCoordinated(e, p, k, true, head?.end ?? b.verb?.edit.end);
    if (ctx.missing.has('intervention') && !b.supplied.includes('intervention')) b.supplied.push('intervention');
  }
  b.intervention = [{ start: b.from, end: clause?.end ?? b.from }];
  // The result leads; a baseline or a period after a bracketed result would read as nonsense, so they are asked
  // beside it and go in only once answered.
  b.inText.add('result');
  b.inText.delete('baseline');
  b.inText.delete('timeframe');
  const lead = [slot(b, ctx, 'result')];
  if (ctx.missing.has('baseline')) {
    const s = slot(b, ctx, 'baseline');
    if (s) lead.push(`from a baseline of ${s}`);
  }
  if (ctx.missing.has('timeframe')) lead.push(slot(b, ctx, 'timeframe'));
  let words = '';
  for (const h of lead) if (h) words += `${h} `;
  e.insert(b.from, words, 'structure/result-first');
  b.result.push({ start: b.from, end: b.from });
  b.dutyRestructured = true;
  return true;
}

function opensBullet(b: Built, ctx: Context, h: NonNullable<Clause['head']>): boolean {
  // The writer's own verb heads the first clause: the analysis's action verb, a verb after a dropped "We", or a past
  // or -ing form ("Scheduling and registration ..."); a base form opening a noun phrase ("Follow-up visits") is none.
  // A verb inside a KPI's name ("Follow-up visit completion") is the KPI, never the action.
  return !ctx.analysed.kpis.some((k) => k.start <= h.start && h.start < k.end)
    && (analysedVerbAt(ctx, h.start) || b.from > 0 || h.form === 'past' || h.form === 'participle' || h.form === 'gerund');
}

function analysedVerbAt(ctx: Context, at: number): boolean {
  return ctx.analysed.actionVerb?.start === at;
}

/** A clause head's lemma: the lexicon's, or compromise's infinitive for a verb the lexicon does not list. */
export function lemmaOfHead(head: { text: string; lemma: string; roles: readonly string[] }): string {
  return head.roles.length ? head.lemma : baseOf(head.text) ?? head.lemma;
}

/** The main clause: from the first result (else KPI or amount) to its means clause or the end of its sentence. */
function mainBounds(b: Built): Range {
  const p = b.ctx.parsed;
  const text = b.ctx.analysed.text;
  // The result leads the guide's order; without one, the first KPI or number marks the main clause.
  const start = firstStart(b.result.length ? [b.result] : [b.ctx.analysed.kpis, b.ctx.analysed.components.metric], b.from) ?? b.from;
  const next = p.clauses.find((c) => c.start > start && c.link === 'punct' && text.charAt(trimEnd(text, c.start)) === ';');
  let end = next ? next.start : text.length;
  for (const r of b.intervention) if (r.start > start && r.start < end) end = r.start;
  return { start, end: Math.max(start, trimEnd(text, end, start)) };
}

/** Where a placed part must stop short of: the next slot of the parse (an amount, a baseline, a timeframe, a clause). */
function stopBefore(b: Built, from: number, limit: number): number {
  const c = b.ctx.analysed.components;
  for (const list of [c.metric, c.baseline, c.timeframe, b.intervention, b.result]) {
    for (const r of list) if (r.start >= from && r.start < limit) limit = r.start;
  }
  return limit;
}

/** The earliest start at or after `from` among the ranges of the lists, if any. */
function firstStart(lists: readonly (readonly Range[])[], from: number): number | undefined {
  let first: number | undefined;
  for (const list of lists) for (const r of list) if (r.start >= from && (first === undefined || r.start < first)) first = r.start;
  return first;
}

/**
 * Where "from a baseline of ..." goes after a number: past a word joined to it ("4-star") and the phrase it measures
 * ("42% of patients", "$1.2M in aged A/R", "#1 of 14 clinics"), never inside them.
 */
function baselineAfter(b: Built, from: number, limit: number): number {
  const text = b.ctx.analysed.text;
  limit = stopBefore(b, from + 1, limit);
  let at = from;
  // Whatever is glued to the number stays with it ("5%" when the span was "5", "+", ")").
  at += /^[^\s,;:.]*/.exec(text.slice(at, limit))?.[0].length ?? 0;
  const joined = /^(?:[-–][A-Za-z][\w-]*|\s+(?:fewer|more|less|lower|higher|greater)\b)/i.exec(text.slice(at, limit));
  if (joined) at += joined[0].length;
  const measured = /^\s+(?:of|in|for)(?=\s+[A-Za-z#$\d])/i.exec(text.slice(at, limit));
  if (measured) {
    at += measured[0].length;
    const head = /^\s+[#$]?[\w'/&.-]*[\w]/.exec(text.slice(at, limit));
    if (head) at += head[0].length;
  }
  at = nounPhraseEnd(b.ctx.parsed, at, limit);
  // "200 claims per day", "12 visits a week": the rate's unit stays with its number.
  const unit = /^\s+(?:per|a|an|each)\s+(?:day|week|month|year|shift|quarter|visit|patient|encounter|provider)\b/i.exec(text.slice(at, limit));
  return unit ? at + unit[0].length : at;
}

/** "productivity of the physician's office": the KPI's "of" phrase goes with it, so "[by how much]" follows it whole. */
function ofPhraseEnd(p: ParsedBullet, from: number, limit: number): number {
  const m = /^\s+of\s+(?:(?:the|a|an|our|their|its|my|this|each|every|all)\s+)?/i.exec(p.text.slice(from, limit));
  if (!m) return from;
  const end = nounPhraseEnd(p, from + m[0].length - 1, limit);
  return end > from + m[0].length ? end : from;
}

/** End of the noun phrase running on from `from`: the nouns and adjectives compromise tagged there, up to `limit`. */
function nounPhraseEnd(p: ParsedBullet, from: number, limit: number): number {
  const tokens = p.tokens;
  let i = 0;
  while (i < tokens.length && tokens[i]!.end <= from) i++;
  let at = from;
  let prev = tokens[i - 1];
  for (; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (t.start >= limit || t.start < at) break;
    if (!joins(p.text, at, t.start) || !nounish(t, prev, tokens[i + 1])) break;
    at = t.end;
    prev = t;
  }
  return at;
}

/** The gap [from, to) between two words of one noun phrase: white space, or a single hyphen. */
function joins(text: string, from: number, to: number): boolean {
  if (to <= from) return false;
  if (to - from === 1 && text.charCodeAt(from) === 45) return true;
  for (let k = from; k < to; k++) if (!isSpace(text.charCodeAt(k))) return false;
  return true;
}

/** White space as the regex \s has it. */
function isSpace(c: number): boolean {
  if (c === 32 || (c >= 9 && c <= 13)) return true;
  return c > 127 && /\s/.test(String.fromCharCode(c));
}

const NOT_NOUNISH = ['Preposition', 'Conjunction', 'Determiner', 'Date', 'Value', 'Adverb', 'Pronoun', 'QuestionWord', 'Duration'];
/** A word (/^[A-Za-z][\w'\/&-]*$/): a letter, then letters, digits, _ ' / & or -. */
function isWordLike(s: string): boolean {
  const first = s.charCodeAt(0);
  if (!((first >= 65 && first <= 90) || (first >= 97 && first <= 122))) return false;
  for (let i = 1; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (!((c >= 65 && c <= 90) || (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || c === 95 || c === 39 || c === 47 || c === 38 || c === 45)) return false;
  }
  return true;
}

function nounish(t: Token, prev: Token | undefined, next: Token | undefined): boolean {
  if (!isWordLike(t.text)) return false;
  for (const g of NOT_NOUNISH) if (t.tags.has(g)) return false;
  if (t.tags.has('Noun') || t.tags.has('Adjective') || t.tags.has('Acronym')) return !t.verb || t.verb.form === 'base' || t.tags.has('Noun');
  // "120 staff", "HCAPHS scores thru rounding": a bare or -s verb form right after a number or a noun, with no object
  // of its own after it, is the noun it names.
  const noObject = !next || /[,.;:)]/.test(t.post) || next.tags.has('Preposition') || next.tags.has('Conjunction');
  const bare = t.verb ? t.verb.form === 'base' || t.verb.form === 'third' : t.tags.has('Verb') && !t.tags.has('PastTense') && !t.tags.has('Gerund');
  return bare && !!prev && (prev.tags.has('Value') || prev.tags.has('Noun') || prev.tags.has('Acronym')) && noObject;
}

function checksFor(b: Built): Check[] {
  const { ctx } = b;
  const { analysed } = ctx;
  const checks: Check[] = [];
  const verb = analysed.actionVerb;
  if (b.dutyRestructured) {
    checks.push({ id: 'action-verb', status: b.answered.includes('result') ? 'passes' : 'needs-answer', message: 'your answer for the result opens the bullet with its verb' });
  } else if (b.verbFixed || (verb?.strength === 'strong' && verb.start === 0)) {
    checks.push({ id: 'action-verb', status: 'passes', message: `opens with "${/^[A-Za-z-]+/.exec(b.text)?.[0] ?? ''}"` });
  } else {
    checks.push({ id: 'action-verb', status: 'lacks', message: 'open with a strong action verb (Reduced, Cut, Raised, Launched)' });
  }
  if (b.answered.includes('result')) checks.push({ id: 'kpi', status: 'passes', message: 'from your answer' });
  else if (analysed.kpis.length) checks.push({ id: 'kpi', status: 'passes', message: analysed.kpis.map((k) => k.text).join(', ') });
  else if (b.placed.includes('result')) checks.push({ id: 'kpi', status: 'needs-answer', message: 'name the KPI in your answer for the result' });
  else checks.push({ id: 'kpi', status: 'lacks', message: "name the KPI this moved, from the guide's list (denials, days in A/R, LWBS, HCAHPS, readmissions, overtime...)" });
  // A part asked in the text or beside it needs the user's answer; it is not simply lacking.
  const questions = new Map([...b.placed, ...b.beside].map((p) => [p, questionText(p, ctx.placeholder)]));
  for (const part of PARTS) {
    if (b.answered.includes(part)) checks.push({ id: part, status: 'passes', message: 'from your answer' });
    else if (questions.has(part)) checks.push({ id: part, status: 'needs-answer', message: questions.get(part)! });
    else if (b.supplied.includes(part)) checks.push({ id: part, status: 'passes', message: b.dutyRestructured && part === 'intervention' ? 'your own words, placed after "by"' : 'your own words, reworded' });
    else if (analysed.components[part].length) checks.push({ id: part, status: 'passes', message: analysed.components[part].map((s) => s.text).join('; ') });
    else if (ctx.missing.has(part) || (ctx.optional.has(part) && !ctx.analysed.components[part].length)) checks.push({ id: part, status: 'lacks', message: ctx.optional.has(part) ? questionText(part, ctx.placeholder) : `add the ${CHECK_LABEL[part]}` });
  }
  const order = guideOrder(b);
  if (order) checks.push(order);
  for (const k of ctx.wrongWay) {
    if (b.inText.has('response')) {
      // The framed rewrite asks what the writer did about it: answered, the bullet tells the whole story.
      const answered = b.answered.includes('response');
      checks.push({ id: 'kpi-direction', status: answered ? 'passes' : 'needs-answer', message: answered ? 'says what you did about it' : questionText('response', ctx.placeholder) });
      break;
    }
    checks.push({ id: 'kpi-direction', status: 'lacks', message: `${k.text} went ${k.change}, and the guide counts ${k.desired === 'down' ? 'a fall' : 'a rise'} as the win: say what you did about it rather than present the ${k.change === 'up' ? 'rise' : 'fall'} as an achievement` });
  }
  return checks;
}

/** Result first, then how: compared where each stands in the writer's text (a moved or inserted part where it went). */
function guideOrder(b: Built): Check | undefined {
  const how = [...b.intervention].sort((x, y) => x.start - y.start)[0];
  const c = b.ctx.analysed;
  const lead = [...b.result, ...c.components.metric, ...c.kpis].filter((r) => r.start >= b.from).sort((x, y) => x.start - y.start)[0];
  if (!how || !lead) return undefined;
  return lead.start <= how.start
    ? { id: 'guide-order', status: 'passes', message: 'result first, then how' }
    : { id: 'guide-order', status: 'lacks', message: 'lead with the result, then say how (by/through/via)' };
}

function toCandidate(strategy: Strategy, b: Built): RewriteCandidate {
  const { ctx, text } = b;
  const checks = checksFor(b);
  const placed = b.placed
    .map((part) => questionFor(part, ctx.placeholder))
    .filter((q) => text.includes(q.placeholder))
    .sort((x, y) => text.indexOf(x.placeholder) - text.indexOf(y.placeholder));
  return {
    strategy,
    text,
    placeholders: placed.map((q) => q.placeholder),
    questions: placed,
    beside: b.beside.filter((p) => !b.answered.includes(p)).map((p) => ({ part: p, placeholder: '', question: questionText(p, ctx.placeholder) })),
    checks,
    passes: checks.filter((c) => c.status === 'passes').map((c) => `${CHECK_LABEL[c.id]}: ${c.message}`),
    lacks: checks.filter((c) => c.status !== 'passes').map((c) => `${CHECK_LABEL[c.id]}: ${c.message}`),
    rules: [...b.e.applied, ...b.tidyRules].filter((r) => !r.startsWith('tidy/space')),
    supplied: b.supplied,
    answered: b.answered,
    optional: [...ctx.optional].filter((p) => !b.answered.includes(p)).map((p) => questionFor(p, ctx.placeholder)),
  };
}

const STRATEGY_ORDER: Record<Strategy, number> = { 'guide-order': 2, 'ats-keywords': 1, 'light-touch': 0 };

/** How good a candidate is once its placeholders are answered: passing checks first, then the guide's full shape. */
export function rank(c: RewriteCandidate): number {
  return c.checks.filter((k) => k.status !== 'lacks').length * 10 + STRATEGY_ORDER[c.strategy];
}

/** The guide-order rewrite alone, without checks: what every analysis pays for. Its questions: one per
 *  placeholder, in the text's order, then those asked beside the text (no placeholder). */
export function bestRewrite(analysed: Analysed): Rewrite {
  const b = buildGuideOrder(buildContext(analysed, {}), false, true);
  const text = b.text;
  const ph = b.ctx.placeholder;
  // Each placeholder's place in the text, found once: the questions go in the text's order (ties keep the order the
  // parts were placed in; a placeholder a later edit displaced is not asked).
  const placed: { q: Question; at: number }[] = [];
  for (const p of b.placed) {
    const q = questionFor(p, ph);
    const at = text.indexOf(q.placeholder);
    if (at < 0) continue;
    const x = { q, at };
    let k = placed.push(x) - 1;
    for (; k > 0 && placed[k - 1]!.at > at; k--) placed[k] = placed[k - 1]!;
    placed[k] = x;
  }
  const placeholders: string[] = [];
  const questions: Rewrite['questions'] = [];
  for (const { q } of placed) {
    placeholders.push(q.placeholder);
    questions.push({ part: q.part, question: q.question, placeholder: q.placeholder });
  }
  // A question beside the text has no placeholder to work out.
  for (const p of b.beside) questions.push({ part: p, question: questionText(p, ph) });
  return { text, placeholders, questions };
}

/** Every candidate the rules give, unordered and unfiltered (suggestRewrites ranks, dedupes and checks them). */
export function buildCandidates(analysed: Analysed, answers: Answers = {}): RewriteCandidate[] {
  const ctx = buildContext(analysed, answers);
  const guide = buildGuideOrder(ctx, false);
  const out = [toCandidate('guide-order', guide)];
  const ats = buildGuideOrder(ctx, true);
  if (ats.e.applied.some((r) => r.startsWith('kpi-expansions/'))) out.push(toCandidate('ats-keywords', ats));
  const light = buildLight(ctx);
  // Its wording matches the reworded bullet's, so what the rewording revealed counts for it too.
  Object.assign(light, { ctx: guide.ctx, supplied: [...guide.supplied] });
  out.push(toCandidate('light-touch', light));
  return out;
}
