// Stage: roles per clause, results first. A clause is a result when its verb is a change or an achievement with
// something changed or reached, when it is a consequence with a number, KPI or comparative, when it holds a number
// with a comparative or change noun, when it holds a level ("Maintained 98% census"), or names an award. Only when a
// result exists is anything an intervention: the means phrase, or the separate action clause presented as producing it.
import type { Rules } from '../../rules/compile.ts';
import { span } from '../spans.ts';
import type { Span } from '../types.ts';
import { verbAt } from './clauses.ts';
import type { Clause, Token } from './types.ts';

export interface RoleInput {
  text: string;
  tokens: readonly Token[];
  clauses: Clause[];
  metric: readonly Span[];
  baseline: readonly Span[];
  timeframe: readonly Span[];
  kpis: readonly { start: number; end: number }[];
  /** the bullet opens with a duty ("Responsible for", "Tasked with") */
  dutyOpener?: boolean;
}

const CHANGE = ['down', 'up', 'better'] as const;
const within = (s: { start: number; end: number }, c: Clause) => s.start >= c.start && s.start < c.end;

/**
 * Where an on-plan phrase ("on time", "under budget") starts among tokens[from..to], or -1; `anchored`: only at
 * `from`, after an optional amount ("$300K under budget").
 */
/** Each word list's phrases split into words, once per list. */
const phraseWords = new WeakMap<ReadonlySet<string>, string[][]>();

export function onPlanAt(tokens: readonly Token[], from: number, to: number, onPlan: ReadonlySet<string>, anchored = false): number {
  let phrases = phraseWords.get(onPlan);
  if (!phrases) phraseWords.set(onPlan, (phrases = [...onPlan].map((p) => p.split(' '))));
  const last = anchored ? Math.min(to, /^[$\d]/.test(tokens[from]?.lower ?? '') ? from + 1 : from) : to;
  for (let i = from; i <= last; i++) {
    for (const words of phrases) {
      if (i + words.length - 1 <= to && words.every((w, k) => tokens[i + k]?.lower === w)) return i;
    }
  }
  return -1;
}

/** The last noun of the object's first noun phrase ("intake workflows in the lab" -> workflows). */
function nounPhraseHead(obj: readonly Token[]): Token | undefined {
  let head: Token | undefined;
  for (const t of obj) {
    if (t.tags.has('Preposition') || t.tags.has('Conjunction') || (head && !t.tags.has('Noun'))) break;
    if (t.tags.has('Noun')) head = t;
    if (/[,;:.]/.test(t.post)) break;
  }
  return head;
}

function tokensOf(c: Clause, tokens: readonly Token[]): Token[] {
  return tokens.slice(c.from, c.to + 1);
}

/** Tokens after the head verb (its object and complements). */
function afterHead(c: Clause, tokens: readonly Token[]): Token[] {
  const ts = tokensOf(c, tokens);
  if (!c.head) return ts;
  return ts.filter((t) => t.start >= c.head!.end);
}

/**
 * The head's object: the tokens after it, past any verbs coordinated with it ("Maintain and develop growth",
 * "Planned, built and opened a clinic"), which share the one object.
 */
function objectOf(c: Clause, tokens: readonly Token[]): { obj: Token[]; verbs: Token[] } {
  const ts = afterHead(c, tokens);
  const verbs: Token[] = [];
  let k = 0;
  for (;;) {
    const t = ts[k];
    if (!t) break;
    const joined = /^(?:and|or|&)$/.test(t.lower) ? k + 1 : /,/.test(tokens[t.i - 1]?.post ?? '') ? k : -1;
    const v = joined >= 0 ? ts[joined] : undefined;
    if (!v || !(v.verb || v.tags.has('Verb') && !v.tags.has('Noun'))) break;
    if (v.verb?.form === 'gerund' || v.tags.has('Gerund') || v.verb?.form === 'third' && v.tags.has('Plural')) break;
    verbs.push(v);
    k = joined + (v.verb?.words ?? 1);
  }
  return { obj: ts.slice(k), verbs };
}

export function assignRoles(input: RoleInput, rules: Rules): void {
  const { tokens, clauses, text } = input;
  const R = rules.roles;
  for (const c of clauses) {
    c.slots.amount = input.metric.filter((m) => within(m, c)).map((m) => ({ ...m }));
    c.slots.baseline = input.baseline.filter((b) => within(b, c) || (b.start < c.start && b.end > c.start)).map((b) => ({ ...b }));
    c.slots.timeframe = input.timeframe.filter((t) => within(t, c)).map((t) => ({ ...t }));
  }
  // Numbers that only say when ("in 6 months", "FY24") are not amounts of a result.
  const amounts = (c: Clause) => c.slots.amount.filter((m) => !c.slots.timeframe.some((t) => t.start <= m.start && m.end <= t.end));
  const hasKpi = (c: Clause) => input.kpis.some((k) => within(k, c) && (!c.head || k.start >= c.head.start || c.link !== 'start'));
  // A KPI the verb acts on, not one a report or meeting is about ("Generated dashboards on LOS and readmissions").
  const kpiObject = (c: Clause) => input.kpis.some((k) => within(k, c) && (!c.head || (k.start >= c.head.end
    && !tokens.some((t) => t.start >= c.head!.end && t.end <= k.start && R.topicWords.has(t.lower)))));

  const comparativeOf = (c: Clause): Span | null => {
    const ts = afterHead(c, tokens);
    const nums = amounts(c);
    for (const t of ts) {
      const w = t.lower;
      // "more than 10 patients" is a count, not a change.
      if (tokens[t.i + 1]?.lower === 'than' && !nums.some((m) => m.end <= t.start && t.start - m.end <= 3)) continue;
      // "3 rapid improvement events", "a savings plan": a change noun naming a kind of work states no change.
      if (R.changeNouns.has(w) && R.notChangeAfter.has(tokens[t.i + 1]?.lower ?? '')) continue;
      if (R.comparatives.has(w) || R.changeNouns.has(w)) {
        // "30% faster", "a 20% reduction", "a reduction of 20%", "lower by 12%" — not "lower rates with two agencies".
        const near = nums.find((m) => (m.end <= t.start && t.start - m.end <= 24)
          || (m.start >= t.end && m.start - t.end <= 24 && (R.changeNouns.has(w) || /^\s+by\s+$/i.test(text.slice(t.end, m.start)))));
        if (near) return span(text, Math.min(near.start, t.start), Math.max(near.end, t.end));
      }
    }
    return null;
  };

  // "Led the Epic go-live", "Managed the opening of a new clinic": running a change project is what was done.
  const runsAChange = (p: Clause) => !!p.head && (p.head.roles.includes('intervention') || objectOf(p, tokens).verbs.some((v) => v.verb?.roles.includes('intervention'))
    || afterHead(p, tokens).slice(0, 6).some((t) => rules.intervention.projectNouns.has(t.lower) || rules.intervention.projectNouns.has(t.lower.replace(/s$/, ''))));
  // "... in 14 months", "within 90 days": a window a piece of work was finished in (not "over 3 years", "in 2021",
  // "within the first 30 days of employment").
  const finishedWithin = (c: Clause) => c.slots.timeframe.some((t) => {
    if ((t as { rule?: string }).rule !== 'timeframe:within-period') return false;
    const at = tokens.findIndex((u) => u.start === t.start);
    const next = tokens[at + 1];
    return at >= 0 && R.completionWords.has(tokens[at]!.lower) && !!next && (/^\d/.test(next.lower) || next.tags.has('Value'));
  });

  const shareDid = (at: number): boolean => {
    const i = tokens.findIndex((t) => t.start >= at);
    if (tokens[i]?.lower !== 'of') return false;
    for (let j = i + 1; j < i + 6 && tokens[j]; j++) {
      const t = tokens[j]!;
      if (R.auxiliaries.has(t.lower)) continue;
      // ... a share that reached something, not one a duty describes ("80% of services were provided at home").
      if (t.verb?.form === 'past' || t.verb?.form === 'participle') return !t.verb.roles.every((r) => r === 'duty' || r === 'intervention' || r === 'weak');
      if (!t.verb && t.tags.has('PastTense')) return true;
      // "60% of patients now check in online": a present share after "now".
      if (tokens[j - 1]?.lower === 'now' && (t.verb || t.tags.has('Verb'))) return !t.verb?.roles.includes('weak');
      if (/[,;.]/.test(t.post)) return false;
    }
    return false;
  };

  const decide = (c: Clause, k: number): [Clause['role'], string] => {
    const head = c.head;
    const roles = head?.roles ?? [];
    const shared = objectOf(c, tokens);
    const obj = shared.obj.filter((t) => /[A-Za-z0-9$%]/.test(t.text));
    // "Plan and drive growth": the verb next to the object decides whether it is only run or changed.
    const nearRoles = shared.verbs.length ? shared.verbs[shared.verbs.length - 1]!.verb?.roles ?? [] : roles;
    const nums = amounts(c);
    const cmp = comparativeOf(c);
    if (cmp) c.slots.comparative = cmp;
    const prev = clauses[k - 1];
    const objWords = new Set(obj.map((t) => t.lower));
    const outcome = obj.some((t) => R.outcomeNouns.has(t.lower) || R.levelWords.has(t.lower.replace(/^\d+-/, '')));
    const award = tokensOf(c, tokens).some((t) => R.awards.has(t.lower)) || (/ of the /i.test(c.text) && [...R.awards].some((a) => a.includes(' ') && c.text.toLowerCase().includes(a)));
    const fromTo = c.slots.baseline.length > 0;

    if (c.link === 'purpose') {
      const caused = prev?.head && R.causatives.has(prev.head.lemma);
      // "to raise HCAHPS from 70% to 88%", "to move kept visits from 81% to 90%": an aim with where it started and ended.
      if (head && (fromTo || (caused && nums.length > 0 && roles.some((r) => (CHANGE as readonly string[]).includes(r) || r === 'achieve')))) return ['result', 'purpose-with-baseline'];
      // "Enabled 300 seniors to obtain drug coverage": what the writer made possible happened.
      if (head && prev?.head && R.enablers.has(prev.head.lemma) && roles.some((r) => (CHANGE as readonly string[]).includes(r) || r === 'achieve')) return ['result', 'enabled-outcome'];
      return ['purpose', 'purpose-clause'];
    }
    if (c.link === 'means') {
      // "with an accuracy of 99.8%", "with zero downtime events": a level reached, not a method.
      // "with no deficiencies", "with no lost claims": none of what a survey or process counts against it.
      const none = obj.some((t, j) => (t.lower === 'no' || t.lower === 'zero') && obj.slice(j + 1, j + 4).some((u) => R.outcomeNouns.has(u.lower) || input.kpis.some((k) => k.start <= u.start && u.start < k.end)));
      if (c.linkRule === 'means-with' && (nums.some((m) => /%|percent|star|percentile/i.test(m.text)) || objWords.has('zero') || none)) return ['result', 'with-level'];
      // "by reducing open A/R of $900K to under $500K": a means phrase that itself states a measured change.
      if (head && roles.some((r) => (CHANGE as readonly string[]).includes(r)) && (nums.length || fromTo)) return ['result', 'means-states-change'];
      return ['other', 'means-phrase'];
    }
    // "Responsible for reducing days in A/R": after a duty opener a change with no amount is the job's aim.
    if (k === 0 && input.dutyOpener && head && !nums.length && !fromTo) return ['action', 'duty-opener'];
    if (head && roles.some((r) => (CHANGE as readonly string[]).includes(r)) && obj.length > 0) {
      // "Optimized front desk workflows" is a process changed, not an outcome: these verbs need an outcome or a number.
      // So is "Improved workflows in the outpatient lab": a better-verb on a process, with nothing to show for it.
      const onProcess = roles.includes('better') && R.processNouns.has(nounPhraseHead(obj)?.lower ?? '');
      // (A count there is scope, "at two clinics"; a percent or money is how much it changed.)
      const measured = onProcess ? nums.some((m) => /%|\$|percent/i.test(m.text)) : nums.length > 0;
      if ((!R.needsOutcome.has(head.lemma) && !onProcess) || measured || outcome || hasKpi(c)) return ['result', 'change-verb'];
    }
    if (head && roles.includes('achieve') && obj.length > 0 && !(obj[0]!.lower === 'with' && !nums.length)) {
      const needs = R.needsAmount.has(head.lemma);
      // "Collect, analyze and report data on accuracy": the object belongs to the duty verbs that share it.
      const sharedWithDuty = shared.verbs.length > 0 && !nearRoles.some((r) => r === 'achieve' || (CHANGE as readonly string[]).includes(r));
      if (!needs || (!sharedWithDuty && (nums.length || kpiObject(c) || outcome || award || cmp))) return ['result', 'achievement'];
    }
    // "Maintained 98% census", "kept a 5-star rating", "held spend under budget" — not "maintained schedules for 16 staff".
    const level = nums.some((m) => /%|percent|percentile|star|\bpts?\b|points?/i.test(m.text) || /\b(?:at|above|below|under|over|within|of)\s+(?:the\s+|a\s+)?$/i.test(text.slice(Math.max(c.start, m.start - 10), m.start)))
      || obj.some((t) => R.levelWords.has(t.lower.replace(/^\d+-/, '')) && !/^(?:time|budget|schedule)$/.test(t.lower))
      || /\b(?:under|within|on)\s+(?:budget|time|schedule|target)\b/i.test(c.text);
    if (head && roles.includes('maintain') && level) return ['result', 'maintained-level'];
    if (c.link === 'consequence' && (nums.length || hasKpi(c) || cmp || obj.some((t) => R.comparatives.has(t.lower) || R.changeNouns.has(t.lower)) || roles.some((r) => (CHANGE as readonly string[]).includes(r)))) {
      return ['result', 'consequence'];
    }
    if (cmp) return ['result', 'comparative-amount'];
    // "Ensured 100% of staff completed HIPAA training", "95% of claims were paid on first pass": a share that did it.
    if (c.link !== 'while' && nums.some((m) => /%|percent/i.test(m.text) && shareDid(m.end))) return ['result', 'share-reached'];
    // "Managed the implementation of a Cerner system in 14 months", "Led the clinic build-out on time and under budget":
    // a change project brought in within a window or to plan.
    if (head && !head.via && !roles.includes('weak') && runsAChange(c) && (finishedWithin(c) || onPlanAt(tokens, c.from, c.to, R.onPlan) >= 0)) return ['result', 'project-delivered'];
    // "..., on time and $300K under budget": how the work came out.
    if (!head && c.link === 'comma' && onPlanAt(tokens, c.from, c.to, R.onPlan, true) >= 0) return ['result', 'on-plan'];
    // "95% compliance with policies", "census of 97%": a level stated with no verb.
    const levelNoun = (at: number) => input.kpis.some((k) => k.start === at) || R.outcomeNouns.has(/^\s*([A-Za-z]+)/.exec(text.slice(at))?.[1]?.toLowerCase() ?? '');
    if (!head && c.link !== 'while' && nums.some((m) => /%|percent|star/i.test(m.text) && levelNoun(m.end + 1))) return ['result', 'stated-level'];
    if (!head && c.link !== 'while' && nums.some((m) => input.kpis.some((k) => within(k, c) && /^\s+(?:of|at)\s+$/.test(text.slice(k.end, m.start))))) return ['result', 'stated-level'];
    // "drove growth", "delivered savings": a change noun as the verb's object.
    if (head && obj[0] && (R.changeNouns.has(obj[0].lower) || (obj[1] && R.changeNouns.has(obj[1].lower) && obj[0].tags.has('Adjective'))) && !nearRoles.includes('duty')) return ['result', 'change-noun-object'];
    // "Negotiated better pricing", "Delivered faster turnaround": a comparative as the verb's object.
    if (head && obj[0] && R.comparatives.has(obj[0].lower) && obj[0].tags.has('Comparative')) return ['result', 'comparative-object'];
    // "positioned the agency for greater efficiency", "brought in additional revenue": a comparative before an outcome.
    if (head && c.link !== 'while' && !nearRoles.includes('duty') && obj.some((t, j) => R.comparatives.has(t.lower) && !!obj[j + 1] && R.outcomeNouns.has(obj[j + 1]!.lower))) return ['result', 'comparative-outcome'];
    if (award && (!head || roles.includes('achieve') || head.form === 'past' || head.form === 'participle')) return ['result', 'award'];
    if (c.slots.amount.some((m) => /^[+\-–−]\s?\$?\.?\d/.test(m.text)) && hasKpi(c)) return ['result', 'signed-amount'];
    if (c.link === 'while' && head && roles.some((r) => (CHANGE as readonly string[]).includes(r))) return ['result', 'while-improving'];
    if (objWords.has('zero') && nums.length) return ['result', 'zero-outcome'];
    if (head) return ['action', 'action-clause'];
    return ['other', 'no-verb'];
  };

  clauses.forEach((c, k) => {
    const [role, rule] = decide(c, k);
    c.role = role;
    c.roleRule = rule;
  });

  if (!clauses.some((c) => c.role === 'result')) return;
  // "by supporting the billing team", "helping the manager": a weak verb names no means of the writer's own.
  const weakMeans = (p: Clause) => !!p.head && (R.weakMeans.has(p.head.via ?? '') || (p.head.roles.includes('weak') && R.weakMeans.has(p.head.lemma)));
  // Interventions, only now that a result exists.
  clauses.forEach((c, k) => {
    if (c.role === 'result') {
      // The clause before a consequence, a participle or "and" + result is what produced it.
      // "Introduced safety huddles, and CAUTI rates dropped ...", "Audited 50 charts a month; coding accuracy improved ...":
      // an outcome with its own subject, right after an action, is what that action produced.
      const ownSubject = (c.link === 'comma' || c.link === 'punct') && k > 0 && (c.head ? c.head.start > tokens[c.from]!.start
        && !c.head.via && !tokens.slice(c.from, c.to + 1).some((t) => t.start < c.head!.start && (verbAt(tokens, t.i, rules) || R.pronouns.has(t.lower)))
        : c.roleRule === 'share-reached');
      if (c.link === 'consequence' || c.link === 'participle' || c.link === 'and-verb' || c.link === 'purpose' || c.roleRule === 'with-level' || c.roleRule === 'on-plan' || ownSubject) {
        for (let j = k - 1; j >= 0; j--) {
          const p = clauses[j]!;
          // "Negotiated lower rates with two agencies, saving $300K": a result with no KPI and no amount of its own,
          // right before a participle or consequence that states one, is how that one was reached.
          if (p.role === 'result' && j === k - 1 && (c.link === 'participle' || c.link === 'consequence') && R.softResults.has(p.roleRule)
            && !p.slots.baseline.length && !input.kpis.some((x) => within(x, p)) && !amounts(p).some((m) => /%|\$/.test(m.text))) {
            p.role = 'intervention';
            p.roleRule = `result-before-${c.link}`;
            break;
          }
          if (p.role === 'result' || p.link === 'punct' && j < k - 1) break;
          // "Developed a discharge checklist to cut readmissions from 18% to 12%": an aim with its from-to was met, by
          // the action before it; with only an amount it counts after a causative ("Led the team to cut falls 30%").
          const producing = c.link === 'purpose' ? !!p.head && (R.causatives.has(p.head.lemma) || c.slots.baseline.length > 0)
            // "Led the go-live with zero downtime events" — but "Processed 100 claims a day with 99% accuracy" is a duty done well.
            : c.roleRule === 'with-level' || c.roleRule === 'on-plan' ? runsAChange(p)
            : true;
          // "Partnered with IT to launch e-check-in; 60% of patients now check in online": the aim was the action.
          if (ownSubject && p.role === 'purpose' && !p.slots.amount.length) {
            p.role = 'intervention';
            p.roleRule = 'aim-before-outcome';
          } else if (p.role === 'action' && producing && weakMeans(p)) {
            p.roleRule = 'weak-means';
          } else if (p.role === 'action' && producing) {
            p.role = 'intervention';
            p.roleRule = `action-before-${c.link}`;
          } else if (p.role === 'other' && c.link === 'consequence' && j === k - 1 && p.link === 'start' && !R.pronouns.has(tokens[p.from]!.lower)) {
            // "In-home services resulted in ...": a subject with no verb of its own names what produced the result.
            p.role = 'intervention';
            p.roleRule = 'subject-of-consequence';
          }
          if (p.link === 'start' || p.link === 'punct') break;
        }
      }
      return;
    }
    // "with" names a method only after a stated change: "Reduced door-to-doc 15 minutes with split-flow triage".
    // "... by assisting the billing office with appeals": a "with" phrase right after a weak means continues it.
    const prev = clauses[k - 1];
    if (c.role === 'other' && c.link === 'means' && (weakMeans(c) || ((!c.head || c.linkRule === 'means-with') && prev?.link === 'means' && prev.roleRule === 'weak-means'))) {
      c.roleRule = 'weak-means';
      return;
    }
    if (c.role === 'other' && c.link === 'means' && (c.linkRule !== 'means-with' || clauses.slice(0, k).some((p) => p.role === 'result' && (p.head?.roles ?? []).some((r) => (CHANGE as readonly string[]).includes(r) || r === 'achieve')))) {
      c.role = 'intervention';
      c.roleRule = `means:${c.linkRule}`;
      c.slots.means = { start: c.start, end: c.end, text: c.text };
    }
  });
}
