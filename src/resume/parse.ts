// Reading a resume.json: JSON syntax first, then the JSON Resume shape, each problem named by its path.
import { z } from 'zod';
import { ResumeSchema, type Resume } from './schema.ts';

export interface ResumeIssue {
  path: string;
  message: string;
}

export type ParseResult =
  | { ok: true; resume: Resume }
  | { ok: false; code: 'not_json' | 'not_json_resume'; message: string; issues: ResumeIssue[] };

/** `work[2].startDate`-style path, the way a person finds the spot in their file. */
export function issuePath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const key of path) out += typeof key === 'number' ? `[${key}]` : out ? `.${String(key)}` : String(key);
  return out || '(top level)';
}

export function validateResume(value: unknown): ParseResult {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return {
      ok: false, code: 'not_json_resume',
      message: 'This is not a JSON Resume: the file must hold one object with basics, work, education...',
      issues: [{ path: '(top level)', message: `expected an object, got ${Array.isArray(value) ? 'an array' : value === null ? 'null' : typeof value}` }],
    };
  }
  const parsed = ResumeSchema.safeParse(value);
  if (parsed.success) return { ok: true, resume: parsed.data };
  const issues = parsed.error.issues.map((i) => ({ path: issuePath(i.path), message: describe(i) }));
  const first = issues[0]!;
  return {
    ok: false, code: 'not_json_resume',
    message: `This is not a valid JSON Resume: ${first.path}: ${first.message}` + (issues.length > 1 ? ` (and ${issues.length - 1} more)` : ''),
    issues,
  };
}

export function parseResumeJson(text: string): ParseResult {
  let value: unknown;
  try {
    value = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (err) {
    return {
      ok: false, code: 'not_json',
      message: `This file is not valid JSON (${(err as Error).message.split('\n')[0]}).`,
      issues: [],
    };
  }
  return validateResume(value);
}

function describe(issue: z.core.$ZodIssue): string {
  if (issue.code === 'invalid_type') return `expected ${issue.expected}`;
  return issue.message;
}
