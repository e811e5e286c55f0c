// src/import/lines.ts
var BULLET_MARK = /^\s*(?:[•·▪◦‣●○■□➢►✓✔*\-–—]|\d{1,2}[.)])\s+/;
function stripBulletMark(text) {
  return text.replace(BULLET_MARK, "").trim();
}
function splitColumns(text) {
  const m = /^(.*?)(?:\t+| {3,})(.*)$/.exec(text);
  if (!m) return { left: text.trim(), right: "" };
  return { left: m[1].trim(), right: m[2].replace(/\t+/g, " ").trim() };
}
export {
  BULLET_MARK,
  splitColumns,
  stripBulletMark
};
