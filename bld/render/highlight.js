// src/render/highlight.ts
import { escapeHtml } from "./escape.js";
import { MARK_KINDS } from "./labels.js";
var rank = (k) => MARK_KINDS.indexOf(k);
var byOpeningOrder = (a, b) => a.start - b.start || b.end - a.end || rank(a.kind) - rank(b.kind);
function highlight(text, marks) {
  const queue = marks.map((m) => ({ ...m, start: clamp(m.start, text.length), end: clamp(m.end, text.length), continued: false })).filter((m) => m.end > m.start).sort(byOpeningOrder);
  const stack = [];
  let out = "";
  let pos = 0;
  const emit = (to) => {
    if (to > pos) out += escapeHtml(text.slice(pos, to));
    pos = Math.max(pos, to);
  };
  for (; ; ) {
    const top = stack[stack.length - 1];
    const next = queue[0];
    if (top && (!next || top.end <= next.start)) {
      emit(top.end);
      out += "</mark>";
      stack.pop();
      continue;
    }
    if (!next) break;
    queue.shift();
    emit(next.start);
    if (top && next.end > top.end) {
      insertSorted(queue, { ...next, start: top.end, continued: true });
      next.end = top.end;
    }
    out += open(next);
    stack.push(next);
  }
  emit(text.length);
  return out;
}
function open(m) {
  const title = m.title ? ` title="${escapeHtml(m.title)}"` : "";
  return `<mark class="hl hl-${m.kind}${m.continued ? " hl-cont" : ""}"${title}>`;
}
function insertSorted(queue, p) {
  const i = queue.findIndex((q) => byOpeningOrder(p, q) < 0);
  if (i < 0) queue.push(p);
  else queue.splice(i, 0, p);
}
function clamp(n, max) {
  return Number.isFinite(n) ? Math.min(Math.max(0, Math.trunc(n)), max) : 0;
}
function highlightPlaceholders(text) {
  let out = "";
  let pos = 0;
  for (const m of text.matchAll(/\[[^\][]{1,60}\]/g)) {
    out += escapeHtml(text.slice(pos, m.index)) + `<mark class="placeholder">${escapeHtml(m[0])}</mark>`;
    pos = m.index + m[0].length;
  }
  return out + escapeHtml(text.slice(pos));
}
function placeholdersIn(text) {
  return [...text.matchAll(/\[[^\][]{1,60}\]/g)].map((m) => m[0]);
}
export {
  highlight,
  highlightPlaceholders,
  placeholdersIn
};
