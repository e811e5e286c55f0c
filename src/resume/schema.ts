// The resume model: JSON Resume (jsonresume.org schema v1) for the sections the guide asks for, validated by zod.
// Objects are loose so a resume.json with sections we do not edit (projects, awards...) keeps them on the way through.
import { z } from 'zod';

/** JSON Resume dates: YYYY, YYYY-MM or YYYY-MM-DD; an absent endDate means "Present". */
export const ISO_DATE = /^[12]\d{3}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/;
const isoDate = z
  .string()
  .trim()
  .regex(ISO_DATE, { message: 'use YYYY, YYYY-MM or YYYY-MM-DD, e.g. "2021-03"' });

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
  email: short(254).optional(),
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
  url: short(500).optional(),
  startDate: isoDate.optional(),
  endDate: isoDate.optional(),
  summary: long().optional(),
  highlights: z.array(long(1000)).max(100, { message: 'at most 100 bullets per role' }).optional(),
});

export const EducationSchema = z.looseObject({
  institution: short().optional(),
  url: short(500).optional(),
  area: short().optional(),
  studyType: short().optional(),
  startDate: isoDate.optional(),
  endDate: isoDate.optional(),
  score: short(50).optional(),
  courses: z.array(short()).max(50).optional(),
});

export const CertificateSchema = z.looseObject({
  name: short(),
  date: isoDate.optional(),
  issuer: short().optional(),
  url: short(500).optional(),
});

export const SkillSchema = z.looseObject({
  name: short(),
  level: short(50).optional(),
  keywords: z.array(short(100)).max(60).optional(),
});

const SECTIONS = ['basics', 'work', 'education', 'certificates', 'skills'] as const;

export const ResumeSchema = z
  .looseObject({
    basics: BasicsSchema.optional(),
    work: z.array(WorkSchema).max(50, { message: 'at most 50 roles' }).optional(),
    education: z.array(EducationSchema).max(20).optional(),
    certificates: z.array(CertificateSchema).max(50).optional(),
    skills: z.array(SkillSchema).max(50).optional(),
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
