// src/export/resume.ts
import { docxFileName } from "./file-name.js";
import { renderDocx } from "./render.js";
import { clean, contactLine, formatDate, formatDateRange } from "./text.js";
var SECTION_TITLES = {
  summary: "Summary",
  work: "Experience",
  education: "Education",
  certificates: "Certifications",
  skills: "Skills"
};
function degreeLine(studyType, area) {
  const type = clean(studyType);
  const field = clean(area);
  return type && field ? `${type} in ${field}` : type || field;
}
function certificateLine(name, issuer) {
  const who = clean(issuer);
  return who ? `${clean(name)} \u2014 ${who}` : clean(name);
}
function resumeBlocks(resume) {
  const blocks = [];
  const basics = resume.basics ?? {};
  if (clean(basics.name)) blocks.push({ kind: "title", text: basics.name });
  if (clean(basics.label)) blocks.push({ kind: "subtitle", text: basics.label });
  const contact = contactLine(basics);
  if (contact) blocks.push({ kind: "contact", text: contact });
  const summary = (basics.summary ?? "").split(/\n+/).map(clean).filter(Boolean);
  if (summary.length) {
    blocks.push({ kind: "section", text: SECTION_TITLES.summary });
    for (const text of summary) blocks.push({ kind: "paragraph", text });
  }
  const work = (resume.work ?? []).filter((w) => clean(w.position) || clean(w.name) || w.highlights?.some((h) => clean(h)));
  if (work.length) {
    blocks.push({ kind: "section", text: SECTION_TITLES.work });
    for (const role of work) {
      const heading = clean(role.position) || clean(role.name);
      if (heading) blocks.push({ kind: "entry", text: heading, right: formatDateRange(role.startDate, role.endDate) });
      if (clean(role.position) && clean(role.name)) blocks.push({ kind: "organization", text: role.name, right: clean(role.location) });
      if (clean(role.summary)) blocks.push({ kind: "paragraph", text: role.summary, italic: false });
      for (const h of role.highlights ?? []) if (clean(h)) blocks.push({ kind: "bullet", text: h });
    }
  }
  const education = (resume.education ?? []).filter((e) => clean(e.institution) || degreeLine(e.studyType, e.area));
  if (education.length) {
    blocks.push({ kind: "section", text: SECTION_TITLES.education });
    for (const e of education) {
      const degree = degreeLine(e.studyType, e.area);
      const dates = e.startDate && e.endDate ? formatDateRange(e.startDate, e.endDate) : formatDate(e.endDate ?? e.startDate);
      blocks.push({ kind: "entry", text: degree || clean(e.institution), right: dates });
      if (degree && clean(e.institution)) blocks.push({ kind: "organization", text: e.institution });
    }
  }
  const certificates = (resume.certificates ?? []).filter((c) => clean(c.name));
  if (certificates.length) {
    blocks.push({ kind: "section", text: SECTION_TITLES.certificates });
    for (const c of certificates) blocks.push({ kind: "line", text: certificateLine(c.name, c.issuer), right: formatDate(c.date) });
  }
  const skills = (resume.skills ?? []).filter((s) => clean(s.name));
  if (skills.length) {
    blocks.push({ kind: "section", text: SECTION_TITLES.skills });
    const bare = skills.filter((s) => !s.keywords?.some((k) => clean(k)));
    for (const s of skills) {
      const keywords = (s.keywords ?? []).map(clean).filter(Boolean);
      if (keywords.length) blocks.push({ kind: "paragraph", lead: `${clean(s.name)}:`, text: keywords.join(", ") });
    }
    if (bare.length) blocks.push({ kind: "paragraph", text: bare.map((s) => clean(s.name)).join(", ") });
  }
  return blocks;
}
function resumeDocument(resume) {
  const name = clean(resume.basics?.name);
  return {
    meta: {
      title: name ? `${name} \u2013 Resume` : "Resume",
      author: name || "resume-vitals",
      subject: clean(resume.basics?.label) || "Resume",
      keywords: (resume.skills ?? []).flatMap((s) => [s.name, ...s.keywords ?? []]).map(clean).filter(Boolean).slice(0, 30).join(", ")
    },
    blocks: resumeBlocks(resume)
  };
}
async function exportResumeDocx(resume) {
  return { buffer: await renderDocx(resumeDocument(resume)), fileName: docxFileName(resume.basics?.name) };
}
export {
  SECTION_TITLES,
  certificateLine,
  degreeLine,
  exportResumeDocx,
  resumeBlocks,
  resumeDocument
};
