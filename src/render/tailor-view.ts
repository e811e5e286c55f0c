// View model of a posting's page: the score and how it was reached, the requirements by importance with their
// evidence, the suggestions with where to act on each, the bullets to keep in relevance order, and saved versions.
import type { MatchResult, RequirementMatch, Suggestion } from '../match/index.ts';
import { escapeHtml } from './escape.ts';
import { bulletKey } from '../match/index.ts';
import { roleName } from '../match/evidence.ts';
import type { Resume } from '../resume/schema.ts';
import type { Posting, TailoredVersion } from '../store/postings.ts';

const KIND_LABELS: Record<RequirementMatch['kind'], string> = {
  kpi: 'KPI', credential: 'Credential', degree: 'Degree', experience: 'Experience', system: 'System', skill: 'Skill',
};

/** The user's title, or the posting's first line that reads like one. */
export function postingTitle(given: string, text: string): string {
  const t = given.trim();
  if (t) return t.slice(0, 120);
  const first = text.split(/\r?\n/).map((l) => l.trim()).find((l) => l.length >= 3) ?? 'Job posting';
  return first.length > 80 ? `${first.slice(0, 79)}…` : first;
}

function suggestionLink(ws: string, s: Suggestion): { href: string; label: string }[] {
  switch (s.kind) {
    case 'add-evidence':
      if (s.requirementId?.startsWith('system:')) return [{ href: `/w/${ws}/resume#skills`, label: 'Open the resume' }, { href: `/w/${ws}`, label: 'Edit bullets' }];
      return [
        { href: `/w/${ws}#add`, label: 'Write a bullet' },
        { href: `/w/${ws}/stories/new${s.promptId ? `?prompt=${encodeURIComponent(s.promptId)}` : ''}`, label: 'Prepare a story' },
      ];
    case 'add-credential':
      return [{ href: `/w/${ws}/resume#${s.requirementId?.startsWith('degree:') ? 'education' : 'certificates'}`, label: 'Open the resume' }];
    case 'add-dates':
      return [{ href: `/w/${ws}#roles`, label: 'Add role dates' }];
    case 'write-both-forms':
    case 'use-posting-words':
      return [{ href: `/w/${ws}`, label: 'Edit bullets' }];
    default:
      return [];
  }
}

/** The posting's text with each requirement's words marked (the first requirement wins where two overlap). */
export function markedPosting(text: string, requirements: readonly RequirementMatch[]): string {
  const spans = requirements.flatMap((r) => r.mentions.map((m) => ({ ...m, r })))
    .sort((a, b) => a.start - b.start || b.end - a.end);
  let html = '';
  let at = 0;
  for (const s of spans) {
    if (s.start < at) continue;
    html += escapeHtml(text.slice(at, s.start));
    html += `<mark class="req-mark ${s.r.matched ? 'is-matched' : 'is-missing'}" title="${escapeHtml(`${KIND_LABELS[s.r.kind]}: ${s.r.label} (${s.r.importance})`)}">${escapeHtml(text.slice(s.start, s.end))}</mark>`;
    at = s.end;
  }
  return html + escapeHtml(text.slice(at));
}

export function tailorView(ws: string, posting: Posting, result: MatchResult, resume: Resume, ids: Map<string, number>, versions: TailoredVersion[]) {
  const group = (importance: RequirementMatch['importance'], title: string) => {
    const items = result.requirements.filter((r) => r.importance === importance);
    return {
      title, importance, count: items.length, matched: items.filter((r) => r.matched).length,
      items: items.map((r) => ({
        id: r.id.replace(/[^a-z0-9-]/gi, '-'), label: r.label, kind: KIND_LABELS[r.kind], terms: r.terms, matched: r.matched, reason: r.reason,
        weight: r.weight, points: r.points, evidence: r.evidence.map((e) => ({ where: e.where, text: e.text })),
      })),
    };
  };
  const relevance = new Map(result.bullets.map((b) => [bulletKey(b), b]));
  const roles = (resume.work ?? []).map((w, role) => ({
    name: w.position || w.name ? roleName(w, role) : 'Bullets not under a role',
    bullets: (w.highlights ?? []).map((text, index) => {
      const b = relevance.get(bulletKey({ role, index }));
      return { id: ids.get(bulletKey({ role, index })), text, relevance: b?.relevance ?? 0, shows: b?.shows ?? [], index };
    }).filter((b) => b.id !== undefined).sort((a, b) => b.relevance - a.relevance || a.index - b.index),
  })).filter((r) => r.bullets.length);
  return {
    posting: { id: posting.id, title: posting.title, createdAt: posting.createdAt.slice(0, 10), source: posting.source, chars: posting.text.length },
    postingHtml: markedPosting(posting.text, result.requirements),
    score: result.score,
    band: result.score >= 75 ? 'strong' : result.score >= 50 ? 'fair' : 'weak',
    explanation: result.explanation,
    groups: [group('required', 'Required'), group('preferred', 'Preferred'), group('mentioned', 'Mentioned')].filter((g) => g.count),
    requirementCount: result.requirements.length,
    suggestions: result.suggestions.map((s) => ({ message: s.message, kind: s.kind, links: suggestionLink(ws, s) })),
    roles,
    hasBullets: roles.length > 0,
    versions: versions.map((v, i) => ({ id: v.id, n: versions.length - i, createdAt: v.createdAt.replace('T', ' ').slice(0, 16), bullets: v.bullets, leftOut: v.leftOut })),
  };
}
