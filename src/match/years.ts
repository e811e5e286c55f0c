// Years of experience from the resume's role dates: overlapping roles count once, an open end counts to today.
// Roles without dates cannot be counted and are named, never guessed.
import type { Resume } from '../resume/schema.ts';
import { roleName, type Source } from './evidence.ts';

export interface YearsOnResume {
  years: number;
  dated: Source[];
  undated: string[];
}

const monthIndex = (iso: string): number | null => {
  const m = /^(\d{4})(?:-(\d{2}))?/.exec(iso);
  return m ? Number(m[1]) * 12 + (m[2] ? Number(m[2]) - 1 : 0) : null;
};

export function yearsOnResume(resume: Resume | undefined, today = new Date()): YearsOnResume {
  const now = today.getUTCFullYear() * 12 + today.getUTCMonth();
  const spans: [number, number][] = [];
  const dated: Source[] = [];
  const undated: string[] = [];
  (resume?.work ?? []).forEach((w, i) => {
    const start = w.startDate ? monthIndex(w.startDate) : null;
    if (start === null) {
      if (w.position || w.name) undated.push(roleName(w, i));
      return;
    }
    const end = w.endDate ? monthIndex(w.endDate) ?? now : now;
    spans.push([start, Math.max(start, end)]);
    dated.push({ text: `${roleName(w, i)}: ${w.startDate} to ${w.endDate ?? 'present'}`, where: `role dates: ${roleName(w, i)}`, source: 'dates' });
  });
  spans.sort((a, b) => a[0] - b[0]);
  let months = 0;
  let cur: [number, number] | null = null;
  for (const s of spans) {
    if (cur && s[0] <= cur[1]) cur[1] = Math.max(cur[1], s[1]);
    else {
      if (cur) months += cur[1] - cur[0];
      cur = [...s];
    }
  }
  if (cur) months += cur[1] - cur[0];
  return { years: Math.floor(months / 12), dated, undated };
}
