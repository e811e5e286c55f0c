// src/export/file-name.ts
function nameSlug(name) {
  return (name ?? "").normalize("NFC").replace(/[^\p{L}\p{N}]+/gu, "-").replace(/^-+|-+$/g, "").slice(0, 60);
}
function docxFileName(name, what = "Resume") {
  const slug = nameSlug(name);
  return slug ? `${slug}-${what}.docx` : `${what}.docx`;
}
function contentDisposition(fileName) {
  const ascii = fileName.normalize("NFKD").replace(/[\u0300-\u036f]/g, "").replace(/[^\x20-\x7E]/g, "_").replace(/["\\]/g, "_");
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(fileName)}`;
}
var DOCX_CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
export {
  DOCX_CONTENT_TYPE,
  contentDisposition,
  docxFileName,
  nameSlug
};
