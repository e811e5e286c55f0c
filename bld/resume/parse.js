// src/resume/parse.ts
import { ResumeSchema } from "./schema.js";
function issuePath(path) {
  let out = "";
  for (const key of path) out += typeof key === "number" ? `[${key}]` : out ? `.${String(key)}` : String(key);
  return out || "(top level)";
}
function validateResume(value) {
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    return {
      ok: false,
      code: "not_json_resume",
      message: "This is not a JSON Resume: the file must hold one object with basics, work, education...",
      issues: [{ path: "(top level)", message: `expected an object, got ${Array.isArray(value) ? "an array" : value === null ? "null" : typeof value}` }]
    };
  }
  const parsed = ResumeSchema.safeParse(value);
  if (parsed.success) return { ok: true, resume: parsed.data };
  const issues = parsed.error.issues.map((i) => ({ path: issuePath(i.path), message: describe(i) }));
  const first = issues[0];
  return {
    ok: false,
    code: "not_json_resume",
    message: `This is not a valid JSON Resume: ${first.path}: ${first.message}` + (issues.length > 1 ? ` (and ${issues.length - 1} more)` : ""),
    issues
  };
}
function parseResumeJson(text) {
  let value;
  try {
    value = JSON.parse(text.replace(/^\uFEFF/, ""));
  } catch (err) {
    return {
      ok: false,
      code: "not_json",
      message: `This file is not valid JSON (${err.message.split("\n")[0]}).`,
      issues: []
    };
  }
  return validateResume(value);
}
function describe(issue) {
  if (issue.code === "invalid_type") return `expected ${issue.expected}`;
  return issue.message;
}
export {
  issuePath,
  parseResumeJson,
  validateResume
};
