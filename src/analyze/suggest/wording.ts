// Wording fixes that keep every fact: weak openings, passive voice, subject-first results, "after we X" -> "by Xing",
// "to Y from X" -> "from X to Y", a leading intervention moved behind the result, filler, KPI expansions, one
// sentence. Each is an edit at offsets of the writer's text (see ./edits.ts); the clause model says where a clause
// and its verb are, and every verb form comes from the lexicon. None of them adds or removes a number.
import type { Clause, KpiMention, ParsedBullet } from '../pipeline/types.ts';
import type { Edit, Edits } from './edits.ts';
import { rewriteRules, type PhraseRuleData, type RewriteRules } from './rules.ts';
import { baseOf, gerundAsWritten, gerundFromPast, inflect, isKnownVerb, isPastForm, lemmaOfTagged, tenseOf, formsWithRole, rolesOf, type Tense } from './verbs.ts';
import { escapeRegex } from '../../rules/regex.ts';

interface Compiled { rule: PhraseRuleData; re: RegExp; }
interface CompiledAll {
  openings: Compiled[];
  /** Matches where any opening rule matches (none: no rule is tried); with `openingMarks`, its group o<k> says that
   *  rule k is the first to match. */
  anyOpening: RegExp;
  openingMarks: string[] | undefined;
  filler: Compiled[];
  anyFiller: RegExp;
  expansions: { id: string; re: RegExp; expanded: string; spelled: string }[];
  passive: RegExp;
  changeVerbs: { cv: RewriteRules['structure']['changeVerbs'][number]; re: RegExp }[];
  /** First words of the auxiliaries and of the change verbs' forms, lower-case (undefined: some are not plain words). */
  passiveWords?: Set<string>;
  changeWords?: Set<string>;
  afterToBy: RegExp;
  properNouns: string[];
  leadPrepositions: Set<string>;
}
let compiled: CompiledAll | undefined;
// Change-verb forms that are nouns first in a KPI's subject ("patient falls", "a rise in"), never turned around.
const NOUNS_FIRST = new Set(['falls', 'rises', 'cuts', 'drops', 'gains', 'climbs', 'jumps', 'lifts', 'doubles']);

const words = (list: string[]) => list.map(escapeRegex).join('|');

// Every pattern is compiled once, at first use: suggestions run inside each analysis and must stay cheap.
function compile(): CompiledAll {
  if (compiled) return compiled;
  const r = rewriteRules();
  const st = r.structure;
  const changeForms = st.changeVerbs.map((cv) => formsWithRole(cv.role, ['past']).concat(formsWithRole(cv.role, ['present'])).filter((w) => !NOUNS_FIRST.has(w)));
  compiled = {
    properNouns: st.properNouns,
    passive: new RegExp(`^(?<subject>[^,;:]{1,80}?) (?<aux>${words(st.passive.auxiliaries)}) (?:(?:also|then|successfully) )?(?<pp>[a-z]+)\\b(?<agent> by (?:me|us|myself|our team|my team|the team|our staff))?`, 'i'),
    // Past and present forms only: "falls", "rise" and the like are nouns far more often in a bullet's subject.
    changeVerbs: st.changeVerbs.map((cv, i) => ({ cv, re: new RegExp(`(?<= )(?:${words(changeForms[i]!)})(?= )`, 'gi') })),
    passiveWords: firstWords(st.passive.auxiliaries),
    changeWords: firstWords(changeForms.flat()),
    afterToBy: new RegExp(`\\bafter (?:(?<who>${words(st.afterToBy.subjects)}) )?(?<verb>[a-z-]+)\\b`, 'gi'),
    leadPrepositions: new Set(st.leadingIntervention.prepositions.map((p) => p.toLowerCase())),
    openings: r.openings.rules.map((rule) => ({ rule, re: new RegExp(`^(?:${rule.pattern})`, 'i') })),
    ...firstOf(r.openings.rules.map((rule) => rule.pattern)),
    filler: r.filler.rules.map((rule) => ({ rule, re: new RegExp(rule.pattern, 'gi') })),
    anyFiller: anyOf(r.filler.rules.map((rule) => rule.pattern), '', 'i'),
    expansions: r['kpi-expansions'].rules.map((x) => ({
      id: x.id, expanded: x.expanded, spelled: x.spelled.toLowerCase(),
      re: new RegExp(`(?<![\\w/-])(?:${x.pattern})(?![\\w/-])`),
    })),
  };
  return compiled;
}

/** The lower-case first words of plain-word phrases ("has been" -> "has"); undefined when a phrase is not letters,
 *  hyphens, apostrophes and spaces (then no quick test stands in for its pattern). */
function firstWords(phrases: readonly string[]): Set<string> | undefined {
  const out = new Set<string>();
  for (const p of phrases) {
    if (!/^[A-Za-z][A-Za-z' -]*$/.test(p)) return undefined;
    out.add(p.split(' ')[0]!.toLowerCase());
  }
  return out;
}

/**
 * Whether a word of `words` (lower-case) follows a space in text, the space at or after `firstSpace` and the word
 * starting no later than `lastStart`: a pattern that needs one of those words between spaces there cannot match
 * without it (a letter matches its other case only in ASCII, so lower-casing the word loses no match).
 */
function spacedWordIn(text: string, firstSpace: number, lastStart: number, words: ReadonlySet<string>): boolean {
  for (let p = text.indexOf(' ', firstSpace); p >= 0 && p + 1 <= lastStart; p = text.indexOf(' ', p + 1)) {
    let end = text.indexOf(' ', p + 1);
    if (end < 0) end = text.length;
    if (end > p + 1 && words.has(text.slice(p + 1, end).toLowerCase())) return true;
  }
  return false;
}

/**
 * The opening rules as one pattern anchored at the start, each alternative marked by an empty group o<k>: the
 * alternatives are tried in the rules' order, so the marked one is the first rule that matches (the rules before it
 * need not be tried). Patterns that refer back to a group keep the unmarked pattern of anyOf.
 */
function firstOf(patterns: string[]): { anyOpening: RegExp; openingMarks: string[] | undefined } {
  if (patterns.some((p) => /\\(?:[1-9]|k<)/.test(p))) return { anyOpening: anyOf(patterns, '^', 'i'), openingMarks: undefined };
  const marks = patterns.map((_, k) => `o${k}`);
  const alternatives = patterns.map((p, k) => `(?:${p.replace(/\(\?<(?=[A-Za-z])\w+>/g, '(?:')})(?<${marks[k]}>)`);
  return { anyOpening: new RegExp(`^(?:${alternatives.join('|')})`, 'i'), openingMarks: marks };
}

/**
 * One pattern that matches wherever any of `patterns` does: a single scan says whether a rule list can fire at all
 * (most bullets have no weak opening and no filler). Named groups become plain ones (names may repeat across rules);
 * a list whose patterns refer back to a named group gets a pattern that always matches, so every rule is tried.
 */
function anyOf(patterns: string[], anchor: string, flags: string): RegExp {
  if (patterns.some((p) => p.includes('\\k<'))) return /(?:)/;
  return new RegExp(`${anchor}(?:${patterns.map((p) => `(?:${p.replace(/\(\?<(?=[A-Za-z])\w+>/g, '(?:')})`).join('|')})`, flags);
}

/** The first letter after any leading white space upper-cased when it is a to z (/^(\s*)([a-z])/). */
export function capitalise(s: string): string {
  let i = 0;
  while (i < s.length && isWhite(s.charCodeAt(i))) i++;
  const c = s.charCodeAt(i);
  return c >= 97 && c <= 122 ? s.slice(0, i) + String.fromCharCode(c - 32) + s.slice(i + 1) : s;
}

function isLetterCode(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}

/** White space as the regex \s has it. */
function isWhite(c: number): boolean {
  if (c === 32 || (c >= 9 && c <= 13)) return true;
  return c > 127 && /\s/.test(String.fromCharCode(c));
}

/** Lower-cases a sentence-initial capital unless the word is a name or an abbreviation ("Team" -> "team", "Epic" stays). */
export function lowerFirst(s: string): string {
  if (!isCapitalisedWord(s)) return s;
  const names = compile().properNouns;
  if (names.some((n) => s.startsWith(n) && !/[\w]/.test(s.charAt(n.length)))) return s;
  return s.charAt(0).toLowerCase() + s.slice(1);
}

/** Whether s opens with a capital and then only lower-case letters and hyphens up to the end of its first word
 *  (the run of letters, digits, underscores and hyphens): "Team" and "Follow-up" do, "EHR", "Q4" and "team" do not. */
function isCapitalisedWord(s: string): boolean {
  const first = s.charCodeAt(0);
  if (!(first >= 65 && first <= 90)) return false;
  for (let i = 1; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if ((c >= 97 && c <= 122) || c === 45) continue;
    // Any other letter, digit or underscore would still be the first word, and is not lower-case.
    return !((c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 95);
  }
  return true;
}

/** A verb the rewrite put at the head of the bullet: the edit that wrote it, and its lemma (for "by <gerund>"). */
export interface PlacedVerb { edit: Edit; lemma: string; rule: string }

/** Fills a replacement template: {verb} / {gerund} take the user's tense, <manage> is a fixed verb in base form. */
function fillTemplate(template: string, groups: Record<string, string | undefined>, tense: Tense): { text: string; lemma?: string } | undefined {
  const f: Filling = { ok: true, tense };
  const text = template
    .replace(/\{verb\}/g, () => {
      const v = groups.verb?.toLowerCase();
      if (!v || !isKnownVerb(v)) { f.ok = false; return ''; }
      return putVerb(f, v);
    })
    .replace(/\{gerund\}/g, () => {
      const base = groups.gerund ? baseOf(groups.gerund) : undefined;
      if (!base) { f.ok = false; return ''; }
      return putVerb(f, base);
    })
    .replace(/<([a-z-]+)>/g, (_, v: string) => putVerb(f, v));
  return f.ok ? { text, ...(f.lemma ? { lemma: f.lemma } : {}) } : undefined;
}

// (State and helpers at module level rather than closures bound to a name: these run for every bullet.)
interface Filling { ok: boolean; tense: Tense; lemma?: string }
function putVerb(f: Filling, lemma: string): string {
  f.lemma ??= lemma;
  return inflect(lemma, f.tense);
}

export interface OpeningFix {
  /** where the writer's own words now start (past a dropped "I"/"We") */
  from: number;
  /** the strong verb an opening rule put in, when one did */
  verb?: PlacedVerb;
  /** ids of the opening rules that fired */
  rules: string[];
}

/** Swaps a weak opening ("Helped reduce", "Responsible for") for a strong verb; drops a leading "I"/"We". */
export function fixOpening(e: Edits, from = 0): OpeningFix {
  const fix: OpeningFix = { from, rules: [] };
  const c = compile();
  const hit = c.anyOpening.exec(e.source.slice(from));
  if (!hit) return fix;
  let first = 0;
  const marks = c.openingMarks;
  if (marks) {
    const k = marks.findIndex((mark) => hit.groups![mark] !== undefined);
    if (k > 0) first = k;
  }
  for (let k = first; k < c.openings.length; k++) {
    const { rule, re } = c.openings[k]!;
    const m = re.exec(e.source.slice(fix.from));
    if (!m) continue;
    const groups = m.groups ?? {};
    const tense = groups.weak ? tenseOf(groups.weak) : 'past';
    // A gerund opening ("Helping reduce") reads as a fragment; the resume's default past tense replaces it.
    const filled = fillTemplate(rule.replace, groups, tense === 'gerund' ? 'past' : tense);
    if (filled === undefined) continue;
    const edit = e.replace(fix.from, fix.from + m[0].length, capitalise(filled.text), `openings/${rule.id}`);
    if (!edit) continue;
    fix.rules.push(rule.id);
    if (rule.id === 'pronoun') {
      fix.from += m[0].length;
      continue;
    }
    if (filled.lemma) fix.verb = { edit, lemma: filled.lemma, rule: `openings/${rule.id}` };
    return fix;
  }
  return fix;
}

export function removeFiller(e: Edits): void {
  const c = compile();
  if (!c.anyFiller.test(e.source)) return;
  for (const { rule, re } of c.filler) {
    replaceAll(e, re, (m) => fillTemplate(rule.replace, m.groups ?? {}, 'past')?.text, `filler/${rule.id}`);
  }
}

/** Replaces every match in the original; `make` may decline a match with undefined. */
export function replaceAll(e: Edits, re: RegExp, make: (m: RegExpExecArray) => string | undefined, rule: string): boolean {
  let changed = false;
  const global = re.flags.includes('g') ? re : new RegExp(re.source, re.flags + 'g');
  global.lastIndex = 0;
  for (let m = global.exec(e.source); m; m = global.exec(e.source)) {
    if (m[0].length === 0) { global.lastIndex++; continue; }
    const text = make(m);
    if (text !== undefined && e.replace(m.index, m.index + m[0].length, text, rule)) changed = true;
  }
  global.lastIndex = 0;
  return changed;
}

/** "Team members were trained on HIPAA" -> "Trained team members on HIPAA". */
export function activate(e: Edits, from: number): PlacedVerb | undefined {
  const c = compile();
  // The subject is 1 to 80 characters, then a space and the auxiliary.
  if (c.passiveWords && !spacedWordIn(e.source, from + 1, from + 81, c.passiveWords)) return undefined;
  const m = c.passive.exec(e.source.slice(from));
  if (!m?.groups) return undefined;
  const { subject = '', aux = '', pp = '' } = m.groups;
  if (subject.split(/\s+/).some((w) => isPastForm(w) || /^(by|through|via|after|and)$/i.test(w))) return undefined;
  if (!isPastForm(pp)) return undefined;
  const base = baseOf(pp);
  if (!base) return undefined;
  const tense: Tense = /^(is|are)$/i.test(aux) ? 'present' : 'past';
  const edit = e.replace(from, from + m[0].length, `${capitalise(inflect(base, tense))} ${lowerFirst(subject)}`, 'structure/passive');
  return edit ? { edit, lemma: base, rule: 'structure/passive' } : undefined;
}

/** "Sepsis bundle compliance rose from 62% to 88%" -> "Raised sepsis bundle compliance from 62% to 88%". */
export function invertChange(e: Edits, from: number, kpis: readonly KpiMention[]): PlacedVerb | undefined {
  const text = e.source;
  const c = compile();
  // Only a change verb starting within 81 characters of `from`, after a space, is turned around.
  if (c.changeWords && !spacedWordIn(text, Math.max(from - 1, 0), from + 81, c.changeWords)) return undefined;
  for (const { cv, re } of c.changeVerbs) {
    re.lastIndex = from;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      const at = m.index;
      if (at - from > 81) break;
      // "falls" inside "patient falls with injury" is the KPI, not its change.
      if (kpis.some((k) => k.start <= at && at < k.end)) continue;
      const subject = text.slice(from, at - 1);
      if (subject.length < 2 || /[,;:]/.test(subject)) break;
      if (subject.split(/\s+/).some((w) => isPastForm(w) || /^(by|through|via|after|and|we|I)$/i.test(w))) break;
      const after = text.slice(at + m[0].length);
      const inSubject = kpis.filter((k) => k.start >= from && k.start < at - 1);
      // Without a KPI in the subject, only a change carrying a number is turned around ("fell 25%").
      if (inSubject.length === 0 && !/^\s+(?:by |from |to )?[-+–−]?\$?\d/.test(after)) break;
      const kpi = inSubject[0];
      const direction = cv.role === 'better' ? null : cv.role;
      if (kpi && direction && kpi.desired && kpi.desired !== direction) return undefined; // a wrong-way move is framed, never spun
      const change = m[0];
      const tense = tenseOf(change.split(' ')[0]);
      const verb = capitalise(inflect(cv.verb, tense === 'gerund' ? 'past' : tense));
      const edit = e.replace(from, at + change.length, `${verb} ${lowerFirst(subject)}`, `structure/change-${cv.id}`);
      return edit ? { edit, lemma: cv.verb, rule: `structure/change-${cv.id}` } : undefined;
    }
  }
  return undefined;
}

/** "after we deployed an alert and trained staff" -> "by deploying an alert and training staff". */
export function afterToBy(e: Edits, parsed: ParsedBullet): boolean {
  // The pattern opens with "after " in any case: without it there is nothing to convert.
  if (!containsWord(e.source, 'after ')) return false;
  const at: number[] = [];
  const changed = replaceAll(e, compile().afterToBy, (m) => {
    const verb = m.groups?.verb ?? '';
    let gerund: string | undefined;
    if (m.groups?.who) gerund = gerundFromPast(verb);
    else if (/ing$/i.test(verb) && baseOf(verb)) gerund = verb.toLowerCase();
    if (!gerund) return undefined;
    at.push(m.index);
    return `by ${gerund}`;
  }, 'structure/after-to-by');
  for (const start of at) {
    const k = parsed.clauses.findIndex((c) => c.start <= start && start < c.end);
    if (k >= 0) gerundiseCoordinated(e, parsed, k);
  }
  return changed;
}

/**
 * The verbs coordinated with clause k's verb become gerunds too, so a by-phrase stays parallel: "and oversaw" /
 * "and monitors" -> "and overseeing" / "and monitoring". Coordinated verbs are the clauses the clause model opened at
 * "and" + verb after clause k (up to a purpose, a means or the next sentence), and a verb joined to the head inside
 * the clause ("Maintain and develop growth").
 */
export function gerundiseCoordinated(e: Edits, parsed: ParsedBullet, k: number, acrossSentences = false, after?: number): void {
  const clauses = parsed.clauses;
  const first = clauses[k]?.head;
  if (clauses[k]) gerundiseJoined(e, parsed, clauses[k]!, after ?? clauses[k]!.head?.end);
  let pastPurpose = false;
  for (let j = k + 1; j < clauses.length; j++) {
    const c = clauses[j]!;
    if (c.link === 'purpose') { pastPurpose = true; continue; }
    if (c.link !== 'and-verb' && c.link !== 'comma' && !(acrossSentences && c.link === 'punct')) break;
    const h = c.head;
    // A verb opening its clause, with an object after it: "and monitors schedules", ", coordinates referrals" —
    // not "and transfers." (a noun at the end), not ", Staff RN" (a title), nor a phrase that opens with no verb.
    const at = parsed.tokens[c.link === 'and-verb' ? c.from + 1 : c.from];
    if (!h || !at || h.start !== at.start || h.form === 'gerund' || h.end >= trimEnd(parsed.text, c.end, h.end)) continue;
    if (c.link !== 'punct' && at.start > 0 && isCapital(h.text.charCodeAt(0)) && (h.form === 'base' || h.form === 'third')) continue;
    // Past a purpose clause ("to admit, discharge, and transfer"), only a verb in the list's own form goes on with it.
    if ((h.form === 'base' || h.form === 'third') && !takesObject(at, parsed.tokens[at.i + 1])) continue;
    if (pastPurpose && first && tenseClass(h.form) !== tenseClass(first.form)) continue;
    if (c.link === 'punct' && c.role !== 'action') break;
    const lemma = h.roles.length ? h.lemma : lemmaOfTagged(h.text, h.form === 'past' || h.form === 'participle' ? 'past' : h.form === 'third' ? 'third' : 'base');
    e.replace(h.start, h.end, gerundAsWritten(h.text, lemma), 'structure/parallel-by');
    gerundiseJoined(e, parsed, c, c.head?.end);
  }
}

/** "Maintain and develop growth", "Collected, analyzed and reported data": verbs listed with the head inside its
 *  clause, after a comma or "and", become gerunds. A base or -s form counts only with an object after it ("and
 *  transfers." and "and staff of 6" are nouns) and never past a purpose clause's "to" + verb ("to admit, discharge,
 *  and transfer"). */
function gerundiseJoined(e: Edits, parsed: ParsedBullet, c: Clause, from: number | undefined): void {
  if (from === undefined) return;
  const tokens = parsed.tokens;
  const last = Math.min(c.to, tokens.length - 1);
  let first = c.from;
  while (first <= last && tokens[first]!.start < from) first++;
  for (let i = first; i <= last; i++) {
    const t = tokens[i]!;
    const prev = i > first ? tokens[i - 1] : tokens.find((x) => x.end === from);
    if (!prev) continue;
    if (prev.lower === 'to' && (t.verb?.form === 'base' || t.tags.has('Infinitive'))) break;
    const listed = isListWord(prev.lower) || prev.post.includes(',');
    if (!listed || (t.end < parsed.text.length && isWordChar(parsed.text.charCodeAt(t.end)))) continue;
    const next = i < last ? tokens[i + 1] : undefined;
    const form = t.verb?.form ?? (t.tags.has('PastTense') ? 'past' : 'third');
    if ((form === 'base' || form === 'third') && !takesObject(t, next)) continue;
    // (The lemma last: for a verb the lexicon does not list it is compromise's guess, the dearest check here.)
    const lemma = verbLemma(t);
    if (!lemma) continue;
    e.replace(t.start, t.end, gerundAsWritten(t.text, lemma), 'structure/parallel-by');
  }
}

// (Read by comparison and character code rather than a regex: these run for every token of a list.)
/** "and", "or", "and/or". */
function isListWord(w: string): boolean {
  return w === 'and' || w === 'or' || w === 'and/or';
}

/** A character that carries a word on: a letter, digit or underscore (\w), an apostrophe or a hyphen. */
function isWordChar(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 95 || c === 39 || c === 0x2019 || c === 45;
}

/** A base or -s form is a verb here only with an object after it: not "and transfers.", "staff of 6", "Staff RN",
 *  "repeat testing". */
function takesObject(t: ParsedBullet['tokens'][number], next: ParsedBullet['tokens'][number] | undefined): boolean {
  return !!next && !endsPhrase(t.post) && !NOT_OBJECTS.has(next.lower) && !isCapital(next.text.charCodeAt(0)) && !next.lower.endsWith('ing');
}

const NOT_OBJECTS = new Set(['of', 'for', 'in', 'on', 'at', 'to', 'with']);

/** Punctuation after a word that ends its phrase: , . ; : or ")". */
function endsPhrase(post: string): boolean {
  for (let i = 0; i < post.length; i++) {
    const c = post.charCodeAt(i);
    if (c === 44 || c === 46 || c === 59 || c === 58 || c === 41) return true;
  }
  return false;
}

function isCapital(c: number): boolean {
  return c >= 65 && c <= 90;
}

const tenseClass = (f: string) => (f === 'participle' ? 'past' : f);

/** The lemma of a token used as a verb in a list: the lexicon's, or compromise's for a verb it tagged; else none. */
function verbLemma(t: ParsedBullet['tokens'][number]): string | undefined {
  if (t.verb) return t.verb.form === 'gerund' ? undefined : t.verb.lemma;
  if (t.tags.has('Gerund') || !t.tags.has('Verb') || t.tags.has('Noun')) return undefined;
  if (t.tags.has('PastTense')) return lemmaOfTagged(t.text, 'past');
  if (t.tags.has('PresentTense') && t.lower.endsWith('s')) return lemmaOfTagged(t.text, 'third');
  return undefined;
}

const NUM = String.raw`[-+–−]?\$?\d[\d,.]*(?:\s?(?:%|[kKmMbB]\b|pts?\b|points\b|percent\b|days?\b|minutes?\b|hours?\b|weeks?\b|months?\b))?`;
const TO_FROM = new RegExp(`\\bto (?<y>${NUM}) from (?<x>${NUM})`, 'g');

/** "down to 38 from 52" -> "down from 52 to 38". */
export function toFromOrder(e: Edits): boolean {
  // The pattern holds " from " as written: without it there is nothing to reorder.
  if (!e.source.includes(' from ')) return false;
  return replaceAll(e, TO_FROM, (m) => `from ${m.groups?.x} to ${m.groups?.y}`, 'structure/to-from');
}

export interface Moved {
  /** where the writer's text now starts (the result clause) */
  from: number;
  /** where the means phrase went, after the result's own clause */
  at: number;
}

/** "By standardizing preference cards, lowered cost per case 9%" -> the result first, then "by ...". */
export function moveLeadingIntervention(e: Edits, parsed: ParsedBullet): Moved | undefined {
  const [lead, main] = parsed.clauses;
  if (!lead || !main || lead.link !== 'means' || main.link !== 'comma' || !main.head || main.head.start !== main.start) return undefined;
  const prep = /^[A-Za-z]+/.exec(lead.text)?.[0]?.toLowerCase() ?? '';
  if (!compile().leadPrepositions.has(prep)) return undefined;
  const how = lead.text.slice(prep.length).trim();
  if (how.length < 3) return undefined;
  // The result's own clause runs to the next sentence or semicolon.
  const next = parsed.clauses.find((c) => c.start > main.start && c.link === 'punct');
  const end = trimEnd(e.source, next ? next.start : e.source.length, main.start);
  if (!e.replace(0, main.start, '', 'structure/leading-intervention')) return undefined;
  e.replace(main.start, main.start + 1, e.source.charAt(main.start).toUpperCase());
  e.insert(end, ` ${prep} ${how}`, 'structure/leading-intervention');
  return { from: main.start, at: end };
}

/**
 * Whether `word` (lower-case ASCII letters and spaces) occurs in text[from, to) in any case: a quick test before a
 * case-insensitive pattern that needs it. (An upper-case letter is the lower-case one with the 0x20 bit clear.)
 */
export function containsWord(text: string, word: string, from = 0, to = text.length): boolean {
  const last = to - word.length;
  const first = word.charCodeAt(0);
  for (let i = from; i <= last; i++) {
    if ((text.charCodeAt(i) | 32) !== first) continue;
    let k = 1;
    while (k < word.length && (text.charCodeAt(i + k) | 32) === word.charCodeAt(k)) k++;
    if (k === word.length) return true;
  }
  return false;
}

/** `end` moved back over spaces and the punctuation before it (never before `min`). */
export function trimEnd(text: string, end: number, min = 0): number {
  while (end > min && trims(text.charCodeAt(end - 1))) end--;
  return end;
}

// A space or one of . , ; : (the ASCII ones by code, other white space as the regex \s has it).
function trims(c: number): boolean {
  if (c === 32 || c === 46 || c === 44 || c === 59 || c === 58 || (c >= 9 && c <= 13)) return true;
  return c > 127 && /\s/.test(String.fromCharCode(c));
}

/** First mention of an abbreviation paired with its expansion, "days in accounts receivable (A/R)". */
export function expandAbbreviations(e: Edits): string[] {
  const fired: string[] = [];
  for (const x of compile().expansions) {
    if (e.source.toLowerCase().includes(x.spelled)) continue;
    const m = x.re.exec(e.source);
    if (!m) continue;
    if (e.replace(m.index, m.index + m[0].length, x.expanded.replace('{match}', m[0]), `kpi-expansions/${x.id}`)) fired.push(x.id);
  }
  return fired;
}

const ABBREVIATIONS = /(?:^|\s)(?:vs|e\.g|i\.e|etc|dr|st|inc|no|approx|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec|[a-z])$/i;

/** "Cut X 20%. Saved $1M." -> "Cut X 20%; saved $1M." (a bullet is one sentence). */
export function joinSentences(e: Edits): void {
  // Each sentence end: . ! or ? then white space then a letter (/([.!?])\s+(?=[A-Za-z])/g, read by character code).
  const text = e.source;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c !== 46 && c !== 33 && c !== 63) continue;
    let j = i + 1;
    while (j < text.length && isWhite(text.charCodeAt(j))) j++;
    if (j === i + 1 || !isLetterCode(text.charCodeAt(j))) continue;
    const index = i;
    const at = j;
    i = j - 1;
    if (ABBREVIATIONS.test(text.slice(0, index))) continue;
    const next = text.slice(at);
    if (!e.replace(index, at, '; ', 'tidy/one-sentence')) continue;
    const lowered = lowerFirst(next);
    if (lowered !== next) e.replace(at, at + 1, lowered.charAt(0));
  }
}

/** The clause at an offset of the original. */
export function clauseAt(parsed: ParsedBullet, at: number): Clause | undefined {
  return parsed.clauses.find((c) => c.start <= at && at < c.end) ?? parsed.clauses.find((c) => c.start >= at);
}
