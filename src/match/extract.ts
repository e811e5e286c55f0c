// A posting -> its requirements. Lines are read in order: a heading sets how much its section asks for, header
// fields are skipped, and each clause is searched once for every dictionary term, KPI and year count. A cue in the
// clause ("required", "preferred") overrides the section; the nearest cue to a term wins.
import { normalizeForMatch } from '../nlp/normalize.ts';
import { getMatchRules, type MatchRules } from './rules.ts';
import { IMPORTANCE, type Importance, type RequirementKind } from './schema.ts';
import { findTerms, longestHits, segmentOf, type TermHit } from './terms.ts';

export interface Mention {
  start: number;
  end: number;
  /** The posting's words, cut from the original text. */
  text: string;
  form: 'abbreviation' | 'term' | 'years';
  importance: Importance;
}

export interface Requirement {
  /** `kind:id`, e.g. "credential:cphq", "kpi:denials", "experience:5-years". */
  id: string;
  label: string;
  kind: RequirementKind;
  importance: Importance;
  /** The distinct ways the posting writes it. */
  terms: string[];
  mentions: Mention[];
  /** Experience only: the floor the posting asks for. */
  years?: number;
}

const RANK: Record<Importance, number> = { required: 0, preferred: 1, mentioned: 2 };
export const KIND_ORDER: readonly RequirementKind[] = ['credential', 'degree', 'experience', 'system', 'kpi', 'skill'];

interface Clause { start: number; end: number; importance: Importance }

/** Lines with their offsets. */
function lines(text: string): { start: number; text: string }[] {
  const out: { start: number; text: string }[] = [];
  const re = /[^\r\n\u2028\u2029]*(?:\r\n|[\r\n\u2028\u2029]|$)/g;
  for (let m = re.exec(text); m && m[0].length; m = re.exec(text)) {
    out.push({ start: m.index, text: m[0].replace(/[\r\n\u2028\u2029]+$/, '') });
  }
  return out;
}

/** Clause boundaries inside a line: bullets, pipes, semicolons, sentence ends, and a dash set off by spaces. */
const CLAUSE_BREAK = /[•·▪●|;]|(?<=[a-z0-9)%'"][.!?])\s+(?=\S)|\s[-–—]\s(?=[A-Z0-9])|[ \t]{3,}|\s\d{1,2}\.\s(?=[A-Z])/g;

function clausesOf(line: string, offset: number, importance: Importance, rules: MatchRules, out: Clause[]): void {
  let from = 0;
  const push = (to: number) => {
    if (to > from && line.slice(from, to).trim()) out.push({ start: offset + from, end: offset + to, importance });
  };
  CLAUSE_BREAK.lastIndex = 0;
  for (let m = CLAUSE_BREAK.exec(line); m; m = CLAUSE_BREAK.exec(line)) {
    push(m.index);
    from = m.index + m[0].length;
  }
  push(line.length);
  void rules;
}

/** A short line ending in a colon that carries a cue ("The following are required:") leads its own list. */
function cueHeading(line: string, rules: MatchRules): Importance | null {
  if (!/:\s*$/.test(line) || line.split(/\s+/).length > 8) return null;
  for (const c of rules.cues) {
    c.re.lastIndex = 0;
    if (c.re.test(line)) return c.importance;
  }
  return null;
}

/** A line that carries on the one above (a hard-wrapped paste): it starts in lower case after a line with no colon. */
const continues = (previous: string, line: string) => /^[a-z(]/.test(line.trimStart()) && !/:\s*$/.test(previous);

/** Splits the posting into clauses, each with the importance its section gives it; skipped lines give none. */
export function postingClauses(text: string, rules: MatchRules = getMatchRules()): Clause[] {
  const out: Clause[] = [];
  let section: Importance | 'ignore' = 'mentioned';
  let skipValue = false;
  // Wrapped lines are read as one, so a phrase broken over two lines is still found.
  const joined: { start: number; text: string }[] = [];
  for (const line of lines(text)) {
    const last = joined[joined.length - 1];
    if (last && line.text.trim() && last.text.trim() && continues(last.text, line.text)) {
      last.text = text.slice(last.start, line.start + line.text.length);
    } else joined.push({ ...line });
  }
  for (const line of joined) {
    const trimmed = line.text.trim();
    if (!trimmed) continue;
    if (skipValue) {
      skipValue = false;
      if (trimmed.split(/\s+/).length <= 6) continue;
    }
    const standalone = rules.sections.find((s) => s.standalone.test(trimmed));
    if (standalone) {
      section = standalone.importance;
      continue;
    }
    const byCue = cueHeading(trimmed, rules);
    if (byCue) {
      section = byCue;
      continue;
    }
    if (rules.metadata.test(trimmed)) {
      // "Schedule: Full Time" is skipped; a bare "Department" takes its value from the next line.
      skipValue = !/:\s*\S/.test(trimmed);
      continue;
    }
    let from = 0;
    const inline = rules.sections.find((s) => s.inline.test(trimmed));
    if (inline) {
      section = inline.importance;
      const m = inline.inline.exec(trimmed)!;
      from = line.text.indexOf(trimmed) + m[0].length;
    }
    if (section === 'ignore') continue;
    clausesOf(line.text.slice(from), line.start + from, section, rules, out);
  }
  return out;
}

interface Cue { start: number; end: number; importance: 'required' | 'preferred'; reach: number }

/** The nearest cue in the clause decides; none leaves the section's importance. */
function importanceAt(cues: readonly Cue[], clause: Clause, start: number, end: number): Importance {
  let best: { distance: number; importance: Importance } | null = null;
  for (const c of cues) {
    if (c.start < clause.start || c.end > clause.end) continue;
    const distance = c.end <= start ? start - c.end : c.start >= end ? c.start - end : 0;
    if (distance > c.reach) continue;
    if (!best || distance < best.distance) best = { distance, importance: c.importance };
  }
  return best?.importance ?? clause.importance;
}

/** Every match of a global regex in the text. */
function matchesOf(re: RegExp, text: string): RegExpExecArray[] {
  re.lastIndex = 0;
  const out: RegExpExecArray[] = [];
  for (let m = re.exec(text); m; m = re.exec(text)) {
    if (m[0].length === 0) re.lastIndex++;
    else out.push(m);
  }
  return out;
}

function yearsLabel(min: number, max: number | null, settings: string[]): string {
  const span = max && max > min ? `${min}–${max} years` : `${min}+ years`;
  return settings.length ? `${span} of experience: ${settings.join(', ')}` : `${span} of experience`;
}

export function extractRequirements(posting: string, rules: MatchRules = getMatchRules()): Requirement[] {
  const norm = normalizeForMatch(posting);
  const order = new Map(rules.entries.map((e, i) => [e.key, i]));
  const found = new Map<string, Requirement>();
  const note = (key: string, make: () => Omit<Requirement, 'importance' | 'terms' | 'mentions'>, mention: Mention) => {
    let r = found.get(key);
    if (!r) {
      r = { ...make(), importance: mention.importance, terms: [], mentions: [] };
      found.set(key, r);
    }
    r.mentions.push(mention);
    if (RANK[mention.importance] < RANK[r.importance]) r.importance = mention.importance;
    const t = mention.text.replace(/\s+/g, ' ').trim();
    if (!r.terms.some((x) => x.toLowerCase() === t.toLowerCase())) r.terms.push(t);
  };

  // Each list is searched once over the whole posting; a hit counts inside the clause it falls in (none: a skipped line).
  const clauses = postingClauses(posting, rules);
  const starts = clauses.map((c) => c.start);
  const inClause = (start: number, end: number): Clause | null => {
    if (!clauses.length) return null;
    const c = clauses[segmentOf(starts, start)]!;
    return start >= c.start && end <= c.end ? c : null;
  };
  const cues: Cue[] = rules.cues.flatMap((c) => matchesOf(c.re, norm).map((m) => ({ start: m.index, end: m.index + m[0].length, importance: c.importance, reach: c.reach })));
  const byClause = new Map<Clause, TermHit[]>();
  for (const h of findTerms(norm, rules.entries)) {
    const c = inClause(h.start, h.end);
    if (c) byClause.set(c, [...(byClause.get(c) ?? []), h]);
  }
  for (const [clause, hits] of byClause) {
    for (const h of longestHits(hits, order)) {
      const entry = rules.byKey.get(h.key)!;
      note(entry.key, () => ({ id: entry.key, label: entry.label, kind: entry.kind }),
        { start: h.start, end: h.end, text: posting.slice(h.start, h.end), form: h.form, importance: importanceAt(cues, clause, h.start, h.end) });
    }
  }
  for (const re of rules.experience.patterns) {
    for (const m of matchesOf(re, norm)) {
      const start = m.index;
      const end = start + m[0].length;
      const clause = inClause(start, end);
      if (!clause) continue;
      const word = m.groups!.n!.toLowerCase();
      const min = /^\d+$/.test(word) ? Number(word) : rules.experience.numberWords[word] ?? 0;
      if (min < 1 || min > 30) continue;
      const key = `experience:${min}-years`;
      if (found.get(key)?.mentions.some((x) => x.start < end && start < x.end)) continue;
      const max = /(?:-|–|—|to)\s*(\d{1,2})\s*\+?\s*(?:full[- ]time\s+)?years?/i.exec(m[0]);
      const text = norm.slice(clause.start, clause.end);
      const settings = rules.experience.settings.filter((s) => s.re.test(text)).map((s) => s.id);
      note(key, () => ({ id: key, label: yearsLabel(min, max ? Number(max[1]) : null, settings), kind: 'experience', years: min }),
        { start, end, text: posting.slice(start, end), form: 'years', importance: importanceAt(cues, clause, start, end) });
    }
  }
  return [...found.values()].sort((a, b) => RANK[a.importance] - RANK[b.importance]
    || KIND_ORDER.indexOf(a.kind) - KIND_ORDER.indexOf(b.kind) || a.mentions[0]!.start - b.mentions[0]!.start);
}

export { IMPORTANCE };
