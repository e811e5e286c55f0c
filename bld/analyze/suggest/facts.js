// src/analyze/suggest/facts.ts
function numbersIn(text) {
  const out = [];
  for (const m of text.replace(/\[[^\[\]]*\]/g, " ").matchAll(/\d[\d,]*(?:\.\d+)?/g)) {
    out.push(normaliseNumber(m[0]));
  }
  return out;
}
function normaliseNumber(n) {
  let s = n.replace(/,(?=\d{3}\b)/g, "").replace(/,/g, "");
  if (s.includes(".")) s = s.replace(/0+$/, "").replace(/\.$/, "");
  s = s.replace(/^0+(?=\d)/, "");
  return s;
}
function inventedNumbers(rewrite, sources) {
  const known = new Set(sources.flatMap(numbersIn));
  return numbersIn(rewrite).filter((n) => !known.has(n));
}
export {
  inventedNumbers,
  normaliseNumber,
  numbersIn
};
