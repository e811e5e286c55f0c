// The workspace and the resume model, both ways: roles and bullets become work[].highlights in their order, and an
// imported resume becomes roles and bullets. Role dates are free text in the workspace ("Mar 2021"); the model
// wants ISO dates, so what cannot be read is reported, never guessed.
import { formatDate, ONGOING, parseDate } from '../export/text.ts';
import type { ResumeImportPlan, ResumeProfile, RoleSource } from '../store/resume.ts';
import { LIMITS, type WorkspaceSnapshot } from '../store/types.ts';
import type { Resume, Work } from './schema.ts';

export interface WorkspaceResume {
  resume: Resume;
  /** Role dates the export could not read, and bullets left out, in words for the person. */
  notes: string[];
}

/** The sections in the schema's order, for a resume.json that reads like the ones other tools write. */
const ORDER = ['$schema', 'basics', 'work', 'volunteer', 'education', 'awards', 'certificates', 'publications', 'skills', 'languages', 'interests', 'references', 'projects', 'meta'];

function ordered(resume: Record<string, unknown>): Resume {
  const rank = (k: string) => (ORDER.includes(k) ? ORDER.indexOf(k) : ORDER.length);
  return Object.fromEntries(Object.entries(resume).filter(([, v]) => v !== undefined).sort(([a], [b]) => rank(a) - rank(b))) as Resume;
}

/** A role as a work entry: the imported entry's own values while the role's fields are as imported, else the edits. */
function roleWork(role: WorkspaceSnapshot['roles'][number], source: RoleSource | undefined, notes: string[]): Work {
  const w: Work = { ...(source?.work ?? {}) };
  const was = source?.fields;
  const heading = role.title || role.employer || 'a role';
  if (!was || was.title !== role.title || was.employer !== role.employer) {
    delete w.position;
    delete w.name;
    if (role.title.trim()) w.position = role.title.trim();
    if (role.employer.trim()) w.name = role.employer.trim();
  }
  if (!was || was.location !== role.location) {
    delete w.location;
    if (role.location.trim()) w.location = role.location.trim();
  }
  if (!was || was.startDate !== role.startDate) {
    delete w.startDate;
    const start = role.startDate.trim();
    if (start) {
      const iso = parseDate(start);
      if (iso) w.startDate = iso;
      else notes.push(`${heading}: the start date "${start}" is not one the export can read; write it like "Mar 2021" or "2021".`);
    }
  }
  if (!was || was.endDate !== role.endDate) {
    delete w.endDate;
    const end = role.endDate.trim();
    if (end && !ONGOING.test(end)) {
      const iso = parseDate(end);
      if (iso) w.endDate = iso;
      else notes.push(`${heading}: the end date "${end}" is not one the export can read; write it like "Jun 2019", "2019" or "Present".`);
    }
  }
  return w;
}

export function workspaceResume(snap: WorkspaceSnapshot, profile: ResumeProfile): WorkspaceResume {
  const notes: string[] = [];
  const work: Work[] = snap.roles.map((role) => {
    const source = profile.roleSources?.[String(role.id)];
    const w = roleWork(role, source, notes);
    const highlights = snap.bullets.filter((b) => b.roleId === role.id).map((b) => b.text);
    // An imported entry without highlights stays without them until the role has a bullet.
    if (highlights.length || !source || source.work.highlights) w.highlights = highlights;
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
  const some = <T>(list: T[]) => (list.length ? list : undefined);
  const resume = ordered({
    ...profile.other,
    basics: Object.keys(profile.basics).length ? profile.basics : undefined,
    work: some(work),
    education: some(profile.education),
    certificates: some(profile.certificates),
    skills: some(profile.skills),
  });
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
    const { highlights: _bullets, ...source } = w;
    roles.push({
      fields: {
        title: fit(w.position || w.name, notes, 'A role title'),
        employer: fit(w.position ? w.name : '', notes, 'An employer name'),
        location: fit(w.location, notes, 'A location'),
        startDate: formatDate(w.startDate),
        endDate: w.endDate ? formatDate(w.endDate) : w.startDate ? 'Present' : '',
      },
      bullets,
      source: w.highlights === undefined ? source : { ...source, highlights: [] },
    });
  }
  const { basics, work: _work, education, certificates, skills, ...other } = resume;
  const profile: ResumeProfile = {
    basics: basics ?? {},
    education: education ?? [],
    certificates: certificates ?? [],
    skills: skills ?? [],
    ...(Object.keys(other).length ? { other } : {}),
  };
  return { plan: { profile, roles, unassigned }, notes };
}

/**
 * The profile an import leaves: the incoming one merged into the saved one (or alone, when the import replaces),
 * with each added role's source under the id the store gave it (roleIds in the plan's order).
 */
export function profileAfterImport(saved: ResumeProfile, plan: ResumeImportPlan, roleIds: number[]): ResumeProfile {
  const sources = Object.fromEntries(plan.roles.flatMap((r, i) => (r.source ? [[String(roleIds[i]), { fields: r.fields, work: r.source }]] : [])));
  const roleSources = { ...plan.profile.roleSources, ...sources };
  const incoming = Object.keys(roleSources).length ? { ...plan.profile, roleSources } : plan.profile;
  return plan.replace ? incoming : mergeProfile(saved, incoming);
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
    certificates: add(saved.certificates, incoming.certificates, (c) => key(c.name, c.issuer)),
    skills: add(saved.skills, incoming.skills, (s) => key(s.name, ...(s.keywords ?? []))),
    ...(saved.other || incoming.other ? { other: { ...incoming.other, ...saved.other } } : {}),
    ...(saved.roleSources || incoming.roleSources ? { roleSources: { ...saved.roleSources, ...incoming.roleSources } } : {}),
  };
}
