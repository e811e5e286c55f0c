// Placeholders for the parts a bullet is missing, the question each one asks, and how an answer is fitted in.
import { z } from 'zod';
import { baseOf, gerundFromPast, isKnownVerb, isPastForm } from './verbs.ts';
import { rewriteRules, ASKS, PARTS, type Ask, type Part } from './rules.ts';

/** Answers keyed by part; on the CLI `--answer baseline="18%"` (aliases: how, period, magnitude...). */
export const AnswersSchema = z.object({
  metric: z.string().optional(),
  baseline: z.string().optional(),
  intervention: z.string().optional(),
  timeframe: z.string().optional(),
  result: z.string().optional(),
  response: z.string().optional(),
}).strict();
export type Answers = z.infer<typeof AnswersSchema>;

export const ANSWER_KEYS: Record<string, Ask> = {
  metric: 'metric', magnitude: 'metric', 'how-much': 'metric', 'by-how-much': 'metric', amount: 'metric',
  baseline: 'baseline', before: 'baseline',
  intervention: 'intervention', how: 'intervention',
  timeframe: 'timeframe', period: 'timeframe', when: 'timeframe',
  result: 'result', outcome: 'result',
  response: 'response', 'about-it': 'response',
};
export function answerPart(key: string): Ask | undefined {
  return ANSWER_KEYS[key.trim().toLowerCase()];
}

export interface PlaceholderContext {
  /** The KPI as the user wrote it, if any. */
  kpi?: string;
  /** What the user did, as a phrase that can follow "before" ("piloting SMS reminders"). */
  did?: string;
  /** Text used to pick the measure's noun: KPI label and text, and the metric. */
  measure: string;
  domain: string | null;
  /** How a KPI that moved the wrong way moved ("denials went up"). */
  moved?: string;
  /** The measure's noun and the templates' fields, worked out on first use and kept for the bullet's other
   *  placeholders and questions (leave them undefined when building a context). */
  noun?: string;
  fields?: Record<string, string | undefined>;
}

export interface Question { part: Ask; placeholder: string; question: string; }

export function placeholderText(part: Ask, ctx: PlaceholderContext): string {
  const spec = specs().get(part)!;
  if (!spec.noun) return spec.text;
  const noun = ctx.noun ??= measureNoun(ctx.measure);
  // The text around its first {noun}, joined to the noun ("$" in a noun would be a replacement pattern to replace()).
  return noun.includes('$') ? spec.text.replace('{noun}', noun) : spec.beforeNoun + noun + spec.afterNoun;
}

interface Nouns { list: { re: RegExp; noun: string; mark: string }[]; all?: RegExp }
let nouns: Nouns | undefined;
/** The noun of the first rule (in the file's order) whose pattern occurs in the measure; "figure" when none does. */
export function measureNoun(measure: string): string {
  nouns ??= compileNouns();
  const { all, list } = nouns;
  if (all) {
    // One pass: the first alternative whose look-ahead finds its pattern sets its (empty) marker group.
    all.lastIndex = 0;
    const m = all.exec(measure);
    if (!m) return 'figure';
    for (const n of list) if (m.groups![n.mark] !== undefined) return n.noun;
  }
  return list.find((n) => n.re.test(measure))?.noun ?? 'figure';
}

// The rules' patterns as one: at the start, alternative k looks ahead for pattern k anywhere and marks itself, so the
// alternatives are tried in order as the list is. A pattern that refers back to a group keeps the one-by-one search.
function compileNouns(): Nouns {
  const list = rewriteRules().placeholders.nouns.map((n, k) => ({ re: new RegExp(n.match, 'i'), noun: n.noun, mark: `noun${k}` }));
  if (list.some((n) => /\\(?:[1-9]|k<)/.test(n.re.source))) return { list };
  try {
    return { list, all: new RegExp(list.map((n) => `(?=[\\s\\S]*?(?:${n.re.source})(?<${n.mark}>))`).join('|'), 'iy') };
  } catch {
    return { list }; // (group names repeated across patterns)
  }
}

type Field = 'kpi' | 'before' | 'examples' | 'moved';
/** A question template cut at its {fields}: text, field, text, ... (even indexes are text). */
interface Template { pieces: string[]; needs: string[] }
interface Spec { text: string; noun: boolean; beforeNoun: string; afterNoun: string; questions: Template[] }
let compiledSpecs: Map<Ask, Spec> | undefined;
// Each part's placeholder and question templates, read once: which {fields} a template needs is known at load.
function specs(): Map<Ask, Spec> {
  if (compiledSpecs) return compiledSpecs;
  const parts = rewriteRules().placeholders.parts;
  const out = new Map<Ask, Spec>();
  for (const part of ASKS) {
    const p = parts[part];
    const at = p.text.indexOf('{noun}');
    out.set(part, {
      text: p.text,
      noun: at >= 0,
      beforeNoun: at >= 0 ? p.text.slice(0, at) : p.text,
      afterNoun: at >= 0 ? p.text.slice(at + '{noun}'.length) : '',
      questions: p.questions.map((template) => {
        const pieces = template.split(/\{(\w+)\}/);
        return { pieces, needs: pieces.filter((_, i) => i % 2 === 1) };
      }),
    });
  }
  return (compiledSpecs = out);
}

// What a context gives the templates.
function fieldsOf(ctx: PlaceholderContext): Record<string, string | undefined> {
  return {
    kpi: ctx.kpi,
    before: ctx.did ? `before ${ctx.did}` : undefined,
    examples: ctx.domain ? rewriteRules().placeholders.examples[ctx.domain] : undefined,
    moved: ctx.moved,
  } satisfies Record<Field, string | undefined>;
}

export function questionFor(part: Ask, ctx: PlaceholderContext): Question {
  const question = questionText(part, ctx);
  return { part, placeholder: placeholderText(part, ctx), question };
}

/** The question for a part alone: what a question asked beside the text needs (its placeholder is never shown). */
export function questionText(part: Ask, ctx: PlaceholderContext): string {
  const fields = ctx.fields ??= fieldsOf(ctx);
  const templates = specs().get(part)!.questions;
  // The first template whose fields the context fills, else the last (it needs none).
  let chosen = templates[templates.length - 1];
  for (const t of templates) if (fillsAll(t.needs, fields)) { chosen = t; break; }
  let question = '';
  if (chosen) {
    const pieces = chosen.pieces;
    for (let i = 0; i < pieces.length; i++) question += i % 2 === 0 ? pieces[i] : fieldValue(fields, pieces[i]!) ?? '';
  }
  return question;
}

function fillsAll(needs: readonly string[], fields: Record<string, string | undefined>): boolean {
  for (const f of needs) if (!fieldValue(fields, f)) return false;
  return true;
}

/** A template field's value, read by name (one property per field, not a lookup by a varying key). */
function fieldValue(fields: Record<string, string | undefined>, name: string): string | undefined {
  switch (name) {
    case 'kpi': return fields.kpi;
    case 'before': return fields.before;
    case 'examples': return fields.examples;
    case 'moved': return fields.moved;
    default: return fields[name];
  }
}

/** Strips what would break the sentence or forge a placeholder: brackets, control characters, outer quotes, end stops. */
export function cleanAnswer(raw: string): string {
  return raw
    .replace(/[\u0000-\u001f\u007f\u200b-\u200f\u2028\u2029\ufeff]/g, ' ')
    .replace(/[\[\]]/g, '')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^["'“”‘’]+|["'“”‘’]+$/g, '')
    .replace(/[\s.;,:]+$/, '')
    .slice(0, 200)
    .trim();
}

const TIME_LEAD = /^(in|over|within|during|across|for|since|from|between|by|after|sustained|each|every|per|this|last|FY|Q[1-4]|H[12]|\d{4}\b|year|month|quarter)/i;

/** The words that go into the sentence for an answer, with the joining word the slot needs. */
export function fitAnswer(part: Ask, raw: string): string | undefined {
  let a = cleanAnswer(raw);
  if (!a) return undefined;
  switch (part) {
    case 'metric':
      return a.replace(/^by\s+/i, '');
    case 'baseline':
      return a.replace(/^(?:from\s+)?(?:a\s+)?(?:baseline\s+(?:of\s+)?)?/i, '') || undefined;
    case 'timeframe':
      return TIME_LEAD.test(a) ? a : `over ${a}`;
    case 'intervention': {
      const lead = /^(by|through|via|with|using|after)\s+/i.exec(a);
      if (lead && lead[1]?.toLowerCase() !== 'by') return a.charAt(0).toLowerCase() + a.slice(1);
      a = a.replace(/^by\s+/i, '');
      const first = /^[A-Za-z-]+/.exec(a)?.[0] ?? '';
      const gerund = isPastForm(first) ? gerundFromPast(first) : undefined;
      if (gerund) a = gerund + a.slice(first.length);
      else if (/^[A-Z][a-z]/.test(a) && !/^[A-Z][a-z]+[A-Z]/.test(a)) a = a.charAt(0).toLowerCase() + a.slice(1);
      return `by ${a}`;
    }
    case 'result': {
      const first = /^[A-Za-z-]+/.exec(a)?.[0] ?? '';
      const base = baseOf(first);
      const startsWithVerb = !!base && (isKnownVerb(base) || isPastForm(first));
      return startsWithVerb ? a.charAt(0).toUpperCase() + a.slice(1) : `Improved ${a}`;
    }
    case 'response': {
      // What the writer did about a KPI that went the wrong way, joined after a semicolon in their own words.
      a = a.replace(/^(?:and|but|so|then)\s+/i, '').replace(/^(?:I|we)\s+(?=[a-z])/, '');
      return /^[A-Z][a-z]/.test(a) && !/^[A-Z][a-z]+[A-Z]/.test(a) ? a.charAt(0).toLowerCase() + a.slice(1) : a;
    }
  }
}

export function isPart(s: string): s is Part {
  return (PARTS as readonly string[]).includes(s);
}

export function isAsk(s: string): s is Ask {
  return (ASKS as readonly string[]).includes(s);
}
