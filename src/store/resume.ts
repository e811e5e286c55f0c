// The resume as the store keeps it: the profile (header, education, certifications, skills) beside the workspace's
// roles and bullets, which are the resume's experience. Async like the rest of the store.
import { z } from 'zod';
import { BasicsSchema, CertificateSchema, EducationSchema, SkillSchema, WorkSchema, type Work } from '../resume/schema.ts';
import { LIMITS, StoreError, type RoleFields } from './types.ts';

const RoleFieldsSchema = z.object({ title: z.string(), employer: z.string(), location: z.string(), startDate: z.string(), endDate: z.string() });

/**
 * A role imported from a JSON Resume: its work entry as given (without highlights: those are the bullets) and the
 * role's fields as they were made from it. While a field is unchanged, the export gives back the entry's own value
 * ("2013-12-01" stays "2013-12-01"); an edited field is exported as edited.
 */
export const RoleSourceSchema = z.object({ fields: RoleFieldsSchema, work: WorkSchema });
export type RoleSource = z.output<typeof RoleSourceSchema>;

export const ResumeProfileSchema = z.object({
  basics: BasicsSchema.default({}),
  education: z.array(EducationSchema).max(20, { message: 'at most 20 education entries' }).default([]),
  certificates: z.array(CertificateSchema).max(50, { message: 'at most 50 certifications' }).default([]),
  skills: z.array(SkillSchema).max(50, { message: 'at most 50 skill groups' }).default([]),
  /** The imported resume's other sections and top-level fields ($schema, volunteer, awards, projects, meta...), as given. */
  other: z.record(z.string(), z.unknown()).optional(),
  /** By role id. */
  roleSources: z.record(z.string(), RoleSourceSchema).optional(),
});
export type ResumeProfile = z.output<typeof ResumeProfileSchema>;

export const emptyProfile = (): ResumeProfile => ({ basics: {}, education: [], certificates: [], skills: [] });

/** What an import adds to a workspace: roles with their bullets in order, and bullets under no role. */
export interface ResumeImportPlan {
  profile: ResumeProfile;
  /** Replace the workspace's roles, bullets and profile instead of adding to them (its stories stay). */
  replace?: boolean;
  roles: { fields: RoleFields; bullets: string[]; source?: Work }[];
  unassigned: string[];
}

/** Refuses, before anything is written, an import that would overfill a workspace holding `roles` and `bullets`;
 * answers how many bullets it adds. */
export function checkImportFits(plan: ResumeImportPlan, roles: number, bullets: number): number {
  const newBullets = plan.roles.reduce((n, r) => n + r.bullets.length, plan.unassigned.length);
  if (roles + plan.roles.length > LIMITS.rolesPerWorkspace) {
    throw new StoreError('workspace_full', `This resume has ${plan.roles.length} roles; with the ${roles} already here that is more than the ${LIMITS.rolesPerWorkspace} a workspace holds. Nothing was imported.`);
  }
  if (bullets + newBullets > LIMITS.bulletsPerWorkspace) {
    throw new StoreError('workspace_full', `This resume has ${newBullets} bullets; with the ${bullets} already here that is more than the ${LIMITS.bulletsPerWorkspace} a workspace holds. Nothing was imported.`);
  }
  const tooLong = [...plan.unassigned, ...plan.roles.flatMap((r) => r.bullets)].find((b) => b.length > LIMITS.bulletChars);
  if (tooLong !== undefined) {
    throw new StoreError('invalid', `A bullet is ${tooLong.length} characters; a bullet can be at most ${LIMITS.bulletChars}. Nothing was imported.`);
  }
  return newBullets;
}

export interface ResumeRepo {
  /** The saved profile, or an empty one. */
  profile(workspaceId: string): Promise<ResumeProfile>;
  saveProfile(workspaceId: string, profile: ResumeProfile): Promise<ResumeProfile>;
  /**
   * All or nothing: the profile is merged (empty fields filled, entries appended), the roles and bullets are added
   * after the existing ones, and each bullet gets its first version; with plan.replace, the roles, bullets and
   * profile take the place of what was there. On any error nothing is written.
   */
  importPlan(workspaceId: string, plan: ResumeImportPlan): Promise<{ roles: number; bullets: number }>;
}
