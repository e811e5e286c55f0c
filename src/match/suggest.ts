// Suggestions that follow from the match, never beyond it: move the bullets that show the posting's asks to the top,
// write both forms of an acronym, use the posting's words where the resume already shows the thing, and for each
// requirement with no evidence, a bullet to write (with the bullet coach) or a story to prepare, only if it is true.
import { storyRules } from '../analyze/story/rules.ts';
import type { Resume } from '../resume/schema.ts';
import type { RequirementMatch } from './match.ts';
import { getMatchRules } from './rules.ts';
import { roleName } from './evidence.ts';
import type { BulletRelevance } from './relevance.ts';

export type SuggestionKind = 'move-up' | 'write-both-forms' | 'use-posting-words' | 'add-evidence' | 'add-credential' | 'add-dates';

export interface Suggestion {
  kind: SuggestionKind;
  message: string;
  requirementId?: string;
  /** move-up: the bullet to move. */
  bullet?: { role: number; index: number };
  /** add-evidence: the story bank prompt that fits, when one does. */
  promptId?: string;
}

const quote = (s: string, max = 90) => `"${s.length > max ? `${s.slice(0, max - 1)}…` : s}"`;

function promptFor(m: RequirementMatch): { id: string; title: string } | null {
  const domain = m.kind === 'kpi' ? getMatchRules().byKey.get(m.id)?.domain : undefined;
  const words = [m.label, ...m.terms].join(' ');
  for (const p of storyRules().prompts) {
    if (domain && p.domains.includes(domain)) return { id: p.id, title: p.title };
    if (p.patterns.some((re) => { re.lastIndex = 0; return re.test(words); })) return { id: p.id, title: p.title };
  }
  return null;
}

export function suggest(matches: readonly RequirementMatch[], resume: Resume | undefined, relevance: readonly BulletRelevance[]): Suggestion[] {
  const out: Suggestion[] = [];
  // 1. Per role, the most relevant bullet should lead.
  (resume?.work ?? []).forEach((w, role) => {
    const bullets = relevance.filter((b) => b.role === role);
    const best = [...bullets].sort((a, b) => b.relevance - a.relevance || a.index - b.index)[0];
    if (best && best.relevance > 0 && best.index > 0 && best.relevance > (bullets.find((b) => b.index === 0)?.relevance ?? 0)) {
      out.push({
        kind: 'move-up', bullet: { role, index: best.index },
        message: `Move ${quote(best.text)} to the top of ${w.position || w.name ? roleName(w, role) : 'your bullets'}: it shows ${best.shows.join(', ')}.`,
      });
    }
  });
  for (const m of matches) {
    if (m.matched) {
      // 2. Acronym and expansion: the posting uses one form, the resume only the other.
      const pForms = m.forms.posting;
      const rForms = m.forms.resume;
      if (pForms.length === 1 && rForms.length === 1 && pForms[0] !== rForms[0]) {
        const pWord = m.terms[0]!;
        const rWord = m.evidence.find((e) => e.words)?.words ?? '';
        const [full, short] = pForms[0] === 'abbreviation' ? [rWord, pWord] : [pWord, rWord];
        // "days in A/R" is written with its acronym: the pair is the written-out words and the acronym itself.
        const abbr = getMatchRules().byKey.get(m.id)?.abbreviations;
        const acronym = abbr ? (abbr.lastIndex = 0, abbr.exec(short)?.[0] ?? short) : short;
        out.push({
          kind: 'write-both-forms', requirementId: m.id,
          message: `The posting writes "${pWord}"; your resume writes "${rWord}". Write both once, e.g. "${full} (${acronym})", so a search for either finds it.`,
        });
        continue;
      }
      // 3. The resume shows it in other words: use the posting's, where they are true.
      if ((m.kind === 'skill' || m.kind === 'kpi') && m.evidence.length) {
        const resumeText = m.evidence.map((e) => e.text.toLowerCase()).join('\n');
        if (!m.terms.some((t) => resumeText.includes(t.toLowerCase()))) {
          const e = m.evidence[0]!;
          out.push({
            kind: 'use-posting-words', requirementId: m.id,
            message: `The posting says "${m.terms[0]}"; ${e.where} shows it as "${e.words ?? e.text}". If it fits what you did, use the posting's words there.`,
          });
        }
      }
      continue;
    }
    // 4. No evidence.
    if (m.kind === 'credential' || m.kind === 'degree') {
      out.push({
        kind: 'add-credential', requirementId: m.id,
        message: `The posting ${m.importance === 'mentioned' ? 'mentions' : m.importance === 'required' ? 'requires' : 'prefers'} ${m.label}. If you hold it, add it on the Resume page (${m.kind === 'degree' ? 'Education' : 'Certifications'}); if not, it is a gap to weigh, not something to write.`,
      });
    } else if (m.kind === 'experience') {
      out.push({ kind: 'add-dates', requirementId: m.id, message: m.reason });
    } else if (m.kind === 'system') {
      out.push({
        kind: 'add-evidence', requirementId: m.id,
        message: `Nothing names ${m.label}. If you have used it, name it where you used it: in the bullet about that work, or under Skills on the Resume page.`,
      });
    } else {
      const prompt = promptFor(m);
      out.push({
        kind: 'add-evidence', requirementId: m.id, ...(prompt ? { promptId: prompt.id } : {}),
        message: `Nothing shows ${m.label}. If you have done it, write a bullet with its metric, baseline and result (the bullet coach checks it)${prompt ? `, or prepare a story for "${prompt.title}"` : ', or prepare a story for it'}.`,
      });
    }
  }
  const rank: Record<SuggestionKind, number> = { 'move-up': 0, 'add-credential': 1, 'add-dates': 1, 'add-evidence': 2, 'write-both-forms': 3, 'use-posting-words': 4 };
  const importance = new Map(matches.map((m) => [m.id, m.weight]));
  return out.sort((a, b) => rank[a.kind] - rank[b.kind] || (importance.get(b.requirementId ?? '') ?? 0) - (importance.get(a.requirementId ?? '') ?? 0));
}
