// src/import/html-lines.ts
import { BULLET_MARK } from "./lines.js";
var ENTITIES = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'", nbsp: " " };
function decodeEntities(text) {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, name) => {
    if (name[0] === "#") {
      const code = name[1] === "x" || name[1] === "X" ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
      return Number.isFinite(code) && code <= 1114111 ? String.fromCodePoint(code) : "";
    }
    return ENTITIES[name.toLowerCase()] ?? whole;
  });
}
var BLOCK = /* @__PURE__ */ new Set(["h1", "h2", "h3", "h4", "h5", "h6", "p", "li"]);
function kindOf(tag, cls) {
  if (cls === "title") return "title";
  if (cls === "subtitle") return "subtitle";
  if (cls === "contact") return "contact";
  if (cls === "organization") return "organization";
  if (tag === "li") return "bullet";
  if (tag === "h1") return "heading";
  if (/^h[2-6]$/.test(tag)) return "entry";
  return "plain";
}
function htmlToLines(html) {
  const lines = [];
  const stack = [];
  let text = "";
  let boldChars = 0;
  let bold = 0;
  const flush = () => {
    const top = stack[stack.length - 1];
    const raw = decodeEntities(text).replace(/\u00a0/g, " ");
    const trimmed = raw.replace(/^[ \r\n]+|[ \r\n]+$/g, "").replace(/\t+$/, "");
    if (top && trimmed) {
      let kind = top.kind;
      if (kind === "plain" && BULLET_MARK.test(trimmed)) kind = "bullet";
      const visible = trimmed.replace(/\s/g, "").length;
      lines.push({ text: trimmed, kind, ...visible > 0 && boldChars >= visible ? { bold: true } : {} });
    }
    text = "";
    boldChars = 0;
  };
  const re = /<(\/?)([a-z0-9]+)([^>]*)>|([^<]+)/gi;
  for (let m = re.exec(html); m; m = re.exec(html)) {
    if (m[4] !== void 0) {
      if (stack.length) {
        text += m[4];
        if (bold > 0) boldChars += decodeEntities(m[4]).replace(/\s/g, "").length;
      }
      continue;
    }
    const closing = m[1] === "/";
    const tag = m[2].toLowerCase();
    if (tag === "strong" || tag === "b") bold = Math.max(0, bold + (closing ? -1 : 1));
    else if (tag === "br") flush();
    else if (BLOCK.has(tag)) {
      if (!closing) {
        if (stack.length) flush();
        const cls = /class="([^"]*)"/.exec(m[3] ?? "")?.[1] ?? "";
        stack.push({ tag, kind: kindOf(tag, cls) });
      } else {
        flush();
        stack.pop();
      }
    }
  }
  return lines;
}
export {
  decodeEntities,
  htmlToLines
};
