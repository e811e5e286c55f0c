// src/render/analysed.ts
import { analyzeBullet, emptyComponents } from "../analyze/index.js";
var MAX = 5e3;
var cache = /* @__PURE__ */ new Map();
function analyseCached(text) {
  const hit = cache.get(text);
  if (hit) {
    cache.delete(text);
    cache.set(text, hit);
    return hit;
  }
  const result = analyzeBullet(text);
  cache.set(text, result);
  if (cache.size > MAX) cache.delete(cache.keys().next().value);
  return result;
}
function clearAnalysisCache() {
  cache.clear();
}
function forgetAnalysis(texts) {
  for (const t of texts) cache.delete(t);
}
function analyseSafely(text, onError) {
  try {
    return analyseCached(text);
  } catch (err) {
    onError(err);
    return {
      kind: "bullet",
      text,
      score: 0,
      components: emptyComponents(),
      actionVerb: null,
      kpis: [],
      primaryDomain: null,
      rewrite: null,
      findings: [{ rule: "not-analysed", severity: "info", message: "This bullet could not be analysed. It is saved as you wrote it; try rewording it." }]
    };
  }
}
export {
  analyseCached,
  analyseSafely,
  clearAnalysisCache,
  forgetAnalysis
};
