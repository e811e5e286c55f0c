// A copy of the text for matching, with the same length in UTF-16 units, so that every offset found in it is an
// offset in the original: odd spaces become spaces, non-breaking hyphens hyphens, curly quotes straight ones,
// full-width ASCII plain ASCII. Spans are always cut from the original text.
const SINGLE: Record<string, string> = {
  '\u00a0': ' ', '\u2002': ' ', '\u2003': ' ', '\u2004': ' ', '\u2005': ' ', '\u2006': ' ', '\u2007': ' ', '\u2008': ' ',
  '\u2009': ' ', '\u200a': ' ', '\u202f': ' ', '\u205f': ' ', '\u3000': ' ', '\t': ' ', '\r': ' ', '\n': ' ',
  '\u2010': '-', '\u2011': '-', '\u2012': '-', '\u2043': '-', '\ufe63': '-', '\uff0d': '-',
  '\u2018': "'", '\u2019': "'", '\u201b': "'", '\u2032': "'", '\u201c': '"', '\u201d': '"', '\u201f': '"', '\u2033': '"',
};

const ODD = /[\u00a0\u2002-\u200a\u202f\u205f\u3000\t\r\n\u2010-\u2012\u2043\ufe63\u2018\u2019\u201b\u2032\u201c\u201d\u201f\u2033\uff01-\uff5e]/g;

export function normalizeForMatch(text: string): string {
  return maskPlaceholders(text.replace(ODD, (c) => SINGLE[c] ?? String.fromCharCode(c.charCodeAt(0) - 0xfee0)));
}

// A rewrite's unanswered placeholder ("[baseline: rate before]", "[by how much]") holds no fact: the rules see empty
// brackets of the same length, so a saved bullet with placeholders scores as missing those parts, never as having them.
// The word that leads into one ("by [how: ...]", "from [baseline: ...]") goes with it. Words only (no digits): "[18%]"
// is the writer's figure.
const PLACEHOLDER = /(\b(?:by|from|from a baseline of)\s+)?(\[[^\[\]\d]{0,120}[A-Za-z][^\[\]\d]{0,120}\])/gi;

export function maskPlaceholders(text: string): string {
  if (!text.includes('[')) return text;
  return text.replace(PLACEHOLDER, (_m, lead: string | undefined, ph: string) => `${' '.repeat(lead?.length ?? 0)}[${' '.repeat(ph.length - 2)}]`);
}
