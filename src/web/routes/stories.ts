// The story bank, one story's analysis and its rehearsal room. Every change is a plain form post that redirects
// back (works without JavaScript); a form with a problem comes back with the message and the user's text in it.
import { Router, type Express, type Request, type Response } from 'express';
import type { StoryResult } from '../../analyze/index.ts';
import { storyRules } from '../../analyze/story/rules.ts';
import { withUserWords } from '../../analyze/spelling/user-words.ts';
import { rehearsalChart } from '../../render/rehearsal-chart.ts';
import { promptsAnswered, storyBank, type BankStory } from '../../stories/bank.ts';
import { bulletStoryMismatches } from '../../stories/numbers-agree.ts';
import { titleFrom } from '../../stories/title.ts';
import { EXPORT_FORMATS, type ExportFormat } from '../../export/formats.ts';
import { sendFile } from '../download.ts';
import { STORY_LIMITS, type Story } from '../../store/stories.ts';
import type { AppContext, RouteModule } from '../context.ts';
import { HttpError } from '../errors.ts';
import { formBody, formPost, gone, type FormProblem } from '../form-post.ts';
import { id } from '../input.ts';
import { RunForm, StoryForm } from '../story-input.ts';
import { page } from '../views.ts';
import { startBudget } from '../../work/budget.ts';
import { loadWorkspace } from '../workspace-cookie.ts';

const NOTICES: Record<string, string> = {
  added: 'Story saved and analysed.',
  saved: 'Story saved.',
  deleted: 'Story deleted.',
  run: 'Run saved. It is in the chart and the list below.',
  spelling: 'Spelling fixed and the story saved.',
  dictionary: 'Added to your dictionary: it is no longer flagged in this workspace.',
  scaffold: 'Story started from your bullet. Replace every [bracketed] placeholder with what only you know, then save.',
};

const notice = (req: Request) => (typeof req.query.notice === 'string' ? NOTICES[req.query.notice] : undefined);
const prompts = () => storyRules().prompts.map((p) => ({ id: p.id, title: p.title, question: p.question }));
const minutes = (s: number) => `${Math.floor(s / 60)}:${String(s % 60).padStart(2, '0')}`;

async function storyOr404(ctx: AppContext, ws: string, raw: unknown): Promise<Story> {
  const story = await ctx.store.stories.get(ws, id.parse(raw));
  if (!story) throw gone('story');
  return story;
}

async function bulletsToBuildFrom(ctx: AppContext, ws: string) {
  const snap = await ctx.store.workspaces.snapshot(ws);
  return (snap?.bullets ?? []).map((b) => ({ id: b.id, text: b.text, label: b.text.length > 110 ? `${b.text.slice(0, 109)}…` : b.text }));
}

async function showBank(ctx: AppContext, req: Request, res: Response): Promise<void> {
  const ws = res.locals.workspaceId as string;
  const stories = await ctx.store.stories.list(ws);
  await ctx.analyses.prepare('story', stories.map((s) => s.text), { workspaceId: ws, complete: true });
  const analysed = stories.map((s) => ({ story: s, analysis: ctx.analyses.story(s.text) }));
  const bank = storyBank(analysed.map(({ story, analysis }): BankStory => ({ id: story.id, title: story.title, promptId: story.promptId, analysis })));
  const titles = new Map(storyRules().prompts.map((p) => [p.id, p.title]));
  page(res, 'stories', {
    title: 'Your stories',
    section: 'stories',
    notice: notice(req),
    wsId: ws,
    count: stories.length,
    rows: bank.rows.map((r) => ({
      ...r,
      cells: bank.domains.map((d) => ({ domain: d, count: r.cells[d] })),
      answers: r.answers.map((a) => ({ ...a, time: minutes(a.speakingSeconds) })),
    })),
    domains: bank.domains,
    gaps: bank.gaps,
    stories: analysed.map(({ story, analysis }) => ({
      id: story.id, title: story.title, score: analysis.score, band: band(analysis.score), words: analysis.words,
      time: minutes(analysis.speakingSeconds),
      parts: (['situation', 'task', 'action', 'result'] as const).map((p) => ({ part: p, present: analysis.parts[p].length > 0 })),
      answers: promptsAnswered(analysis).map((p) => titles.get(p)),
    })),
    bullets: await bulletsToBuildFrom(ctx, ws),
    limits: STORY_LIMITS,
  });
}

function band(score: number): 'strong' | 'fair' | 'weak' {
  return score >= 80 ? 'strong' : score >= 55 ? 'fair' : 'weak';
}

async function showForm(ctx: AppContext, req: Request, res: Response, problem?: FormProblem): Promise<void> {
  const ws = res.locals.workspaceId as string;
  let draft: Record<string, unknown> = problem?.draft ?? {};
  let scaffold: { placeholders: string[] } | undefined;
  if (!problem && typeof req.query.bullet === 'string') {
    const bullet = await ctx.store.bullets.get(ws, id.parse(req.query.bullet));
    if (!bullet) throw new HttpError(404, 'not_found', 'That bullet is no longer in this workspace; it may have been deleted in another tab.');
    await ctx.analyses.prepare('bullet', [bullet.text], { workspaceId: ws });
    const s = await ctx.work.run('storyScaffold', { analysed: ctx.analyses.bullet(bullet.text) });
    scaffold = s;
    draft = { text: s.text, bulletId: bullet.id, title: titleFrom(bullet.text), bulletText: bullet.text };
  } else if (!problem && typeof req.query.prompt === 'string') {
    draft = { promptId: req.query.prompt };
  }
  if (problem) res.status(problem.status);
  page(res, 'story-new', {
    title: 'Write a story',
    section: 'stories',
    wsId: ws,
    problem: problem?.message,
    draft,
    scaffold,
    prompts: prompts().map((p) => ({ ...p, selected: p.id === draft.promptId })),
    limits: STORY_LIMITS,
  });
}

async function showStory(ctx: AppContext, req: Request, res: Response, story: Story, problem?: FormProblem): Promise<void> {
  const ws = res.locals.workspaceId as string;
  const draftText = problem ? String(problem.draft.text ?? story.text) : story.text;
  const bullet = story.bulletId ? await ctx.store.bullets.get(ws, story.bulletId) : null;
  // The unsaved draft is analysed too (for its word count), not saved: it is not in the workspace.
  await Promise.all([
    ctx.analyses.prepare('story', [story.text], { workspaceId: ws }),
    draftText !== story.text ? ctx.analyses.prepare('story', [draftText]) : null,
    bullet ? ctx.analyses.prepare('bullet', [bullet.text], { workspaceId: ws }) : null,
  ]);
  const words = new Set(await ctx.store.dictionary.words(ws));
  const analysis = withUserWords(ctx.analyses.story(draftText), words);
  const saved = withUserWords(ctx.analyses.story(story.text), words);
  const mismatches = bullet ? bulletStoryMismatches(ctx.analyses.bullet(bullet.text), saved) : [];
  const titles = new Map(storyRules().prompts.map((p) => [p.id, p.title]));
  if (problem) res.status(problem.status);
  page(res, 'story', {
    title: story.title,
    section: 'stories',
    notice: notice(req),
    wsId: ws,
    story,
    view: await ctx.work.run('storyPage', { result: saved }),
    time: minutes(saved.speakingSeconds),
    answers: promptsAnswered(saved).map((p) => titles.get(p)),
    filedUnder: story.promptId ? titles.get(story.promptId) : null,
    bullet,
    mismatches,
    problem: problem?.message,
    draft: problem ? problem.draft : { title: story.title, text: story.text, promptId: story.promptId },
    prompts: prompts().map((p) => ({ ...p, selected: p.id === (problem ? problem.draft.promptId : story.promptId) })),
    editOpen: !!problem,
    unsaved: problem ? analysis.words : null,
  });
}

async function showRehearsal(ctx: AppContext, req: Request, res: Response, story: Story, problem?: FormProblem): Promise<void> {
  const ws = res.locals.workspaceId as string;
  await ctx.analyses.prepare('story', [story.text], { workspaceId: ws });
  const analysis: StoryResult = ctx.analyses.story(story.text);
  const runs = await ctx.store.stories.runs(ws, story.id);
  if (problem) res.status(problem.status);
  page(res, 'rehearse', {
    title: `Rehearse: ${story.title}`,
    section: 'stories',
    notice: notice(req),
    wsId: ws,
    story,
    view: await ctx.work.run('storyPage', { result: analysis }),
    time: minutes(analysis.speakingSeconds),
    chart: rehearsalChart(runs.map((r) => ({ seconds: r.seconds, rating: r.rating, createdAt: r.createdAt }))),
    runs: runs.map((r, i) => ({
      n: i + 1, seconds: r.seconds, time: minutes(r.seconds), rating: r.rating, hidden: r.hidden,
      when: r.createdAt.slice(0, 16).replace('T', ' '), inBand: r.seconds >= 60 && r.seconds <= 120,
    })).reverse(),
    problem: problem?.message,
    draft: problem?.draft ?? {},
    ratings: [1, 2, 3, 4, 5].map((value) => ({ value, checked: String(problem?.draft.rating ?? '') === String(value) })),
  });
}

/** A form post on a story page; with withStory, the route's story is loaded first (404 when it is gone). */
function change(
  form: string,
  run: (req: Request, ws: string, story?: Story) => Promise<string>,
  show: (req: Request, res: Response, problem: FormProblem, story?: Story) => Promise<void>,
  ctx?: AppContext,
) {
  return formPost<Story | undefined>({ form, load: ctx ? (req, ws) => storyOr404(ctx, ws, req.params.story) : undefined, run, show });
}

function mount(app: Express, ctx: AppContext): void {
  const r = Router();
  const { store } = ctx;
  r.use('/w/:workspace/stories', loadWorkspace(store));

  r.get('/w/:workspace/stories', (req, res) => showBank(ctx, req, res));
  r.get('/w/:workspace/stories/new', (req, res) => showForm(ctx, req, res));

  r.post('/w/:workspace/stories', change('new',
    async (req, ws) => `/w/${ws}/stories/${(await store.stories.add(ws, StoryForm.parse(formBody(req)))).id}?notice=added`,
    (req, res, problem) => showForm(ctx, req, res, problem),
  ));

  // Before '/stories/:story' so the file name is not read as a story id.
  for (const format of Object.keys(EXPORT_FORMATS) as ExportFormat[]) {
    r.get(`/w/:workspace/stories/prep-sheet.${format}`, async (_req, res) => {
      const ws = res.locals.workspaceId as string;
      const stories = await store.stories.list(ws);
      if (stories.length === 0) throw new HttpError(404, 'no_stories', 'There are no stories to export yet. Write one first.');
      const budget = startBudget();
      await ctx.analyses.prepare('story', stories.map((s) => s.text), { workspaceId: ws, complete: true, budget });
      const sheet = stories.reverse().map((s) => ({ id: s.id, title: s.title, promptId: s.promptId, analysis: ctx.analyses.story(s.text) }));
      sendFile(res, await ctx.work.exportPrepSheet(sheet, format, budget));
    });
  }

  r.get('/w/:workspace/stories/:story', async (req, res) => {
    await showStory(ctx, req, res, await storyOr404(ctx, res.locals.workspaceId as string, req.params.story));
  });

  r.post('/w/:workspace/stories/:story', change('edit',
    async (req, ws, story) => {
      const { title, text, promptId } = StoryForm.parse(formBody(req));
      if (!(await store.stories.update(ws, story!.id, { title, text, promptId }))) throw gone('story');
      return `/w/${ws}/stories/${story!.id}?notice=saved`;
    },
    (req, res, problem, story) => showStory(ctx, req, res, story!, problem),
    ctx,
  ));

  r.post('/w/:workspace/stories/:story/delete', async (req, res) => {
    const ws = res.locals.workspaceId as string;
    if (!(await store.stories.remove(ws, id.parse(req.params.story)))) throw gone('story');
    res.redirect(303, `/w/${ws}/stories?notice=deleted`);
  });

  r.get('/w/:workspace/stories/:story/rehearse', async (req, res) => {
    await showRehearsal(ctx, req, res, await storyOr404(ctx, res.locals.workspaceId as string, req.params.story));
  });

  r.post('/w/:workspace/stories/:story/runs', change('run',
    async (req, ws, story) => {
      if (!(await store.stories.addRun(ws, story!.id, RunForm.parse(formBody(req))))) throw gone('story');
      return `/w/${ws}/stories/${story!.id}/rehearse?notice=run#runs`;
    },
    (req, res, problem, story) => showRehearsal(ctx, req, res, story!, problem),
    ctx,
  ));

  app.use(r);
}

export const storyRoutes: RouteModule = {
  name: 'stories',
  nav: { key: 'stories', label: 'Stories', order: 20, href: (ws) => (ws ? `/w/${ws}/stories` : null) },
  mount,
};
