// "Build a story from this bullet": a STAR scaffold prefilled from a bullet's own parts, with visible placeholders
// for what only the user knows. Nothing is invented: every number and phrase comes from the bullet; verbs are only
// put in the past tense so each line reads as a sentence ("by launching a model" -> "I launched a model").
import { nlp } from '../nlp/index.ts';
import type { BulletResult, Span } from '../analyze/types.ts';

export interface Scaffold { text: string; placeholders: string[] }

const clean = (s: string) => s.trim().replace(/^[,;:\s]+|[,;:.\s]+$/g, '');
const joinSpans = (spans: Span[]) => spans.map((s) => clean(s.text)).filter(Boolean).join('; ');
const MEANS = /^(?:by|through|via|with|after|using|thanks to|from)\s+/i;
const CONSEQUENCE = /^(?:resulting in|leading to|which (?:led to|resulted in)|for)\s+/i;

/** "from 18% to 11%" -> "18%"; "down from 4%" -> "4%"; "vs. prior year" -> "prior year". */
export function startingPoint(baseline: Span[]): string | null {
  for (const b of baseline) {
    const from = /\bfrom\s+(\S+(?:\s(?:points?|pts?|days?|minutes?|hours?|percent))?)/i.exec(b.text);
    if (from) return clean(from[1]!);
    const vs = /\b(?:vs\.?|versus|compared (?:to|with))\s+(.+)$/i.exec(b.text);
    if (vs) return clean(vs[1]!);
  }
  return null;
}

/** One verb in the past tense ("launching" -> "launched", "Manage" -> "managed", "cross-training" -> "cross-trained"). */
export function pastTense(verb: string): string {
  const hyphen = verb.lastIndexOf('-');
  if (hyphen > 0) return verb.slice(0, hyphen + 1) + pastTense(verb.slice(hyphen + 1));
  const lower = verb.toLowerCase();
  const conj = nlp(lower).verbs().conjugate()[0] as { PastTense?: string } | undefined;
  return conj?.PastTense && /^[a-z]+$/.test(conj.PastTense) ? conj.PastTense : lower;
}

const isGerund = (word: string) => /ing$/i.test(word) && nlp(`they were ${word.replace(/^.*-/, '').toLowerCase()} it`).terms().eq(2).has('#Gerund');
const isFiniteVerb = (word: string) => nlp(`I ${word.replace(/^.*-/, '').toLowerCase()} it`).terms().eq(1).has('#Verb');

/**
 * A phrase that opens on a verb, as the teller's own past-tense sentence: "piloting SMS reminders and opening same-day
 * slots" -> "piloted SMS reminders and opened same-day slots"; "Reduced LWBS" -> "reduced LWBS". Null when the phrase
 * opens on a noun ("float pool expansion").
 */
export function asPastClause(phrase: string): string | null {
  const first = /^[A-Za-z-]+/.exec(phrase)?.[0];
  if (!first) return null;
  if (isGerund(first)) {
    // The opening gerund and the gerunds coordinated with it ("piloting X and opening Y", "scheduling and billing").
    return phrase.replace(/(^|,\s*(?:and\s+)?|\s+and\s+|\bthen\s+)([A-Za-z-]+ing)\b/g,
      (whole, lead: string, verb: string) => (lead === '' || isGerund(verb) ? lead + pastTense(verb) : whole));
  }
  if (!isFiniteVerb(first)) return null;
  return pastTense(first) + phrase.slice(first.length);
}

function actionLine(bullet: BulletResult): string {
  const written = joinSpans(bullet.components.intervention);
  const intervention = written.replace(MEANS, '');
  const after = '[Who you worked with, what you changed first, how you got buy-in.]';
  if (intervention) {
    // After "by" or "through" a verb is a gerund ("by launching"); a base form there opens a noun ("through float pool").
    const clause = intervention !== written && !isGerund(/^[A-Za-z-]+/.exec(intervention)?.[0] ?? '') ? null : asPastClause(intervention);
    if (clause) return `Action: I ${clause}. ${after}`;
    return `Action: The change was ${intervention}; I [what you did yourself]. ${after}`;
  }
  // A bullet with no stated result still says what the teller did: its own opening verb and object.
  const verb = bullet.actionVerb;
  if (verb && verb.strength !== 'weak' && bullet.components.result.length === 0) {
    const clause = asPastClause(clean(bullet.text.slice(verb.start)));
    if (clause) return `Action: I ${clause}. ${after}`;
  }
  return `Action: I [what you did]. ${after}`;
}

function resultLine(bullet: BulletResult): string {
  const c = bullet.components;
  const result = joinSpans(c.result).replace(CONSEQUENCE, '');
  const within = (t: Span) => c.result.some((r) => r.start <= t.start && t.end <= r.end);
  const timeframe = c.timeframe.filter((t) => !within(t)).map((t) => clean(t.text)).join(', ');
  const when = c.timeframe.length && !timeframe ? '' : ` ${timeframe || '[over how many days: the guide asks for 90–180]'}`;
  if (!result) {
    const numbers = c.metric.map((m) => m.text.trim());
    return `Result: [what changed${numbers.length ? `, with ${numbers.join(', ')}` : ', with a number'}]${when}. [How long it held, and the system that keeps it there.]`;
  }
  const clause = asPastClause(result);
  const sentence = clause ? `We ${clause}` : /^(?:a|an|the|\d|\$)/i.test(result) ? `The result was ${result}` : capital(result);
  return `Result: ${sentence}${when}. [How long it held, and the system that keeps it there.]`;
}

export function scaffoldFromBullet(bullet: BulletResult): Scaffold {
  const kpi = bullet.kpis.find((k) => k.change) ?? bullet.kpis[0];
  const measure = kpi ? kpi.text : '[the measure]';
  const start = startingPoint(bullet.components.baseline);
  const direction = kpi?.desired === 'down' ? 'bring down' : kpi?.desired === 'up' ? 'raise' : 'improve';
  const lines = [
    `Situation: [Where you were and what was wrong]. ${capital(measure)} stood at ${start ?? '[baseline]'}.`,
    `Task: My goal was to ${direction} ${measure} [by how much, by when, and who asked you].`,
    actionLine(bullet),
    resultLine(bullet),
  ];
  const text = lines.join('\n');
  return { text, placeholders: [...new Set([...text.matchAll(/\[[^\]]+\]/g)].map((m) => m[0]))] };
}

function capital(s: string): string {
  return s.startsWith('[') ? s : s.charAt(0).toUpperCase() + s.slice(1);
}
