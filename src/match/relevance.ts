// How much each bullet shows of what the posting asks: the weights of the requirements it is evidence for. The
// tailored resume orders each role's bullets by this, most relevant first, and never adds or rewrites one.
import type { Resume } from '../resume/schema.ts';
import type { RequirementMatch } from './match.ts';

export interface BulletRelevance {
  role: number;
  index: number;
  text: string;
  relevance: number;
  /** Labels of the requirements it shows. */
  shows: string[];
}

export const bulletKey = (b: { role: number; index: number }) => `${b.role}.${b.index}`;

export function bulletRelevance(resume: Resume | undefined, matches: readonly RequirementMatch[]): BulletRelevance[] {
  const out = new Map<string, BulletRelevance>();
  (resume?.work ?? []).forEach((w, role) => (w.highlights ?? []).forEach((text, index) => {
    out.set(bulletKey({ role, index }), { role, index, text, relevance: 0, shows: [] });
  }));
  for (const m of matches) {
    if (!m.matched) continue;
    for (const e of m.evidence) {
      const b = e.bullet && out.get(bulletKey(e.bullet));
      if (b && !b.shows.includes(m.label)) {
        b.relevance += m.weight;
        b.shows.push(m.label);
      }
    }
  }
  return [...out.values()];
}

/** Each role's bullets, most relevant first (ties keep the user's order), without the ones left out. */
export function tailoredResume(resume: Resume, relevance: readonly BulletRelevance[], leaveOut: ReadonlySet<string> = new Set()): Resume {
  const byKey = new Map(relevance.map((b) => [bulletKey(b), b.relevance]));
  return {
    ...resume,
    work: (resume.work ?? []).map((w, role) => ({
      ...w,
      highlights: (w.highlights ?? [])
        .map((text, index) => ({ text, index, score: byKey.get(bulletKey({ role, index })) ?? 0 }))
        .filter((b) => !leaveOut.has(bulletKey({ role, index: b.index })))
        .sort((a, b) => b.score - a.score || a.index - b.index)
        .map((b) => b.text),
    })),
  };
}
