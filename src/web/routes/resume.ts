// The resume pages: header, education, certifications and skills forms; the experience comes from the workspace's
// roles and bullets. A pre-flight list before download; DOCX, PDF and resume.json downloads; import of a .docx,
// resume.json or pasted text into the workspace, all or nothing. Plus POST /api/v1/resume.docx and .pdf for a JSON
// Resume.
import { Router, type Express, type Request, type Response } from 'express';
import { contentDisposition, docxFileName } from '../../export/file-name.ts';
import { EXPORT_FORMATS, type ExportFormat } from '../../export/formats.ts';
import { type ImportResult } from '../../import/index.ts';
import { MAX_UPLOAD_BYTES } from '../../import/limits.ts';
import { preflightView, resumeView } from '../../render/resume-view.ts';
import { BasicsForm, CertificateForm, EducationForm, Index, SkillsForm } from '../../resume/forms.ts';
import { validateResume } from '../../resume/parse.ts';
import { parseSkillLines } from '../../resume/skills.ts';
import { importPlan, workspaceResume } from '../../resume/workspace.ts';
import type { ResumeProfile } from '../../store/resume.ts';
import type { AppContext, RouteModule } from '../context.ts';
import { receiveFile } from '../upload.ts';
import { sendFile } from '../download.ts';
import { HttpError } from '../errors.ts';
import { formBody, formPost, type FormProblem } from '../form-post.ts';
import { page } from '../views.ts';
import { checkChars, startBudget, type Budget } from '../../work/budget.ts';
import type { BulletResult } from '../../analyze/types.ts';
import type { Resume } from '../../resume/schema.ts';
import { loadWorkspace } from '../workspace-cookie.ts';

/** The resume's list sections edited by an add form and a remove button per entry. */
const LIST_SECTIONS = [
  { key: 'education', form: EducationForm },
  { key: 'certificates', form: CertificateForm },
] as const;

const NOTICES: Record<string, string> = {
  basics: 'Header saved.',
  education: 'Education saved.',
  certificates: 'Certifications saved.',
  skills: 'Skills saved.',
  removed: 'Removed.',
};

/** What the last import left out, shown once on the next view; kept in memory only, for ten minutes. */
const importNotes = new Map<string, { notes: string[]; at: number }>();
const NOTE_TTL_MS = 10 * 60 * 1000;

async function current(ctx: AppContext, ws: string) {
  const [snap, profile] = await Promise.all([ctx.store.workspaces.snapshot(ws), ctx.store.resume.profile(ws)]);
  if (!snap) throw new HttpError(404, 'workspace_not_found', 'There is no workspace at this address.');
  return { profile, ...workspaceResume(snap, profile) };
}

/** The pre-flight list, built on the worker pool from the bullets' analyses (prepared here first). */
async function preflightOf(ctx: AppContext, resume: Resume, opts: { workspaceId?: string; userWords?: string[]; budget?: Budget } = {}) {
  const highlights = (resume.work ?? []).flatMap((w) => w.highlights ?? []);
  await ctx.analyses.prepare('bullet', highlights, { workspaceId: opts.workspaceId, budget: opts.budget });
  const analysed = highlights.map((t): [string, BulletResult] => [t, ctx.analyses.bullet(t)]);
  return ctx.work.run('resumePreflight', { resume, analysed, userWords: opts.userWords }, opts.budget);
}

async function show(ctx: AppContext, req: Request, res: Response, problem?: FormProblem): Promise<void> {
  const ws = res.locals.workspaceId as string;
  const { profile, resume, notes } = await current(ctx, ws);
  const report = await preflightOf(ctx, resume, { workspaceId: ws, userWords: await ctx.store.dictionary.words(ws) });
  const view = resumeView(profile, resume, notes);
  const imported = req.query.notice === 'imported';
  const last = importNotes.get(ws);
  if (imported && last) importNotes.delete(ws);
  let notice = typeof req.query.notice === 'string' ? NOTICES[req.query.notice] : undefined;
  if (imported) {
    const roles = Number(req.query.roles) || 0;
    const bullets = Number(req.query.bullets) || 0;
    notice = `Imported ${roles} ${roles === 1 ? 'role' : 'roles'} and ${bullets} ${bullets === 1 ? 'bullet' : 'bullets'}; each bullet is analysed on the Bullets page.`;
  }
  if (problem) res.status(problem.status);
  page(res, 'resume', {
    title: 'Your resume',
    section: 'resume',
    r: view,
    preflight: preflightView(report),
    importNotes: imported && last && Date.now() - last.at < NOTE_TTL_MS ? last.notes : [],
    notice,
    problem,
    draft: problem?.draft ?? {},
    maxUploadMb: MAX_UPLOAD_BYTES / 1024 / 1024,
    ws,
  });
}

/** A form post on the resume page: redirect back to the section, or show the page with the problem by its form. */
function change(ctx: AppContext, form: string, run: (req: Request, ws: string) => Promise<string>) {
  return formPost({ form, run, show: (req, res, problem) => show(ctx, req, res, problem), base: (ws) => `/w/${ws}/resume` });
}

async function updateProfile(ctx: AppContext, ws: string, edit: (p: ResumeProfile) => ResumeProfile): Promise<void> {
  await ctx.store.resume.saveProfile(ws, edit(await ctx.store.resume.profile(ws)));
}

/** At most this many workspaces' notes are held; the oldest go first, as do notes past their ten minutes. */
export const MAX_IMPORT_NOTES = 1000;

/** What the last import left out, for the Resume page to show once. */
export function rememberImportNotes(ws: string, notes: string[]): void {
  if (!notes.length) return;
  const now = Date.now();
  for (const [key, { at }] of importNotes) if (now - at >= NOTE_TTL_MS) importNotes.delete(key);
  importNotes.delete(ws);
  importNotes.set(ws, { notes, at: now });
  while (importNotes.size > MAX_IMPORT_NOTES) importNotes.delete(importNotes.keys().next().value!);
}

/** How many workspaces' import notes are held now. */
export const importNotesHeld = (): number => importNotes.size;

/** Adds an imported resume's roles, bullets and profile to the workspace, all or nothing. */
export async function saveImportedResume(ctx: AppContext, ws: string, result: ImportResult): Promise<{ roles: number; bullets: number }> {
  const { plan, notes } = importPlan(result.resume);
  const added = await ctx.store.resume.importPlan(ws, plan);
  rememberImportNotes(ws, [...result.warnings, ...notes]);
  return added;
}

async function saveImport(ctx: AppContext, ws: string, result: ImportResult): Promise<string> {
  const added = await saveImportedResume(ctx, ws, result);
  return `?notice=imported&roles=${added.roles}&bullets=${added.bullets}#import`;
}

function mount(app: Express, ctx: AppContext): void {
  const r = Router();
  const { store } = ctx;
  r.use('/w/:workspace/resume', loadWorkspace(store));
  r.use('/w/:workspace/resume.:ext', loadWorkspace(store));

  r.get('/w/:workspace/resume', (req, res) => show(ctx, req, res));

  r.post('/w/:workspace/resume/basics', change(ctx, 'basics', async (req, ws) => {
    const basics = BasicsForm.parse(formBody(req));
    await updateProfile(ctx, ws, (p) => ({ ...p, basics: { ...Object.fromEntries(Object.entries(p.basics).filter(([k]) => !BASICS_FORM_KEYS.has(k))), ...basics } }));
    return '?notice=basics#basics';
  }));

  for (const list of LIST_SECTIONS) {
    r.post(`/w/:workspace/resume/${list.key}`, change(ctx, list.key, async (req, ws) => {
      const entry = list.form.parse(formBody(req));
      await updateProfile(ctx, ws, (p) => ({ ...p, [list.key]: [...p[list.key], entry] }));
      return `?notice=${list.key}#${list.key}`;
    }));
    r.post(`/w/:workspace/resume/${list.key}/:index/delete`, change(ctx, list.key, async (req, ws) => {
      const i = Index.parse(req.params.index);
      await updateProfile(ctx, ws, (p) => ({ ...p, [list.key]: p[list.key].filter((_: unknown, j: number) => j !== i) }));
      return `?notice=removed#${list.key}`;
    }));
  }

  r.post('/w/:workspace/resume/skills', change(ctx, 'skills', async (req, ws) => {
    const { skills } = SkillsForm.parse(formBody(req));
    await updateProfile(ctx, ws, (p) => ({ ...p, skills: parseSkillLines(skills) }));
    return '?notice=skills#skills';
  }));

  r.post('/w/:workspace/resume/import', receiveFile(ctx.secret, IMPORT_PATH, (req, res, p) => show(ctx, req, res, { ...p, form: 'import', draft: {} })), change(ctx, 'import', async (req, ws) => {
    const file = req.file;
    if (!file) throw new HttpError(400, 'no_file', 'Choose a file to import: a .docx, a resume.json or a .txt.');
    return saveImport(ctx, ws, await ctx.work.parseImport({ bytes: file.buffer, fileName: file.originalname }));
  }));

  r.post('/w/:workspace/resume/import-text', change(ctx, 'paste', async (req, ws) => {
    const text = formBody(req).text;
    if (typeof text !== 'string') throw new HttpError(400, 'invalid_request', 'Paste your resume as text.');
    return saveImport(ctx, ws, await ctx.work.parseImport({ text }));
  }));

  for (const format of Object.keys(EXPORT_FORMATS) as ExportFormat[]) {
    r.get(`/w/:workspace/resume.${format}`, async (_req, res) => {
      const { resume } = await current(ctx, res.locals.workspaceId as string);
      sendFile(res, await ctx.work.exportResume(resume, format));
    });
  }

  r.get('/w/:workspace/resume.json', async (_req, res) => {
    const { resume } = await current(ctx, res.locals.workspaceId as string);
    res.set('Content-Disposition', contentDisposition(docxFileName(resume.basics?.name).replace(/\.docx$/, '.json')));
    res.type('application/json').send(JSON.stringify(resume, null, 2));
  });

  // JSON API: a JSON Resume in, a DOCX or PDF (or the pre-flight list) out. The api module's JSON check covers /api/v1.
  for (const format of Object.keys(EXPORT_FORMATS) as ExportFormat[]) {
    r.post(`/api/v1/resume.${format}`, async (req, res) => {
      const resume = apiResume(req.body);
      const budget = startBudget();
      checkChars((resume.work ?? []).flatMap((w) => w.highlights ?? []), 'bullets');
      const report = await preflightOf(ctx, resume, { budget });
      res.set({ 'X-Preflight-Errors': String(report.errors), 'X-Preflight-Warnings': String(report.warnings) });
      sendFile(res, await ctx.work.exportResume(resume, format, budget));
    });
  }

  r.post('/api/v1/resume/preflight', async (req, res) => {
    const resume = apiResume(req.body);
    checkChars((resume.work ?? []).flatMap((w) => w.highlights ?? []), 'bullets');
    res.json(await preflightOf(ctx, resume));
  });

  app.use(r);
}

const IMPORT_PATH = /^\/w\/[^/]+\/resume\/import$/;
const BASICS_FORM_KEYS = new Set(['name', 'label', 'email', 'phone', 'url', 'summary', 'location', 'profiles']);

function apiResume(value: unknown) {
  const parsed = validateResume(value);
  if (!parsed.ok) throw new HttpError(422, parsed.code, parsed.message, parsed.issues);
  return parsed.resume;
}

export const resumeRoutes: RouteModule = {
  name: 'resume',
  nav: { key: 'resume', label: 'Resume', order: 30, href: (ws) => (ws ? `/w/${ws}/resume` : null) },
  mount,
};
