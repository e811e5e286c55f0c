// src/web/routes/resume.ts
import { Router } from "express";
import multer from "multer";
import { contentDisposition, docxFileName, DOCX_CONTENT_TYPE } from "../../export/file-name.js";
import { exportResumeDocx } from "../../export/resume.js";
import { importResumeFile, importText } from "../../import/index.js";
import { MAX_UPLOAD_BYTES } from "../../import/limits.js";
import { analyseCached } from "../../render/analysed.js";
import { preflightView, resumeView } from "../../render/resume-view.js";
import { BasicsForm, CertificateForm, EducationForm, Index, SkillsForm } from "../../resume/forms.js";
import { validateResume } from "../../resume/parse.js";
import { preflight } from "../../resume/preflight/index.js";
import { parseSkillLines } from "../../resume/skills.js";
import { importPlan, workspaceResume } from "../../resume/workspace.js";
import { csrfValid, MULTIPART_PATHS } from "../csrf.js";
import { HttpError } from "../errors.js";
import { formBody, formPost } from "../form-post.js";
import { page } from "../views.js";
import { loadWorkspace } from "../workspace-cookie.js";
var LIST_SECTIONS = [
  { key: "education", form: EducationForm },
  { key: "certificates", form: CertificateForm }
];
var NOTICES = {
  basics: "Header saved.",
  education: "Education saved.",
  certificates: "Certifications saved.",
  skills: "Skills saved.",
  removed: "Removed."
};
var importNotes = /* @__PURE__ */ new Map();
var NOTE_TTL_MS = 10 * 60 * 1e3;
async function current(ctx, ws) {
  const [snap, profile] = await Promise.all([ctx.store.workspaces.snapshot(ws), ctx.store.resume.profile(ws)]);
  if (!snap) throw new HttpError(404, "workspace_not_found", "There is no workspace at this address.");
  return { profile, ...workspaceResume(snap, profile) };
}
async function show(ctx, req, res, problem) {
  const ws = res.locals.workspaceId;
  const { profile, resume, notes } = await current(ctx, ws);
  const view = resumeView(profile, resume, notes);
  const imported = req.query.notice === "imported";
  const last = importNotes.get(ws);
  if (imported && last) importNotes.delete(ws);
  let notice = typeof req.query.notice === "string" ? NOTICES[req.query.notice] : void 0;
  if (imported) {
    const roles = Number(req.query.roles) || 0;
    const bullets = Number(req.query.bullets) || 0;
    notice = `Imported ${roles} ${roles === 1 ? "role" : "roles"} and ${bullets} ${bullets === 1 ? "bullet" : "bullets"}; each bullet is analysed on the Bullets page.`;
  }
  if (problem) res.status(problem.status);
  page(res, "resume", {
    title: "Your resume",
    section: "resume",
    r: view,
    preflight: preflightView(preflight(resume, analyseCached)),
    importNotes: imported && last && Date.now() - last.at < NOTE_TTL_MS ? last.notes : [],
    notice,
    problem,
    draft: problem?.draft ?? {},
    maxUploadMb: MAX_UPLOAD_BYTES / 1024 / 1024,
    ws
  });
}
function change(ctx, form, run) {
  return formPost({ form, run, show: (req, res, problem) => show(ctx, req, res, problem), base: (ws) => `/w/${ws}/resume` });
}
async function updateProfile(ctx, ws, edit) {
  await ctx.store.resume.saveProfile(ws, edit(await ctx.store.resume.profile(ws)));
}
async function saveImport(ctx, ws, result) {
  const { plan, notes } = importPlan(result.resume);
  const added = await ctx.store.resume.importPlan(ws, plan);
  for (const text of [...plan.unassigned, ...plan.roles.flatMap((r) => r.bullets)]) analyseCached(text);
  const all = [...result.warnings, ...notes];
  if (all.length) importNotes.set(ws, { notes: all, at: Date.now() });
  return `?notice=imported&roles=${added.roles}&bullets=${added.bullets}#import`;
}
var upload = multer({ storage: multer.memoryStorage(), limits: { fileSize: MAX_UPLOAD_BYTES, files: 1, fields: 5, parts: 6 } }).single("file");
function receiveFile(ctx) {
  return (req, res, next) => {
    upload(req, res, (err) => {
      if (err instanceof multer.MulterError) {
        req.body = {};
        const tooBig = err.code === "LIMIT_FILE_SIZE";
        return show(ctx, req, res, {
          status: tooBig ? 413 : 400,
          form: "import",
          draft: {},
          message: tooBig ? `The file is over ${MAX_UPLOAD_BYTES / 1024 / 1024} MB; a resume is usually well under 1 MB.` : "Upload one file: a .docx, a resume.json or a .txt."
        }).catch(next);
      }
      if (err) return next(err);
      if (!csrfValid(ctx.secret, req)) {
        return next(new HttpError(403, "csrf_failed", "This form has expired or came from another site. Go back, reload the page and try again; nothing was changed."));
      }
      next();
    });
  };
}
function sendDocx(res, buffer, fileName) {
  res.set({
    "Content-Type": DOCX_CONTENT_TYPE,
    "Content-Disposition": contentDisposition(fileName),
    "Content-Length": String(buffer.length),
    "X-Content-Type-Options": "nosniff"
  });
  res.end(buffer);
}
function mount(app, ctx) {
  const r = Router();
  const { store } = ctx;
  if (!MULTIPART_PATHS.includes(IMPORT_PATH)) MULTIPART_PATHS.push(IMPORT_PATH);
  r.use("/w/:workspace/resume", loadWorkspace(store));
  r.use("/w/:workspace/resume.:ext", loadWorkspace(store));
  r.get("/w/:workspace/resume", (req, res) => show(ctx, req, res));
  r.post("/w/:workspace/resume/basics", change(ctx, "basics", async (req, ws) => {
    const basics = BasicsForm.parse(formBody(req));
    await updateProfile(ctx, ws, (p) => ({ ...p, basics: { ...Object.fromEntries(Object.entries(p.basics).filter(([k]) => !BASICS_FORM_KEYS.has(k))), ...basics } }));
    return "?notice=basics#basics";
  }));
  for (const list of LIST_SECTIONS) {
    r.post(`/w/:workspace/resume/${list.key}`, change(ctx, list.key, async (req, ws) => {
      const entry = list.form.parse(formBody(req));
      await updateProfile(ctx, ws, (p) => ({ ...p, [list.key]: [...p[list.key], entry] }));
      return `?notice=${list.key}#${list.key}`;
    }));
    r.post(`/w/:workspace/resume/${list.key}/:index/delete`, change(ctx, list.key, async (req, ws) => {
      const i = Index.parse(req.params.index);
      await updateProfile(ctx, ws, (p) => ({ ...p, [list.key]: p[list.key].filter((_, j) => j !== i) }));
      return `?notice=removed#${list.key}`;
    }));
  }
  r.post("/w/:workspace/resume/skills", change(ctx, "skills", async (req, ws) => {
    const { skills } = SkillsForm.parse(formBody(req));
    await updateProfile(ctx, ws, (p) => ({ ...p, skills: parseSkillLines(skills) }));
    return "?notice=skills#skills";
  }));
  r.post("/w/:workspace/resume/import", receiveFile(ctx), change(ctx, "import", async (req, ws) => {
    const file = req.file;
    if (!file) throw new HttpError(400, "no_file", "Choose a file to import: a .docx, a resume.json or a .txt.");
    return saveImport(ctx, ws, await importResumeFile(file.buffer, file.originalname));
  }));
  r.post("/w/:workspace/resume/import-text", change(ctx, "paste", async (req, ws) => {
    const text = formBody(req).text;
    if (typeof text !== "string") throw new HttpError(400, "invalid_request", "Paste your resume as text.");
    return saveImport(ctx, ws, importText(text));
  }));
  r.get("/w/:workspace/resume.docx", async (_req, res) => {
    const { resume } = await current(ctx, res.locals.workspaceId);
    const { buffer, fileName } = await exportResumeDocx(resume);
    sendDocx(res, buffer, fileName);
  });
  r.get("/w/:workspace/resume.json", async (_req, res) => {
    const { resume } = await current(ctx, res.locals.workspaceId);
    res.set("Content-Disposition", contentDisposition(docxFileName(resume.basics?.name).replace(/\.docx$/, ".json")));
    res.type("application/json").send(JSON.stringify(resume, null, 2));
  });
  r.post("/api/v1/resume.docx", async (req, res) => {
    const resume = apiResume(req.body);
    const report = preflight(resume);
    const { buffer, fileName } = await exportResumeDocx(resume);
    res.set({ "X-Preflight-Errors": String(report.errors), "X-Preflight-Warnings": String(report.warnings) });
    sendDocx(res, buffer, fileName);
  });
  r.post("/api/v1/resume/preflight", (req, res) => {
    res.json(preflight(apiResume(req.body)));
  });
  app.use(r);
}
var IMPORT_PATH = /^\/w\/[^/]+\/resume\/import$/;
var BASICS_FORM_KEYS = /* @__PURE__ */ new Set(["name", "label", "email", "phone", "url", "summary", "location", "profiles"]);
function apiResume(value) {
  const parsed = validateResume(value);
  if (!parsed.ok) throw new HttpError(422, parsed.code, parsed.message, parsed.issues);
  return parsed.resume;
}
var resumeRoutes = {
  name: "resume",
  nav: { key: "resume", label: "Resume", order: 30, href: (ws) => ws ? `/w/${ws}/resume` : null },
  mount
};
export {
  resumeRoutes
};
