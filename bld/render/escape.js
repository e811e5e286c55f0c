// src/render/escape.ts
var ENTITIES = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;", "`": "&#96;", "=": "&#61;" };
function escapeHtml(s) {
  return s.replace(/[&<>"'`=]/g, (c) => ENTITIES[c]);
}
export {
  escapeHtml
};
