// The Tailor pages: job postings kept in the workspace (pasted, or a .txt/.docx upload), each shown with its
// requirements, the evidence for each from the resume and stories, an explained score and suggestions; a form that
// orders the bullets by relevance (untick to leave one out) and saves the result as its own tailored version, a DOCX.
// Plus POST /api/v1/match for a posting and a JSON Resume or bullets. Plain forms: nothing here needs JavaScript.
import { Router, type Express, type Request, type Response } from 'express';
import { z } from 'zod';
import { ImportError } from '../../import/errors.ts';
import { MAX_UPLOAD_BYTES } from '../../import/limits.ts';
import { looksLikeZip } from '../../import/zip-guard.ts';
import { bulletKey, tailoredResume } from '../../match/index.ts';
import { matchJson } from '../../match/json.ts';
import { checkPostingText, MAX_POSTING_CHARS, postingFromFile } from '../../match/posting-input.ts';
import { tailorView, postingTitle } from '../../render/tailor-view.ts';
import { validateResume } from '../../resume/parse.ts';
import { workspaceResume } from '../../resume/workspace.ts';
import { POSTING_LIMITS, type Posting, type PostingSource } from '../../store/postings.ts';
import type { Store } from '../../store/types.ts';
import type { AppContext, RouteModule } from '../context.ts';
import { sendFile } from '../download.ts';
import { HttpError } from '../errors.ts';
import { formBody, formPost, gone, type FormProblem } from '../form-post.ts';
import { page } from '../views.ts';
import { receiveFile } from '../upload.ts';
import { loadWorkspace } from '../workspace-cookie.ts';

const NOTICES: Record<string, string> = {
  removed: 'Posting deleted, with its tailored versions.',
};

const PasteForm = z.object({
  title: z.string().max(POSTING_LIMITS.titleChars, `A title can be at most ${POSTING_LIMITS.titleChars} characters.`).optional().default(''),
  text: z.string({ error: 'Paste the posting\'s text.' }),
});

const MatchRequest = z.strictObject({
  posting: z.string({ error: '"posting" must be the posting\'s text, a string.' }),
  resume: z.unknown().optional(),
  bullets: z.array(z.string().max(1000, 'a bullet can be at most 1,000 characters')).max(200, 'at most 200 bullets').optional(),
  stories: z.array(z.strictObject({ title: z.string().max(120).default(''), text: z.string().max(20_000) })).max(100).optional(),
});

const postingId = z.coerce.number().int().positive();

/** The workspace's resume (as it would be exported), its bullets' ids in the same places, and its stories. */
async function workspaceInput(store: Store, ws: string) {
  const [snap, profile, stories] = await Promise.all([store.workspaces.snapshot(ws), store.resume.profile(ws), store.stories.list(ws)]);
  if (!snap) throw new HttpError(404, 'workspace_not_found', 'There is no workspace at this address.');
  const { resume } = workspaceResume(snap, profile);
  // workspaceResume lists roles in order with their bullets, then (only when there are no roles) the loose ones.
  const ids = new Map<string, number>();
  const groups = snap.roles.length ? snap.roles.map((r) => snap.bullets.filter((b) => b.roleId === r.id)) : [snap.bullets.filter((b) => b.roleId === null)];
  groups.forEach((bullets, role) => bullets.forEach((b, index) => ids.set(bulletKey({ role, index }), b.id)));
  return { resume, ids, stories: stories.map((s) => ({ title: s.title, text: s.text })) };
}

async function loadPosting(store: Store, ws: string, raw: unknown): Promise<Posting> {
  const id = postingId.safeParse(raw);
  const p = id.success ? await store.postings.get(ws, id.data) : null;
  if (!p) throw gone('posting');
  return p;
}

async function showList(ctx: AppContext, req: Request, res: Response, problem?: FormProblem): Promise<void> {
  const ws = res.locals.workspaceId as string;
  const postings = await ctx.store.postings.list(ws);
  if (problem) res.status(problem.status);
  page(res, 'tailor', {
    title: 'Tailor to a job posting',
    section: 'tailor',
    ws,
    postings: postings.map((p) => ({ id: p.id, title: p.title, createdAt: p.createdAt.slice(0, 10), source: p.source })),
    notice: typeof req.query.notice === 'string' ? NOTICES[req.query.notice] : undefined,
    problem,
    draft: problem?.draft ?? {},
    maxUploadMb: MAX_UPLOAD_BYTES / 1024 / 1024,
    maxChars: MAX_POSTING_CHARS.toLocaleString('en-US'),
    maxCharsRaw: MAX_POSTING_CHARS,
  });
}

async function showPosting(ctx: AppContext, req: Request, res: Response, posting: Posting, problem?: FormProblem): Promise<void> {
  const ws = res.locals.workspaceId as string;
  const [input, versions] = await Promise.all([workspaceInput(ctx.store, ws), ctx.store.postings.versions(ws, posting.id)]);
  const result = await ctx.work.run('postingMatch', { posting: posting.text, input: { resume: input.resume, stories: input.stories } });
  if (problem) res.status(problem.status);
  page(res, 'tailor-posting', {
    title: `Tailor: ${posting.title}`,
    section: 'tailor',
    ws,
    v: tailorView(ws, posting, result, input.resume, input.ids, versions),
    notice: req.query.notice === 'saved' ? 'Saved as a new tailored version; the download has started.' : undefined,
    problem,
  });
}

async function addPosting(store: Store, ws: string, title: string, text: string, source: PostingSource): Promise<string> {
  const checked = checkPostingText(text);
  const p = await store.postings.add(ws, { title: postingTitle(title, checked), text: checked, source });
  return `/w/${ws}/tailor/${p.id}`;
}

const UPLOAD_PATH = /^\/w\/[^/]+\/tailor\/upload$/;

function mount(app: Express, ctx: AppContext): void {
  const r = Router();
  const { store } = ctx;
  r.use('/w/:workspace/tailor', loadWorkspace(store));

  r.get('/w/:workspace/tailor', (req, res) => showList(ctx, req, res));

  r.post('/w/:workspace/tailor', formPost({
    form: 'paste',
    run: async (req, ws) => {
      const { title, text } = PasteForm.parse(formBody(req));
      return addPosting(store, ws, title, text, 'paste');
    },
    show: (req, res, problem) => showList(ctx, req, res, problem),
  }));

  r.post('/w/:workspace/tailor/upload', receiveFile(ctx.secret, UPLOAD_PATH, (req, res, p) => showList(ctx, req, res, { ...p, form: 'upload', draft: {} }), {
    tooBig: 'a posting is a few pages at most', oneFile: 'Upload one file: a .txt or a .docx.',
  }), formPost({
    form: 'upload',
    run: async (req, ws) => {
      const file = req.file;
      if (!file) throw new HttpError(400, 'no_file', 'Choose a file to upload: the posting as a .txt or a .docx.');
      const text = await postingFromFile(file.buffer, file.originalname);
      const source: PostingSource = /\.docx?$/i.test(file.originalname) || looksLikeZip(file.buffer) ? 'docx' : 'txt';
      const { title } = PasteForm.pick({ title: true }).parse(formBody(req));
      return addPosting(store, ws, title || file.originalname.replace(/\.(txt|docx?)$/i, ''), text, source);
    },
    show: (req, res, problem) => showList(ctx, req, res, problem),
  }));

  r.get('/w/:workspace/tailor/:posting', async (req, res) => {
    await showPosting(ctx, req, res, await loadPosting(store, res.locals.workspaceId as string, req.params.posting));
  });

  r.post('/w/:workspace/tailor/:posting/delete', formPost({
    form: 'delete',
    load: (req, ws) => loadPosting(store, ws, req.params.posting),
    run: async (_req, ws, posting) => {
      await store.postings.remove(ws, posting.id);
      return `/w/${ws}/tailor?notice=removed`;
    },
    show: (req, res, problem, posting) => showPosting(ctx, req, res, posting, problem),
  }));

  // Saves the tailored resume as its own version, then sends the browser to its download.
  r.post('/w/:workspace/tailor/:posting/tailored', formPost({
    form: 'tailor',
    load: (req, ws) => loadPosting(store, ws, req.params.posting),
    run: async (req, ws, posting) => {
      const raw = formBody(req).keep;
      const keep = new Set((Array.isArray(raw) ? raw : raw === undefined ? [] : [raw]).map((x) => Number(x)));
      const input = await workspaceInput(store, ws);
      const result = await ctx.work.run('postingMatch', { posting: posting.text, input: { resume: input.resume, stories: input.stories } });
      const leaveOut = new Set([...input.ids].filter(([, id]) => !keep.has(id)).map(([key]) => key));
      const resume = tailoredResume(input.resume, result.bullets, leaveOut);
      const bullets = (resume.work ?? []).reduce((n, w) => n + (w.highlights?.length ?? 0), 0);
      const version = await store.postings.saveVersion(ws, posting.id, { resume, bullets, leftOut: leaveOut.size });
      if (!version) throw gone('posting');
      return `/w/${ws}/tailor/${posting.id}/versions/${version.id}.docx`;
    },
    show: (req, res, problem, posting) => showPosting(ctx, req, res, posting, problem),
  }));

  r.get('/w/:workspace/tailor/:posting/versions/:version.docx', async (req, res) => {
    const ws = res.locals.workspaceId as string;
    const posting = await loadPosting(store, ws, req.params.posting);
    const vid = postingId.safeParse(req.params.version);
    const version = vid.success ? await store.postings.version(ws, posting.id, vid.data) : null;
    if (!version) throw gone('tailored version');
    sendFile(res, await ctx.work.exportResume(version.resume, 'docx'));
  });

  // JSON API (the api module's JSON check covers /api/v1): the contract's POST /api/v1/match.
  r.post('/api/v1/match', async (req, res) => {
    const body = MatchRequest.parse(req.body);
    let text: string;
    try {
      text = checkPostingText(body.posting);
    } catch (e) {
      if (e instanceof ImportError) throw new HttpError(e.status, e.code === 'empty' ? 'empty_posting' : e.code === 'too_large' ? 'posting_too_large' : 'binary_posting', e.message);
      throw e;
    }
    let resume;
    if (body.resume !== undefined) {
      const parsed = validateResume(body.resume);
      if (!parsed.ok) throw new HttpError(422, parsed.code, parsed.message, parsed.issues);
      resume = parsed.resume;
    }
    res.json(matchJson(await ctx.work.run('postingMatch', { posting: text, input: { resume, bullets: body.bullets, stories: body.stories } })));
  });

  app.use(r);
}

export const tailorRoutes: RouteModule = {
  name: 'tailor',
  nav: { key: 'tailor', label: 'Tailor', order: 40, href: (ws) => (ws ? `/w/${ws}/tailor` : null) },
  mount,
};
