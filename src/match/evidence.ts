// The resume as places to find evidence: each bullet, role title, summary, skill group, certificate, degree and story
// sentence is one source, searched once for every dictionary term and KPI. A source keeps where it came from, in
// words ("Practice Manager, Summit Clinic: bullet 2"), so every match can be quoted with its place.
import { normalizeForMatch } from '../nlp/normalize.ts';
import type { Resume } from '../resume/schema.ts';
import { getMatchRules, type MatchRules } from './rules.ts';
import { findTermsEach, type TermHit } from './terms.ts';

export type EvidenceSource = 'bullet' | 'role' | 'summary' | 'skill' | 'certificate' | 'education' | 'story' | 'dates';

export interface Source {
  text: string;
  where: string;
  source: EvidenceSource;
  /** Bullets only: which role (index in resume.work) and which bullet in it. */
  bullet?: { role: number; index: number };
}

export interface StoryInput {
  title: string;
  text: string;
}

export interface MatchInput {
  resume?: Resume;
  /** Bullets with no resume around them (the API's "bullets"); matchPosting makes them one unnamed role. */
  bullets?: string[];
  stories?: StoryInput[];
}

export interface SourceHit {
  source: Source;
  hit: TermHit;
  /** The resume's own words for it. */
  words: string;
}

export const roleName = (w: { position?: string; name?: string }, i: number): string =>
  [w.position, w.name].map((s) => s?.trim()).filter(Boolean).join(', ') || `Role ${i + 1}`;

/** Sentences of a story, for quoting the one that shows a requirement rather than the whole story. */
function sentences(text: string): string[] {
  return text.split(/(?<=[.!?])\s+(?=\S)|\n+/).map((s) => s.trim()).filter(Boolean);
}

export function sourcesOf(input: MatchInput): Source[] {
  const out: Source[] = [];
  const r = input.resume;
  if (r?.basics?.label?.trim()) out.push({ text: r.basics.label.trim(), where: 'headline', source: 'summary' });
  if (r?.basics?.summary?.trim()) out.push({ text: r.basics.summary.trim(), where: 'summary', source: 'summary' });
  (r?.work ?? []).forEach((w, i) => {
    const role = roleName(w, i);
    const named = !!(w.position?.trim() || w.name?.trim());
    if (w.position?.trim()) out.push({ text: w.position.trim(), where: `role: ${role}`, source: 'role' });
    if (w.summary?.trim()) out.push({ text: w.summary.trim(), where: `${role}: role summary`, source: 'role' });
    (w.highlights ?? []).forEach((h, j) => {
      if (h.trim()) out.push({ text: h.trim(), where: named ? `${role}: bullet ${j + 1}` : `bullet ${j + 1}`, source: 'bullet', bullet: { role: i, index: j } });
    });
  });
  for (const s of r?.skills ?? []) {
    const text = [s.name, ...(s.keywords ?? [])].filter((x): x is string => !!x?.trim()).join(', ');
    if (text) out.push({ text, where: `skills${s.name ? `: ${s.name}` : ''}`, source: 'skill' });
  }
  for (const c of r?.certificates ?? []) {
    if (c.name?.trim()) out.push({ text: [c.name.trim(), c.issuer?.trim()].filter(Boolean).join(', '), where: 'certifications', source: 'certificate' });
  }
  for (const e of r?.education ?? []) {
    const text = [e.studyType, e.area, e.institution].map((x) => x?.trim()).filter(Boolean).join(', ');
    if (text) out.push({ text, where: 'education', source: 'education' });
  }
  for (const s of input.stories ?? []) {
    for (const sentence of sentences(s.text)) out.push({ text: sentence, where: `story: ${s.title || 'untitled'}`, source: 'story' });
  }
  return out;
}

/** key -> every place the resume shows it. */
export function indexEvidence(sources: readonly Source[], rules: MatchRules = getMatchRules()): Map<string, SourceHit[]> {
  const index = new Map<string, SourceHit[]>();
  const hits = findTermsEach(sources.map((s) => normalizeForMatch(s.text)), rules.entries);
  sources.forEach((source, i) => {
    for (const hit of hits[i]!) {
      const list = index.get(hit.key) ?? [];
      list.push({ source, hit, words: source.text.slice(hit.start, hit.end) });
      index.set(hit.key, list);
    }
  });
  return index;
}
