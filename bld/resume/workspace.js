// src/resume/workspace.ts
import { formatDate, ONGOING, parseDate } from "../export/text.js";
import { LIMITS } from "../store/types.js";
function workspaceResume(snap, profile) {
  const notes = [];
  const work = snap.roles.map((role) => {
    const w = {};
    if (role.title.trim()) w.position = role.title.trim();
    if (role.employer.trim()) w.name = role.employer.trim();
    if (role.location.trim()) w.location = role.location.trim();
    const start = role.startDate.trim();
    const end = role.endDate.trim();
    const heading = role.title || role.employer || "a role";
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
      notes.push(`${unassigned.length} ${unassigned.length === 1 ? "bullet is" : "bullets are"} not under a role and ${unassigned.length === 1 ? "is" : "are"} left out of the resume; place ${unassigned.length === 1 ? "it" : "them"} under a role on the Bullets page.`);
    } else {
      work.push({ highlights: unassigned });
    }
  }
  const resume = { basics: profile.basics, work, education: profile.education, certificates: profile.certificates, skills: profile.skills };
  return { resume, notes };
}
var fit = (text, notes, what) => {
  const t = (text ?? "").trim();
  if (t.length <= LIMITS.roleFieldChars) return t;
  notes.push(`${what} was cut to ${LIMITS.roleFieldChars} characters.`);
  return `${t.slice(0, LIMITS.roleFieldChars - 1)}\u2026`;
};
function importPlan(resume) {
  const notes = [];
  const roles = [];
  const unassigned = [];
  for (const w of resume.work ?? []) {
    const bullets = (w.highlights ?? []).map((h) => h.trim()).filter(Boolean);
    if (!w.position && !w.name) {
      unassigned.push(...bullets);
      continue;
    }
    roles.push({
      fields: {
        title: fit(w.position || w.name, notes, "A role title"),
        employer: fit(w.position ? w.name : "", notes, "An employer name"),
        location: fit(w.location, notes, "A location"),
        startDate: formatDate(w.startDate),
        endDate: w.endDate ? formatDate(w.endDate) : w.startDate ? "Present" : ""
      },
      bullets
    });
  }
  const profile = {
    basics: resume.basics ?? {},
    education: resume.education ?? [],
    certificates: resume.certificates ?? [],
    skills: resume.skills ?? []
  };
  return { plan: { profile, roles, unassigned }, notes };
}
var key = (...parts) => parts.map((p) => (p ?? "").trim().toLowerCase()).join("|");
function mergeProfile(saved, incoming) {
  const basics = { ...incoming.basics, ...Object.fromEntries(Object.entries(saved.basics).filter(([, v]) => v !== void 0 && v !== "")) };
  const add = (list, more, k) => {
    const seen = new Set(list.map(k));
    return [...list, ...more.filter((x) => !seen.has(k(x)))];
  };
  return {
    basics,
    education: add(saved.education, incoming.education, (e) => key(e.institution, e.studyType, e.area)),
    certificates: add(saved.certificates, incoming.certificates, (c) => key(c.name)),
    skills: add(saved.skills, incoming.skills, (s) => key(s.name))
  };
}
export {
  importPlan,
  mergeProfile,
  workspaceResume
};
