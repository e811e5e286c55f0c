// Stage 2, clauses: the bullet split on its tokens at punctuation, at "and" + verb, at a participle after a noun, and
// at the boundary net's matches (consequence, means, purpose, "while"); each clause gets its verb (head).
// A comma-joined piece with no verb of its own ("..., A/R days, and write-offs") stays in the clause before it.
import type { Rules } from '../../rules/compile.ts';
import type { BoundaryHit, Parsed } from './parse.ts';
import { onPlanAt } from './roles.ts';
import type { Clause, ClauseHead, ClauseLink, Token } from './types.ts';

interface Cut { at: number; link: ClauseLink; rule: string; marker: number }


/** A verb form that can head a clause here: a listed verb (not an article's adjective), or compromise's verb tags. */
export function verbAt(tokens: readonly Token[], i: number, rules: Rules, opts: { base?: boolean; strict?: boolean } = {}): boolean {
  const t = tokens[i];
  if (!t) return false;
  if (opts.strict && rules.roles.activityNouns.has(t.lower)) return false;
  const prev = tokens[i - 1];
  if (prev && rules.roles.articles.has(prev.lower) && !prev.post.trim()) return false;
  if (t.verb) {
    if (t.verb.form === 'gerund') return !rules.roles.notGerunds.has(t.lower);
    if (t.verb.form === 'base') return opts.base ?? false;
    if (t.verb.form === 'third') return !(t.tags.has('Plural') && prev && !prev.post.trim() && (rules.roles.articles.has(prev.lower) || prev.tags.has('Adjective')));
    return true;
  }
  if (t.tags.has('Noun') && !t.tags.has('Gerund')) return false;
  if (t.tags.has('Gerund')) return !rules.roles.notGerunds.has(t.lower) && /ing$/.test(t.lower);
  if (t.tags.has('PastTense')) return true;
  // An unlisted third-person verb only right after "which"/"that"/"who" ("that reflects ..."); elsewhere "scores" is a noun.
  if (t.tags.has('PresentTense') && t.tags.has('Verb') && !t.tags.has('Infinitive') && /s$/.test(t.lower) && /^(?:which|that|who)$/.test(prev?.lower ?? '')) return true;
  return opts.base === true && t.tags.has('Infinitive');
}

function isGerund(t: Token | undefined, rules: Rules, strict = false): boolean {
  if (!t || !/ing$/.test(t.lower) || rules.roles.notGerunds.has(t.lower)) return false;
  if (strict && rules.roles.activityNouns.has(t.lower)) return false;
  return t.verb?.form === 'gerund' || (t.tags.has('Gerund') && !t.tags.has('Noun')) || t.tags.has('Verb');
}

/** A past participle standing as a passive ("Recognized", "was approved"), not a noun before "by". */
function isPassiveParticiple(tokens: readonly Token[], i: number, rules: Rules): boolean {
  const t = tokens[i]!;
  if (!(t.verb?.form === 'past' || t.verb?.form === 'participle' || (!t.verb && (t.tags.has('PastTense') || t.tags.has('Participle'))))) return false;
  if (t.tags.has('Noun') && !t.tags.has('Verb')) return false;
  // "Cut denials 20% by ...": a past-tense verb with its own object before "by" is active; a participle right after
  // its noun ("services mandated by") or first in the bullet ("Recognized by") is passive.
  return i === 0 || tokens[i - 1]!.tags.has('Noun') || rules.roles.auxiliaries.has(tokens[i - 1]!.lower);
}

function isAmountToken(t: Token | undefined): boolean {
  return !!t && (/^[$+\-–−#~]?\d/.test(t.lower) || t.tags.has('Value'));
}

function needsMet(needs: string | undefined, tokens: readonly Token[], next: number, rules: Rules, allowZero = false, text = ''): boolean {
  const t = tokens[next];
  if (!needs) return true;
  if (!t) return false;
  // "by [how: what you changed]": a rewrite's unanswered placeholder is no method, no verb, no aim.
  if (text[t.start - 1] === '[' || t.text.startsWith('[')) return false;
  if (needs === 'verb') {
    // "which significantly reduced": an adverb may stand before the verb.
    const k = t.tags.has('Adverb') && tokens[next + 1] ? next + 1 : next;
    return verbAt(tokens, k, rules, { base: true }) || tokens[k]!.verb?.form === 'third';
  }
  if (needs === 'gerund') return isGerund(t, rules);
  if (needs === 'event') {
    // "after deploying", "after we deployed", "after the rollout of": something done, not a date or a party.
    if (isGerund(t, rules)) return true;
    if (/^(?:we|i|they|the team|our team)$/.test(t.lower)) return verbAt(tokens, next + 1, rules);
    // "after staff completed AIDET training", "after a patient advocate was hired": a subject of up to three words
    // and its past-tense verb, or a passive.
    for (let k = rules.roles.articles.has(t.lower) ? next + 1 : next; k < next + 4 && tokens[k + 1]; k++) {
      const u = tokens[k]!;
      if (!(u.tags.has('Noun') || u.tags.has('Adjective')) || u.tags.has('Date') || /[^\s-]/.test(u.post)) break;
      const passive = /^(?:was|were)$/.test(tokens[k + 1]!.lower) && tokens[k + 2];
      const v = passive ? tokens[k + 2]! : tokens[k + 1]!;
      if ((v.verb?.form === 'past' || (!v.verb && v.tags.has('PastTense'))) && verbAt(tokens, v.i, rules)) return true;
    }
    // "after the portal launch", "following a front-desk service training": the noun phrase's head names an action.
    for (let k = rules.roles.articles.has(t.lower) ? next + 1 : next; k < next + 7 && tokens[k]; k++) {
      if (rules.intervention.actionNouns.has(tokens[k]!.lower)) return true;
      if (/[^\s-]/.test(tokens[k]!.post) || !(tokens[k]!.tags.has('Noun') || tokens[k]!.tags.has('Adjective'))) break;
    }
    return false;
  }
  if (needs === 'subject') {
    // "while LWBS dropped", "while staff satisfaction rose", "while the denial rate fell": up to four words of a subject
    // after an article, then its verb in a past or present form (the lexicon's reading first: compromise tags "rose" a noun).
    const from = rules.roles.articles.has(t.lower) ? next + 1 : next;
    for (let k = from; k < from + 5 && tokens[k + 1]; k++) {
      const u = tokens[k]!;
      // A hyphenated word is one word of the subject, whatever its parts are tagged ("the no-show rate"); "and" joins
      // two ("while census and acuity grew").
      const hyphened = u.post === '-' || (k > from && tokens[k - 1]!.post === '-');
      if (k > from && (u.lower === 'and' || u.lower === '&')) continue;
      if (!(hyphened || u.tags.has('Noun') || u.tags.has('Adjective') || u.tags.has('Acronym'))) break;
      if (u.post === '-') continue;
      if (isFiniteVerb(tokens[k + 1]!)) return true;
    }
    return false;
  }
  if (needs === 'base') {
    const k = t.tags.has('Adverb') && tokens[next + 1] ? next + 1 : next;
    const u = tokens[k]!;
    return (u.verb?.form === 'base' || (u.tags.has('Infinitive') && !u.tags.has('Noun'))) && !/^\d/.test(u.lower);
  }
  // action: what was done, never an amount, a date or a party ("by 12%", "by more than 200%", "by Q4", "by CMS").
  for (let k = next; k < next + 4 && tokens[k]; k++) {
    const u = tokens[k]!;
    // "two-way text reminders", "24-hour callbacks": a number inside a hyphenated word names a kind, not an amount.
    if ((isAmountToken(u) && !/^[\w$.,]+-[a-z]/.test(u.text + (/^-/.test(u.post) ? '-' + (tokens[k + 1]?.lower ?? '') : ''))) || u.tags.has('Date') || u.tags.has('Month')) return false;
    if (!rules.roles.quantityWords.has(u.lower)) break;
  }
  if (/^(?:half|itself|themselves|me|us|them)$/.test(t.lower)) return false;
  if (/^(?:zero|no|none)$/.test(t.lower)) return allowZero;
  return true;
}

export function splitClauses(p: Parsed, rules: Rules, kpis: readonly { start: number; end: number }[] = []): Clause[] {
  const { tokens } = p;
  if (!tokens.length) return [];
  const cuts = new Map<number, Cut>();
  const put = (c: Cut, strong: boolean) => {
    const had = cuts.get(c.at);
    if (!had || strong) cuts.set(c.at, c);
  };

  for (let i = 0; i < tokens.length - 1; i++) {
    const post = tokens[i]!.post;
    if (/[;:.!?]/.test(post) && !/^\s*\.\s*$/.test(post) || /[.!?]\s/.test(post) || /^\.\s*$/.test(post) && /^[A-Z]/.test(tokens[i + 1]!.text)) put({ at: i + 1, link: 'punct', rule: 'punctuation', marker: i + 1 }, true);
    else if (/,|\s[–—-]\s|[–—]/.test(post)) put({ at: i + 1, link: 'comma', rule: 'comma', marker: i + 1 }, false);
  }
  const hits = [...p.boundaries].sort((a, b) => a.from - b.from || b.to - a.to);
  const taken = new Set<number>();
  for (const h of hits as BoundaryHit[]) {
    if (taken.has(h.from)) continue;
    const b = rules.clauses.byId.get(h.id);
    // Only a means phrase may open the bullet ("Through a residency program, cut turnover ..."); it then ends at a comma.
    if (!b || (h.from === 0 && b.link !== 'means')) continue;
    // "was able to reduce", "helped to reduce", "managed to cut": the verb after "to" is the clause's own, not an aim.
    if (b.link === 'purpose' && h.from > 0 && (/^(?:able|unable)$/.test(tokens[h.from - 1]!.lower) || tokens[h.from - 1]!.verb?.roles.includes('weak') || tokens[h.from - 1]!.verb?.lemma === 'manage')) continue;
    // "by [how: what you changed]": a rewrite's unanswered placeholder is no method, no verb, no aim.
    if (b.needs && /^\s*\[/.test(p.matchText.slice(tokens[h.to]!.end))) continue;
    if (!needsMet(b.needs, tokens, h.to + 1, rules, h.id === 'means-with', p.matchText)) continue;
    // "Recognized by leadership", "mandated by CMS": after a passive participle "by" names who acted, not how.
    if (h.id === 'means-by' && h.from > 0 && isPassiveParticiple(tokens, h.from - 1, rules) && !isGerund(tokens[h.to + 1], rules)) continue;
    // "Time-to-fill", "door-to-doc": a marker inside a hyphenated word is no boundary.
    if (/[-/]/.test(p.matchText[tokens[h.from]!.start - 1] ?? '') || /^[-/]/.test(tokens[h.to]!.post)) continue;
    taken.add(h.from);
    put({ at: h.from, link: b.link, rule: h.id, marker: h.to + 1 }, true);
  }
  // "and" + verb, and a participle after a noun or number ("Restructured intake increasing admissions by 40%").
  for (let i = 1; i < tokens.length; i++) {
    const t = tokens[i]!;
    const prev = tokens[i - 1]!;
    if ((t.lower === 'and' || t.lower === '&') && verbAt(tokens, i + 1, rules, { strict: true, base: tokens[0]!.verb?.form === 'base' || openLinkBefore(cuts, i) === 'purpose' }) && !cuts.has(i)) {
      const next = tokens[i + 1]!;
      // "by redesigning templates and adding open-access blocks": a gerund after "and" continues a means clause.
      if (isGerund(next, rules) && openLinkBefore(cuts, i) === 'means') continue;
      // "Analyzed, designed and reorganized the call center": verbs that share one object are one action.
      if (verbAt(tokens, i - 1, rules, { base: true }) && (i - 1 === 0 || cuts.has(i - 1))) continue;
      // "to maximize budget and minimize waste": a base verb after "and" carries on a purpose clause.
      const inPurpose = openLinkBefore(cuts, i) === 'purpose' && next.verb?.form === 'base';
      put({ at: i, link: inPurpose ? 'purpose' : 'and-verb', rule: inPurpose ? 'and-verb-in-purpose' : 'and-verb', marker: i + 1 }, false);
      continue;
    }
    // "... and mortality fell 18%", "and the denial rate dropped": "and" + a subject of its own + a past verb of change
    // (a present form there is more often a plural noun: "and grant awards").
    // (Not inside the subject of a "while" clause whose verb is still to come: "while census and acuity grew".)
    if ((t.lower === 'and' || t.lower === '&') && !cuts.has(i) && i > 1 && !inWhileSubject(cuts, tokens, i)) {
      let k = i + 1;
      if (rules.roles.articles.has(tokens[k]?.lower ?? '')) k++;
      const subjectFrom = k;
      while (k < i + 5 && tokens[k] && !tokens[k]!.verb && (tokens[k]!.tags.has('Noun') || tokens[k]!.tags.has('Adjective') || tokens[k]!.tags.has('Acronym')) && !/[^\s-]/.test(tokens[k]!.post)) k++;
      const v = tokens[k];
      if (k > subjectFrom && v?.verb && v.verb.form === 'past' && v.verb.roles.some((r) => r === 'down' || r === 'up' || r === 'better' || r === 'achieve')) {
        put({ at: i, link: 'and-verb', rule: 'and-subject-verb', marker: i + 1 }, false);
        continue;
      }
    }
    // A capitalised verb after a lower-case word is a new sentence whose full stop was lost ("... systems Learned ...").
    if (t.verb && t.verb.form !== 'base' && /^[A-Z][a-z]/.test(t.text) && /^[a-z]/.test(prev.text) && !prev.post.trim() && !cuts.has(i)) {
      put({ at: i, link: 'punct', rule: 'capitalized-verb', marker: i }, true);
      continue;
    }
    if (isGerund(t, rules)) {
      const lead = prev.tags.has('Adverb') && tokens[i - 2] ? tokens[i - 2]! : prev;
      const leadAt = lead === prev ? i : i - 1;
      if (cuts.get(leadAt)?.link === 'comma') {
        cuts.set(leadAt, { at: leadAt, link: 'participle', rule: 'participle-after-comma', marker: i });
      } else if (!cuts.has(i) && isGerund(t, rules, true) && !rules.roles.notBeforeParticiple.has(prev.lower) && !rules.roles.auxiliaries.has(prev.lower) && !prev.post.trim()
        && (prev.tags.has('Noun') || isAmountToken(prev) || /%$/.test(prev.text)) && i > 1) {
        put({ at: i, link: 'participle', rule: 'participle-after-noun', marker: i }, false);
      }
    }
  }

  // A KPI's own words never split ("patient falls with injury", "time to fill").
  for (const at of [...cuts.keys()]) {
    const pos = tokens[at]?.start ?? -1;
    if (kpis.some((k) => pos > k.start && pos < k.end)) cuts.delete(at);
  }
  const opening = cuts.get(0);
  const starts = [opening ?? { at: 0, link: 'start' as ClauseLink, rule: 'start', marker: 0 }, ...[...cuts.values()].filter((c) => c.at > 0 && c.at < tokens.length)]
    .sort((a, b) => a.at - b.at);
  const clauses: Clause[] = [];
  const opened: Cut[] = [];
  starts.forEach((c, k) => {
    const to = (starts[k + 1]?.at ?? tokens.length) - 1;
    if (to < c.at) return;
    const head = findHead(p.text, tokens, c, to, rules, kpis);
    const prev = clauses[clauses.length - 1];
    // "Planned, staffed and opened a unit": a clause that is only its verb shares the object of the verbs after it.
    if (prev && c.link === 'comma' && head && prev.head && prev.from === prev.to && verbAt(tokens, c.at, rules, { base: true })) {
      prev.to = to;
      prev.end = tokens[to]!.end;
      prev.text = p.text.slice(prev.start, prev.end);
      prev.head = findHead(p.text, tokens, opened[opened.length - 1]!, to, rules, kpis);
      return;
    }
    // A comma-joined piece with no verb of its own continues the clause before it.
    // ("..., on time and $300K under budget" stands apart: it states how the work came out.)
    if (prev && c.link === 'comma' && !head && onPlanAt(tokens, c.at, to, rules.roles.onPlan, true) < 0) {
      prev.to = to;
      prev.end = tokens[to]!.end;
      prev.text = p.text.slice(prev.start, prev.end);
      return;
    }
    // The first clause starts where the text does: marks compromise leaves out of its tokens ("<", quotes) stay in.
    const start = k === 0 && !/[A-Za-z0-9]/.test(p.matchText.slice(0, tokens[c.at]!.start)) ? p.matchText.length - p.matchText.trimStart().length : tokens[c.at]!.start;
    opened.push(c);
    clauses.push({
      start, end: tokens[to]!.end, text: p.text.slice(start, tokens[to]!.end),
      link: c.link, linkRule: c.rule, from: c.at, to, head, role: 'other', roleRule: '',
      slots: { kpi: [], amount: [], baseline: [], timeframe: [], means: null, comparative: null },
    });
  });
  return clauses;
}

/** Whether token i stands in the subject of an open "while" clause: no finite verb yet between its marker and i. */
function inWhileSubject(cuts: Map<number, Cut>, tokens: readonly Token[], i: number): boolean {
  const open = openCutBefore(cuts, i);
  if (open?.link !== 'while' || open.rule !== 'while-subject') return false;
  for (let k = open.marker; k < i; k++) if (isFiniteVerb(tokens[k]!)) return false;
  return true;
}

/** A past or present verb form: the lexicon's reading first (compromise tags "rose" a noun), else compromise's tense. */
function isFiniteVerb(v: Token): boolean {
  const form = v.verb?.form;
  return form === 'past' || form === 'third' || form === 'base' || v.tags.has('PastTense') || v.tags.has('PresentTense');
}

/** The clause open at token i: the last cut before it. */
function openCutBefore(cuts: Map<number, Cut>, i: number): Cut | null {
  let best: Cut | null = null;
  for (const c of cuts.values()) if (c.at < i && (!best || c.at > best.at)) best = c;
  return best;
}

function openLinkBefore(cuts: Map<number, Cut>, i: number): ClauseLink | null {
  return openCutBefore(cuts, i)?.link ?? null;
}

function findHead(text: string, tokens: readonly Token[], c: Cut, to: number, rules: Rules, kpis: readonly { start: number; end: number }[] = []): ClauseHead | null {
  // "speed to answer", "days to bill": a verb inside a KPI's own words is no clause's verb.
  const inKpi = (t: Token) => kpis.some((k) => t.start > k.start && t.start < k.end);
  // A listed verb heads the clause before any verb only compromise recognises ("Patient experience scores ... rose").
  const window = Math.min(to, c.marker + 7);
  let listedAt = -1;
  let skipBefore = -1;
  for (let i = c.marker; i <= window; i++) if (tokens[i]!.verb && tokens[i]!.verb!.form !== 'base' && verbAt(tokens, i, rules) && !inKpi(tokens[i]!)) { listedAt = i; break; }
  // "coding accuracy improved": an activity word before a noun, with a verb after, names the noun's kind.
  if (listedAt === c.marker && rules.roles.activityNouns.has(tokens[listedAt]!.lower) && (c.link === 'punct' || c.link === 'start' || c.link === 'comma') && tokens[listedAt + 1]?.tags.has('Noun')) {
    for (let i = listedAt + 2; i <= window; i++) if (tokens[i]!.verb && tokens[i]!.verb!.form !== 'base' && verbAt(tokens, i, rules, { strict: true })) { listedAt = skipBefore = i; break; }
  }
  for (let i = c.marker; i <= to && i < c.marker + 8; i++) {
    const t = tokens[i]!;
    if ((!t.verb || i < skipBefore) && listedAt > i) continue;
    if (inKpi(t)) continue;
    // "was", "were", "has" carry a tense, not the clause's action ("Was able to reduce", "Denials were reduced").
    if (rules.roles.auxiliaries.has(t.lower)) continue;
    const first = i === c.marker;
    // The bullet's first word and a purpose clause's verb may be base forms ("Reduce no-shows", "to raise HCAHPS").
    const base = first && (c.link === 'start' || c.link === 'purpose' || c.link === 'and-verb' || c.link === 'punct' || c.link === 'comma' || c.link === 'consequence')
      || (i === c.marker + 1 && t.verb?.form === 'base' && tokens[i - 1]!.tags.has('Adverb'))
      // "was able to reduce": a "to" left inside a clause is no purpose, so its verb is the clause's.
      || (t.verb?.form === 'base' && tokens[i - 1]?.lower === 'to' && i > c.marker);
    if (!verbAt(tokens, i, rules, { base })) continue;
    // "helped improve", "assisted in reducing": the verb after a weak one carries the clause.
    // "helped the team achieve ...": a change verb a few words on, after its doer.
    if (t.verb?.roles.includes('weak')) {
      for (let k = i + 1; k <= to && k <= i + 5; k++) {
        const u = tokens[k]!;
        if (/[,;]/.test(tokens[k - 1]!.post)) break;
        if (!u.verb || !(u.verb.form === 'base' || u.verb.form === 'gerund') || u.verb.roles.includes('weak')) continue;
        // "supporting the billing team": an activity word after an article is a noun, not the verb that carries it.
        if (!verbAt(tokens, k, rules, { base: true, strict: rules.roles.articles.has(tokens[k - 1]!.lower) || tokens[k - 1]!.tags.has('Adjective') })) continue;
        if (k > i + 2 && !u.verb.roles.some((r) => r === 'down' || r === 'up' || r === 'better' || r === 'achieve')) continue;
        const last = tokens[Math.min(to, k + u.verb.words - 1)]!;
        return { start: u.start, end: last.end, text: text.slice(u.start, last.end), lemma: u.verb.lemma, form: u.verb.form, roles: u.verb.roles, via: t.verb.lemma };
      }
    }
    // "Build and grew census", "Analyzed, designed and reorganized": coordinated verbs share the clause; a verb of
    // change among them heads it.
    for (let k = i + (t.verb?.words ?? 1); k + 1 <= to && k < i + 8; ) {
      const joiner = tokens[k]!.lower === 'and' || tokens[k]!.lower === '&' || tokens[k]!.lower === 'or' ? k + 1 : /[,/]/.test(tokens[k - 1]!.post) ? k : -1;
      const u = joiner >= 0 ? tokens[joiner] : undefined;
      if (!u?.verb || !verbAt(tokens, joiner, rules, { base: true, strict: true })) break;
      if (u.verb.roles.some((r) => r === 'down' || r === 'up' || r === 'better' || r === 'achieve') && !(t.verb?.roles ?? []).some((r) => r === 'down' || r === 'up' || r === 'better')) {
        const last = tokens[Math.min(to, joiner + u.verb.words - 1)]!;
        return { start: u.start, end: last.end, text: text.slice(u.start, last.end), lemma: u.verb.lemma, form: u.verb.form, roles: u.verb.roles };
      }
      k = joiner + u.verb.words;
    }
    const words = t.verb?.words ?? 1;
    const last = tokens[Math.min(to, i + words - 1)]!;
    return {
      start: t.start, end: last.end, text: text.slice(t.start, last.end),
      lemma: t.verb?.lemma ?? t.lower, form: t.verb?.form ?? (t.tags.has('Gerund') ? 'gerund' : t.tags.has('PastTense') ? 'past' : 'base'),
      roles: t.verb?.roles ?? [],
    };
  }
  return null;
}
