// src/analyze/suggest/missing.ts
import { PARTS } from "./rules.js";
var PART_NAMES = {
  metric: /\b(metric|magnitude|quantified|number)\b/,
  baseline: /\bbaseline\b/,
  intervention: /\b(intervention|how)\b/,
  result: /\b(result|outcome)\b/,
  timeframe: /\b(timeframe|time frame|period|sustained)\b/
};
var MISSING = /\b(missing|no|has|needs?|requires?|lacks?|without|add)\b/;
function missingParts(analysed) {
  return partsFlagged(analysed, (s) => s !== "info");
}
function optionalParts(analysed) {
  const required = missingParts(analysed);
  return new Set([...partsFlagged(analysed, (s) => s === "info")].filter((p) => !required.has(p)));
}
function partsFlagged(analysed, severity) {
  const missing = /* @__PURE__ */ new Set();
  for (const f of analysed.findings) {
    if (!severity(f.severity)) continue;
    const id = f.rule.toLowerCase().replace(/[^a-z]+/g, " ");
    if (!MISSING.test(id)) continue;
    for (const part of PARTS) {
      if (PART_NAMES[part].test(id) && analysed.components[part].length === 0) missing.add(part);
    }
  }
  return missing;
}
function wrongWayKpis(analysed) {
  return analysed.kpis.filter((k) => k.change && k.desired && k.change !== k.desired);
}
export {
  missingParts,
  optionalParts,
  wrongWayKpis
};
