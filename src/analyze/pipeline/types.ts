// The parsed bullet: the one typed value the analysis stages hand on. parse -> clauses -> roles -> baseline -> kpi
// -> domain each take it and return it richer; checks, score, the rewriter and the story coach read it.
//
// Every offset is a half-open [start, end) range in UTF-16 units of the original text (text.slice(start, end)).
// Every span a stage adds carries `rule`: the id of the rule that produced it (shown by `resume-vitals explain`).
import type { FormName, VerbRole } from '../../rules/verbs.ts';
import type { ActionVerb, Components, Direction, Domain, KpiMention, Span } from '../types.ts';

/** One word or number as compromise tokenised it, with its lemma when it is a verb the lexicon knows. */
export interface Token {
  /** position in ParsedBullet.tokens */
  i: number;
  text: string;
  /** lower-case text of the same-length normalised copy (curly quotes straightened, odd spaces plain) */
  lower: string;
  start: number;
  end: number;
  /** compromise's tags ("Verb", "PastTense", "Noun", "Value", ...) */
  tags: ReadonlySet<string>;
  /** punctuation written right after the word (",", ";", ".") as compromise reports it */
  post: string;
  /** the listed verb form starting here ("rolled out": lemma 'roll out', 2 words), if any */
  verb: { lemma: string; form: FormName; roles: readonly VerbRole[]; words: number } | null;
}

/** A span with the id of the rule that produced it. */
export interface Traced extends Span { rule: string }

/** How a clause is joined to the one before it (the boundary rule that opened it). */
export type ClauseLink =
  | 'start' // the bullet's first clause
  | 'punct' // after ";", ":" or a sentence end
  | 'comma' // after a comma
  | 'and-verb' // "... and reduced ..."
  | 'participle' // "..., increasing admissions" / "intake increasing admissions"
  | 'consequence' // "resulting in", "leading to", "which cut", "so that"
  | 'means' // "by", "through", "via", "using", "with", "after"
  | 'purpose' // "to" + base verb
  | 'while'; // "while improving ..." (simultaneous, never the means)

/** What a clause does in the bullet. */
export type ClauseRole =
  | 'result' // an outcome is asserted: changed, achieved, maintained at a level, saved, won
  | 'intervention' // how a stated result was achieved (only ever set when some clause is a result)
  | 'action' // what was done, with no result of its own
  | 'purpose' // "to improve X" with no amount: an aim, not a result
  | 'other';

export interface ClauseHead {
  start: number;
  end: number;
  text: string;
  lemma: string;
  form: FormName;
  roles: readonly VerbRole[];
  /** the weak verb the head was reached through ("helped reduce" -> 'help'), if any */
  via?: string;
}

export interface Clause {
  start: number;
  end: number;
  text: string;
  link: ClauseLink;
  /** id of the boundary rule that opened the clause */
  linkRule: string;
  /** first and last token index (inclusive) */
  from: number;
  to: number;
  /** the clause's verb, if it has one the lexicon or compromise recognises */
  head: ClauseHead | null;
  role: ClauseRole;
  /** id of the role rule that decided `role` */
  roleRule: string;
  /** what the clause holds, each cut from the original text */
  slots: {
    kpi: KpiMention[];
    /** numbers that measure something (%, $, counts, durations, ratings) */
    amount: Span[];
    baseline: Span[];
    timeframe: Span[];
    /** the "by/through/via ..." phrase this clause opens, when it is a means clause */
    means: Span | null;
    /** a comparative or change noun with an amount ("30% faster", "a 20% reduction", "$2M additional revenue") */
    comparative: Span | null;
  };
}

export interface Opening {
  kind: 'verb' | 'weak' | 'passive' | 'none';
  verb: ActionVerb | null;
  /** lemma of the opening verb (or of the verb after a weak opener: "Helped reduce" -> 'reduce') */
  lemma: string | null;
  roles: readonly VerbRole[];
  /** the weak opener's own explanation */
  message?: string;
  /** the weak opener names a duty ("Responsible for", "Tasked with"): what follows is an assignment, not an outcome */
  duty?: boolean;
  /** a leading adverb or label ("Successfully", "Revenue cycle:") */
  adverb?: Span;
}

export interface ParsedBullet {
  text: string;
  /** the same-length normalised copy the rules match against */
  matchText: string;
  tokens: Token[];
  clauses: Clause[];
  opening: Opening;
  /** metric, baseline, intervention, result, timeframe, and action: the main thing done, result or not */
  components: Components & { action: Span[] };
  actionVerb: ActionVerb | null;
  kpis: KpiMention[];
  primaryDomain: Domain | null;
  /** which rule decided the domain ("kpi:result-object", "quantity:$", "cue:billing", ...) */
  domainRule: string | null;
  /** the result states a change by an amount ('29%', '1.4 pts'), which carries its own baseline */
  relativeChange: boolean;
  /** every span each stage produced, with its rule id, in stage order */
  trace: { stage: string; rule: string; start: number; end: number; text: string }[];
}

export type { Direction, Domain, KpiMention, Span };
