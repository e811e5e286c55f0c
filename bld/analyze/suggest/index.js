// src/analyze/suggest/index.ts
import { bestRewrite, buildCandidates, buildContext, rank } from "./candidates.js";
import { inventedNumbers } from "./facts.js";
import { isRescoring } from "./guard.js";
import { cleanAnswer, questionFor } from "./placeholders.js";
import { PARTS, rewriteRules } from "./rules.js";
import { AnswersSchema, answerPart, ANSWER_KEYS } from "./placeholders.js";
var MAX_CANDIDATES = 3;
var MAX_REWRITE_CHARS = 1e3;
function suggestRewrites(analysed, options = {}) {
  const text = analysed.text;
  if (!text.trim() || text.length > MAX_REWRITE_CHARS) return [];
  const answers = options.answers ?? {};
  const sources = [text, ...Object.values(answers).filter((a) => typeof a === "string").map(cleanAnswer)];
  const seen = /* @__PURE__ */ new Set();
  const ranked = buildCandidates(analysed, answers, options.reanalyse).map((c, i) => ({ c, i, score: rank(c) })).sort((a, b) => b.score - a.score || a.i - b.i).map(({ c }) => c).filter((c) => {
    if (!c.text.trim() || seen.has(c.text) || inventedNumbers(c.text, sources).length) return false;
    seen.add(c.text);
    return true;
  });
  const useful = ranked.filter((c, i) => i === 0 || c.text !== text || hasGuideParts(c));
  return useful.slice(0, MAX_CANDIDATES);
}
var GUIDE_PARTS = ["action-verb", "metric", "intervention", "result"];
function hasGuideParts(c) {
  return GUIDE_PARTS.every((id) => c.checks.some((k) => k.id === id && k.status === "passes")) && !c.checks.some((k) => k.id === "guide-order" && k.status === "lacks");
}
function suggestRewrite(analysed, options = {}) {
  if (isRescoring()) return null;
  const text = analysed.text;
  if (!text.trim() || text.length > MAX_REWRITE_CHARS) return null;
  const best = bestRewrite(analysed, options.reanalyse);
  if (!best.text.trim() || inventedNumbers(best.text, [text]).length) return null;
  return best;
}
function rewriteQuestions(analysed, rewrite) {
  const ctx = buildContext(analysed, {}, null);
  const parts = rewriteRules().placeholders.parts;
  return rewrite.placeholders.flatMap((placeholder) => {
    const part = PARTS.find((p) => placeholder.startsWith(parts[p].text.split("{")[0].replace(/\]$/, "")));
    return part ? [{ ...questionFor(part, ctx.placeholder), placeholder }] : [];
  });
}
export {
  ANSWER_KEYS,
  AnswersSchema,
  MAX_CANDIDATES,
  answerPart,
  rewriteQuestions,
  suggestRewrite,
  suggestRewrites
};
