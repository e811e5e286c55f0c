// The resume as blocks, in the order recruiters scan: name, contact, summary, experience, education,
// certifications, skills. Section names are fixed so an import (ours or an ATS's) finds them.
import type { Resume } from '../resume/schema.ts';
import type { Block, BlockDocument } from './blocks.ts';
import { exportDocument, type ExportedFile, type ExportFormat } from './formats.ts';
import { clean, contactLine, formatDate, formatDateRange } from './text.ts';

export const SECTION_TITLES = {
  summary: 'Summary',
  work: 'Experience',
  education: 'Education',
  certificates: 'Certifications',
  skills: 'Skills',
} as const;

/** "Bachelor of Science in Nursing": the degree as people write it. */
export function degreeLine(studyType: string | undefined, area: string | undefined): string {
  const type = clean(studyType);
  const field = clean(area);
  return type && field ? `${type} in ${field}` : type || field;
}

/** "FACHE — American College of Healthcare Executives". */
export function certificateLine(name: string | undefined, issuer: string | undefined): string {
  const who = clean(issuer);
  const what = clean(name);
  return who && what ? `${what} — ${who}` : what || who;
}

export function resumeBlocks(resume: Resume): Block[] {
  const blocks: Block[] = [];
  const basics = resume.basics ?? {};
  if (clean(basics.name)) blocks.push({ kind: 'title', text: basics.name! });
  if (clean(basics.label)) blocks.push({ kind: 'subtitle', text: basics.label! });
  const contact = contactLine(basics);
  if (contact) blocks.push({ kind: 'contact', text: contact });

  const summary = (basics.summary ?? '').split(/\n+/).map(clean).filter(Boolean);
  if (summary.length) {
    blocks.push({ kind: 'section', text: SECTION_TITLES.summary });
    for (const text of summary) blocks.push({ kind: 'paragraph', text });
  }

  const work = (resume.work ?? []).filter((w) => clean(w.position) || clean(w.name) || w.highlights?.some((h) => clean(h)));
  if (work.length) {
    blocks.push({ kind: 'section', text: SECTION_TITLES.work });
    for (const role of work) {
      // Bullets pasted without a role still print, under the section heading alone.
      const heading = clean(role.position) || clean(role.name);
      if (heading) blocks.push({ kind: 'entry', text: heading, right: formatDateRange(role.startDate, role.endDate) });
      if (clean(role.position) && clean(role.name)) blocks.push({ kind: 'organization', text: role.name!, right: clean(role.location) });
      if (clean(role.summary)) blocks.push({ kind: 'paragraph', text: role.summary!, italic: false });
      for (const h of role.highlights ?? []) if (clean(h)) blocks.push({ kind: 'bullet', text: h });
    }
  }

  const education = (resume.education ?? []).filter((e) => clean(e.institution) || degreeLine(e.studyType, e.area));
  if (education.length) {
    blocks.push({ kind: 'section', text: SECTION_TITLES.education });
    for (const e of education) {
      const degree = degreeLine(e.studyType, e.area);
      const dates = e.startDate && e.endDate ? formatDateRange(e.startDate, e.endDate) : formatDate(e.endDate ?? e.startDate);
      blocks.push({ kind: 'entry', text: degree || clean(e.institution), right: dates });
      if (degree && clean(e.institution)) blocks.push({ kind: 'organization', text: e.institution! });
    }
  }

  const certificates = (resume.certificates ?? []).filter((c) => clean(c.name));
  if (certificates.length) {
    blocks.push({ kind: 'section', text: SECTION_TITLES.certificates });
    for (const c of certificates) blocks.push({ kind: 'line', text: certificateLine(c.name, c.issuer), right: formatDate(c.date) });
  }

  const skills = (resume.skills ?? []).filter((s) => clean(s.name));
  if (skills.length) {
    blocks.push({ kind: 'section', text: SECTION_TITLES.skills });
    const bare = skills.filter((s) => !s.keywords?.some((k) => clean(k)));
    for (const s of skills) {
      const keywords = (s.keywords ?? []).map(clean).filter(Boolean);
      if (keywords.length) blocks.push({ kind: 'paragraph', lead: `${clean(s.name)}:`, text: keywords.join(', ') });
    }
    // Skills without keywords read best as one line rather than a column of single words.
    if (bare.length) blocks.push({ kind: 'paragraph', text: bare.map((s) => clean(s.name)).join(', ') });
  }
  return blocks;
}

export function resumeDocument(resume: Resume): BlockDocument {
  const name = clean(resume.basics?.name);
  return {
    meta: {
      title: name ? `${name} – Resume` : 'Resume',
      author: name || 'resume-vitals',
      subject: clean(resume.basics?.label) || 'Resume',
      keywords: (resume.skills ?? []).flatMap((s) => [s.name, ...(s.keywords ?? [])]).map(clean).filter(Boolean).slice(0, 30).join(', '),
    },
    blocks: resumeBlocks(resume),
  };
}

export function exportResume(resume: Resume, format: ExportFormat): Promise<ExportedFile> {
  return exportDocument(resumeDocument(resume), format, resume.basics?.name, 'Resume');
}

export function exportResumeDocx(resume: Resume): Promise<ExportedFile> {
  return exportResume(resume, 'docx');
}
