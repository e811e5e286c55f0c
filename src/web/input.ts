// Everything that comes in is checked here, by zod, with limits and messages a person can act on.
import { z } from 'zod';
import { MAX_STORY_CHARS } from '../analyze/limits.ts';
import { LIMITS } from '../store/types.ts';
import { HttpError } from './errors.ts';
import { looksBinary, splitPasted } from './paste.ts';

export const bulletText = z
  .string({ error: 'Each bullet must be text.' })
  .refine((s) => !looksBinary(s), 'This does not look like text (it may be a binary file).')
  .transform((s) => s.trim())
  .refine((s) => s.length > 0, 'A bullet cannot be empty.')
  .refine((s) => s.length <= LIMITS.bulletChars, `A bullet can be at most ${LIMITS.bulletChars.toLocaleString('en-US')} characters.`);

export const AnalyzeRequest = z.strictObject({
  kind: z.enum(['bullet', 'story']).default('bullet'),
  items: z
    .array(z.string({ error: 'Each item must be a string.' }), { error: '"items" must be an array of strings.' })
    .max(LIMITS.bulletsPerRequest, `Send at most ${LIMITS.bulletsPerRequest} items at once.`),
}).superRefine((req, ctx) => {
  const max = req.kind === 'story' ? MAX_STORY_CHARS : LIMITS.bulletChars;
  req.items.forEach((item, i) => {
    if (item.length > max) ctx.addIssue({ code: 'custom', path: ['items', i], message: `Each ${req.kind} can be at most ${max.toLocaleString('en-US')} characters.` });
    else if (looksBinary(item)) ctx.addIssue({ code: 'custom', path: ['items', i], message: 'This does not look like text.' });
  });
});

export const BulletList = z
  .array(bulletText, { error: '"items" must be an array of strings.' })
  .min(1, 'Add at least one bullet.')
  .max(LIMITS.bulletsPerRequest, `Add at most ${LIMITS.bulletsPerRequest} bullets at once.`);

const field = (label: string, required = false) => {
  const s = z.string().trim().max(LIMITS.roleFieldChars, `${label} can be at most ${LIMITS.roleFieldChars} characters.`);
  return required ? s.min(1, `${label} is required.`) : s.default('');
};

export const RoleForm = z.object({
  title: field('Title', true),
  employer: field('Employer'),
  location: field('Location'),
  startDate: field('Start date'),
  endDate: field('End date'),
});

export const id = z.coerce.number({ error: 'Not a valid id.' }).int().positive().max(Number.MAX_SAFE_INTEGER);
export const direction = z.enum(['up', 'down'], { error: 'Choose up or down.' });

/** Pasted text → bullets, with the same limits as the API and one clear message. */
export function parsePasted(raw: unknown): string[] {
  if (typeof raw !== 'string') throw new HttpError(400, 'invalid_request', 'Paste your bullets into the box, one per line.');
  if (looksBinary(raw)) throw new HttpError(400, 'not_text', 'That does not look like text. Paste your bullets as plain text, one per line.');
  const lines = splitPasted(raw);
  if (!lines.length) throw new HttpError(400, 'empty', 'Paste at least one bullet, one per line.');
  if (lines.length > LIMITS.bulletsPerRequest) {
    throw new HttpError(413, 'too_many_bullets', `That is ${lines.length} bullets; add at most ${LIMITS.bulletsPerRequest} at once.`);
  }
  const long = lines.findIndex((l) => l.length > LIMITS.bulletChars);
  if (long >= 0) {
    throw new HttpError(400, 'bullet_too_long',
      `Bullet ${long + 1} is ${lines[long]!.length.toLocaleString('en-US')} characters; a bullet can be at most ${LIMITS.bulletChars.toLocaleString('en-US')}. Is a line break missing?`);
  }
  return lines;
}
