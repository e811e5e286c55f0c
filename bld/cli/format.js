// src/cli/format.ts
var MARKS = {
  result: ["\xAB", "\xBB"],
  intervention: ["<", ">"],
  baseline: ["{", "}"],
  timeframe: ["\u27E6", "\u27E7"],
  metric: ["[", "]"]
};
var LEGEND = "marks: \xABresult\xBB <intervention> {baseline} \u27E6timeframe\u27E7 [metric]";
function markedText(r) {
  const events = [];
  Object.keys(MARKS).forEach((name, order) => {
    for (const s of r.components[name]) {
      const len = s.end - s.start;
      events.push({ at: s.start, open: true, mark: MARKS[name][0], len, order });
      events.push({ at: s.end, open: false, mark: MARKS[name][1], len, order });
    }
  });
  events.sort((a, b) => a.at - b.at || Number(a.open) - Number(b.open) || (a.open ? b.len - a.len || a.order - b.order : a.len - b.len || b.order - a.order));
  let out = "";
  let pos = 0;
  for (const e of events) {
    out += r.text.slice(pos, e.at) + e.mark;
    pos = e.at;
  }
  return out + r.text.slice(pos);
}
function parts(r) {
  const names = ["result", "metric", "baseline", "intervention", "timeframe"];
  return names.map((n) => `${n.padEnd(12)} ${r.components[n].length ? r.components[n].map((s) => JSON.stringify(s.text)).join(", ") : "\u2014"}`).join("\n    ");
}
var SEVERITY_ORDER = { error: 0, warning: 1, info: 2 };
function bySeverity(fs) {
  return [...fs].sort((a, b) => SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity] || (a.start ?? -1) - (b.start ?? -1));
}
function bulletBlock(r, i) {
  const verb = r.actionVerb ? `${JSON.stringify(r.actionVerb.text)} (${r.actionVerb.strength})` : "\u2014 (no action verb)";
  const kpis = r.kpis.length ? r.kpis.map((k) => `${k.label} [${k.domain}]${k.change ? ` ${k.change === "up" ? "\u2191" : "\u2193"}` : ""}${k.desired ? ` (want ${k.desired === "up" ? "\u2191" : "\u2193"})` : ""}`).join("; ") : "\u2014";
  const lines = [
    `${i + 1}. ${r.text}`,
    `    ${markedText(r)}`,
    `    score ${r.score}/100   domain ${r.primaryDomain ?? "\u2014"}`,
    `    verb         ${verb}`,
    `    ${parts(r)}`,
    `    kpis         ${kpis}`,
    ...bySeverity(r.findings).map((f) => `    ${f.start !== void 0 ? `${1}:${f.start + 1}-${1}:${(f.end ?? f.start) + 1}` : "-".padEnd(3)}  ${f.severity.padEnd(7)}  ${f.message}  ${f.rule}`)
  ];
  if (r.rewrite) lines.push(`    rewrite      ${r.rewrite.text}`);
  return lines.join("\n");
}
function storyBlock(r, i) {
  const p = (n) => `${n.padEnd(10)} ${r.parts[n].length ? r.parts[n].map((s) => JSON.stringify(s.text.length > 70 ? s.text.slice(0, 67) + "..." : s.text)).join(" ") : "\u2014"}`;
  return [
    `${i + 1}. story (${r.words} words, ~${r.speakingSeconds}s spoken)   score ${r.score}/100   quantified result: ${r.quantifiedResult ? "yes" : "no"}`,
    `    ${p("situation")}`,
    `    ${p("task")}`,
    `    ${p("action")}`,
    `    ${p("result")}`,
    ...bySeverity(r.findings).map((f) => `    ${f.severity.padEnd(7)}  ${f.message}  ${f.rule}`)
  ].join("\n");
}
function formatText(results) {
  if (!results.length) return "nothing to analyse: the input has no non-empty lines\n";
  const blocks = results.map((r, i) => r.kind === "story" ? storyBlock(r, i) : bulletBlock(r, i));
  const errors = results.reduce((n, r) => n + r.findings.filter((f) => f.severity === "error").length, 0);
  const warnings = results.reduce((n, r) => n + r.findings.filter((f) => f.severity === "warning").length, 0);
  const avg = Math.round(results.reduce((n, r) => n + r.score, 0) / results.length);
  const legend = results.some((r) => r.kind === "bullet") ? `${LEGEND}

` : "";
  return `${legend}${blocks.join("\n\n")}

${results.length} item(s), average score ${avg}/100, ${errors} error(s), ${warnings} warning(s)
`;
}
export {
  LEGEND,
  formatText,
  markedText
};
