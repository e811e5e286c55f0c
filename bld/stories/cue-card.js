// src/stories/cue-card.ts
import { STAR_PARTS } from "../analyze/types.js";
var PART_LABELS = { situation: "Situation", task: "Task", action: "Action", result: "Result" };
var MISSING = {
  situation: "[where you were, what was wrong, the baseline]",
  task: "[what you owned or were asked to do]",
  action: "[what you did yourself]",
  result: "[what changed, with a number, and for how long]"
};
var DROP = /* @__PURE__ */ new Set(["very", "really", "basically", "just", "actually", "literally"]);
var LEAD = /^(?:(?:situation|task|action|result|s|t|a|r)\s*[:\-–—]\s*|(?:so|well|basically|first|then|next|finally|also|eventually|as a result)[,:]?\s+)/i;
function cueLine(clause, numbers, maxWords = 12) {
  const lead = LEAD.exec(clause.text)?.[0].length ?? 0;
  const words = [...clause.text.slice(lead).matchAll(/\S+/g)].map((m) => ({ text: m[0], start: clause.start + lead + m.index, end: clause.start + lead + m.index + m[0].length }));
  const kept = words.filter((w, i) => i === 0 || !DROP.has(w.text.toLowerCase()));
  let cut = Math.min(kept.length, maxWords);
  while (cut < kept.length && numbers.some((n) => n.start < kept[cut - 1].end && kept[cut - 1].end < n.end)) cut++;
  const shown = kept.slice(0, cut);
  let line = shown.map((w) => w.text).join(" ").replace(/[.;:!?,]+$/, "");
  if (cut < kept.length) line += "\u2026";
  const shownEnd = shown.at(-1)?.end ?? clause.start;
  const later = numbers.filter((n) => n.start >= shownEnd).map((n) => n.text.trim()).filter((n, i, all) => n && all.indexOf(n) === i);
  return later.length ? `${line} (${later.join(", ")})` : line;
}
function cueCard(a) {
  return STAR_PARTS.map((part) => {
    const spans = a.parts[part];
    if (spans.length === 0) return { part, label: PART_LABELS[part], text: MISSING[part], missing: true };
    const within = (s) => (m) => s.start <= m.start && m.end <= s.end;
    const lead = spans.find((s) => a.components.metric.some(within(s))) ?? spans[0];
    const numbers = [...a.components.metric, ...a.components.timeframe].filter(within(lead)).sort((x, y) => x.start - y.start);
    return { part, label: PART_LABELS[part], text: cueLine(lead, numbers.slice(0, 4)), missing: false };
  });
}
export {
  PART_LABELS,
  cueCard,
  cueLine
};
