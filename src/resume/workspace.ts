// The workspace and the resume model, both ways: roles and bullets become work[].highlights in their order, and an
// imported resume becomes roles and bullets. Role dates are free text in the workspace ("Mar 2021"); the model
// wants ISO dates, so what cannot be read is reported, never guessed.
import { formatDate, ONGOING, parseDate } from '../export/text.ts';
import type { ResumeImportPlan, ResumeProfile } from '../store/resume.ts';
import { LIMITS, type WorkspaceSnapshot } from '../store/types.ts';
import type { Resume, Work } from './schema.ts';

export interface WorkspaceResume {
  resume: Resume;
  /** Role dates the export could not read, and bullets left out, in words for the person. */
  notes: string[];
}

export function workspaceResume(snap: WorkspaceSnapshot, profile: ResumeProfile): WorkspaceResume {
  const notes: string[] = [];
  const work: Work[] = snap.roles.map((role) => {
    const w: Work = {};
    if (role.title.trim()) w.position = role.title.trim();
    if (role.employer.trim()) w.name = role.employer.trim();
    if (role.location.trim()) w.location = role.location.trim();
    const start = role.startDate.trim();
    const end = role.endDate.trim();
    const heading = role.title || role.employer || 'a role';
    if (start) {
      const iso = parseDate(start);
      if (iso) w.startDate = iso;
      else notes.push(`${heading}: the start date "${start}" is not one the export can read; write it like "Mar 2021" or "2021".`);
    }
    if (end && !ONGOING.test(end)) {
      const iso = parseDate(end);
      if (iso) w.endDate = iso;
      else notes.push(`${heading}: the end date "${end}" is not one the export can read; write it like "Jun 2019", "2019" or "Present".`);
    }
    w.highlights = snap.bullets.filter((b) => b.roleId === role.id).map((b) => b.text);
    return w;
  });
  const unassigned = snap.bullets.filter((b) => b.roleId === null).map((b) => b.text);
  if (unassigned.length) {
    if (work.length) {
      notes.push(`${unassigned.length} ${unassigned.length === 1 ? 'bullet is' : 'bullets are'} not under a role and ${unassigned.length === 1 ? 'is' : 'are'} left out of the resume; place ${unassigned.length === 1 ? 'it' : 'them'} under a role on the Bullets page.`);
    } else {
      work.push({ highlights: unassigned });
    }
  }
  const resume: Resume = { basics: profile.basics, work, education: profile.education, certificates: profile.certificates, skills: profile.skills };
  return { resume, notes };
}

const fit = (text: string | undefined, notes: string[], what: string): string => {
  const t = (text ?? '').trim();
  if (t.length <= LIMITS.roleFieldChars) return t;
  notes.push(`${what} was cut to ${LIMITS.roleFieldChars} characters.`);
  return `${t.slice(0, LIMITS.roleFieldChars - 1)}…`;
};

/** An imported resume as roles and bullets for the workspace, plus the profile it carries. */
export function importPlan(resume: Resume): { plan: ResumeImportPlan; notes: string[] } {
  const notes: string[] = [];
  const roles: ResumeImportPlan['roles'] = [];
  const unassigned: string[] = [];
  for (const w of resume.work ?? []) {
    const bullets = (w.highlights ?? []).map((h) => h.trim()).filter(Boolean);
    if (!w.position && !w.name) {
      unassigned.push(...bullets);
      continue;
    }
    roles.push({
      fields: {
        title: fit(w.position || w.name, notes, 'A role title'),
        employer: fit(w.position ? w.name : '', notes, 'An employer name'),
        location: fit(w.location, notes, 'A location'),
        startDate: formatDate(w.startDate),
        endDate: w.endDate ? formatDate(w.endDate) : w.startDate ? 'Present' : '',
      },
      bullets,
    });
  }
  const profile: ResumeProfile = {
    basics: resume.basics ?? {},
    education: resume.education ?? [],
    certificates: resume.certificates ?? [],
    skills: resume.skills ?? [],
  };
  return { plan: { profile, roles, unassigned }, notes };
}

const key = (...parts: (string | undefined)[]) => parts.map((p) => (p ?? '').trim().toLowerCase()).join('|');

/** Merges an imported profile into the saved one without losing anything already saved. */
export function mergeProfile(saved: ResumeProfile, incoming: ResumeProfile): ResumeProfile {
  const basics = { ...incoming.basics, ...Object.fromEntries(Object.entries(saved.basics).filter(([, v]) => v !== undefined && v !== '')) };
  const add = <T>(list: T[], more: T[], k: (x: T) => string) => {
    const seen = new Set(list.map(k));
    return [...list, ...more.filter((x) => !seen.has(k(x)))];
  };
  return {
    basics,
    education: add(saved.education, incoming.education, (e) => key(e.institution, e.studyType, e.area)),
    certificates: add(saved.certificates, incoming.certificates, (c) => key(c.name)),
    skills: add(saved.skills, incoming.skills, (s) => key(s.name)),
  };
}
