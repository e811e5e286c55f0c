// The resume model: JSON Resume (jsonresume.org schema v1.0.0), every section, validated by zod. Each field the schema
// names has its type checked (a null where text belongs is refused); objects are loose, so fields and sections the
// schema does not name are kept as given. Lenient where real files are: an empty endDate means "present", and
// certificates and skills may come without a name, as the schema allows.
import { z } from 'zod';

/** JSON Resume dates: YYYY, YYYY-MM or YYYY-MM-DD; an absent endDate means "Present". */
export const ISO_DATE = /^[12]\d{3}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/;
const isoDate = z
  .string()
  .trim()
  .regex(ISO_DATE, { message: 'use YYYY, YYYY-MM or YYYY-MM-DD, e.g. "2021-03"' });
/** An end date: a date, or "" (written by many tools for a current role), which means "present". */
const endDate = z.union([z.literal(''), isoDate], { error: 'use YYYY, YYYY-MM or YYYY-MM-DD, e.g. "2021-03", or leave it empty for a current role' });
export const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

const short = (max = 200) => z.string().trim().max(max, { message: `keep it under ${max} characters` });
const long = (max = 4000) => z.string().trim().max(max, { message: `keep it under ${max} characters` });

export const LocationSchema = z.looseObject({
  address: short().optional(),
  postalCode: short(20).optional(),
  city: short(100).optional(),
  countryCode: short(10).optional(),
  region: short(100).optional(),
});

export const ProfileSchema = z.looseObject({
  network: short(100).optional(),
  username: short(100).optional(),
  url: short(500).optional(),
});

export const BasicsSchema = z.looseObject({
  name: short(120).optional(),
  label: short().optional(),
  image: short(2000).optional(),
  email: short(254).refine((v) => v === '' || EMAIL.test(v), { message: 'not an email address' }).optional(),
  phone: short(40).optional(),
  url: short(500).optional(),
  summary: long().optional(),
  location: LocationSchema.optional(),
  profiles: z.array(ProfileSchema).max(20).optional(),
});

export const WorkSchema = z.looseObject({
  name: short().optional(),
  position: short().optional(),
  location: short().optional(),
  description: long().optional(),
  url: short(500).optional(),
  startDate: isoDate.optional(),
  endDate: endDate.optional(),
  summary: long().optional(),
  highlights: z.array(long(1000)).max(100, { message: 'at most 100 bullets per role' }).optional(),
});

export const EducationSchema = z.looseObject({
  institution: short().optional(),
  url: short(500).optional(),
  area: short().optional(),
  studyType: short().optional(),
  startDate: isoDate.optional(),
  endDate: endDate.optional(),
  score: short(50).optional(),
  courses: z.array(short()).max(50).optional(),
});

export const CertificateSchema = z.looseObject({
  name: short().optional(),
  date: isoDate.optional(),
  issuer: short().optional(),
  url: short(500).optional(),
});

export const SkillSchema = z.looseObject({
  name: short().optional(),
  level: short(50).optional(),
  keywords: z.array(short(100)).max(60).optional(),
});

const strings = (max: number, each = 200) => z.array(short(each)).max(max);

export const VolunteerSchema = z.looseObject({
  organization: short().optional(),
  position: short().optional(),
  url: short(500).optional(),
  startDate: isoDate.optional(),
  endDate: endDate.optional(),
  summary: long().optional(),
  highlights: z.array(long(1000)).max(100).optional(),
});

export const AwardSchema = z.looseObject({
  title: short().optional(),
  date: isoDate.optional(),
  awarder: short().optional(),
  summary: long().optional(),
});

export const PublicationSchema = z.looseObject({
  name: short(500).optional(),
  publisher: short().optional(),
  releaseDate: isoDate.optional(),
  url: short(2000).optional(),
  summary: long().optional(),
});

export const LanguageSchema = z.looseObject({ language: short(100).optional(), fluency: short(100).optional() });
export const InterestSchema = z.looseObject({ name: short().optional(), keywords: strings(60, 100).optional() });
export const ReferenceSchema = z.looseObject({ name: short().optional(), reference: long().optional() });

export const ProjectSchema = z.looseObject({
  name: short().optional(),
  description: long().optional(),
  highlights: z.array(long(1000)).max(100).optional(),
  keywords: strings(60, 100).optional(),
  startDate: isoDate.optional(),
  endDate: endDate.optional(),
  url: short(2000).optional(),
  roles: strings(20).optional(),
  entity: short().optional(),
  type: short().optional(),
});

export const MetaSchema = z.looseObject({
  canonical: short(2000).optional(),
  version: short(50).optional(),
  lastModified: short(50).optional(),
});

/** The schema's sections in its own order; what a resume.json must have at least one of. */
export const SECTIONS = [
  'basics', 'work', 'volunteer', 'education', 'awards', 'certificates', 'publications', 'skills', 'languages',
  'interests', 'references', 'projects',
] as const;

export const ResumeSchema = z
  .looseObject({
    $schema: short(2000).optional(),
    basics: BasicsSchema.optional(),
    work: z.array(WorkSchema).max(50, { message: 'at most 50 roles' }).optional(),
    volunteer: z.array(VolunteerSchema).max(50).optional(),
    education: z.array(EducationSchema).max(20).optional(),
    awards: z.array(AwardSchema).max(50).optional(),
    certificates: z.array(CertificateSchema).max(50).optional(),
    publications: z.array(PublicationSchema).max(100).optional(),
    skills: z.array(SkillSchema).max(50).optional(),
    languages: z.array(LanguageSchema).max(30).optional(),
    interests: z.array(InterestSchema).max(30).optional(),
    references: z.array(ReferenceSchema).max(30).optional(),
    projects: z.array(ProjectSchema).max(50).optional(),
    meta: MetaSchema.optional(),
  })
  .refine((r) => SECTIONS.some((k) => r[k] !== undefined), {
    message: `not a JSON Resume: expected at least one of ${SECTIONS.join(', ')}`,
  });

export type Resume = z.infer<typeof ResumeSchema>;
export type Basics = z.infer<typeof BasicsSchema>;
export type Work = z.infer<typeof WorkSchema>;
export type Education = z.infer<typeof EducationSchema>;
export type Certificate = z.infer<typeof CertificateSchema>;
export type Skill = z.infer<typeof SkillSchema>;
export type Location = z.infer<typeof LocationSchema>;
