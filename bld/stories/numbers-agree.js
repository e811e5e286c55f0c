// src/stories/numbers-agree.ts
var SCALE = { k: 1e3, thousand: 1e3, m: 1e6, mm: 1e6, million: 1e6, b: 1e9, bn: 1e9, billion: 1e9 };
function figure(text) {
  const m = /(\$)?\s?(\d[\d,]*(?:\.\d+)?)\s?(k|mm|m|bn|b|thousand|million|billion)?\b\s*(%|percent|percentage points?|points?|pts?|days?|minutes?|mins?|hours?|hrs?)?/i.exec(text);
  if (!m) return null;
  let value = Number(m[2].replace(/,/g, ""));
  if (m[3]) value *= SCALE[m[3].toLowerCase()] ?? 1;
  const u = (m[4] ?? "").toLowerCase();
  const unit = m[1] ? "money" : /^(%|percent)$/.test(u) ? "percent" : /^(percentage points?|points?|pts?)$/.test(u) ? "points" : /^days?$/.test(u) ? "days" : /^min/.test(u) ? "minutes" : /^(hours?|hrs?)$/.test(u) ? "hours" : "count";
  return { text: text.trim(), value, unit };
}
var same = (a, b) => a.unit === b.unit && Math.abs(a.value - b.value) <= Math.abs(a.value) * 1e-9;
function numbersDisagree(bulletMetrics, storyMetrics) {
  const story = storyMetrics.map((s) => figure(s.text)).filter((f) => f !== null);
  const out = [];
  for (const span of bulletMetrics) {
    const b = figure(span.text);
    if (!b || b.unit === "count") continue;
    if (story.some((s) => same(s, b))) continue;
    const rivals = story.filter((s) => s.unit === b.unit).map((s) => s.text);
    out.push({
      bullet: b.text,
      story: rivals,
      message: rivals.length ? `The bullet says ${b.text}; the story says ${rivals.join(", ")}. Use the same figure in both, or the interviewer will ask which is true.` : `The bullet says ${b.text}, but the story never says it. Say the figure in the story too.`
    });
  }
  return out;
}
export {
  figure,
  numbersDisagree
};
