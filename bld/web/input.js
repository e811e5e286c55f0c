// src/web/input.ts
import { z } from "zod";
import { LIMITS } from "../store/types.js";
import { HttpError } from "./errors.js";
import { looksBinary, splitPasted } from "./paste.js";
var bulletText = z.string({ error: "Each bullet must be text." }).refine((s) => !looksBinary(s), "This does not look like text (it may be a binary file).").transform((s) => s.trim()).refine((s) => s.length > 0, "A bullet cannot be empty.").refine((s) => s.length <= LIMITS.bulletChars, `A bullet can be at most ${LIMITS.bulletChars.toLocaleString("en-US")} characters.`);
var AnalyzeRequest = z.strictObject({
  kind: z.enum(["bullet", "story"]).default("bullet"),
  items: z.array(z.string({ error: "Each item must be a string." }), { error: '"items" must be an array of strings.' }).max(LIMITS.bulletsPerRequest, `Send at most ${LIMITS.bulletsPerRequest} items at once.`)
}).superRefine((req, ctx) => {
  const max = req.kind === "story" ? 1e4 : LIMITS.bulletChars;
  req.items.forEach((item, i) => {
    if (item.length > max) ctx.addIssue({ code: "custom", path: ["items", i], message: `Each ${req.kind} can be at most ${max.toLocaleString("en-US")} characters.` });
    else if (looksBinary(item)) ctx.addIssue({ code: "custom", path: ["items", i], message: "This does not look like text." });
  });
});
var BulletList = z.array(bulletText, { error: '"items" must be an array of strings.' }).min(1, "Add at least one bullet.").max(LIMITS.bulletsPerRequest, `Add at most ${LIMITS.bulletsPerRequest} bullets at once.`);
var field = (label, required = false) => {
  const s = z.string().trim().max(LIMITS.roleFieldChars, `${label} can be at most ${LIMITS.roleFieldChars} characters.`);
  return required ? s.min(1, `${label} is required.`) : s.default("");
};
var RoleForm = z.object({
  title: field("Title", true),
  employer: field("Employer"),
  location: field("Location"),
  startDate: field("Start date"),
  endDate: field("End date")
});
var id = z.coerce.number({ error: "Not a valid id." }).int().positive().max(Number.MAX_SAFE_INTEGER);
var direction = z.enum(["up", "down"], { error: "Choose up or down." });
function parsePasted(raw) {
  if (typeof raw !== "string") throw new HttpError(400, "invalid_request", "Paste your bullets into the box, one per line.");
  if (looksBinary(raw)) throw new HttpError(400, "not_text", "That does not look like text. Paste your bullets as plain text, one per line.");
  const lines = splitPasted(raw);
  if (!lines.length) throw new HttpError(400, "empty", "Paste at least one bullet, one per line.");
  if (lines.length > LIMITS.bulletsPerRequest) {
    throw new HttpError(413, "too_many_bullets", `That is ${lines.length} bullets; add at most ${LIMITS.bulletsPerRequest} at once.`);
  }
  const long = lines.findIndex((l) => l.length > LIMITS.bulletChars);
  if (long >= 0) {
    throw new HttpError(
      400,
      "bullet_too_long",
      `Bullet ${long + 1} is ${lines[long].length.toLocaleString("en-US")} characters; a bullet can be at most ${LIMITS.bulletChars.toLocaleString("en-US")}. Is a line break missing?`
    );
  }
  return lines;
}
export {
  AnalyzeRequest,
  BulletList,
  RoleForm,
  bulletText,
  direction,
  id,
  parsePasted
};
