// src/analyze/suggest/verb-forms.ts
import { rewriteRules } from "./rules.js";
var lexicon;
function lex() {
  if (lexicon) return lexicon;
  const data = rewriteRules()["verb-forms"];
  const past = /* @__PURE__ */ new Map();
  const participle = /* @__PURE__ */ new Map();
  const baseOfIrregular = /* @__PURE__ */ new Map();
  for (const [base, [p, pp]] of Object.entries(data.irregular)) {
    past.set(base, p);
    participle.set(base, pp);
    baseOfIrregular.set(p, base);
    baseOfIrregular.set(pp, base);
  }
  const known = /* @__PURE__ */ new Set([...data.known, ...past.keys()]);
  lexicon = { past, participle, baseOfIrregular, known, knownPast: /* @__PURE__ */ new Set() };
  for (const base of known) lexicon.knownPast.add(pastOf(base));
  return lexicon;
}
var VOWELS = /[aeiou]/g;
function doublesFinal(base) {
  return (base.match(VOWELS)?.length ?? 0) === 1 && /[^aeiou][aeiou][^aeiouwxy]$/.test(base);
}
function pastOf(base) {
  const irregular = lex().past.get(base);
  if (irregular) return irregular;
  if (base.endsWith("e")) return base + "d";
  if (/[^aeiou]y$/.test(base)) return base.slice(0, -1) + "ied";
  if (doublesFinal(base)) return base + base.slice(-1) + "ed";
  return base + "ed";
}
function presentOf(base) {
  if (base === "do" || base === "go") return base + "es";
  if (/(s|x|z|ch|sh)$/.test(base)) return base + "es";
  if (/[^aeiou]y$/.test(base)) return base.slice(0, -1) + "ies";
  return base + "s";
}
function gerundOf(base) {
  if (base.endsWith("ie")) return base.slice(0, -2) + "ying";
  if (/[^aeioy]e$/.test(base)) return base.slice(0, -1) + "ing";
  if (doublesFinal(base)) return base + base.slice(-1) + "ing";
  return base + "ing";
}
function participleOf(base) {
  return lex().participle.get(base) ?? pastOf(base);
}
function inflect(base, tense) {
  switch (tense) {
    case "past":
      return pastOf(base);
    case "present":
      return presentOf(base);
    case "gerund":
      return gerundOf(base);
    case "base":
      return base;
  }
}
function baseOf(word) {
  const w = word.toLowerCase();
  const l = lex();
  const irregular = l.baseOfIrregular.get(w);
  if (irregular) return irregular;
  if (l.known.has(w)) return w;
  const tries = [];
  if (w.endsWith("ied")) tries.push(w.slice(0, -3) + "y");
  if (w.endsWith("ed")) tries.push(w.slice(0, -2), w.slice(0, -1), w.slice(0, -3));
  if (w.endsWith("ing")) tries.push(w.slice(0, -3), w.slice(0, -3) + "e", w.slice(0, -4));
  if (w.endsWith("ies")) tries.push(w.slice(0, -3) + "y");
  if (w.endsWith("es")) tries.push(w.slice(0, -2));
  if (w.endsWith("s")) tries.push(w.slice(0, -1));
  for (const t of tries) if (l.known.has(t)) return t;
  if (w.endsWith("eed")) return w.slice(0, -1);
  if (w.endsWith("ied")) return w.slice(0, -3) + "y";
  if (w.endsWith("ed") && w.length > 4) return w.slice(0, -2);
  return void 0;
}
function tenseOf(word) {
  if (!word) return "past";
  const w = word.toLowerCase();
  if (/^(was|were|had|did)$/.test(w) || lex().baseOfIrregular.has(w) && !lex().known.has(w) || w.endsWith("ed")) return "past";
  if (w.endsWith("ing")) return "gerund";
  if (/^(is|has|does)$/.test(w) || w.endsWith("s") && !w.endsWith("ss")) return "present";
  return "base";
}
function gerundFromPast(word) {
  const w = word.toLowerCase();
  const irregularBase = lex().baseOfIrregular.get(w);
  if (irregularBase) return gerundOf(irregularBase);
  if (!/[a-z]{2,}ed$/.test(w)) return void 0;
  if (w.endsWith("eed")) return w.slice(0, -1) + "ing";
  if (w.endsWith("ied")) return w.slice(0, -3) + "ying";
  return w.slice(0, -2) + "ing";
}
function isKnownVerb(base) {
  return lex().known.has(base.toLowerCase());
}
function isKnownPast(word) {
  return lex().knownPast.has(word.toLowerCase());
}
function isPastForm(word) {
  const w = word.toLowerCase();
  return lex().baseOfIrregular.has(w) || /[a-z]{2,}ed$/.test(w);
}
export {
  baseOf,
  gerundFromPast,
  gerundOf,
  inflect,
  isKnownPast,
  isKnownVerb,
  isPastForm,
  participleOf,
  pastOf,
  presentOf,
  tenseOf
};
