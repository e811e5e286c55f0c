// What the parsed bullet itself says about a part the checks call missing. The rewriter asks for a part only when
// the parse holds no evidence of it: a clause that claims a change in words ("Enhanced operations", "develop
// growth"), or a number beside a KPI, is an outcome the writer stated, however loosely; the rewrite then asks how
// much it moved rather than putting "[result: what improved]" in front of it.
import { getRules } from '../../rules/index.ts';
import type { Clause, ParsedBullet, Token } from '../pipeline/types.ts';

const CHANGE_ROLES = new Set(['up', 'down', 'better']);

/** The first clause that states an outcome the roles stage did not count as a result, if any. */
export function claimedOutcome(parsed: ParsedBullet): Clause | undefined {
  if (parsed.clauses.some((c) => c.role === 'result')) return undefined;
  return parsed.clauses.find((c) => (c.role === 'action' || c.role === 'other') && c.link !== 'means' && c.link !== 'purpose' && c.link !== 'while'
    && (changeHead(c) || changeNounObject(c, parsed.tokens) || kpiWithAmount(c) || sumGained(c, parsed) || namesAward(c, parsed)));
}

/** "Named Employee of the Year", "Received the Pinnacle award": an award is an outcome, whatever verb carries it. */
export function namesAward(c: Clause, parsed: ParsedBullet): boolean {
  const awards = getRules().roles.awards;
  // As the roles stage reads awards: received or named ("Received", "Named", "won"), not a duty ("issue grant awards").
  const h = c.head;
  const told = !h || h.roles.includes('achieve') || h.form === 'past' || h.form === 'participle' || awards.has(parsed.tokens[c.from]?.lower ?? '');
  return told && someToken(parsed, c, (t) => awards.has(t.lower));
}

/** "... award for leading the flu clinic rollout": what the award was for, in the writer's words, is how it was earned. */
export function awardFor(c: Clause, parsed: ParsedBullet): boolean {
  const ts = parsed.tokens.slice(c.from, c.to + 1);
  return ts.some((t, i) => t.lower === 'for' && i + 1 < ts.length && (ts[i + 1]!.verb?.form === 'gerund' || ts[i + 1]!.tags.has('Gerund'))
    && ts.slice(0, i).some((x) => getRules().roles.awards.has(x.lower) || /^(?:year|month|quarter)$/.test(x.lower)));
}

/** "Saved $85K", "Generated $2M": an achievement verb with a sum of money after it, found by the number stage or not. */
export function sumGained(c: Clause, parsed: ParsedBullet): boolean {
  if (!c.head || !c.head.roles.includes('achieve')) return false;
  const head = c.head;
  return someToken(parsed, c, (t) => t.start >= head.end && isSumAt(parsed.text, t.start, t.end + 1)
    && !/\b(?:to|at|of|from)\s+$/i.test(parsed.text.slice(head.end, t.start)));
}

/** A number written in the clause, whether or not the number stage counted it as a measure. */
export function holdsNumber(c: Clause, parsed: ParsedBullet): boolean {
  // A year or a period says when, not how much.
  return someToken(parsed, c, (t) => DIGIT.test(t.text) && !YEAR.test(t.text)
    && !c.slots.timeframe.some((f) => f.start <= t.start && t.end <= f.end));
}

/** A sum of money written from `start` (before `end`): /^[+\-–−]?\$\d/ read by character code. */
function isSumAt(text: string, start: number, end: number): boolean {
  end = Math.min(end, text.length);
  let i = start;
  const sign = text.charCodeAt(i);
  if (i < end && (sign === 43 || sign === 45 || sign === 0x2013 || sign === 0x2212)) i++;
  if (!(i + 1 < end && text.charCodeAt(i) === 36)) return false;
  const d = text.charCodeAt(i + 1);
  return d >= 48 && d <= 57;
}
const DIGIT = /\d/;
const YEAR = /^(?:19|20)\d\d$/;

/** Whether a token of the clause passes the test (read in place: this runs for most bullets). */
function someToken(parsed: ParsedBullet, c: Clause, test: (t: Token) => boolean): boolean {
  const last = Math.min(c.to, parsed.tokens.length - 1);
  for (let i = c.from; i <= last; i++) if (test(parsed.tokens[i]!)) return true;
  return false;
}

/** "Enhanced operations", "Improved workflows": a change verb with an object claims that something got better. */
function changeHead(c: Clause): boolean {
  return !!c.head && c.head.roles.some((r) => CHANGE_ROLES.has(r)) && c.end > c.head.end;
}

/** "developed growth", "maintain and develop growth", "delivered savings": a change noun heads the verb's object
 *  (not a modifier, as in "quality improvement activities"). */
function changeNounObject(c: Clause, tokens: readonly Token[]): boolean {
  // A duty's object names the work ("Identify and communicate process improvements"), not an outcome.
  if (!c.head || c.head.roles.includes('duty') || c.head.roles.includes('weak')) return false;
  const R = getRules().roles;
  const obj = tokens.slice(c.from, c.to + 1).filter((t) => t.start >= c.head!.end && hasWordOrAmount(t.text));
  let i = 0;
  // A verb coordinated with the head shares its object: "maintain and develop growth".
  if (obj[0]?.lower === 'and' && obj[1]?.tags.has('Verb')) i = 2;
  // Past an article and up to two modifiers: "drove referral growth", "delivered significant cost savings".
  for (let k = 0; k < 4 && obj[i]; k++, i++) {
    const t = obj[i]!;
    if (R.changeNouns.has(t.lower)) {
      const next = obj[i + 1];
      return !next || !next.tags.has('Noun') || next.tags.has('Preposition');
    }
    if (!(R.articles.has(t.lower) || t.tags.has('Adjective') || t.tags.has('Noun')) || t.post.includes(',') || t.post.includes(';')) return false;
  }
  return false;
}

/** A letter, a digit, "$" or "%" anywhere in the token (/[A-Za-z0-9$%]/): not bare punctuation. */
function hasWordOrAmount(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if ((c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 36 || c === 37) return true;
  }
  return false;
}

/** A KPI and a measured amount in one clause: something was measured, whatever the verb. */
function kpiWithAmount(c: Clause): boolean {
  const amounts = c.slots.amount.filter((m) => !c.slots.timeframe.some((t) => t.start <= m.start && m.end <= t.end));
  return c.slots.kpi.length > 0 && amounts.length > 0;
}
