// Spelling on the pages: the one-click Fix (replace the flagged word with the fix the analyzer offered, as a new
// version of the bullet or an edit of the story) and the workspace's own dictionary. Plain form posts that redirect
// back, so they work without JavaScript.
import { Router, type Request } from 'express';
import { z } from 'zod';
import { withUserWords } from '../../analyze/spelling/user-words.ts';
import type { Finding } from '../../analyze/types.ts';
import type { AppContext, RouteModule } from '../context.ts';
import { HttpError } from '../errors.ts';
import { formBody, gone } from '../form-post.ts';
import { bulletText, id } from '../input.ts';
import { loadWorkspace } from '../workspace-cookie.ts';

const FixForm = z.object({
  start: z.coerce.number().int().min(0),
  end: z.coerce.number().int().min(0),
  word: z.string().max(200),
  fix: z.string().min(1).max(200),
});

/** Where to go back to after a dictionary change: a bullet card, a story, or the dictionary list. */
const Back = z.string().regex(/^(?:b-\d{1,12}|story-\d{1,12}|dictionary)$/).catch('dictionary');

/** The text with the word replaced, when the analyzer (with the user's words) still flags that word with that fix. */
function applyFix(text: string, findings: Finding[], form: z.infer<typeof FixForm>): string | null {
  if (text.slice(form.start, form.end) !== form.word) return null;
  const finding = findings.find((f) => f.rule === 'spelling' && f.start === form.start && f.end === form.end);
  if (!finding?.suggestions?.includes(form.fix)) return null;
  return text.slice(0, form.start) + form.fix + text.slice(form.end);
}

const workspaceWords = async (ctx: AppContext, ws: string) => new Set(await ctx.store.dictionary.words(ws));

function parseFix(req: Request) {
  const parsed = FixForm.safeParse(formBody(req));
  if (!parsed.success) throw new HttpError(400, 'invalid_fix', 'That fix could not be read; reload the page and try again.');
  return parsed.data;
}

function mount(app: import('express').Express, ctx: AppContext): void {
  const r = Router();
  const { store } = ctx;
  r.use('/w/:workspace', loadWorkspace(store));

  r.post('/w/:workspace/bullets/:bullet/spelling', async (req, res) => {
    const ws = res.locals.workspaceId as string;
    const bid = id.parse(req.params.bullet);
    const b = await store.bullets.get(ws, bid);
    if (!b) throw gone('bullet');
    await ctx.analyses.prepare('bullet', [b.text], { workspaceId: ws });
    const analysed = withUserWords(ctx.analyses.bulletSafely(b.text, (err) => ctx.log.error(err)), await workspaceWords(ctx, ws));
    const fixed = applyFix(b.text, analysed.findings, parseFix(req));
    if (fixed === null) return res.redirect(303, `/w/${ws}?notice=stale#b-${bid}`);
    await store.bullets.update(ws, bid, bulletText.parse(fixed), 'edited');
    res.redirect(303, `/w/${ws}?notice=spelling#b-${bid}`);
  });

  r.post('/w/:workspace/stories/:story/spelling', async (req, res) => {
    const ws = res.locals.workspaceId as string;
    const sid = id.parse(req.params.story);
    const story = await store.stories.get(ws, sid);
    if (!story) throw gone('story');
    await ctx.analyses.prepare('story', [story.text], { workspaceId: ws });
    const analysed = withUserWords(ctx.analyses.story(story.text), await workspaceWords(ctx, ws));
    const fixed = applyFix(story.text, analysed.findings, parseFix(req));
    if (fixed === null) return res.redirect(303, `/w/${ws}/stories/${sid}`);
    await store.stories.update(ws, sid, { title: story.title, text: fixed, promptId: story.promptId });
    res.redirect(303, `/w/${ws}/stories/${sid}?notice=spelling#findings-title`);
  });

  r.post('/w/:workspace/dictionary', async (req, res) => {
    const ws = res.locals.workspaceId as string;
    const body = formBody(req);
    await store.dictionary.add(ws, typeof body.word === 'string' ? body.word : '');
    const back = Back.parse(body.back);
    const story = /^story-(\d+)$/.exec(back);
    res.redirect(303, story ? `/w/${ws}/stories/${story[1]}?notice=dictionary#findings-title` : `/w/${ws}?notice=dictionary#${back}`);
  });

  r.post('/w/:workspace/dictionary/delete', async (req, res) => {
    const ws = res.locals.workspaceId as string;
    const body = formBody(req);
    await store.dictionary.remove(ws, typeof body.word === 'string' ? body.word : '');
    res.redirect(303, `/w/${ws}?notice=dictionary-removed#dictionary`);
  });

  app.use(r);
}

export const spellingRoutes: RouteModule = { name: 'spelling', mount };
