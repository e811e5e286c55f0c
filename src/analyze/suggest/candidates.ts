// Builds rewrite candidates in the guide's order: strong verb + KPI + magnitude (from baseline to result)
// + timeframe + by + intervention; secondary results after a semicolon. Missing parts become placeholders
// (or the user's answers); nothing else is added.
import type { Rewrite } from '../types.ts';
import type { Analysed } from './index.ts';
import { Doc, type Range } from './doc.ts';
import { parseBullet } from '../pipeline/index.ts';
import type { Clause, ParsedBullet } from '../pipeline/types.ts';
import { claimedOutcome } from './claims.ts';
import { missingParts, optionalParts, wrongWayKpis } from './missing.ts';
import {
  activate, afterToBy, capitalise, clauseEnd, expandAbbreviations, fixOpening, gerundiseCoordinated, invertChange, lowerFirst,
  moveLeadingIntervention, removeFiller, toFromOrder,
} from './phrases.ts';
import { fitAnswer, placeholderText, questionFor, type Answers, type PlaceholderContext, type Question } from './placeholders.ts';
import { PARTS, revealsOf, rewriteRules, type Ask, type Part } from './rules.ts';
import { joinSentences, tidy } from './tidy.ts';
import { baseOf, formsWithRole, gerundAsWritten, isKnownVerb, isPastForm, rolesOf } from './verbs.ts';

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

interface Context {
  analysed: Analysed;
  /** Parts to fill: those the analyzer found missing, plus advised parts the user answered. */
  missing: Set<Part>;
  optional: Set<Part>;
  wrongWay: ReturnType<typeof wrongWayKpis>;
  /** A vague means the analyzer took for the intervention ("by supporting the billing team"), to be asked for. */
  weakMeans?: { start: number; end: number };
  /** A clause that claims an outcome in words the analysis did not count as a result: kept as the result. */
  claimed?: Clause;
  placeholder: PlaceholderContext;
  answers: Answers;
  endWithPeriod: boolean;
}

const CHECK_LABEL: Record<CheckId, string> = {
  'action-verb': 'strong action verb', kpi: 'KPI named', metric: 'magnitude', baseline: 'baseline',
  intervention: 'intervention (by/through/via)', result: 'result', timeframe: 'timeframe',
  'guide-order': "guide's order (result, then how)", 'kpi-direction': 'KPI moved the right way',
};

// Words that end the noun phrase holding a KPI, so "[by how much]" lands after "nurse communication scores".
const PHRASE_BOUNDARY = new Set(['by', 'through', 'via', 'with', 'after', 'using', 'in', 'at', 'for', 'from', 'to',
  'across', 'on', 'over', 'within', 'during', 'while', 'and', 'or', 'among', 'per', 'than', 'vs', 'versus', 'which',
  'that', 'who', 'when', 'where', 'since', 'because', 'despite', 'into', 'up', 'down', 'as', 'of', 'this', 'last',
  'each', 'every', 'year', 'annually', 'monthly', 'weekly', 'daily', 'quarterly']);
const INTERVENTION_LEAD = /(?:\s*,)?\s+(?:by|through|via|with|using|after|thanks to)\s*$/i;

export function buildContext(analysed: Analysed, answers: Answers = {}): Context {
  const text = analysed.text;
  const firstKpi = analysed.kpis[0];
  const weak = weakMeansIn(analysed);
  const intervention = weak ? undefined : analysed.components.intervention[0];
  const did = intervention ? shortDid(intervention.text) : undefined;
  const measure = [firstKpi?.label, firstKpi?.text, analysed.components.metric[0]?.text].filter(Boolean).join(' ');
  const missing = missingParts(analysed);
  const optional = optionalParts(analysed, missing);
  const parsed = parsedOf(analysed);
  const claimed = missing.has('result') ? claimedOutcome(parsed) : undefined;
  if (claimed) {
    // The writer claims the change; what is missing is how much it moved, asked for instead of "what improved".
    missing.delete('result');
    // A means stated after the claim ("by working with...", "with: adoption of...") is how, as written.
    if (parsed.clauses.some((c) => c.link === 'means' && c.start >= claimed.end)) missing.delete('intervention');
  }
  // A vague means ("by helping with denials") says nothing about how the result came about: it is asked for.
  if (weak) missing.add('intervention');
  for (const p of optional) if (answers[p] !== undefined && answers[p]!.trim()) missing.add(p);
  const wrongWay = wrongWayKpis(analysed);
  const moved = wrongWay[0] ? `${capitalise(text.slice(wrongWay[0].start, wrongWay[0].end))} went ${wrongWay[0].change}` : undefined;
  return {
    analysed,
    missing,
    optional,
    wrongWay,
    ...(weak ? { weakMeans: weak } : {}),
    ...(claimed ? { claimed } : {}),
    // The KPI's whole noun phrase reads better in a question ("HCAHPS nurse communication scores").
    placeholder: { kpi: firstKpi ? lowerFirst(text.slice(firstKpi.start, phraseEndIn(text, firstKpi.end, clauseEnd(text, firstKpi.end)))) : undefined, did, measure, domain: analysed.primaryDomain ?? (analysed.kpis.length ? null : 'none'), ...(moved ? { moved } : {}) },
    answers,
    endWithPeriod: /\.\s*$/.test(text),
  };
}

let weakMeansRe: RegExp | undefined;
/** The vague verb (and its preposition) that opens the analyzer's intervention, e.g. "supporting" in "by supporting X". */
function weakMeansIn(analysed: Analysed): { start: number; end: number } | undefined {
  const span = analysed.components.intervention[0];
  if (!span) return undefined;
  if (!weakMeansRe) {
    const wm = rewriteRules().structure.weakMeans;
    const forms = formsWithRole('weak');
    weakMeansRe = new RegExp(`^((?:by|through|via|with)\\s+)((?:${forms.join('|')})(?:\\s+(?:${wm.prepositions.join('|')}))?)(?=\\s)`, 'i');
  }
  const m = weakMeansRe.exec(span.text);
  if (!m) return undefined;
  const start = span.start + m[1]!.length;
  return { start, end: start + m[2]!.length };
}

// "by piloting SMS appointment reminders and training MAs" -> "piloting SMS appointment reminders", for a question.
function shortDid(intervention: string): string | undefined {
  let s = intervention.trim().replace(/^(?:by|through|via|with|using|after)\s+/i, '').replace(/[.;]+$/, '');
  s = s.split(/,|;|\band\b/)[0]?.trim() ?? '';
  const words = s.split(/\s+/).filter(Boolean);
  if (words.length === 0) return undefined;
  return words.slice(0, 8).join(' ');
}

/** The parsed bullet the analysis ran on, or a fresh parse when the caller built the analysis by hand. */
function parsedOf(analysed: Analysed): ParsedBullet {
  return analysed.parsed?.text === analysed.text ? analysed.parsed : parseBullet(analysed.text);
}

function docFor(analysed: Analysed, weak?: { start: number; end: number }, claimed?: Clause): Doc {
  const c = analysed.components;
  const doc = Doc.fromSpans(analysed.text, {
    metric: c.metric, baseline: c.baseline, intervention: c.intervention, result: c.result, timeframe: c.timeframe,
    kpi: analysed.kpis, verb: analysed.actionVerb ? [analysed.actionVerb] : [],
  });
  if (weak) doc.ranges.push({ kind: 'weak', ...weak });
  if (claimed) {
    doc.ranges.push({ kind: 'result', start: claimed.start, end: claimed.end });
    // The means written after the claim is its how: what is asked goes before it.
    const parsed = parsedOf(analysed);
    for (const c of parsed.clauses) if (c.link === 'means' && c.start >= claimed.end) doc.ranges.push({ kind: 'intervention', start: c.start, end: c.end });
  }
  return doc;
}

/** Fixes the opening: a weak phrase, a passive, or a result told subject-first. Returns true if the verb is now ours. */
function fixVerb(doc: Doc, analysed: Analysed): boolean {
  if (fixOpening(doc)) return true;
  const verb = analysed.actionVerb;
  if (verb && verb.strength === 'strong' && verb.start === 0) return false;
  return activate(doc) || invertChange(doc, analysed.kpis);
}

interface Built {
  doc: Doc;
  /** The context the parts were filled from: the first analysis, or that of the reworded bullet. */
  ctx: Context;
  verbFixed: boolean; placed: Ask[]; answered: Ask[]; supplied: Part[]; dutyRestructured: boolean;
  /** Gaps asked beside the text (past the two placeholders a rewrite may carry). */
  beside: Ask[];
  /** The unanswered gaps that go in the text as placeholders, most important first. */
  inText: Set<Ask>;
}

/** At most this many placeholders in one rewrite; further gaps are questions beside it. */
export const MAX_PLACEHOLDERS = 2;
// Which gaps go in the text when there are more than two: the result, then how, then by how much, then the baseline.
const PRIORITY: readonly Part[] = ['result', 'intervention', 'metric', 'baseline', 'timeframe'];

function buildGuideOrder(first: Context, expand: boolean): Built {
  if (first.wrongWay.length) return buildFraming(first);
  const doc = docFor(first.analysed, first.weakMeans, first.claimed);
  joinSentences(doc);
  moveLeadingIntervention(doc);
  const verbFixed = fixVerb(doc, first.analysed);
  afterToBy(doc);
  toFromOrder(doc);
  removeFiller(doc);
  // Rewording can bring a part to light ("We cut agency spend $600K" states its result once it reads "Cut agency
  // spend $600K"); each rewording rule declares what it reveals, so nothing is analysed twice.
  const ctx: Context = { ...first, missing: new Set(first.missing), optional: new Set(first.optional) };
  const supplied = reveal(doc, ctx);
  if (expand) expandAbbreviations(doc);
  const built: Built = { doc, ctx, verbFixed, placed: [], answered: [], supplied, dutyRestructured: false, beside: [], inText: new Set() };
  fillParts(built, ctx);
  tidy(doc, ctx.endWithPeriod);
  return built;
}

const CHANGE_ROLES = new Set(['down', 'up', 'better', 'achieve']);

/**
 * Parts the rewording rules that fired declare they reveal (`reveals` in rules/rewrite/*.yml), taken as found:
 * a result when the verb now opening the bullet has a change or achievement role in the lexicon and its clause names
 * a KPI or an amount; an intervention when "after we X" became "by Xing".
 */
function reveal(doc: Doc, ctx: Context): Part[] {
  const declared = new Set(doc.applied.flatMap(revealsOf));
  const out: Part[] = [];
  if (declared.has('result') && ctx.missing.has('result')) {
    const first = /^[A-Za-z-]+/.exec(doc.text)?.[0] ?? '';
    const lemma = baseOf(first);
    const end = firstClauseEnd(doc);
    const names = [...doc.of('kpi'), ...doc.of('metric')].some((r) => r.start < end);
    const roles = lemma ? rolesOf(lemma) : [];
    if (roles.some((r) => CHANGE_ROLES.has(r)) && names) {
      ctx.missing.delete('result');
      doc.ranges.push({ kind: 'result', start: 0, end });
      out.push('result');
      // A change by an amount ("Cut agency spend $600K") implies its baseline, as the baseline check says
      // (`unless: relative-change`): then the baseline is advice, not a gap.
      const byAmount = doc.of('metric').some((m) => m.start < end && !/\bto\s+$/i.test(doc.text.slice(0, m.start)));
      if (byAmount && roles.some((r) => r === 'down' || r === 'up' || r === 'better') && ctx.missing.delete('baseline')) ctx.optional.add('baseline');
    }
  }
  if (declared.has('intervention') && ctx.missing.has('intervention')) {
    // "A new lounge was opened, cutting boarding 2 hours" -> "Opened a new lounge, ...": an action verb now opens
    // a clause of its own before the result, which is how that result was achieved.
    const end = firstClauseEnd(doc);
    const lemma = baseOf(/^[A-Za-z-]+/.exec(doc.text)?.[0] ?? '');
    const resultAfter = doc.of('result').some((r) => r.start >= end);
    if (!doc.of('intervention').length && lemma && rolesOf(lemma).includes('intervention') && resultAfter) {
      doc.ranges.push({ kind: 'intervention', start: 0, end });
    }
    if (doc.of('intervention').length) {
      ctx.missing.delete('intervention');
      out.push('intervention');
    }
  }
  return out;
}

/** End of the bullet's first clause: a semicolon or comma, the start of its "by/through/via ..." phrase, or the end. */
function firstClauseEnd(doc: Doc): number {
  let end = clauseEnd(doc.text, 0);
  const comma = doc.text.indexOf(',');
  if (comma > 0 && comma < end) end = comma;
  for (const r of doc.of('intervention')) if (r.start > 0 && r.start < end) end = r.start;
  return doc.text.slice(0, end).replace(/[\s.,]+$/, '').length;
}

/**
 * A KPI that moved the wrong way ("Increased denials by 12% after payer policy changes"): the facts stay as written,
 * nothing is turned into "by ...", and the one question is what the writer did about it or what held despite it.
 */
function buildFraming(ctx: Context): Built {
  const doc = docFor(ctx.analysed);
  joinSentences(doc);
  fixOpening(doc);
  removeFiller(doc);
  const built: Built = { doc, ctx, verbFixed: false, placed: [], answered: [], supplied: [], dutyRestructured: false, beside: [], inText: new Set(['response']) };
  const end = doc.text.length - (/[.\s]*$/.exec(doc.text)?.[0].length ?? 0);
  const s = slot(built, ctx, 'response');
  if (s) insertRange(doc, end, `; ${s}`, 'result', 2);
  tidy(doc, ctx.endWithPeriod);
  return built;
}

function buildLight(ctx: Context): Built {
  const doc = docFor(ctx.analysed);
  joinSentences(doc);
  const verbFixed = ctx.wrongWay.length ? !!fixOpening(doc) : fixVerb(doc, ctx.analysed);
  removeFiller(doc);
  tidy(doc, ctx.endWithPeriod);
  return { doc, ctx, verbFixed, placed: [], answered: [], supplied: [], dutyRestructured: false, beside: [], inText: new Set() };
}

/** The words for a missing part: the user's answer fitted to the slot, the visible placeholder, or (past the two
 *  placeholders a rewrite may carry) nothing, with the part asked beside the text. */
function slot(built: Built, ctx: Context, part: Ask): string | undefined {
  const raw = ctx.answers[part];
  const fitted = raw === undefined ? undefined : fitAnswer(part, raw);
  if (fitted !== undefined) {
    built.answered.push(part);
    return fitted;
  }
  if (!built.inText.has(part)) {
    if (!built.beside.includes(part)) built.beside.push(part);
    return undefined;
  }
  built.placed.push(part);
  return placeholderText(part, ctx.placeholder);
}

/** Chooses the gaps that go in the text: unanswered ones, most important first, at most two. */
function plan(built: Built, ctx: Context): void {
  const open = PRIORITY.filter((p) => ctx.missing.has(p) && !(ctx.answers[p] ?? '').trim());
  built.inText = new Set(open.slice(0, MAX_PLACEHOLDERS));
}

// "from 90 in 2019 to 150 in 2021": a clause that already runs from one figure to another has its baseline, whatever
// the analysis made of it; another "from" would read "from 90 from a baseline of ...".
const FROM_TO = /\bfrom\b[^;]*?\bto\b/i;

function fillParts(built: Built, ctx: Context): void {
  const { doc } = built;
  const missing = ctx.missing;
  {
    const { start, end } = mainBounds(doc);
    if (missing.has('baseline') && FROM_TO.test(doc.text.slice(start, end))) missing.delete('baseline');
  }
  // The result's question asks by how much: a result told without a number is asked for again once answered.
  if (missing.has('result')) missing.delete('metric');
  plan(built, ctx);
  if (missing.has('result') && restructureDuty(built, ctx)) return;
  if (missing.has('result')) {
    // No verb to turn into "by ...": the result is asked for after a semicolon, as a secondary result would be.
    const s = slot(built, ctx, 'result');
    if (s) {
      const end = clauseEnd(doc.text, 0);
      const at = end - (/[.\s]*$/.exec(doc.text.slice(0, end))?.[0].length ?? 0);
      insertRange(doc, at, `; ${s}`, 'result', 2);
    }
  }
  if (missing.has('metric')) {
    const s = slot(built, ctx, 'metric');
    if (s) {
      const { start, end } = mainBounds(doc);
      const kpi = doc.of('kpi').find((r) => r.start >= start && r.start < end);
      const at = kpi ? phraseEnd(doc, kpi.end, end) : end;
      insertRange(doc, at, ` ${s}`, 'metric', 1);
    }
  }
  if (missing.has('baseline')) placeBaseline(built, ctx);
  if (missing.has('timeframe')) {
    const s = slot(built, ctx, 'timeframe');
    if (s) insertRange(doc, mainBounds(doc).end, ` ${s}`, 'timeframe', 1);
  }
  if (missing.has('intervention')) placeIntervention(built, ctx);
}

function placeBaseline(built: Built, ctx: Context): void {
  const { doc } = built;
  const s = slot(built, ctx, 'baseline');
  if (!s) return;
  const answered = built.answered.includes('baseline');
  const { start, end } = mainBounds(doc);
  const metrics = doc.of('metric').filter((r) => r.start >= start && r.start < end);
  // The magnitude of the result, not a scope number before it ("Trained 40 MAs ..., raising completion to 100%").
  // Within the result, the amount it changed by or to ("by 20%", "to 96%") rather than a number in its KPI ("AR over 90 days").
  const inResult = metrics.filter((m) => doc.of('result').some((r) => r.start <= m.start && m.end <= r.end));
  const metric = inResult.find((m) => /\b(?:by|to)\s+$/i.test(doc.text.slice(Math.max(0, m.start - 4), m.start))) ?? inResult[0] ?? metrics[0];
  const before = metric ? doc.text.slice(0, metric.start) : '';
  const level = /\bto\s+$/i.exec(before);
  // "leading to 15% fewer falls" names a consequence, not the level a KPI was brought to.
  const consequence = /\b(?:leading|led|lead|leads|resulting|contributing|amounting|equal|equivalent|close|due|thanks|compared|relative)\s+to\s+$/i.test(before);
  if (metric && level && !consequence && !/\bfrom\s+\S+\s+to\s+$/i.test(before)) {
    insertRange(doc, level.index, `from ${s} `, 'baseline', 0, 1);
  } else {
    const at = metric ? baselineAfter(doc, metric.end, end) : end;
    // An answer reads "from a baseline of 18%"; a placeholder only "from [baseline: ...]", so that a bullet saved with
    // it unanswered is not read as having a baseline.
    insertRange(doc, at, answered ? ` from a baseline of ${s}` : ` from ${s}`, 'baseline', 1);
  }
}

function placeIntervention(built: Built, ctx: Context): void {
  const { doc } = built;
  const weak = doc.of('weak')[0];
  const s = slot(built, ctx, 'intervention');
  if (!s) return;
  if (weak) {
    // "by supporting the billing team" -> "by [how: what you changed] for the billing team".
    const words = built.answered.includes('intervention') ? s.replace(/^by\s+/i, '') : s;
    doc.replace(weak.start, weak.end, `${words} for`, 'structure/weak-means');
    doc.ranges.push({ kind: 'intervention', start: weak.start, end: weak.start + words.length });
    return;
  }
  insertRange(doc, mainBounds(doc).end, ` ${built.placed.at(-1) === 'intervention' ? `by ${s}` : s}`, 'intervention', 1);
}

/** "Managed scheduling and intake" has no result: the duty becomes the how, the result is asked for up front.
 *  A vague duty ("Supported denials") is no how at all: its verb gives way to a placeholder for the real means. */
function restructureDuty(built: Built, ctx: Context): boolean {
  const { doc } = built;
  const first = /^[A-Za-z-]+/.exec(doc.text)?.[0];
  if (!first) return false;
  const base = baseOf(first);
  // With "I"/"We" dropped, the user's own verb opens the bullet.
  const freed = doc.applied.includes('openings/pronoun') && isKnownVerb(base ?? '');
  const opensWithVerb = built.verbFixed || freed || (ctx.analysed.actionVerb?.start === 0) || isPastForm(first);
  if (!base || !opensWithVerb || !(isKnownVerb(base) || isPastForm(first) || built.verbFixed)) return false;
  const weak = weakDuty(doc.text);
  let how: string | undefined;
  if (weak) {
    built.inText = new Set(['result', 'intervention']);
    how = slot(built, ctx, 'intervention');
    if (!how) return false;
    const words = built.answered.includes('intervention') ? how : `by ${how}`;
    doc.replace(0, weak, `${words} for`, 'structure/weak-means');
    doc.ranges = doc.ranges.filter((r) => r.kind !== 'intervention');
    doc.ranges.push({ kind: 'intervention', start: 0, end: words.length });
  } else {
    doc.replace(0, first.length, `by ${gerundAsWritten(first, base)}`, 'structure/duty-as-intervention');
    gerundiseCoordinated(doc, 0);
    const end = clauseEnd(doc.text, 0);
    doc.ranges = doc.ranges.filter((r) => r.kind !== 'intervention');
    doc.ranges.push({ kind: 'intervention', start: 0, end: end - (/[.\s]*$/.exec(doc.text.slice(0, end))?.[0].length ?? 0) });
    if (ctx.missing.has('intervention') && !built.supplied.includes('intervention')) built.supplied.push('intervention');
  }
  // The result leads; a baseline or a period after a bracketed result would read as nonsense, so they are asked
  // beside it and go in only once answered.
  built.inText.add('result');
  built.inText.delete('baseline');
  built.inText.delete('timeframe');
  const head = [slot(built, ctx, 'result')];
  if (ctx.missing.has('baseline')) {
    const b = slot(built, ctx, 'baseline');
    if (b) head.push(`from a baseline of ${b}`);
  }
  if (ctx.missing.has('timeframe')) head.push(slot(built, ctx, 'timeframe'));
  const words = head.filter((h): h is string => !!h);
  doc.insert(0, words.join(' ') + ' ', 'structure/result-first');
  doc.ranges.push({ kind: 'result', start: 0, end: words[0]!.length });
  built.dutyRestructured = true;
  return true;
}

let weakDutyRe: RegExp | undefined;
/** Length of a vague opening verb and its preposition ("Supported", "Contributed to"), or 0. */
function weakDuty(text: string): number {
  if (!weakDutyRe) {
    const wm = rewriteRules().structure.weakMeans;
    const forms = formsWithRole('weak');
    weakDutyRe = new RegExp(`^(?:${forms.join('|')})(?:\\s+(?:${wm.prepositions.join('|')}))?(?=\\s)`, 'i');
  }
  return weakDutyRe.exec(text)?.[0].length ?? 0;
}

/** Inserts text and records it as a range of `kind`, trimming `lead` leading and `trail` trailing characters. */
function insertRange(doc: Doc, at: number, text: string, kind: Range['kind'], lead: number, trail = 0): void {
  // A span that swallowed the final stop ("+7 pts.") must not push the insertion past it.
  while (at > 0 && doc.text.charAt(at - 1) === '.' && (at === doc.text.length || /[\s;]/.test(doc.text.charAt(at)))) at--;
  doc.insert(at, text, `placeholders/${kind}`);
  doc.ranges.push({ kind, start: at + lead, end: at + text.length - trail });
}

/** The main clause: from the first result (else KPI or metric) to the intervention, the first semicolon, or the end. */
function mainBounds(doc: Doc): { start: number; end: number } {
  // The result leads the guide's order; without one, the first KPI or number marks the main clause.
  const results = doc.of('result');
  const starts = (results.length ? results : [...doc.of('kpi'), ...doc.of('metric')]).map((r) => r.start);
  const start = starts.length ? Math.min(...starts) : 0;
  const text = doc.text;
  let end = clauseEnd(text, start);
  for (const r of doc.of('intervention')) {
    if (r.start <= start || r.start >= end) continue;
    const lead = INTERVENTION_LEAD.exec(text.slice(0, r.start));
    end = Math.min(end, lead ? lead.index : r.start);
  }
  const trimmed = text.slice(0, end).replace(/[\s.,]+$/, '').length;
  return { start, end: Math.max(start, trimmed) };
}

/** End of the noun phrase that starts before `from` (stops at a preposition, a number, punctuation or another part). */
/** Where "from a baseline of ..." goes after a number: past a word joined to it ("4-star") and the phrase it
 *  measures ("42% of patients", "$1.2M in aged A/R", "#1 of 14 clinics"), never inside them. */
function baselineAfter(doc: Doc, from: number, limit: number): number {
  for (const r of doc.ranges) if (r.kind !== 'kpi' && r.kind !== 'metric' && r.start >= from && r.start < limit) limit = r.start;
  let at = from;
  // Whatever is glued to the number stays with it ("5%" when the span was "5", "+", ")").
  at += /^[^\s,;:.]*/.exec(doc.text.slice(at, limit))?.[0].length ?? 0;
  const joined = /^(?:[-–][A-Za-z][\w-]*|\s+(?:fewer|more|less|lower|higher|greater)\b)/i.exec(doc.text.slice(at, limit));
  if (joined) at += joined[0].length;
  const measured = /^\s+(?:of|in|for)(?=\s+[A-Za-z#$\d])/i.exec(doc.text.slice(at, limit));
  if (measured) {
    at += measured[0].length;
    const head = /^\s+[#$]?[\w'/&.-]*[\w]/.exec(doc.text.slice(at, limit));
    if (head) at += head[0].length;
  }
  return phraseEndIn(doc.text, at, limit);
}

function phraseEnd(doc: Doc, from: number, limit: number): number {
  for (const r of doc.ranges) if (r.kind !== 'kpi' && r.start >= from && r.start < limit) limit = r.start;
  return phraseEndIn(doc.text, from, limit);
}

function phraseEndIn(text: string, from: number, limit: number): number {
  let at = from;
  const word = /^\s+([A-Za-z][\w'/&-]*)/;
  for (;;) {
    const m = word.exec(text.slice(at, limit));
    if (!m || PHRASE_BOUNDARY.has((m[1] ?? '').toLowerCase())) return at;
    at += m[0].length;
  }
}

function checksFor(built: Built): Check[] {
  const { ctx } = built;
  const { analysed } = ctx;
  const checks: Check[] = [];
  const verb = analysed.actionVerb;
  if (built.dutyRestructured) {
    checks.push({ id: 'action-verb', status: built.answered.includes('result') ? 'passes' : 'needs-answer', message: 'your answer for the result opens the bullet with its verb' });
  } else if (built.verbFixed || (verb?.strength === 'strong' && verb.start === 0)) {
    checks.push({ id: 'action-verb', status: 'passes', message: `opens with "${/^[A-Za-z-]+/.exec(built.doc.text)?.[0] ?? ''}"` });
  } else {
    checks.push({ id: 'action-verb', status: 'lacks', message: 'open with a strong action verb (Reduced, Cut, Raised, Launched)' });
  }
  if (built.answered.includes('result')) checks.push({ id: 'kpi', status: 'passes', message: 'from your answer' });
  else if (analysed.kpis.length) checks.push({ id: 'kpi', status: 'passes', message: analysed.kpis.map((k) => k.text).join(', ') });
  else if (built.placed.includes('result')) checks.push({ id: 'kpi', status: 'needs-answer', message: 'name the KPI in your answer for the result' });
  else checks.push({ id: 'kpi', status: 'lacks', message: "name the KPI this moved, from the guide's list (denials, days in A/R, LWBS, HCAHPS, readmissions, overtime...)" });
  // A part asked in the text or beside it needs the user's answer; it is not simply lacking.
  const questions = new Map([...built.placed, ...built.beside].map((p) => [p, questionFor(p, ctx.placeholder).question]));
  for (const part of PARTS) {
    if (built.answered.includes(part)) checks.push({ id: part, status: 'passes', message: 'from your answer' });
    else if (questions.has(part)) checks.push({ id: part, status: 'needs-answer', message: questions.get(part)! });
    else if (built.supplied.includes(part)) checks.push({ id: part, status: 'passes', message: built.dutyRestructured && part === 'intervention' ? 'your own words, placed after "by"' : 'your own words, reworded' });
    else if (analysed.components[part].length) checks.push({ id: part, status: 'passes', message: analysed.components[part].map((s) => s.text).join('; ') });
    else if (ctx.missing.has(part) || (ctx.optional.has(part) && !ctx.analysed.components[part].length)) checks.push({ id: part, status: 'lacks', message: ctx.optional.has(part) ? questionFor(part, ctx.placeholder).question : `add the ${CHECK_LABEL[part]}` });
  }
  const order = guideOrder(built);
  if (order) checks.push(order);
  for (const k of ctx.wrongWay) {
    if (built.inText.has('response')) {
      // The framed rewrite asks what the writer did about it: answered, the bullet tells the whole story.
      const answered = built.answered.includes('response');
      checks.push({ id: 'kpi-direction', status: answered ? 'passes' : 'needs-answer', message: answered ? 'says what you did about it' : questionFor('response', ctx.placeholder).question });
      break;
    }
    checks.push({ id: 'kpi-direction', status: 'lacks', message: `${k.text} went ${k.change}, and the guide counts ${k.desired === 'down' ? 'a fall' : 'a rise'} as the win: say what you did about it rather than present the ${k.change === 'up' ? 'rise' : 'fall'} as an achievement` });
  }
  return checks;
}

function guideOrder(built: Built): Check | undefined {
  const doc = built.doc;
  const how = doc.of('intervention')[0];
  const lead = [...doc.of('result'), ...doc.of('metric'), ...doc.of('kpi')].sort((a, b) => a.start - b.start)[0];
  if (!how || !lead) return undefined;
  return lead.start <= how.start
    ? { id: 'guide-order', status: 'passes', message: 'result first, then how' }
    : { id: 'guide-order', status: 'lacks', message: 'lead with the result, then say how (by/through/via)' };
}

function toCandidate(strategy: Strategy, built: Built): RewriteCandidate {
  const { ctx } = built;
  const text = built.doc.text;
  const checks = checksFor(built);
  const placed = built.placed
    .map((part) => questionFor(part, ctx.placeholder))
    .filter((q) => text.includes(q.placeholder))
    .sort((a, b) => text.indexOf(a.placeholder) - text.indexOf(b.placeholder));
  return {
    strategy,
    text,
    placeholders: placed.map((q) => q.placeholder),
    questions: placed,
    beside: built.beside.filter((p) => !built.answered.includes(p)).map((p) => ({ ...questionFor(p, ctx.placeholder), placeholder: '' })),
    checks,
    passes: checks.filter((c) => c.status === 'passes').map((c) => `${CHECK_LABEL[c.id]}: ${c.message}`),
    lacks: checks.filter((c) => c.status !== 'passes').map((c) => `${CHECK_LABEL[c.id]}: ${c.message}`),
    rules: built.doc.applied.filter((r) => !r.startsWith('tidy/space')),
    supplied: built.supplied,
    answered: built.answered,
    optional: [...ctx.optional].filter((p) => !built.answered.includes(p)).map((p) => questionFor(p, ctx.placeholder)),
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
  const built = buildGuideOrder(buildContext(analysed, {}), false);
  const text = built.doc.text;
  const ph = built.ctx.placeholder;
  const placed = built.placed.map((p) => questionFor(p, ph)).filter((q) => text.includes(q.placeholder))
    .sort((a, b) => text.indexOf(a.placeholder) - text.indexOf(b.placeholder));
  const beside = built.beside.map((p) => questionFor(p, ph));
  return {
    text,
    placeholders: placed.map((q) => q.placeholder),
    questions: [...placed.map((q) => ({ part: q.part, question: q.question, placeholder: q.placeholder })), ...beside.map((q) => ({ part: q.part, question: q.question }))],
  };
}

/** Every candidate the rules give, unordered and unfiltered (suggestRewrites ranks, dedupes and checks them). */
export function buildCandidates(analysed: Analysed, answers: Answers = {}): RewriteCandidate[] {
  const ctx = buildContext(analysed, answers);
  const guide = buildGuideOrder(ctx, false);
  const out = [toCandidate('guide-order', guide)];
  const ats = buildGuideOrder(ctx, true);
  if (ats.doc.applied.some((r) => r.startsWith('kpi-expansions/'))) out.push(toCandidate('ats-keywords', ats));
  const light = buildLight(ctx);
  // Its wording matches the reworded bullet's, so what the rewording revealed counts for it too.
  Object.assign(light, { ctx: guide.ctx, supplied: [...guide.supplied] });
  out.push(toCandidate('light-touch', light));
  return out;
}
