// src/render/story-view.ts
import { STAR_PARTS } from "../analyze/types.js";
import { countWords } from "../analyze/story/sentences.js";
import { cueCard, PART_LABELS } from "../stories/cue-card.js";
var ORDER = { error: 0, warning: 1, info: 2 };
function markParts(a) {
  const marks = [];
  for (const part of STAR_PARTS) for (const s of a.parts[part]) {
    if (!marks.some((m) => m.start < s.end && s.start < m.end)) marks.push({ start: s.start, end: s.end, part });
  }
  marks.sort((x, y) => x.start - y.start);
  const pieces = [];
  let at = 0;
  for (const m of marks) {
    if (m.start > at) pieces.push({ text: a.text.slice(at, m.start), part: null, label: null });
    pieces.push({ text: a.text.slice(m.start, m.end), part: m.part, label: PART_LABELS[m.part] });
    at = m.end;
  }
  if (at < a.text.length) pieces.push({ text: a.text.slice(at), part: null, label: null });
  return pieces;
}
function timing(seconds) {
  if (seconds > 150) return "long";
  if (seconds < 45) return "short";
  return seconds >= 60 && seconds <= 120 ? "aim" : "near";
}
function storyView(a) {
  const pieces = markParts(a);
  const total = Math.max(1, a.words);
  const shares = STAR_PARTS.map((part) => {
    const words = pieces.filter((p) => p.part === part).reduce((n, p) => n + countWords(p.text), 0);
    return { part, label: PART_LABELS[part], words, percent: Math.round(words / total * 100), present: a.parts[part].length > 0 };
  });
  const findings = [...a.findings].sort((x, y) => ORDER[x.severity] - ORDER[y.severity] || (x.start ?? 0) - (y.start ?? 0)).map((f) => ({
    rule: f.rule,
    severity: f.severity,
    message: f.message,
    source: f.source ?? null,
    quote: f.start !== void 0 && f.end !== void 0 && f.end - f.start <= 120 ? a.text.slice(f.start, f.end) : null
  }));
  return {
    pieces,
    shares,
    findings,
    kpis: a.kpis.map((k) => ({ label: k.label, domain: k.domain, change: k.change, desired: k.desired, wrongWay: !!k.change && !!k.desired && k.change !== k.desired })),
    cueCard: cueCard(a),
    score: a.score,
    band: a.score >= 80 ? "strong" : a.score >= 55 ? "fair" : "weak",
    words: a.words,
    speakingSeconds: a.speakingSeconds,
    timing: timing(a.speakingSeconds),
    quantifiedResult: a.quantifiedResult
  };
}
export {
  markParts,
  storyView,
  timing
};
