// What the story pages accept, checked by zod with limits and messages a person can act on.
import { z } from 'zod';
import { storyRules } from '../analyze/story/rules.ts';
import { STORY_LIMITS } from '../store/stories.ts';
import { looksBinary } from './paste.ts';
import { titleFrom } from '../stories/title.ts';

export { titleFrom };

const promptIds = () => new Set(storyRules().prompts.map((p) => p.id));

export const storyText = z
  .string({ error: 'Write your story in the box.' })
  .refine((s) => !looksBinary(s), 'This does not look like text (it may be a binary file). Paste the story as plain text.')
  .transform((s) => s.replace(/\r\n?/g, '\n').trim())
  .refine((s) => s.length > 0, 'The story is empty. Tell it in four short parts: the situation, your task, what you did, and the result with a number.')
  .superRefine((s, ctx) => {
    if (s.length <= STORY_LIMITS.storyChars) return;
    ctx.addIssue({
      code: 'custom',
      message: `That is ${s.length.toLocaleString('en-US')} characters, about ${Math.round(s.split(/\s+/).length / 150)} minutes to tell; a story can be at most ${STORY_LIMITS.storyChars.toLocaleString('en-US')} characters. An interview answer runs 60–120 seconds (150–300 words): paste one story at a time.`,
    });
  });

export const StoryForm = z.object({
  title: z.string({ error: 'Give the story a title.' }).trim().max(STORY_LIMITS.titleChars, `A title can be at most ${STORY_LIMITS.titleChars} characters.`).default(''),
  text: storyText,
  promptId: z.string().optional().transform((s) => (s ? s : null))
    .refine((s) => s === null || promptIds().has(s), 'Choose one of the listed interview prompts.'),
  bulletId: z.union([z.literal(''), z.coerce.number().int().positive()]).optional().transform((n) => (typeof n === 'number' ? n : null)),
}).transform((f) => ({ ...f, title: f.title || titleFrom(f.text) }));

export const RunForm = z.object({
  seconds: z.coerce.number({ error: 'Enter the time the run took, in seconds.' })
    .int('Enter whole seconds.')
    .min(1, 'Enter the time the run took, in seconds (at least 1).')
    .max(STORY_LIMITS.runSeconds, `A run can be at most ${STORY_LIMITS.runSeconds} seconds; was the clock left running?`),
  rating: z.union([z.literal(''), z.coerce.number().int().min(1, 'Rate the run from 1 to 5.').max(5, 'Rate the run from 1 to 5.')]).optional()
    .transform((n) => (typeof n === 'number' ? n : null)),
  hidden: z.string().optional().transform((v) => v === 'on' || v === '1' || v === 'true'),
});
