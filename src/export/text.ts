// Text as it appears on the page: XML-safe characters, dates a recruiter reads, the contact line.
import type { Basics } from '../resume/schema.ts';

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'] as const;

/** Characters XML 1.0 cannot carry (C0 controls, lone surrogates, U+FFFE/FFFF) would make Word refuse the file. */
const NOT_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** One line of page text: XML-safe, tabs and line breaks folded to spaces (tabs are ours, for the date column). */
export function clean(text: string | undefined): string {
  return (text ?? '').replace(NOT_XML, '').replace(/[\t\r\n\u2028\u2029]+/g, ' ').replace(/ {2,}/g, ' ').trim();
}

/** "2021-03" -> "Mar 2021", "2021" -> "2021"; a resume shows month and year, never the day. */
export function formatDate(iso: string | undefined): string {
  if (!iso) return '';
  const m = /^(\d{4})(?:-(\d{2}))?/.exec(iso);
  if (!m) return clean(iso);
  const month = m[2] ? MONTHS[Number(m[2]) - 1] : undefined;
  return month ? `${month} ${m[1]}` : m[1]!;
}

/** "Jan 2019 – Present"; a role with no dates at all shows none. */
export function formatDateRange(start: string | undefined, end: string | undefined, ongoing = 'Present'): string {
  const from = formatDate(start);
  const to = end ? formatDate(end) : from ? ongoing : '';
  if (from && to) return `${from} – ${to}`;
  return from || to;
}

/** Reverse of formatDate, for import: "Mar 2021" -> "2021-03", "03/2021" -> "2021-03", "2021" -> "2021". */
export function parseDate(text: string): string | undefined {
  const t = text.trim().replace(/\.$/, '');
  let m = /^([A-Za-z]{3,9})\.?\s+(\d{4})$/.exec(t);
  if (m) {
    const i = MONTHS.findIndex((name) => name.toLowerCase() === m![1]!.slice(0, 3).toLowerCase());
    return i >= 0 ? `${m[2]}-${String(i + 1).padStart(2, '0')}` : undefined;
  }
  m = /^(\d{1,2})\/(\d{4})$/.exec(t);
  if (m && Number(m[1]) >= 1 && Number(m[1]) <= 12) return `${m[2]}-${m[1]!.padStart(2, '0')}`;
  m = /^(\d{4})(-\d{2})?$/.exec(t);
  if (m) return t;
  return undefined;
}

export const ONGOING = /^(present|current|now|today|ongoing)$/i;

/** Splits "Jan 2019 – Present" into ISO dates; undefined when the text is not a date range. */
export function parseDateRange(text: string): { startDate?: string; endDate?: string } | undefined {
  const parts = text.split(/\s+(?:[–—-]|to)\s+|(?<=\d)[–—-](?=\d|[A-Za-z])/i).map((p) => p.trim()).filter(Boolean);
  if (parts.length === 1) {
    const only = parseDate(parts[0]!);
    return only ? { endDate: only } : undefined;
  }
  if (parts.length !== 2) return undefined;
  const startDate = parseDate(parts[0]!);
  if (!startDate) return undefined;
  if (ONGOING.test(parts[1]!)) return { startDate };
  const endDate = parseDate(parts[1]!);
  return endDate ? { startDate, endDate } : undefined;
}

export function formatLocation(location: Basics['location']): string {
  if (!location) return '';
  return [location.city, location.region].map(clean).filter(Boolean).join(', ') || clean(location.address);
}

/** City, phone, email, web: one line in the body, not in a page header that some ATS skip. */
export function contactLine(basics: Basics | undefined): string {
  if (!basics) return '';
  const parts = [formatLocation(basics.location), basics.phone, basics.email, basics.url, ...(basics.profiles ?? []).map((p) => p.url)];
  return parts.map((p) => clean(p)).filter(Boolean).join(' | ');
}
