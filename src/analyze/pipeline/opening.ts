// The opening: the bullet's first verb (after a leading timeframe, a short label or an adverb), weak openers
// ("Responsible for", "Helped") and passive openings ("Denials were reduced").
import type { Rules } from '../../rules/compile.ts';
import { span } from '../spans.ts';
import type { ActionVerb, Span } from '../types.ts';
import type { Word } from './parse.ts';
import type { Opening, Token } from './types.ts';

const DETERMINERS = new Set(['a', 'an', 'the', 'our', 'their', 'its', 'his', 'her', 'my', 'this', 'that', 'these', 'those', 'all', 'new', 'daily', 'monthly', 'weekly']);

// The words of the text being read, lower-cased with plain apostrophes (the opening asks for several positions).
let lastWords: readonly Word[] | null = null;
let lastLower: string[] = [];
function hitAt(ws: readonly Word[], i: number, rules: Rules) {
  if (ws !== lastWords) {
    lastWords = ws;
    lastLower = ws.map((w) => w.lower.replace(/’/g, "'"));
  }
  return rules.verbs.at(lastLower, i);
}

export function detectOpening(text: string, ws: readonly Word[], tokens: readonly Token[], rules: Rules, timeframe: readonly Span[]): Opening {
  const tagAt = new Map<number, Token>();
  for (const t of tokens) tagAt.set(t.start, t);
  let i = 0;
  let adverb: Span | undefined;
  // A leading timeframe ("Over 18 months, cut sepsis mortality...") or a short label ("Revenue cycle: reduced denials")
  // is read past to find the verb.
  const lead = timeframe.find((t) => !/[A-Za-z0-9]/.test(text.slice(0, t.start)));
  const label = /^\s*[A-Z][A-Za-z&/'’ -]{0,40}?(?::|\s[–—-])\s+(?=[A-Za-z])/.exec(text);
  const leadEnd = lead && /^\s*,/.test(text.slice(lead.end)) ? lead.end
    : label && label[0].trim().split(/\s+/).length <= 5 ? label[0].replace(/\s*(?::|[–—-])\s*$/, '').length : -1;
  let labelled = false;
  const colonLabel = !(lead && leadEnd === lead.end) && !!label && /:\s*$/.test(label[0]);
  if (leadEnd > 0) {
    const after = ws.findIndex((w) => w.start > leadEnd);
    if (after > 0) {
      adverb = span(text, 0, leadEnd);
      i = after;
      labelled = true;
    }
  }
  let leadingAdverb = false;
  while (ws[i] && rules.leadingAdverbs.has(ws[i]!.lower)) {
    adverb = span(text, ws[i]!.start, ws[i]!.end);
    leadingAdverb = true;
    i++;
  }
  const first = ws[i];
  const extra = adverb ? { adverb } : {};
  const none: Opening = { kind: 'none', verb: null, lemma: null, roles: [], ...extra };
  // The opening must be the start of the text (after bullet marks, quotes or an adverb), not a word deep inside.
  if (!first || /[A-Za-z0-9]/.test(text.slice(adverb ? adverb.end : 0, first.start))) return none;
  const rest = text.slice(first.start);

  // The weak openers, tried as one pattern at the start: the first listed that matches is the one.
  const m = rules.weakOpener?.re.exec(rest);
  const k = m ? rules.weakOpener!.groups.findIndex((g) => m[g] !== undefined) : -1;
  if (m && k >= 0) {
    const end = first.start + m[0].length;
    const verb: ActionVerb = { ...span(text, first.start, end), strength: 'weak' };
    // "Helped reduce", "Assisted in reducing": the verb after the weak opener still carries the result.
    let next = ws.findIndex((w) => w.start >= end);
    if (ws[next]?.lower === 'to') next++;
    const after = next >= 0 ? hitAt(ws, next, rules) : null;
    const weak = rules.weakOpeners[k]!;
    return { kind: 'weak', verb, lemma: after?.lemma ?? null, roles: after?.roles ?? [], message: weak.message, ...(weak.duty ? { duty: true } : {}), ...extra };
  }

  const tok = tagAt.get(first.start);
  // A misspelled verb the parse already read as its fix ("Increaed") opens the bullet as that verb.
  const found = hitAt(ws, i, rules) ?? (tok?.verb && tok.end === first.end ? tok.verb : null);
  const second = ws[i + (found?.words ?? 1)];
  const nextIsAux = second && rules.roles.auxiliaries.has(second.lower) && !/^(?:has|have|had)$/.test(second.lower);
  // An adverb first ("Successfully reduced ...") or a label makes the opening weaker than a verb first.
  // A label ("Accomplishments: increased ...") puts a noun first; a leading timeframe does not.
  const strength = (leadingAdverb && !labelled) || (labelled && colonLabel) ? 'weak' as const : 'strong' as const;
  // "Lead analyst", "Charge nurse": a verb form before a job title opens a noun phrase, not a verb.
  const third = ws[i + 2];
  if (found && found.form === 'base' && found.words === 1 && second && (rules.titleWords.has(second.lower)
    || (third && rules.titleWords.has(third.lower) && !DETERMINERS.has(second.lower) && tagAt.get(second.start)?.tags.has('Noun') && !tagAt.get(second.start)?.tags.has('Plural')))) return none;
  if (found && !found.roles.includes('weak') && found.form !== 'gerund') {
    const isPast = found.form === 'past' || found.form === 'participle' || found.form === 'third';
    // A bare base form ("Staff", "Schedule") may be a noun; take it as an imperative verb only with support.
    const imperative = tok?.tags.has('Verb') || (second && (DETERMINERS.has(second.lower) || /^\d/.test(text.slice(second.start - 2, second.start + 1).trim())))
      || (second && !tagAt.get(second.start)?.tags.has('Verb') && !/^(?:of|is|are|was|were|and|for)$/.test(second.lower) && found.roles.some((r) => r !== 'duty'));
    if ((isPast || imperative) && !nextIsAux) {
      const last = ws[i + found.words - 1]!;
      return { kind: 'verb', verb: { ...span(text, first.start, last.end), strength }, lemma: found.lemma, roles: found.roles, ...extra };
    }
  }

  // Passive: "Team members were trained", "Denials were reduced 20%".
  for (let k = i; k < Math.min(ws.length - 1, i + 6); k++) {
    const w = ws[k]!;
    if (hitAt(ws, k, rules) && k > i && !rules.roles.auxiliaries.has(w.lower)) break;
    if (!rules.roles.auxiliaries.has(w.lower) || /^(?:has|have|had|get|got)$/.test(w.lower)) continue;
    let p = k + 1;
    if (ws[p] && /ly$/.test(ws[p]!.lower)) p++;
    const part = ws[p];
    if (!part) break;
    const partHit = hitAt(ws, p, rules);
    const ptok = tagAt.get(part.start);
    if (partHit?.form === 'past' || partHit?.form === 'participle' || /ed$/.test(part.lower) || ptok?.tags.has('PastTense') || ptok?.tags.has('Participle')) {
      return { kind: 'passive', verb: { ...span(text, w.start, part.end), strength: 'weak' }, lemma: partHit?.lemma ?? null, roles: partHit?.roles ?? [], ...extra };
    }
    break;
  }

  // A verb the lexicon does not list ("Digitized", "Onboarded"): trust compromise, or a past-tense ending.
  const unknownVerb = !found && ((tok?.tags.has('Verb') && !tok.tags.has('Noun') && !tok.tags.has('Gerund') && (tok.tags.has('PastTense') || tok.tags.has('Infinitive') || tok.tags.has('PresentTense')))
    || (/^[a-z]{3,}ed$/i.test(first.text) && !(second && rules.roles.auxiliaries.has(second.lower)) && !tok?.tags.has('Noun')));
  if (unknownVerb && /^[A-Za-z]/.test(first.text)) {
    return { kind: 'verb', verb: { ...span(text, first.start, first.end), strength }, lemma: first.lower, roles: [], ...extra };
  }
  return none;
}
