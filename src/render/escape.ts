const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;', '`': '&#96;', '=': '&#61;' };

/** The same characters Handlebars escapes, so markup built here is as safe as a `{{value}}`. */
export function escapeHtml(s: string): string {
  return s.replace(/[&<>"'`=]/g, (c) => ENTITIES[c]!);
}
