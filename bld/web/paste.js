// src/web/paste.ts
var MARK = /^\s*(?:[•·▪▫◦●○■□►▶➢➤✓✔\-–—*+>]+|\(?\d{1,3}[.)](?=\s)|\(?[a-zA-Z][.)](?=\s))\s*/u;
var CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F\u200B\uFEFF]/g;
function cleanBullet(line) {
  let s = line.normalize("NFC").replace(CONTROL, "").replace(/\s+/g, " ").trim();
  for (let next = s.replace(MARK, "").trim(); next !== s; next = s.replace(MARK, "").trim()) s = next;
  return s;
}
function splitPasted(text) {
  return text.split(/\r\n|\r|\n|\u2028|\u2029/).map(cleanBullet).filter(Boolean);
}
function looksBinary(text) {
  if (text.includes("\0")) return true;
  const bad = text.match(/\uFFFD/g)?.length ?? 0;
  return bad > 8 && bad > text.length / 50;
}
export {
  cleanBullet,
  looksBinary,
  splitPasted
};
