// src/nlp/normalize.ts
var SINGLE = {
  "\xA0": " ",
  "\u2002": " ",
  "\u2003": " ",
  "\u2004": " ",
  "\u2005": " ",
  "\u2006": " ",
  "\u2007": " ",
  "\u2008": " ",
  "\u2009": " ",
  "\u200A": " ",
  "\u202F": " ",
  "\u205F": " ",
  "\u3000": " ",
  "	": " ",
  "\r": " ",
  "\n": " ",
  "\u2010": "-",
  "\u2011": "-",
  "\u2012": "-",
  "\u2043": "-",
  "\uFE63": "-",
  "\uFF0D": "-",
  "\u2018": "'",
  "\u2019": "'",
  "\u201B": "'",
  "\u2032": "'",
  "\u201C": '"',
  "\u201D": '"',
  "\u201F": '"',
  "\u2033": '"'
};
var ODD = /[\u00a0\u2002-\u200a\u202f\u205f\u3000\t\r\n\u2010-\u2012\u2043\ufe63\u2018\u2019\u201b\u2032\u201c\u201d\u201f\u2033\uff01-\uff5e]/g;
function normalizeForMatch(text) {
  return text.replace(ODD, (c) => SINGLE[c] ?? String.fromCharCode(c.charCodeAt(0) - 65248));
}
export {
  normalizeForMatch
};
