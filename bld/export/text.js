// src/export/text.ts
var MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
var NOT_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
function clean(text) {
  return (text ?? "").replace(NOT_XML, "").replace(/[\t\r\n\u2028\u2029]+/g, " ").replace(/ {2,}/g, " ").trim();
}
function formatDate(iso) {
  if (!iso) return "";
  const m = /^(\d{4})(?:-(\d{2}))?/.exec(iso);
  if (!m) return clean(iso);
  const month = m[2] ? MONTHS[Number(m[2]) - 1] : void 0;
  return month ? `${month} ${m[1]}` : m[1];
}
function formatDateRange(start, end, ongoing = "Present") {
  const from = formatDate(start);
  const to = end ? formatDate(end) : from ? ongoing : "";
  if (from && to) return `${from} \u2013 ${to}`;
  return from || to;
}
function parseDate(text) {
  const t = text.trim().replace(/\.$/, "");
  let m = /^([A-Za-z]{3,9})\.?\s+(\d{4})$/.exec(t);
  if (m) {
    const i = MONTHS.findIndex((name) => name.toLowerCase() === m[1].slice(0, 3).toLowerCase());
    return i >= 0 ? `${m[2]}-${String(i + 1).padStart(2, "0")}` : void 0;
  }
  m = /^(\d{1,2})\/(\d{4})$/.exec(t);
  if (m && Number(m[1]) >= 1 && Number(m[1]) <= 12) return `${m[2]}-${m[1].padStart(2, "0")}`;
  m = /^(\d{4})(-\d{2})?$/.exec(t);
  if (m) return t;
  return void 0;
}
var ONGOING = /^(present|current|now|today|ongoing)$/i;
function parseDateRange(text) {
  const parts = text.split(/\s+(?:[–—-]|to)\s+|(?<=\d)[–—-](?=\d|[A-Za-z])/i).map((p) => p.trim()).filter(Boolean);
  if (parts.length === 1) {
    const only = parseDate(parts[0]);
    return only ? { endDate: only } : void 0;
  }
  if (parts.length !== 2) return void 0;
  const startDate = parseDate(parts[0]);
  if (!startDate) return void 0;
  if (ONGOING.test(parts[1])) return { startDate };
  const endDate = parseDate(parts[1]);
  return endDate ? { startDate, endDate } : void 0;
}
function formatLocation(location) {
  if (!location) return "";
  return [location.city, location.region].map(clean).filter(Boolean).join(", ") || clean(location.address);
}
function contactLine(basics) {
  if (!basics) return "";
  const parts = [formatLocation(basics.location), basics.phone, basics.email, basics.url, ...(basics.profiles ?? []).map((p) => p.url)];
  return parts.map((p) => clean(p)).filter(Boolean).join(" | ");
}
export {
  ONGOING,
  clean,
  contactLine,
  formatDate,
  formatDateRange,
  formatLocation,
  parseDate,
  parseDateRange
};
