// src/resume/schema.ts
import { z } from "zod";
var ISO_DATE = /^[12]\d{3}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/;
var isoDate = z.string().trim().regex(ISO_DATE, { message: 'use YYYY, YYYY-MM or YYYY-MM-DD, e.g. "2021-03"' });
var short = (max = 200) => z.string().trim().max(max, { message: `keep it under ${max} characters` });
var long = (max = 4e3) => z.string().trim().max(max, { message: `keep it under ${max} characters` });
var LocationSchema = z.looseObject({
  address: short().optional(),
  postalCode: short(20).optional(),
  city: short(100).optional(),
  countryCode: short(10).optional(),
  region: short(100).optional()
});
var ProfileSchema = z.looseObject({
  network: short(100).optional(),
  username: short(100).optional(),
  url: short(500).optional()
});
var BasicsSchema = z.looseObject({
  name: short(120).optional(),
  label: short().optional(),
  email: short(254).optional(),
  phone: short(40).optional(),
  url: short(500).optional(),
  summary: long().optional(),
  location: LocationSchema.optional(),
  profiles: z.array(ProfileSchema).max(20).optional()
});
var WorkSchema = z.looseObject({
  name: short().optional(),
  position: short().optional(),
  location: short().optional(),
  url: short(500).optional(),
  startDate: isoDate.optional(),
  endDate: isoDate.optional(),
  summary: long().optional(),
  highlights: z.array(long(1e3)).max(100, { message: "at most 100 bullets per role" }).optional()
});
var EducationSchema = z.looseObject({
  institution: short().optional(),
  url: short(500).optional(),
  area: short().optional(),
  studyType: short().optional(),
  startDate: isoDate.optional(),
  endDate: isoDate.optional(),
  score: short(50).optional(),
  courses: z.array(short()).max(50).optional()
});
var CertificateSchema = z.looseObject({
  name: short(),
  date: isoDate.optional(),
  issuer: short().optional(),
  url: short(500).optional()
});
var SkillSchema = z.looseObject({
  name: short(),
  level: short(50).optional(),
  keywords: z.array(short(100)).max(60).optional()
});
var SECTIONS = ["basics", "work", "education", "certificates", "skills"];
var ResumeSchema = z.looseObject({
  basics: BasicsSchema.optional(),
  work: z.array(WorkSchema).max(50, { message: "at most 50 roles" }).optional(),
  education: z.array(EducationSchema).max(20).optional(),
  certificates: z.array(CertificateSchema).max(50).optional(),
  skills: z.array(SkillSchema).max(50).optional()
}).refine((r) => SECTIONS.some((k) => r[k] !== void 0), {
  message: `not a JSON Resume: expected at least one of ${SECTIONS.join(", ")}`
});
export {
  BasicsSchema,
  CertificateSchema,
  EducationSchema,
  ISO_DATE,
  LocationSchema,
  ProfileSchema,
  ResumeSchema,
  SkillSchema,
  WorkSchema
};
