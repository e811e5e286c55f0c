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
  const spec = specs()[part];
  return spec.noun ? spec.text.replace('{noun}', ctx.noun ??= measureNoun(ctx.measure)) : spec.text;
}

let nouns: { re: RegExp; noun: string }[] | undefined;
export function measureNoun(measure: string): string {
  nouns ??= rewriteRules().placeholders.nouns.map((n) => ({ re: new RegExp(n.match, 'i'), noun: n.noun }));
  return nouns.find((n) => n.re.test(measure))?.noun ?? 'figure';
}

type Field = 'kpi' | 'before' | 'examples' | 'moved';
/** A question template cut at its {fields}: text, field, text, ... (even indexes are text). */
interface Template { pieces: string[]; needs: string[] }
interface Spec { text: string; noun: boolean; questions: Template[] }
let compiledSpecs: Record<Ask, Spec> | undefined;
// Each part's placeholder and question templates, read once: which {fields} a template needs is known at load.
function specs(): Record<Ask, Spec> {
  if (compiledSpecs) return compiledSpecs;
  const parts = rewriteRules().placeholders.parts;
  const out = {} as Record<Ask, Spec>;
  for (const part of ASKS) {
    const p = parts[part];
    out[part] = {
      text: p.text,
      noun: p.text.includes('{noun}'),
      questions: p.questions.map((template) => {
        const pieces = template.split(/\{(\w+)\}/);
        return { pieces, needs: pieces.filter((_, i) => i % 2 === 1) };
      }),
    };
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
  const fields = ctx.fields ??= fieldsOf(ctx);
  const templates = specs()[part].questions;
  // The first template whose fields the context fills, else the last (it needs none).
  let chosen = templates[templates.length - 1];
  for (const t of templates) if (fillsAll(t.needs, fields)) { chosen = t; break; }
  let question = '';
  if (chosen) {
    const pieces = chosen.pieces;
    for (let i = 0; i < pieces.length; i++) question += i % 2 === 0 ? pieces[i] : fields[pieces[i]!] ?? '';
  }
  return { part, placeholder: placeholderText(part, ctx), question };
}

function fillsAll(needs: readonly string[], fields: Record<string, string | undefined>): boolean {
  for (const f of needs) if (!fields[f]) return false;
  return true;
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
