// The verb lexicon's public API: every part of the app that needs a verb form or a verb's role asks here.
//
//   verbForms('reduce')      -> { base: 'reduce', past: 'reduced', participle: 'reduced', gerund: 'reducing', third: 'reduces' }
//   lemmaOf('brought')       -> 'bring'          (listed forms first, then compromise's guess for -ed/-ing/-s words)
//   formOf('reducing')       -> 'gerund'
//   rolesOf('lead')          -> ['intervention', 'duty']   (roles: down, up, better, achieve, maintain, intervention, duty, weak)
//   isKnownVerb('triage')    -> true when the lexicon lists the lemma
//   inflect('reduce', 'past') -> 'reduced'
//
// Forms of listed verbs come from rules/lexicons/verbs.yml conjugated by compromise at load (with the file's fixes);
// an unlisted lemma is conjugated by compromise on demand. No hand-written endings.
import { getRules } from '../rules/index.ts';
import type { FormName, VerbLexicon, VerbRole } from '../rules/verbs.ts';
import { conjugate, infinitiveOf, type VerbForms } from './conjugate.ts';

export type { FormName, VerbForms, VerbRole };

function lexicon(): VerbLexicon {
  return getRules().verbs;
}

const unlisted = new Map<string, VerbForms>();

/** Every form of a verb given as its lemma ("roll out" works too). */
export function verbForms(lemma: string): VerbForms {
  const l = lemma.toLowerCase();
  const listed = lexicon().entries.get(l);
  if (listed) return listed.forms;
  let forms = unlisted.get(l);
  if (!forms) {
    forms = conjugate(l);
    if (unlisted.size < 5000) unlisted.set(l, forms);
  }
  return forms;
}

/** The form a word takes in the lexicon, or by its ending for unlisted words; null when it does not look like a verb form. */
export function formOf(word: string): FormName | null {
  const w = word.toLowerCase();
  const readings = lexicon().readings(w);
  if (readings.length) return readings[0]!.form;
  if (/[a-z]{2,}ed$/.test(w)) return 'past';
  if (/[a-z]{2,}ing$/.test(w)) return 'gerund';
  return null;
}

/** The lemma of a verb form: from the lexicon, else compromise's guess for an -ed/-ing/-s word; undefined otherwise. */
export function lemmaOf(word: string): string | undefined {
  const w = word.toLowerCase();
  const readings = lexicon().readings(w);
  if (readings.length) return readings[0]!.lemma;
  if (/[a-z]{2,}ed$/.test(w)) return infinitiveOf(w, 'past');
  if (/[a-z]{2,}ing$/.test(w)) return infinitiveOf(w, 'gerund');
  if (/[a-z]{2,}[^s]s$/.test(w)) {
    const base = infinitiveOf(w, 'third');
    return lexicon().has(base) ? base : undefined;
  }
  return undefined;
}

/**
 * The lemma of a word the parser tagged as a verb in a form, listed or not: the lexicon's when it lists the form,
 * else compromise's infinitive ("procures" -> "procure", "implanted" -> "implant").
 */
export function lemmaOfTagged(word: string, form: 'past' | 'third' | 'base'): string {
  const w = word.toLowerCase();
  const listed = lexicon().readings(w)[0]?.lemma;
  if (listed) return listed;
  return form === 'base' ? w : infinitiveOf(w, form);
}

/** Roles of a lemma (or of any form of it); [] for a verb the lexicon does not list. */
export function rolesOf(lemmaOrForm: string): VerbRole[] {
  const w = lemmaOrForm.toLowerCase();
  const entry = lexicon().entries.get(w) ?? lexicon().entries.get(lemmaOf(w) ?? '');
  return entry ? [...entry.roles] : [];
}

export function isKnownVerb(lemma: string): boolean {
  return lexicon().has(lemma.toLowerCase());
}

/** The lemma put in one form: inflect('oversee', 'past') === 'oversaw'. */
export function inflect(lemma: string, form: FormName): string {
  return verbForms(lemma)[form];
}
