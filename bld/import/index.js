// src/import/index.ts
import { validateResume, parseResumeJson } from "../resume/parse.js";
import { docxToLines } from "./docx.js";
import { ImportError } from "./errors.js";
import { MAX_TEXT_CHARS, MAX_UPLOAD_BYTES } from "./limits.js";
import { linesToResume } from "./structure.js";
import { looksBinary, textToLines } from "./text.js";
import { looksLikeOle, looksLikeZip } from "./zip-guard.js";
import { ImportError as ImportError2, isImportError } from "./errors.js";
function finish(resume, source, warnings) {
  const bullets = (resume.work ?? []).reduce((n, w) => n + (w.highlights?.length ?? 0), 0);
  if (!resume.basics?.name && !resume.work?.length && !resume.education?.length && !resume.skills?.length) {
    throw new ImportError("no_content", "No resume content was found: no name, roles, education or skills.");
  }
  const checked = validateResume(resume);
  if (!checked.ok) throw new ImportError("not_json_resume", checked.message, checked.issues);
  if (source !== "json" && resume.work?.length && bullets === 0) warnings.push("Roles were found but no bullets under them; check the Experience section.");
  return { resume: checked.resume, source, warnings };
}
async function importDocx(buffer) {
  const lines = await docxToLines(buffer);
  const { resume, warnings } = linesToResume(lines);
  return finish(resume, "docx", warnings);
}
function importText(text) {
  if (!text.trim()) throw new ImportError("empty", "The text is empty: paste your resume, one bullet per line.");
  if (text.length > MAX_TEXT_CHARS) throw new ImportError("too_large", `The text is over ${MAX_TEXT_CHARS.toLocaleString("en-US")} characters; paste one resume at a time.`);
  if (looksBinary(text)) throw new ImportError("binary", "This looks like a binary file, not text. Upload a .docx, a resume.json or paste plain text.");
  const { resume, warnings } = linesToResume(textToLines(text));
  return finish(resume, "text", warnings);
}
function importJson(text) {
  const parsed = parseResumeJson(text);
  if (!parsed.ok) throw new ImportError(parsed.code, parsed.message, parsed.issues);
  return finish(parsed.resume, "json", []);
}
async function importResumeFile(buffer, fileName = "") {
  if (buffer.length === 0) throw new ImportError("empty", "The file is empty.");
  if (buffer.length > MAX_UPLOAD_BYTES) throw new ImportError("too_large", "The file is over 5 MB; a resume is usually well under 1 MB.");
  if (looksLikeZip(buffer) || looksLikeOle(buffer)) return importDocx(buffer);
  if (/\.docx?$/i.test(fileName)) return importDocx(buffer);
  if (buffer.subarray(0, 5).toString("latin1") === "%PDF-") {
    throw new ImportError("binary", "PDF files are not read here: open the resume in Word and save it as .docx, or paste its text.");
  }
  const text = buffer.toString("utf8");
  if (looksBinary(text)) throw new ImportError("binary", "This file is neither a Word .docx, a resume.json nor plain text.");
  const trimmed = text.replace(/^\uFEFF/, "").trimStart();
  if (/\.json$/i.test(fileName) || trimmed.startsWith("{") || trimmed.startsWith("[")) return importJson(text);
  return importText(text);
}
export {
  ImportError2 as ImportError,
  importDocx,
  importJson,
  importResumeFile,
  importText,
  isImportError
};
