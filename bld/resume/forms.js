// src/resume/forms.ts
import { z } from "zod";
import { parseDate } from "../export/text.js";
var text = (label, max) => z.string({ error: `${label} must be text.` }).trim().max(max, `${label} can be at most ${max} characters.`).default("");
var optionalDate = (label) => text(label, 40).transform((value, ctx) => {
  if (!value) return void 0;
  const iso = parseDate(value);
  if (!iso) ctx.addIssue({ code: "custom", message: `${label}: write a year or a month and year, e.g. "2016" or "May 2022".` });
  return iso;
});
function compact(o) {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== "" && v !== void 0));
}
var BasicsForm = z.object({
  name: text("Name", 120),
  label: text("Headline", 200),
  email: text("Email", 254).refine((v) => !v || /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(v), "Email: that does not look like an email address."),
  phone: text("Phone", 40),
  city: text("City", 100),
  region: text("State or region", 100),
  url: text("Website", 500),
  linkedin: text("LinkedIn", 500),
  summary: text("Summary", 4e3)
}).transform((f) => {
  const location = compact({ city: f.city, region: f.region });
  return compact({
    name: f.name,
    label: f.label,
    email: f.email,
    phone: f.phone,
    url: f.url,
    summary: f.summary,
    location: Object.keys(location).length ? location : void 0,
    profiles: f.linkedin ? [{ network: "LinkedIn", url: f.linkedin }] : void 0
  });
});
var EducationForm = z.object({
  studyType: text("Degree", 200),
  area: text("Field of study", 200),
  institution: text("School", 200),
  endDate: optionalDate("Year")
}).refine((f) => f.studyType || f.institution, "Give at least the degree or the school.").transform((f) => compact(f));
var CertificateForm = z.object({
  name: text("Certification", 200).refine((v) => v.length > 0, "Give the certification\u2019s name."),
  issuer: text("Issued by", 200),
  date: optionalDate("Date")
}).transform((f) => ({ ...compact(f), name: f.name }));
var SkillsForm = z.object({
  skills: text("Skills", 5e3).refine((v) => v.split("\n").length <= 50, "Skills: at most 50 lines.")
});
var Index = z.coerce.number({ error: "Not a valid entry." }).int().min(0).max(100);
export {
  BasicsForm,
  CertificateForm,
  EducationForm,
  Index,
  SkillsForm
};
