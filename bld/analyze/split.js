// src/analyze/split.ts
var BULLET_MARK = /^\s*(?:[•▪◦●○■□➢►▶‣⁃∙·]\s*|[*\-–—+>]\s+|\(?\d{1,3}[.)]\s+|\(?[a-z]\)\s+)/u;
function stripBulletMark(line) {
  return line.replace(BULLET_MARK, "").trim();
}
function splitItems(input, kind) {
  const text = input.replace(/^\uFEFF/, "");
  if (kind === "story") {
    return text.split(/\r?\n[ \t\u00a0]*(?:\r?\n[ \t\u00a0]*)+/).map((s) => s.replace(/\s*\r?\n\s*/g, " ").trim()).filter(Boolean);
  }
  return text.split(/\r\n|\n|\r|\u2028|\u2029/).map(stripBulletMark).filter((l) => l.length > 0);
}
export {
  splitItems,
  stripBulletMark
};
