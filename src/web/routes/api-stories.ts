// The workspace's STAR stories over the JSON API, each with its analysis (the contract's story result):
//   GET    /api/v1/workspaces/:id/stories           {"stories": [{...story, "result"}]}, newest first
//   POST   /api/v1/workspaces/:id/stories           {"text", "title"?, "promptId"?, "bulletId"?} -> 201 {"story"}
//   GET    /api/v1/workspaces/:id/stories/:story    {"story", "runs"}
//   PUT    /api/v1/workspaces/:id/stories/:story    {"text", "title"?, "promptId"?} -> {"story"}
//   DELETE /api/v1/workspaces/:id/stories/:story    204, with its rehearsal runs
// The same checks and limits as the story pages (story-input.ts).
import { Router, type Express } from 'express';
import { z } from 'zod';
import type { Story } from '../../store/stories.ts';
import type { Store } from '../../store/types.ts';
import type { AppContext, RouteModule } from '../context.ts';
import { HttpError } from '../errors.ts';
import { id } from '../input.ts';
import { StoryForm } from '../story-input.ts';
import { workspaceOr404 } from './api.ts';

const StoryBody = z.strictObject({
  title: z.string().optional(),
  text: z.string({ error: 'Send the story as "text".' }),
  promptId: z.string().nullable().optional(),
  bulletId: z.number().int().positive().nullable().optional(),
});

/** The page's form rules over a JSON body: strict keys, then the same text, title and prompt checks. */
function storyFields(body: unknown) {
  const b = StoryBody.parse(body);
  return StoryForm.parse({ title: b.title, text: b.text, promptId: b.promptId ?? undefined, bulletId: b.bulletId ?? undefined });
}

async function storyOr404(store: Store, ws: string, raw: unknown): Promise<Story> {
  const story = await store.stories.get(ws, id.parse(raw));
  if (!story) throw new HttpError(404, 'story_not_found', 'There is no story with that id in this workspace.');
  return story;
}

function mount(app: Express, { store, analyses }: AppContext): void {
  const r = Router();
  /** The stories with their analyses, saved ones reused, new ones made on the worker pool. */
  const storiesJson = async (ws: string, stories: Story[], complete = false) => {
    await analyses.prepare('story', stories.map((s) => s.text), { workspaceId: ws, complete });
    return stories.map((s) => ({ ...s, result: analyses.story(s.text) }));
  };
  const storyJson = async (ws: string, s: Story) => (await storiesJson(ws, [s]))[0]!;

  r.get('/workspaces/:workspace/stories', async (req, res) => {
    const ws = await workspaceOr404(store, req.params.workspace);
    res.json({ stories: await storiesJson(ws, await store.stories.list(ws), true) });
  });

  r.post('/workspaces/:workspace/stories', async (req, res) => {
    const ws = await workspaceOr404(store, req.params.workspace);
    const fields = storyFields(req.body);
    if (fields.bulletId !== null && !(await store.bullets.get(ws, fields.bulletId))) {
      throw new HttpError(400, 'invalid_request', 'bulletId: there is no bullet with that id in this workspace.', [{ path: 'bulletId', message: 'no such bullet in this workspace' }]);
    }
    res.status(201).json({ story: await storyJson(ws, await store.stories.add(ws, fields)) });
  });

  r.get('/workspaces/:workspace/stories/:story', async (req, res) => {
    const ws = await workspaceOr404(store, req.params.workspace);
    const story = await storyOr404(store, ws, req.params.story);
    res.json({ story: await storyJson(ws, story), runs: await store.stories.runs(ws, story.id) });
  });

  r.put('/workspaces/:workspace/stories/:story', async (req, res) => {
    const ws = await workspaceOr404(store, req.params.workspace);
    const story = await storyOr404(store, ws, req.params.story);
    const body = StoryBody.omit({ bulletId: true }).parse(req.body);
    const { title, text, promptId } = storyFields(body);
    const saved = await store.stories.update(ws, story.id, { title, text, promptId });
    if (!saved) throw new HttpError(404, 'story_not_found', 'There is no story with that id in this workspace.');
    res.json({ story: await storyJson(ws, saved) });
  });

  r.delete('/workspaces/:workspace/stories/:story', async (req, res) => {
    const ws = await workspaceOr404(store, req.params.workspace);
    if (!(await store.stories.remove(ws, id.parse(req.params.story)))) {
      throw new HttpError(404, 'story_not_found', 'There is no story with that id in this workspace.');
    }
    res.status(204).end();
  });

  app.use('/api/v1', r);
}

export const apiStoryRoutes: RouteModule = { name: 'api-stories', mount };
