// src/analyze/spans.ts
function span(text, start, end) {
  while (start < end && /[\s,;:\u200b-\u200d\ufeff]/.test(text[start])) start++;
  while (end > start && /[\s,;:(\u200b-\u200d\ufeff]/.test(text[end - 1])) end--;
  if (end > start + 1 && text[end - 1] === "." && !/\b(?:vs|etc|Dr|St|Inc|Co|Jr|Sr|approx|[A-Z])\.$/.test(text.slice(Math.max(start, end - 8), end))) end--;
  if (start > 0 && start < text.length && isLowSurrogate(text.charCodeAt(start))) start--;
  if (end < text.length && end > 0 && isLowSurrogate(text.charCodeAt(end))) end++;
  return { start, end, text: text.slice(start, end) };
}
function isLowSurrogate(c) {
  return c >= 56320 && c <= 57343;
}
function overlaps(a, b) {
  return a.start < b.end && b.start < a.end;
}
function inside(pos, spans) {
  return spans.some((s) => pos >= s.start && pos < s.end);
}
function resolveOverlaps(items) {
  const sorted = [...items].sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
  const kept = [];
  for (const it of sorted) if (it.end > it.start && !kept.some((k) => overlaps(k, it))) kept.push(it);
  return kept.sort((a, b) => a.start - b.start);
}
function mergeSpans(text, items) {
  const sorted = [...items].filter((s) => s.end > s.start).sort((a, b) => a.start - b.start);
  const out = [];
  for (const s of sorted) {
    const last = out[out.length - 1];
    if (last && s.start <= last.end) {
      if (s.end > last.end) out[out.length - 1] = { start: last.start, end: s.end, text: text.slice(last.start, s.end) };
    } else out.push(s);
  }
  return out;
}
function allMatches(re, text) {
  re.lastIndex = 0;
  const out = [];
  let m;
  while ((m = re.exec(text)) !== null) {
    if (m[0].length === 0) {
      re.lastIndex++;
      continue;
    }
    out.push(m);
  }
  return out;
}
export {
  allMatches,
  inside,
  mergeSpans,
  overlaps,
  resolveOverlaps,
  span
};
