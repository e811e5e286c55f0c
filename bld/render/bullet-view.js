// src/render/bullet-view.ts
import { rewriteQuestions } from "../analyze/suggest/index.js";
import { highlight, highlightPlaceholders, placeholdersIn } from "./highlight.js";
import { DOMAIN_LABELS, MARK_LABELS, MISSING_HINTS } from "./labels.js";
var CHECKLIST = ["metric", "baseline", "intervention", "result"];
var SEVERITY_LABELS = { error: "Fix", warning: "Improve", info: "Tip" };
var SEVERITY_ORDER = { error: 0, warning: 1, info: 2 };
function marksOf(r) {
  const marks = [];
  for (const kind of ["metric", "baseline", "intervention", "result", "timeframe"]) {
    for (const s of r.components[kind]) marks.push({ start: s.start, end: s.end, kind });
  }
  for (const k of r.kpis) marks.push({ start: k.start, end: k.end, kind: "kpi", title: `${k.label} (${DOMAIN_LABELS[k.domain]})` });
  return marks;
}
function bulletView(r) {
  const checklist = CHECKLIST.map((key) => {
    const spans = r.components[key];
    return {
      key,
      label: MARK_LABELS[key],
      present: spans.length > 0,
      detail: spans.length ? spans.map((s) => s.text).join(" \xB7 ") : MISSING_HINTS[key]
    };
  });
  const band = r.score >= 80 ? "strong" : r.score >= 50 ? "fair" : "weak";
  return {
    score: r.score,
    band,
    bandLabel: band === "strong" ? "Strong" : band === "fair" ? "Fair" : "Needs work",
    html: highlight(r.text, marksOf(r)),
    checklist,
    complete: checklist.every((c) => c.present),
    timeframe: r.components.timeframe.map((s) => s.text),
    kpis: r.kpis.map((k) => {
      const verdict = k.change && k.desired ? k.change === k.desired ? "good" : "bad" : "unknown";
      return {
        label: k.label,
        domain: DOMAIN_LABELS[k.domain],
        text: k.text,
        verdict,
        verdictText: verdict === "good" ? `${k.change === "up" ? "up" : "down"}, the right way` : verdict === "bad" ? `${k.change === "up" ? "up" : "down"}: this measure should go ${k.desired}` : k.change ? `moved ${k.change}` : "direction not stated"
      };
    }),
    // Most important first: what to fix, then what to improve, then tips; the engine's order within each.
    findings: [...r.findings].sort((a, b) => SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity]).map((f) => ({
      severity: f.severity,
      severityLabel: SEVERITY_LABELS[f.severity],
      message: f.message,
      excerpt: f.start !== void 0 && f.end !== void 0 && f.end > f.start ? r.text.slice(f.start, f.end) : null,
      source: f.source ?? null,
      penalty: f.penalty ? Math.round(f.penalty) : null
    })),
    rewrite: r.rewrite && r.rewrite.text.trim() && r.rewrite.text !== r.text ? { text: r.rewrite.text, html: highlightPlaceholders(r.rewrite.text), placeholders: r.rewrite.placeholders, questions: rewriteQuestions(r, r.rewrite) } : null,
    unfilled: placeholdersIn(r.text),
    weakOpener: !r.actionVerb || r.actionVerb.strength === "weak"
  };
}
export {
  CHECKLIST,
  bulletView,
  marksOf
};
