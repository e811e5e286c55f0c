// src/analyze/bullet.ts
import { getRules } from "../rules/index.js";
import { runChecks } from "./checks.js";
import { detectSignals } from "./detect.js";
import { MAX_BULLET_CHARS } from "./limits.js";
import { scoreOf } from "./score.js";
import { suggestRewrite } from "./suggest/index.js";
import { emptyComponents } from "./types.js";
function analyzeBullet(text, options = {}) {
  if (text.length > MAX_BULLET_CHARS) {
    return {
      kind: "bullet",
      text,
      score: 0,
      components: emptyComponents(),
      actionVerb: null,
      kpis: [],
      primaryDomain: null,
      findings: [{
        rule: "over-limit",
        severity: "error",
        penalty: 100,
        message: `This bullet is ${text.length} characters; the limit is ${MAX_BULLET_CHARS}. Split it into bullets of one or two lines each.`,
        source: "guide, Resume Bullet Examples: each bullet is one or two lines"
      }],
      rewrite: null
    };
  }
  const rules = getRules();
  const signals = detectSignals(text, rules);
  const findings = runChecks(rules, signals);
  const analysed = {
    kind: "bullet",
    text,
    components: signals.components,
    actionVerb: signals.actionVerb,
    kpis: signals.kpis,
    primaryDomain: signals.primaryDomain,
    findings
  };
  const score = scoreOf(findings);
  return { ...analysed, score, rewrite: options.rewrite === false ? null : suggestRewrite({ ...analysed, score }) };
}
export {
  analyzeBullet
};
