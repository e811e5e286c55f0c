// src/analyze/story/sentences.ts
var NEVER_FINAL = /* @__PURE__ */ new Set([
  "dr",
  "mr",
  "mrs",
  "ms",
  "prof",
  "st",
  "sr",
  "jr",
  "vs",
  "v",
  "etc",
  "e.g",
  "i.e",
  "eg",
  "ie",
  "cf",
  "approx",
  "appt",
  "no",
  "nos",
  "dept",
  "est",
  "ca",
  "fig",
  "inc",
  "ltd",
  "co",
  "corp",
  "avg",
  "min",
  "max",
  "mo",
  "mos",
  "yr",
  "yrs",
  "jan",
  "feb",
  "mar",
  "apr",
  "jun",
  "jul",
  "aug",
  "sep",
  "sept",
  "oct",
  "nov",
  "dec",
  "u.s",
  "a.m",
  "p.m",
  "incl"
]);
var CAN_END_BEFORE_CAPITAL = /* @__PURE__ */ new Set(["etc", "inc", "ltd", "co", "corp", "a.m", "p.m", "u.s", "min", "max", "avg", "yrs", "mos"]);
var BULLET_OR_LABEL = /^\s*(?:[•\-*▪◦‣]|\d+[.)]|(?:situation|task|action|result|s|t|a|r)\s*[:\-–—])/i;
function trimSpan(src, start, end) {
  while (start < end && /\s/.test(src[start])) start++;
  while (end > start && /\s/.test(src[end - 1])) end--;
  return end > start ? { start, end, text: src.slice(start, end) } : null;
}
function splitSentences(src) {
  const out = [];
  let start = 0;
  const push = (end) => {
    const s = trimSpan(src, start, end);
    if (s) out.push(s);
    start = end;
  };
  for (let i = 0; i < src.length; i++) {
    const ch = src[i];
    if (ch === "\n") {
      const rest = src.slice(i + 1, i + 40);
      const prevLine = src.slice(Math.max(start, src.lastIndexOf("\n", i - 1) + 1), i).trimEnd();
      if (/^\s*\n/.test(rest) || BULLET_OR_LABEL.test(rest) || /[:;]$/.test(prevLine)) push(i + 1);
      continue;
    }
    if (ch !== "." && ch !== "!" && ch !== "?" && ch !== "\u2026") continue;
    let j = i + 1;
    while (j < src.length && /[.!?…]/.test(src[j])) j++;
    while (j < src.length && /["'”’)\]]/.test(src[j])) j++;
    if (j < src.length && !/\s/.test(src[j])) {
      i = j - 1;
      continue;
    }
    let k = j;
    while (k < src.length && /\s/.test(src[k])) k++;
    const next = src[k];
    if (next !== void 0 && ch === "." && !endsSentenceAt(src, i, next)) {
      i = j - 1;
      continue;
    }
    push(j);
    i = j - 1;
  }
  push(src.length);
  return out;
}
function endsSentenceAt(src, dot, next) {
  let w = dot;
  while (w > 0 && /[\p{L}.]/u.test(src[w - 1])) w--;
  const token = src.slice(w, dot).toLowerCase();
  const capital = /[\p{Lu}"“'‘(\[$]|\d/u.test(next);
  const standsAlone = w === 0 || /[\s("“]/.test(src[w - 1]);
  if (standsAlone && new RegExp("^\\p{L}$", "u").test(token) && new RegExp("\\p{Lu}", "u").test(src[w])) return false;
  if (NEVER_FINAL.has(token)) return capital && CAN_END_BEFORE_CAPITAL.has(token);
  if (new RegExp("^(?:\\p{L}\\.)+\\p{L}$", "u").test(token)) return capital && token.length > 3;
  return capital || /[•\-*▪]/.test(next);
}
var CLAUSE_BREAK = new RegExp(
  [
    ";",
    "\\s[\u2014\u2013]\\s?|\\s--\\s",
    ",?\\s+(?=as a result\\b|as a consequence\\b|resulting in\\b|which (?:cut|reduced|lowered|raised|increased|improved|dropped|brought|saved|led|helped|drove|freed|eliminated)\\b)",
    ",\\s+(?=so (?:that )?(?:our|the|we|it|they|this)\\b)"
  ].join("|"),
  "giu"
);
var RUN_ON_BREAK = /\s+(?=(?:and then|then i|then we|after that|so i|so we|so the|but then|because of that|in the end|by the end|within \d+|over the next|my (?:goal|task|job) was|i was asked)\b)/giu;
function splitClauses(src, sentence, runOnWords = 45) {
  const text = sentence.text;
  const cuts = /* @__PURE__ */ new Set();
  for (const m of text.matchAll(CLAUSE_BREAK)) cuts.add(m.index + m[0].length);
  if (countWords(text) > runOnWords) for (const m of text.matchAll(RUN_ON_BREAK)) cuts.add(m.index + m[0].length);
  const points = [0, ...[...cuts].filter((c) => c > 0 && c < text.length).sort((a, b) => a - b), text.length];
  const out = [];
  for (let i = 0; i + 1 < points.length; i++) {
    const s = trimSpan(src, sentence.start + points[i], sentence.start + points[i + 1]);
    if (!s) continue;
    const prev = out[out.length - 1];
    if (prev && countWords(s.text) < 3) out[out.length - 1] = { start: prev.start, end: s.end, text: src.slice(prev.start, s.end) };
    else out.push(s);
  }
  const first = out[0], second = out[1];
  if (first && second && countWords(first.text) < 3) out.splice(0, 2, { start: first.start, end: second.end, text: src.slice(first.start, second.end) });
  return out.length ? out : [sentence];
}
function countWords(text) {
  let n = 0;
  for (const _ of text.matchAll(/[\p{L}\p{N}$]+(?:['’.,\-/][\p{L}\p{N}]+)*/gu)) n++;
  return n;
}
export {
  countWords,
  splitClauses,
  splitSentences,
  trimSpan
};
