// Stage: KPI mentions from the catalogue (rules/kpis), and the direction each moved. A change verb moves the KPI it
// governs: the first KPI of its clause that is not a modifier of another ("Patient experience scores for wait time
// rose": the scores rose, not the wait time).
import type { CataloguePhrase, Rules } from '../../rules/compile.ts';
import type { Domain } from '../../rules/domains.ts';
import { piecesOf, piecesOfTokens, type Piece, type PhraseHit } from '../../rules/phrases.ts';
import { wordsPattern } from '../../rules/regex.ts';
import { resolveOverlaps, span } from '../spans.ts';
import type { Direction, KpiMention } from '../types.ts';
import type { Clause } from './types.ts';

/** A word the spelling check found misspelled, with the KPI word it stands for ("readmisions" -> readmissions). */
export interface KpiTypo { start: number; end: number; fix: string }

/** A domain cue found in the text, with its domain and weight. */
export interface CueHit { domain: Domain; weight: number; start: number; end: number }

/**
 * KPI mentions, domain cues and the domains of counted nouns ("24 employees"), from one walk of the catalogue's trie
 * over the parsed tokens' word pieces. A typo in a KPI word does not hide its KPI: the pieces are walked once more
 * with each typo read as its fix (no second parse), and a KPI found over a fixed word, where the text as written had
 * none, is kept at the written word's offsets.
 */
export function findTerms(text: string, tokens: readonly { start: number; end: number; lower?: string }[], rules: Rules, typos: readonly KpiTypo[] = []): { kpis: KpiMention[]; cues: CueHit[]; counts: Domain[] } {
  const pieces = piecesOfTokens(text, tokens);
  const hits = rules.catalogue.find(text, pieces);
  const found = kpisOf(text, hits, rules);
  if (typos.length) {
    const fixed = withTypos(pieces, typos);
    if (fixed) {
      for (const k of kpisOf(text, rules.catalogue.find(text, fixed), rules)) {
        if (!typos.some((t) => k.start < t.end && t.start < k.end)) continue;
        if (found.some((f) => f.start < k.end && k.start < f.end)) continue;
        found.push(k);
      }
    }
  }
  const counts: Domain[] = [];
  for (const h of hits) if (h.value.kind === 'count' && !counts.includes(h.value.domain)) counts.push(h.value.domain);
  return { kpis: resolveOverlaps(found), cues: cuesOf(hits, rules), counts };
}

/** Each KPI's mentions: its terms, less any inside one of its exceptions ("revenue" in "revenue cycle"). */
function kpisOf(text: string, hits: readonly PhraseHit<CataloguePhrase>[], rules: Rules): KpiMention[] {
  const out: KpiMention[] = [];
  for (const h of hits) {
    if (h.value.kind !== 'kpi') continue;
    const kpi = h.value.kpi;
    if (hits.some((e) => e.value.kind === 'except' && e.value.kpi === kpi && e.start < h.end && h.start < e.end)) continue;
    const k = rules.kpis[kpi]!;
    const s = span(text, h.start, h.end);
    if (s.end > s.start) out.push({ id: k.id, label: k.label, domain: k.domain, start: s.start, end: s.end, text: s.text, change: null, desired: k.desired });
  }
  return out;
}

/** Within a domain and weight, the longest cue at each place, read left to right without overlaps. */
function cuesOf(hits: readonly PhraseHit<CataloguePhrase>[], rules: Rules): CueHit[] {
  const out: CueHit[] = [];
  const lastEnd = new Map<number, number>();
  for (let i = 0; i < hits.length; i++) {
    const h = hits[i]!;
    if (h.value.kind !== 'cue') continue;
    const group = h.value.group;
    if (h.start < (lastEnd.get(group) ?? -1)) continue;
    // hits come by start; the longest of this group at this start wins
    let best = h;
    for (let j = i + 1; j < hits.length && hits[j]!.start === h.start; j++) {
      const o = hits[j]!;
      if (o.value.kind === 'cue' && o.value.group === group && o.end > best.end) best = o;
    }
    lastEnd.set(group, best.end);
    const g = rules.cueGroups[group]!;
    out.push({ domain: g.domain, weight: g.weight, start: best.start, end: best.end });
  }
  return out;
}

/** The pieces with each typo's word read as its fix (at the written word's offsets); null when no piece changed. */
function withTypos(pieces: readonly Piece[], typos: readonly KpiTypo[]): Piece[] | null {
  const out: Piece[] = [];
  let changed = false;
  for (let i = 0; i < pieces.length; i++) {
    const p = pieces[i]!;
    const t = typos.find((x) => p.start >= x.start && p.end <= x.end);
    if (!t) {
      out.push(p);
      continue;
    }
    // the whole misspelled word becomes the pieces of its fix
    while (pieces[i + 1] && pieces[i + 1]!.end <= t.end) i++;
    piecesOf(t.fix, 0, t.fix.length).forEach((f, k) => out.push({ norm: f.norm, start: t.start, end: t.end, joined: k === 0 ? p.joined : true }));
    changed = true;
  }
  return changed ? out : null;
}

type RoleWords = Rules['roles'];
interface DirectionWords { modifier: RegExp; adjunct: RegExp; down: RegExp; up: RegExp; steady: RegExp }
const compiledWords = new WeakMap<RoleWords, DirectionWords>();
/** The role lists (rules/signals/roles.yml) that direction reads, compiled once for each rule set. */
function directionWords(roles: RoleWords): DirectionWords {
  let w = compiledWords.get(roles);
  if (!w) {
    w = {
      modifier: new RegExp(`^\\s*(?:${wordsPattern(roles.modifierPrepositions)})\\s+(?:the\\s+|our\\s+|a\\s+)?(?:[\\w/-]+\\s+){0,2}$`, 'i'),
      adjunct: new RegExp(`\\b(?:${wordsPattern(roles.adjunctPrepositions)})\\b`, 'i'),
      down: new RegExp(`\\b(?:${wordsPattern(roles.downWords)})\\b`, 'i'),
      up: new RegExp(`\\b(?:${wordsPattern(roles.upWords)})\\b`, 'i'),
      steady: new RegExp(`\\b(?:${wordsPattern(roles.steadyWords)})\\b`, 'i'),
    };
    compiledWords.set(roles, w);
  }
  return w;
}

/**
 * The KPIs of a clause its verb governs: each KPI that does not modify the KPI before it, and, after the verb, is not
 * inside a phrase of time or cause ("after the ED volume surge").
 */
export function governed(text: string, c: Clause, kpis: readonly KpiMention[], roles: RoleWords): KpiMention[] {
  const w = directionWords(roles);
  const inClause = kpis.filter((k) => k.start >= c.start && k.start < c.end);
  return inClause.filter((k, i) => {
    const before = inClause[i - 1];
    if (before && w.modifier.test(text.slice(before.end, k.start))) return false;
    return !(c.head && k.start >= c.head.end && w.adjunct.test(text.slice(c.head.end, k.start)));
  });
}

function directionOf(c: Clause, k: KpiMention, text: string, w: DirectionWords): Direction | 'better' | null {
  const roles = c.head?.roles ?? [];
  if (roles.includes('down')) return 'down';
  if (roles.includes('up')) return 'up';
  if (roles.includes('better')) return 'better';
  const after = text.slice(k.end, c.end);
  const sign = /^\s*(?:\([^)]*\)\s*)?(?:(?:rate|rates|score|scores|time|times)\s+)?(?:by\s+)?([+\-–−])\s?\$?\.?\d/.exec(after);
  if (sign) return sign[1] === '+' ? 'up' : 'down';
  const cmp = c.slots.comparative?.text.toLowerCase() ?? '';
  if (w.down.test(cmp)) return 'down';
  if (w.up.test(cmp)) return 'up';
  return fromToDirection(c);
}

function fromToDirection(c: Clause): Direction | null {
  for (const b of c.slots.baseline) {
    const nums = [...b.text.matchAll(/\d[\d,]*(?:\.\d+)?/g)].map((x) => Number(x[0].replace(/,/g, '')));
    if (nums.length < 2) continue;
    const [a, z] = /\bto\b[^]*\bfrom\b/i.test(b.text) ? [nums[1]!, nums[0]!] : [nums[0]!, nums[1]!];
    if (a !== z) return z < a ? 'down' : 'up';
  }
  return null;
}

/** Sets `change` on each KPI its result clause moved; KPIs in an intervention, a purpose or a duty stay null. */
export function kpiDirections(text: string, clauses: readonly Clause[], kpis: KpiMention[], roles: RoleWords): void {
  const w = directionWords(roles);
  for (const c of clauses) {
    if (c.role !== 'result') continue;
    const gov = governed(text, c, kpis, roles);
    c.slots.kpi = kpis.filter((k) => k.start >= c.start && k.start < c.end);
    // A steady level ("while keeping overtime flat") moves nothing.
    if (w.steady.test(c.text) && !(c.head?.roles ?? []).some((r) => r === 'down' || r === 'up')) continue;
    for (const k of gov) {
      const d = directionOf(c, k, text, w);
      k.change = d === 'better' ? k.desired : d;
    }
  }
}
