// Wording fixes that keep every fact: weak openings, passive voice, subject-first results, "after we X" -> "by Xing",
// "to Y from X" -> "from X to Y", a leading intervention moved behind the result, filler, KPI expansions.
// Each step edits the Doc in place and records its rule id; none of them adds or removes a number.
import type { KpiMention } from '../types.ts';
import type { Doc } from './doc.ts';
import { rewriteRules, type PhraseRuleData, type RewriteRules } from './rules.ts';
import {
  baseOf, gerundFromPast, inflect, isKnownVerb, isPastForm, tenseOf, type Tense,
  formsWithRole, formOfWord, gerundAsWritten, rolesOf,
} from './verbs.ts';

interface Compiled { rule: PhraseRuleData; re: RegExp; }
interface CompiledAll {
  openings: Compiled[];
  filler: Compiled[];
  expansions: { id: string; re: RegExp; expanded: string; spelled: string }[];
  passive: RegExp;
  changeVerbs: { cv: RewriteRules['structure']['changeVerbs'][number]; re: RegExp }[];
  afterToBy: RegExp;
  leading: RegExp;
  properNouns: string[];
}
let compiled: CompiledAll | undefined;
// Change-verb forms that are nouns first in a KPI's subject ("patient falls", "a rise in"), never turned around.
const NOUNS_FIRST = new Set(['falls', 'rises', 'cuts', 'drops', 'gains', 'climbs', 'jumps', 'lifts', 'doubles']);

// Every pattern is compiled once, at first use: suggestions run inside each analysis and must stay cheap.
function compile(): CompiledAll {
  if (compiled) return compiled;
  const r = rewriteRules();
  const st = r.structure;
  compiled = {
    properNouns: st.properNouns,
    passive: new RegExp(`^(?<subject>[^,;:]{1,80}?) (?<aux>${words(st.passive.auxiliaries)}) (?:(?:also|then|successfully) )?(?<pp>[a-z]+)\\b(?<agent> by (?:me|us|myself|our team|my team|the team|our staff))?`, 'i'),
    // Past and present forms only: "falls", "rise" and the like are nouns far more often in a bullet's subject.
    changeVerbs: st.changeVerbs.map((cv) => ({ cv, re: new RegExp(`(?<= )(?:${words(formsWithRole(cv.role, ['past']).concat(formsWithRole(cv.role, ['present'])).filter((w) => !NOUNS_FIRST.has(w)))})(?= )`, 'gi') })),
    afterToBy: new RegExp(`\\bafter (?:(?<who>${words(st.afterToBy.subjects)}) )?(?<verb>[a-z-]+)\\b`, 'gi'),
    leading: new RegExp(`^(?<prep>${words(st.leadingIntervention.prepositions)}) (?<how>[^,;]{3,200}), (?<verb>[A-Za-z-]+)`, 'i'),
    openings: r.openings.rules.map((rule) => ({ rule, re: new RegExp(`^(?:${rule.pattern})`, 'i') })),
    filler: r.filler.rules.map((rule) => ({ rule, re: new RegExp(rule.pattern, 'gi') })),
    expansions: r['kpi-expansions'].rules.map((x) => ({
      id: x.id, expanded: x.expanded, spelled: x.spelled.toLowerCase(),
      re: new RegExp(`(?<![\\w/-])(?:${x.pattern})(?![\\w/-])`),
    })),
  };
  return compiled;
}

export function capitalise(s: string): string {
  return s.replace(/^(\s*)([a-z])/, (_, sp: string, c: string) => sp + c.toUpperCase());
}

/** Lower-cases a sentence-initial capital unless the word is a name or an abbreviation ("Team" -> "team", "Epic" stays). */
export function lowerFirst(s: string): string {
  const word = /^[A-Za-z][\w-]*/.exec(s)?.[0];
  if (!word || !/^[A-Z][a-z-]*$/.test(word)) return s;
  const names = compile().properNouns;
  if (names.some((n) => s.startsWith(n) && !/[\w]/.test(s.charAt(n.length)))) return s;
  return s.charAt(0).toLowerCase() + s.slice(1);
}

/** Fills a replacement template: {verb} / {gerund} take the user's tense, <manage> is a fixed verb in base form. */
function fillTemplate(template: string, groups: Record<string, string | undefined>, tense: Tense): string | undefined {
  let ok = true;
  const out = template
    .replace(/\{verb\}/g, () => {
      const v = groups.verb?.toLowerCase();
      if (!v || !isKnownVerb(v)) { ok = false; return ''; }
      return inflect(v, tense);
    })
    .replace(/\{gerund\}/g, () => {
      const base = groups.gerund ? baseOf(groups.gerund) : undefined;
      if (!base) { ok = false; return ''; }
      return inflect(base, tense);
    })
    .replace(/<([a-z-]+)>/g, (_, v: string) => inflect(v, tense));
  return ok ? out : undefined;
}

/** Swaps a weak opening ("Helped reduce", "Responsible for") for a strong verb. Returns the rule id that fired. */
export function fixOpening(doc: Doc): string | undefined {
  for (const { rule, re } of compile().openings) {
    const m = re.exec(doc.text);
    if (!m) continue;
    const groups = m.groups ?? {};
    const tense = groups.weak ? tenseOf(groups.weak) : 'past';
    // A gerund opening ("Helping reduce") reads as a fragment; the resume's default past tense replaces it.
    const replacement = fillTemplate(rule.replace, groups, tense === 'gerund' ? 'past' : tense);
    if (replacement === undefined) continue;
    doc.replace(0, m[0].length, capitalise(replacement), `openings/${rule.id}`);
    if (rule.id !== 'pronoun') return rule.id;
  }
  return undefined;
}

export function removeFiller(doc: Doc): void {
  for (const { rule, re } of compile().filler) {
    replaceAll(doc, re, (m) => fillTemplate(rule.replace, m.groups ?? {}, 'past'), `filler/${rule.id}`);
  }
}

/** Replaces every match, last first so earlier offsets stay valid; `make` may decline a match with undefined. */
export function replaceAll(doc: Doc, re: RegExp, make: (m: RegExpExecArray) => string | undefined, rule: string): void {
  const matches: RegExpExecArray[] = [];
  const global = re.flags.includes('g') ? re : new RegExp(re.source, re.flags + 'g');
  global.lastIndex = 0;
  for (let m = global.exec(doc.text); m; m = global.exec(doc.text)) {
    matches.push(m);
    if (m[0].length === 0) global.lastIndex++;
  }
  global.lastIndex = 0;
  for (const m of matches.reverse()) {
    const text = make(m);
    if (text !== undefined) doc.replace(m.index, m.index + m[0].length, text, rule);
  }
}

const words = (list: string[]) => list.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|');

/** "Team members were trained on HIPAA" -> "Trained team members on HIPAA". */
export function activate(doc: Doc): boolean {
  const m = compile().passive.exec(doc.text);
  if (!m?.groups) return false;
  const { subject = '', aux = '', pp = '' } = m.groups;
  if (subject.split(/\s+/).some((w) => isPastForm(w) || /^(by|through|via|after|and)$/i.test(w))) return false;
  if (!isPastForm(pp)) return false;
  const base = baseOf(pp);
  if (!base) return false;
  const tense: Tense = /^(is|are)$/i.test(aux) ? 'present' : 'past';
  doc.replace(0, m[0].length, `${capitalise(inflect(base, tense))} ${lowerFirst(subject)}`, 'structure/passive');
  return true;
}

/** "Sepsis bundle compliance rose from 62% to 88%" -> "Raised sepsis bundle compliance from 62% to 88%". */
export function invertChange(doc: Doc, kpis: readonly KpiMention[]): boolean {
  const kpiRanges = doc.of('kpi');
  for (const { cv, re } of compile().changeVerbs) {
    re.lastIndex = 0;
    for (let m = re.exec(doc.text); m; m = re.exec(doc.text)) {
      const at = m.index;
      if (at > 81) break;
      // "falls" inside "patient falls with injury" is the KPI, not its change.
      if (kpiRanges.some((r) => r.start <= at && at < r.end)) continue;
      const subject = doc.text.slice(0, at - 1);
      if (subject.length < 2 || /[,;:]/.test(subject)) break;
      if (subject.split(/\s+/).some((w) => isPastForm(w) || /^(by|through|via|after|and|we|I)$/i.test(w))) break;
      const after = doc.text.slice(at + m[0].length);
      const inSubject = kpiRanges.filter((r) => r.start < subject.length);
      // Without a KPI in the subject, only a change carrying a number is turned around ("fell 25%").
      if (inSubject.length === 0 && !/^\s+(?:by |from |to )?[-+–−]?\$?\d/.test(after)) break;
      const kpi = kpis.find((k) => k.start < subject.length);
      const direction = cv.role === 'better' ? null : cv.role;
      if (kpi && direction && kpi.desired && kpi.desired !== direction) return false; // a wrong-way move is framed, never spun
      const change = m[0];
      const tense = /^(went|came)\b/i.test(change) ? 'past' : tenseOf(change.split(' ')[0]);
      const verb = capitalise(inflect(cv.verb, tense === 'gerund' ? 'past' : tense));
      doc.replace(0, at + change.length, `${verb} ${lowerFirst(subject)}`, `structure/change-${cv.id}`);
      return true;
    }
  }
  return false;
}

/** "after we deployed an alert and trained staff" -> "by deploying an alert and training staff". */
export function afterToBy(doc: Doc): boolean {
  let changed = false;
  replaceAll(doc, compile().afterToBy, (m) => {
    const verb = m.groups?.verb ?? '';
    let gerund: string | undefined;
    if (m.groups?.who) gerund = gerundFromPast(verb);
    else if (/ing$/i.test(verb) && baseOf(verb)) gerund = verb.toLowerCase();
    if (!gerund) return undefined;
    changed = true;
    return `by ${gerund}`;
  }, 'structure/after-to-by');
  if (changed) {
    const at = doc.text.search(/\bby [a-z-]+ing\b/);
    if (at >= 0) gerundiseCoordinated(doc, at);
  }
  return changed;
}

const COORDINATED = /(,\s*(?:and\s+)?|\s+and\s+)([A-Za-z]+)\b(?![-'’])/g;
// After these a base or -s form is a noun ("and staff of 6", "promotions and transfers."), not a second duty.
const AFTER_NOUN = /^(?:\s*(?:[,.;)]|$)|\s+(?:of|for|in|on|at|to|with)\b|\s+[A-Z])/;
// "to admit, discharge, and transfer patients": base forms after a purpose clause's "to" + verb stay as they are.
const TO_WORD = /\bto\s+([a-z]+)\b/gi;

/**
 * Within one clause from `from`, the verbs coordinated with the first become gerunds too, so a by-phrase stays
 * parallel: "and oversaw" / "and monitors" / ", Analyze and report data" -> "and overseeing" / "and monitoring" /
 * ", analyzing and reporting data". A verb is one the lexicon lists; a base or -s form counts only when an object
 * follows it.
 */
export function gerundiseCoordinated(doc: Doc, from: number): void {
  const end = clauseEnd(doc.text, from);
  let purpose = end;
  for (const m of doc.text.slice(from, end).matchAll(TO_WORD)) {
    if (formOfWord(m[1]!) === 'base' && rolesOf(m[1]!).length) { purpose = from + m.index; break; }
  }
  const re = COORDINATED;
  re.lastIndex = from;
  const edits: { at: number; word: string; gerund: string }[] = [];
  for (let m = re.exec(doc.text); m && m.index < end; m = re.exec(doc.text)) {
    const word = m[2] ?? '';
    const at = m.index + (m[1] ?? '').length;
    const form = formOfWord(word);
    if (!form || form === 'gerund') continue;
    if ((form === 'base' || form === 'third') && (at > purpose || AFTER_NOUN.test(doc.text.slice(at + word.length)))) continue;
    const base = baseOf(word);
    if (base && rolesOf(base).length) edits.push({ at, word, gerund: gerundAsWritten(word, base) });
  }
  for (const e of edits.reverse()) doc.replace(e.at, e.at + e.word.length, e.gerund, 'structure/parallel-by');
}

export function clauseEnd(text: string, from: number): number {
  const semi = text.indexOf(';', from);
  return semi < 0 ? text.length : semi;
}

const NUM = String.raw`[-+–−]?\$?\d[\d,.]*(?:\s?(?:%|[kKmMbB]\b|pts?\b|points\b|percent\b|days?\b|minutes?\b|hours?\b|weeks?\b|months?\b))?`;

const TO_FROM = new RegExp(`\\bto (?<y>${NUM}) from (?<x>${NUM})`, 'g');

/** "down to 38 from 52" -> "down from 52 to 38". */
export function toFromOrder(doc: Doc): boolean {
  let changed = false;
  replaceAll(doc, TO_FROM, (m) => {
    changed = true;
    return `from ${m.groups?.x} to ${m.groups?.y}`;
  }, 'structure/to-from');
  return changed;
}

/** "By standardizing preference cards, lowered cost per case 9%" -> the result first, then "by ...". */
export function moveLeadingIntervention(doc: Doc): boolean {
  const m = compile().leading.exec(doc.text);
  if (!m?.groups) return false;
  const verb = m.groups.verb ?? '';
  const base = baseOf(verb);
  if (!base || !(isKnownVerb(base) || isPastForm(verb))) return false;
  const restStart = m[0].length - verb.length;
  const main = doc.text.slice(restStart, clauseEnd(doc.text, restStart)).replace(/[.\s]+$/, '');
  const moved = ` ${(m.groups.prep ?? "by").toLowerCase()} ${m.groups.how ?? ""}`;
  const at = restStart + main.length;
  doc.replace(at, at, moved, 'structure/leading-intervention');
  doc.replace(0, restStart, '');
  doc.replace(0, 1, doc.text.charAt(0).toUpperCase());
  // The analyzer's intervention span was in the deleted opening; it now lives where it was moved to.
  const start = at - restStart + 1;
  doc.ranges = doc.ranges.filter((r) => r.kind !== 'intervention' || r.start >= start);
  doc.ranges.push({ kind: 'intervention', start, end: start + moved.length - 1 });
  return true;
}

/** First mention of an abbreviation paired with its expansion, "days in accounts receivable (A/R)". */
export function expandAbbreviations(doc: Doc): string[] {
  const fired: string[] = [];
  for (const x of compile().expansions) {
    if (doc.text.toLowerCase().includes(x.spelled)) continue;
    const m = x.re.exec(doc.text);
    if (!m) continue;
    doc.replace(m.index, m.index + m[0].length, x.expanded.replace('{match}', m[0]), `kpi-expansions/${x.id}`);
    fired.push(x.id);
  }
  return fired;
}
