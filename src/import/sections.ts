// How people name resume sections, mapped to the JSON Resume section they fill. Matching ignores case, "&"/"and",
// and a trailing colon. A heading not listed here starts a section whose lines are skipped with a warning.

export type SectionId = 'summary' | 'work' | 'education' | 'certificates' | 'skills';

export const SECTION_NAMES: Record<SectionId, string[]> = {
  summary: [
    'summary', 'professional summary', 'executive summary', 'career summary', 'summary of qualifications',
    'profile', 'professional profile', 'about', 'about me', 'objective', 'career objective', 'overview',
  ],
  work: [
    'experience', 'professional experience', 'work experience', 'relevant experience', 'leadership experience',
    'healthcare experience', 'employment', 'employment history', 'work history', 'career history', 'professional history',
  ],
  education: ['education', 'education and training', 'academic background', 'education and credentials', 'degrees'],
  certificates: [
    'certifications', 'certificates', 'certification', 'licenses', 'licensure', 'credentials',
    'licenses and certifications', 'licensure and certifications', 'certifications and licenses',
    'certifications and licensure', 'professional certifications', 'licenses and credentials',
  ],
  skills: [
    'skills', 'core competencies', 'competencies', 'technical skills', 'key skills', 'areas of expertise',
    'expertise', 'skills and tools', 'tools', 'systems', 'technology', 'skills and expertise',
  ],
};

const normalise = (text: string) =>
  text.toLowerCase().replace(/&/g, ' and ').replace(/[:.]+$/, '').replace(/\s+/g, ' ').trim();

const LOOKUP = new Map<string, SectionId>(
  (Object.entries(SECTION_NAMES) as [SectionId, string[]][]).flatMap(([id, names]) => names.map((n) => [n, id] as const)),
);

export function sectionOf(text: string): SectionId | undefined {
  return LOOKUP.get(normalise(text));
}

/** A short ALL CAPS line of words ("VOLUNTEER WORK"): a heading even when its name is not one we know. */
export function looksLikeHeading(text: string): boolean {
  const t = text.replace(/:$/, '').trim();
  return t.length >= 3 && t.length <= 40 && /^[A-Z][A-Z &/,'-]+$/.test(t) && t.split(/\s+/).length <= 5;
}
