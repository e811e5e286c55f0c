// src/store/resume.ts
import { z } from "zod";
import { BasicsSchema, CertificateSchema, EducationSchema, SkillSchema } from "../resume/schema.js";
var ResumeProfileSchema = z.object({
  basics: BasicsSchema.default({}),
  education: z.array(EducationSchema).max(20, { message: "at most 20 education entries" }).default([]),
  certificates: z.array(CertificateSchema).max(50, { message: "at most 50 certifications" }).default([]),
  skills: z.array(SkillSchema).max(50, { message: "at most 50 skill groups" }).default([])
});
var emptyProfile = () => ({ basics: {}, education: [], certificates: [], skills: [] });
export {
  ResumeProfileSchema,
  emptyProfile
};
