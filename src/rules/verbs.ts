// The verb lexicon compiled from rules/lexicons/verbs.yml: each lemma with its roles and every form, conjugated by
// compromise once when the rules load (with the file's fixes applied), and an index from each form back to its lemma.
import { conjugate, type VerbForms } from '../nlp/conjugate.ts';
import { VERB_ROLES, type VerbRole, type VerbsFile } from './schema.ts';

export type { VerbForms, VerbRole };
export type FormName = keyof VerbForms;

export interface VerbEntry { lemma: string; roles: VerbRole[]; forms: VerbForms }

/** One form of a listed verb, found at a word: "rolled out" is {lemma: 'roll out', form: 'past', words: 2}. */
export interface VerbHit { lemma: string; form: FormName; roles: VerbRole[]; words: number }

const FORM_ORDER: FormName[] = ['base', 'past', 'participle', 'gerund', 'third'];

export class VerbLexicon {
  readonly entries = new Map<string, VerbEntry>();
  /** first word of a form -> the forms that start with it (longest first) */
  private readonly byFirst = new Map<string, { rest: string[]; lemma: string; form: FormName }[]>();
  /** a one-word form that is no multi-word form's first word -> its reading (built once, shared by every lookup) */
  private readonly single = new Map<string, VerbHit>();

  constructor(data: Pick<VerbsFile, 'roles' | 'fixes'>) {
    for (const role of VERB_ROLES) {
      for (const lemma of data.roles[role]) {
        const entry = this.entries.get(lemma);
        if (entry) {
          if (!entry.roles.includes(role)) entry.roles.push(role);
          continue;
        }
        this.entries.set(lemma, { lemma, roles: [role], forms: { ...conjugate(lemma), ...data.fixes[lemma] } });
      }
    }
    for (const e of this.entries.values()) {
      for (const form of FORM_ORDER) {
        const [first, ...rest] = e.forms[form].split(' ');
        const list = this.byFirst.get(first!) ?? [];
        if (!list.some((x) => x.lemma === e.lemma && x.form === form)) list.push({ rest, lemma: e.lemma, form });
        list.sort((a, b) => b.rest.length - a.rest.length);
        this.byFirst.set(first!, list);
      }
    }
    for (const [first, list] of this.byFirst) {
      const c = list[0]!;
      if (list.every((x) => x.rest.length === 0)) this.single.set(first, { lemma: c.lemma, form: c.form, roles: this.entries.get(c.lemma)!.roles, words: 1 });
    }
  }

  /**
   * The listed verb form starting at words[i] (lower-case words), longest match first; a form shared by several
   * lemmas or forms ("cut": base and past) gives the first in base, past, participle, gerund, third order.
   */
  at(words: readonly string[], i: number): VerbHit | null {
    const w = words[i];
    if (w === undefined) return null;
    const one = this.single.get(w);
    if (one) return one;
    for (const c of this.byFirst.get(w) ?? []) {
      if (c.rest.every((r, k) => words[i + 1 + k] === r)) {
        return { lemma: c.lemma, form: c.form, roles: this.entries.get(c.lemma)!.roles, words: 1 + c.rest.length };
      }
    }
    return null;
  }

  /** Every reading of one word ("cut" -> base and past of cut; "led" -> past of lead). */
  readings(word: string): { lemma: string; form: FormName }[] {
    return (this.byFirst.get(word.toLowerCase()) ?? []).filter((c) => c.rest.length === 0).map(({ lemma, form }) => ({ lemma, form }));
  }

  has(lemma: string): boolean {
    return this.entries.has(lemma);
  }
}
