// The resume page's view model: the profile as form values, the experience as the workspace has it, and the
// pre-flight list with each flagged stretch of text marked.
import { docxFileName } from '../export/file-name.ts';
import { certificateLine, degreeLine } from '../export/resume.ts';
import { formatDate, formatDateRange, formatLocation } from '../export/text.ts';
import { GUIDE_CERTIFICATIONS } from '../resume/certifications.ts';
import type { Preflight, PreflightItem } from '../resume/preflight/index.ts';
import type { Resume } from '../resume/schema.ts';
import { skillLines } from '../resume/skills.ts';
import type { ResumeProfile } from '../store/resume.ts';

const CHECK_LABELS: Record<PreflightItem['check'], string> = {
  'private-data': 'Private data',
  placeholder: 'Placeholder',
  'kpi-direction': 'KPI direction',
  'missing-parts': 'Missing parts',
  spelling: 'Spelling',
};
const ORDER: PreflightItem['check'][] = ['private-data', 'placeholder', 'spelling', 'kpi-direction', 'missing-parts'];

export function preflightView(report: Preflight) {
  const items = [...report.items]
    .sort((a, b) => ORDER.indexOf(a.check) - ORDER.indexOf(b.check))
    .map((i) => {
      const marked = i.start !== undefined && i.end !== undefined && i.end > i.start;
      return {
        ...i,
        label: CHECK_LABELS[i.check],
        before: marked ? i.text.slice(Math.max(0, i.start! - 60), i.start) : i.text.slice(0, 160),
        match: marked ? i.text.slice(i.start, i.end) : '',
        after: marked ? i.text.slice(i.end, i.end! + 60) : i.text.length > 160 ? '…' : '',
      };
    });
  const counts = ORDER.map((check) => ({ check, label: CHECK_LABELS[check], count: report.items.filter((i) => i.check === check).length }));
  return { items, errors: report.errors, warnings: report.warnings, total: report.items.length, counts, clean: report.items.length === 0 };
}

export function resumeView(profile: ResumeProfile, resume: Resume, notes: string[]) {
  const b = profile.basics;
  return {
    basics: {
      name: b.name ?? '', label: b.label ?? '', email: b.email ?? '', phone: b.phone ?? '',
      city: b.location?.city ?? '', region: b.location?.region ?? '', url: b.url ?? '',
      linkedin: b.profiles?.[0]?.url ?? '', summary: b.summary ?? '',
    },
    roles: (resume.work ?? []).map((w) => ({
      heading: [w.position, w.name].filter(Boolean).join(', ') || 'Bullets not under a role',
      dates: formatDateRange(w.startDate, w.endDate),
      location: w.location ?? '',
      bullets: w.highlights?.length ?? 0,
    })),
    bulletCount: (resume.work ?? []).reduce((n, w) => n + (w.highlights?.length ?? 0), 0),
    notes,
    education: profile.education.map((e, index) => ({ index, degree: degreeLine(e.studyType, e.area), institution: e.institution ?? '', year: formatDate(e.endDate) })),
    certificates: profile.certificates.map((c, index) => ({ index, line: certificateLine(c.name, c.issuer), date: formatDate(c.date) })),
    skills: skillLines(profile.skills),
    location: formatLocation(b.location),
    fileName: `${docxFileName(b.name)} / .pdf`,
    guideCertifications: GUIDE_CERTIFICATIONS,
  };
}
