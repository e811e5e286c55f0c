// src/analyze/suggest/tidy.ts
import { capitalise, lowerFirst, replaceAll } from "./phrases.js";
var ABBREVIATIONS = /(?:^|\s)(?:vs|e\.g|i\.e|etc|dr|st|inc|no|approx|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec|[a-z])$/i;
function joinSentences(doc) {
  replaceAll(doc, /([.!?])\s+(?=[A-Za-z])/g, (m) => {
    const before = doc.text.slice(0, m.index);
    if (ABBREVIATIONS.test(before)) return void 0;
    const next = doc.text.slice(m.index + m[0].length);
    const lowered = lowerFirst(next);
    if (lowered !== next) doc.replace(m.index + m[0].length, m.index + m[0].length + 1, lowered.charAt(0));
    return "; ";
  }, "tidy/one-sentence");
}
function tidy(doc, endWithPeriod) {
  replaceAll(doc, /[\t\r\n\f\v]+/g, () => " ", "tidy/space");
  replaceAll(doc, / {2,}/g, () => " ", "tidy/space");
  replaceAll(doc, / +(?=[,;:.)])/g, () => "", "tidy/space");
  replaceAll(doc, /\( +/g, () => "(", "tidy/space");
  replaceAll(doc, /[,;:]\s*(?=[;.])/g, () => "", "tidy/punctuation");
  replaceAll(doc, /;\s*,/g, () => ";", "tidy/punctuation");
  replaceAll(doc, /,(\s*,)+/g, () => ",", "tidy/punctuation");
  replaceAll(doc, /;(\s*;)+/g, () => ";", "tidy/punctuation");
  replaceAll(doc, /\.{2,}(?!\.)/g, (m) => m[0].length === 3 ? void 0 : ".", "tidy/punctuation");
  removeDoubledWords(doc);
  replaceAll(doc, /^\s+/g, () => "", "tidy/space");
  replaceAll(doc, /(?:\s|[,;:]|\band)+$/g, () => "", "tidy/space");
  if (/^[a-z]/.test(doc.text) && !/^[a-z]+[A-Z]/.test(doc.text)) doc.replace(0, 1, capitalise(doc.text.charAt(0)), "tidy/capital");
  const ends = /[.!?]$/.test(doc.text);
  if (endWithPeriod && !ends) doc.insert(doc.text.length, ".", "tidy/period");
  if (!endWithPeriod && /\.$/.test(doc.text) && !/\.\.\.$/.test(doc.text)) doc.replace(doc.text.length - 1, doc.text.length, "", "tidy/period");
}
function removeDoubledWords(doc) {
  const cuts = [];
  let prev;
  WORD.lastIndex = 0;
  for (let m = WORD.exec(doc.text); m; m = WORD.exec(doc.text)) {
    if (prev && m[0].toLowerCase() === prev[0].toLowerCase() && /^ +$/.test(doc.text.slice(prev.index + prev[0].length, m.index))) {
      cuts.push([prev.index + prev[0].length, m.index + m[0].length]);
    } else {
      prev = m;
    }
  }
  for (const [start, end] of cuts.reverse()) doc.replace(start, end, "", "tidy/doubled-word");
}
var WORD = /[A-Za-z]+/g;
export {
  joinSentences,
  tidy
};
