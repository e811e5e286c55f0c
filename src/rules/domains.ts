// The KPI families of the guide's KPI list. Rules and the analyzer both name them; neither owns the other.
import { z } from 'zod';

export const DOMAINS = ['access', 'quality', 'experience', 'financial', 'people', 'equity'] as const;
export const DomainSchema = z.enum(DOMAINS);
export type Domain = z.infer<typeof DomainSchema>;
