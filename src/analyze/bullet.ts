// analyzeBullet: text -> signals -> findings -> score -> rewrite. The single path every bullet takes.
import { getRules } from '../rules/index.ts';
import { runChecks } from './checks.ts';
import { parseBullet } from './pipeline/index.ts';
import { MAX_BULLET_CHARS } from './limits.ts';
import { privateDataFindings } from './privacy.ts';
import { scoreOf } from './score.ts';
import { findMisspellings, kpiTypos, toFindings, wordTypos, type SpellingOptions } from './spelling/index.ts';
import { rememberParse, suggestRewrite } from './suggest/index.ts';
import { emptyComponents, type BulletResult } from './types.ts';

export interface BulletOptions extends SpellingOptions {
  /** Skip the rewrite (used when scoring a rewrite itself). */
  rewrite?: boolean;
  /** Skip the spelling check (used when scoring rewrite candidates built from already-checked words). */
  spelling?: boolean;
}

export function analyzeBullet(text: string, options: BulletOptions = {}): BulletResult {
  if (text.length > MAX_BULLET_CHARS) {
    return {
      kind: 'bullet', text, score: 0, components: emptyComponents(), actionVerb: null, kpis: [], primaryDomain: null,
      findings: [{
        rule: 'over-limit', severity: 'error', penalty: 100,
        message: `This bullet is ${text.length} characters; the limit is ${MAX_BULLET_CHARS}. Split it into bullets of one or two lines each.`,
        source: "guide, Resume Bullet Examples: each bullet is one or two lines",
      }],
      rewrite: null,
    };
  }
  const rules = getRules();
  const misspellings = options.spelling === false ? [] : findMisspellings(text, options);
  const signals = parseBullet(text, rules, kpiTypos(misspellings), wordTypos(misspellings));
  const findings = [...runChecks(rules, signals), ...toFindings(misspellings, signals.kpis), ...privateDataFindings(text)];
  const analysed = {
    kind: 'bullet' as const, text, components: signals.components, actionVerb: signals.actionVerb,
    kpis: signals.kpis, primaryDomain: signals.primaryDomain, findings,
  };
  const score = scoreOf(findings);
  return rememberParse({ ...analysed, score, rewrite: options.rewrite === false ? null : suggestRewrite({ ...analysed, score, parsed: signals }) }, signals);
}
