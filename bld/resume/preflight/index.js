// src/resume/preflight/index.ts
import { analyzeBullet } from "../../analyze/index.js";
import { privacyRules } from "./rules.js";
var REQUIRED_PARTS = ["metric", "baseline", "intervention", "result"];
var PLACEHOLDER = /\[[^[\]\n]{1,80}\]/g;
function resumeFields(resume) {
  const fields = [];
  const b = resume.basics;
  if (b?.name) fields.push({ path: "basics.name", where: "Header \u203A name", text: b.name });
  if (b?.label) fields.push({ path: "basics.label", where: "Header \u203A headline", text: b.label });
  if (b?.summary) fields.push({ path: "basics.summary", where: "Summary", text: b.summary });
  (resume.work ?? []).forEach((w, i) => {
    const role = w.position || w.name || `role ${i + 1}`;
    if (w.position) fields.push({ path: `work[${i}].position`, where: `Experience \u203A ${role}`, text: w.position });
    if (w.name) fields.push({ path: `work[${i}].name`, where: `Experience \u203A ${role}, organization`, text: w.name });
    if (w.summary) fields.push({ path: `work[${i}].summary`, where: `Experience \u203A ${role}, summary`, text: w.summary });
    (w.highlights ?? []).forEach(
      (h, j) => fields.push({ path: `work[${i}].highlights[${j}]`, where: `Experience \u203A ${role}, bullet ${j + 1}`, text: h, bullet: true })
    );
  });
  (resume.education ?? []).forEach((e, i) => {
    for (const key of ["studyType", "area", "institution"]) {
      const v = e[key];
      if (v) fields.push({ path: `education[${i}].${key}`, where: `Education \u203A ${e.institution || `entry ${i + 1}`}`, text: v });
    }
  });
  (resume.certificates ?? []).forEach((c, i) => {
    fields.push({ path: `certificates[${i}].name`, where: `Certifications \u203A ${c.name}`, text: c.name });
    if (c.issuer) fields.push({ path: `certificates[${i}].issuer`, where: `Certifications \u203A ${c.name}`, text: c.issuer });
  });
  (resume.skills ?? []).forEach((s, i) => {
    fields.push({ path: `skills[${i}].name`, where: `Skills \u203A ${s.name}`, text: s.name });
    (s.keywords ?? []).forEach((k, j) => fields.push({ path: `skills[${i}].keywords[${j}]`, where: `Skills \u203A ${s.name}`, text: k }));
  });
  return fields;
}
function missingParts(field, result) {
  const missing = REQUIRED_PARTS.filter((part) => result.components[part].length === 0);
  if (!missing.length) return null;
  return {
    check: "missing-parts",
    rule: "missing-parts",
    severity: "warning",
    path: field.path,
    where: field.where,
    text: field.text,
    message: `Missing ${listOf(missing)}: the guide asks for a metric with its baseline, the intervention and the result.`
  };
}
function wrongWayKpis(field, result) {
  return result.kpis.filter((k) => k.change && k.desired && k.change !== k.desired).map((k) => ({
    check: "kpi-direction",
    rule: "kpi-direction",
    severity: "warning",
    path: field.path,
    where: field.where,
    text: field.text,
    start: k.start,
    end: k.end,
    message: `${k.label} went ${k.change}, but it should go ${k.desired}: say what improved, or check the direction word.`
  }));
}
function placeholders(field) {
  return [...field.text.matchAll(PLACEHOLDER)].map((m) => ({
    check: "placeholder",
    rule: "placeholder",
    severity: "error",
    path: field.path,
    where: field.where,
    text: field.text,
    start: m.index,
    end: m.index + m[0].length,
    message: `Fill in ${m[0]} with your own figure or remove it; it would print as is.`
  }));
}
function privateData(field) {
  const items = [];
  const taken = [];
  for (const rule of privacyRules()) {
    for (const m of field.text.matchAll(rule.regex)) {
      const start = m.index;
      const end = start + m[0].length;
      if (taken.some(([s, e]) => start < e && end > s)) continue;
      taken.push([start, end]);
      items.push({
        check: "private-data",
        rule: rule.id,
        severity: rule.level,
        path: field.path,
        where: field.where,
        text: field.text,
        start,
        end,
        message: rule.message
      });
    }
  }
  return items;
}
function listOf(parts) {
  return parts.length <= 1 ? parts[0] ?? "" : `${parts.slice(0, -1).join(", ")} and ${parts[parts.length - 1]}`;
}
function preflight(resume, analyse = analyzeBullet) {
  const items = [];
  for (const field of resumeFields(resume)) {
    items.push(...placeholders(field), ...privateData(field));
    if (field.bullet && field.text.trim()) {
      const result = analyse(field.text.trim());
      const missing = missingParts(field, result);
      if (missing) items.push(missing);
      items.push(...wrongWayKpis(field, result));
    }
  }
  return {
    items,
    errors: items.filter((i) => i.severity === "error").length,
    warnings: items.filter((i) => i.severity === "warning").length
  };
}
export {
  PLACEHOLDER,
  REQUIRED_PARTS,
  preflight,
  resumeFields
};
