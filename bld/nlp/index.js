// src/nlp/index.ts
import nlp from "compromise";
function tokenize(text) {
  const doc = nlp(text);
  const tokens = [];
  let cursor = 0;
  for (const sentence of doc.docs) {
    for (const term of sentence) {
      if (!term.text) continue;
      const at = text.indexOf(term.text, cursor);
      if (at < 0 || at - cursor > 64) continue;
      tokens.push({ text: term.text, lower: term.text.toLowerCase(), start: at, end: at + term.text.length, tags: term.tags });
      cursor = at + term.text.length;
    }
  }
  return tokens;
}
export {
  nlp,
  tokenize
};
