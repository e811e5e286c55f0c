// The resume as the store keeps it: the profile (header, education, certifications, skills) beside the workspace's
// roles and bullets, which are the resume's experience. Async like the rest of the store.
import { z } from 'zod';
import { BasicsSchema, CertificateSchema, EducationSchema, SkillSchema } from '../resume/schema.ts';
import type { RoleFields } from './types.ts';

export const ResumeProfileSchema = z.object({
  basics: BasicsSchema.default({}),
  education: z.array(EducationSchema).max(20, { message: 'at most 20 education entries' }).default([]),
  certificates: z.array(CertificateSchema).max(50, { message: 'at most 50 certifications' }).default([]),
  skills: z.array(SkillSchema).max(50, { message: 'at most 50 skill groups' }).default([]),
});
export type ResumeProfile = z.output<typeof ResumeProfileSchema>;

export const emptyProfile = (): ResumeProfile => ({ basics: {}, education: [], certificates: [], skills: [] });

/** What an import adds to a workspace: roles with their bullets in order, and bullets under no role. */
export interface ResumeImportPlan {
  profile: ResumeProfile;
  roles: { fields: RoleFields; bullets: string[] }[];
  unassigned: string[];
}

export interface ResumeRepo {
  /** The saved profile, or an empty one. */
  profile(workspaceId: string): Promise<ResumeProfile>;
  saveProfile(workspaceId: string, profile: ResumeProfile): Promise<ResumeProfile>;
  /**
   * All or nothing: the profile is merged (empty fields filled, entries appended), the roles and bullets are added
   * after the existing ones, and each bullet gets its first version. On any error nothing is written.
   */
  importPlan(workspaceId: string, plan: ResumeImportPlan): Promise<{ roles: number; bullets: number }>;
}
