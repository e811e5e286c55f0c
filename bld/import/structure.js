// src/import/structure.ts
import { hasDateRange, takeTrailingDates } from "./dates.js";
import { splitColumns, stripBulletMark } from "./lines.js";
import { looksLikeHeading, sectionOf } from "./sections.js";
var EMAIL = /[\w.+-]+@[\w-]+(?:\.[\w-]+)+/;
var PHONE = /(?:\+?\d{1,2}[\s.-]?)?\(?\d{3}\)?[\s.-]?\d{3}[\s.-]?\d{4}/;
var URL = /(?:https?:\/\/|www\.)\S+|\b[\w-]+\.(?:com|org|net|io|me|dev)\/\S*/i;
var CITY_REGION = /^[\p{L} .'-]+,\s*[A-Z]{2}(?:\s+\d{5})?$/u;
var CONTACT_LABEL = /^(?:e-?mail|phone|tel|cell|mobile|linkedin|web(?:site)?|address|location)\s*:\s*/i;
var CONTACT_SEPARATORS = /\s*(?:\||•|·|◦|▪|\t| {3,})\s*/;
var TITLE_WORDS = /\b(manager|director|coordinator|supervisor|analyst|administrator|officer|president|vp|avp|svp|chief|lead|head|nurse|rn|lpn|specialist|assistant|associate|executive|consultant|intern|representative|technician|technologist|scheduler|registrar|founder|owner|partner|fellow|resident|physician|therapist|pharmacist|coach|engineer|educator|instructor|clerk|biller|coder|auditor|planner|strategist|superintendent|principal|chair|ceo|coo|cfo|cno|cmo|liaison|navigator|practitioner)\b/i;
var DEGREE = /\b(bachelor|master|doctor|doctorate|associate|diploma|ph\.?d|mba|mha|mph|msn|bsn|dnp|dha|mhsa|b\.?s\.?|b\.?a\.?|m\.?s\.?|m\.?a\.?|a\.?a\.?s?)\b/i;
var isTitleLike = (text) => TITLE_WORDS.test(text);
function splitOrgLocation(text) {
  const cols = splitColumns(text);
  if (cols.right) return { name: cols.left, location: cols.right };
  const dash = /^(.*?)\s+(?:[—–|-]|·)\s+(.*)$/.exec(text);
  if (dash && CITY_REGION.test(dash[2].trim())) return { name: dash[1].trim(), location: dash[2].trim() };
  const m = /^(.*?),\s*([\p{L} .'-]+,\s*[A-Z]{2})$/u.exec(text);
  if (m) return { name: m[1].trim(), location: m[2].trim() };
  return { name: text.trim() };
}
var ORG_END = /\b(?:health|healthcare|hospitals?|clinics?|center|centre|system|systems|partners|group|university|college|inc\.?|llc|associates|network|foundation|institute|medicine|physicians|pllc|corp\.?|company)$/i;
var SERVICE_LINE = /^(?:behavioral|population|public|community|home|mental|occupational|digital|employee|women'?s|men'?s|pediatric|global|rural|urban)\b/i;
function splitPositionOrg(text) {
  const m = /^(.*?)\s+(?:—|–|\||@|at)\s+(.*)$/.exec(text);
  if (m && m[1] && m[2]) return { position: m[1].trim(), org: m[2].trim() };
  const comma = text.lastIndexOf(", ");
  if (comma > 0) {
    const position = text.slice(0, comma).trim();
    const org = text.slice(comma + 2).trim();
    if (isTitleLike(position) && !isTitleLike(org) && ORG_END.test(org) && !SERVICE_LINE.test(org) && org.split(/\s+/).length >= 2) return { position, org };
  }
  return { position: text.trim() };
}
function setDates(target, d) {
  if (d.startDate) target.startDate = d.startDate;
  if (d.endDate) target.endDate = d.endDate;
}
var Reader = class {
  basics = {};
  work = [];
  education = [];
  certificates = [];
  skills = [];
  summary = [];
  warnings = [];
  skipped = /* @__PURE__ */ new Map();
  /** Each role line as written, in case a following organization line shows it was not "position, org". */
  headerText = /* @__PURE__ */ new WeakMap();
  section = "header";
  read(lines) {
    for (const line of lines) this.line(line);
    for (const [name, count] of this.skipped) this.warnings.push(`Skipped the "${name}" section (${count} line${count === 1 ? "" : "s"}): it has no place in the resume model yet.`);
    if (this.summary.length) this.basics.summary = this.summary.join("\n");
    const resume = {};
    if (Object.keys(this.basics).length) resume.basics = this.basics;
    if (this.work.length) resume.work = this.work;
    if (this.education.length) resume.education = this.education;
    if (this.certificates.length) resume.certificates = this.certificates;
    if (this.skills.length) resume.skills = this.skills;
    return { resume, warnings: this.warnings };
  }
  line(line) {
    const text = line.kind === "bullet" ? stripBulletMark(line.text) : line.text.trim();
    if (!text) return;
    const known = line.kind === "bullet" ? void 0 : sectionOf(text);
    if (known) {
      this.section = known;
      return;
    }
    if (line.kind === "heading" && this.section !== "header") {
      this.section = { other: text };
      return;
    }
    if (line.kind === "plain" && looksLikeHeading(text) && this.section !== "header") {
      this.section = { other: text };
      return;
    }
    const s = this.section;
    if (s === "header") this.header(line, text);
    else if (s === "summary") this.summary.push(text);
    else if (s === "work") this.workLine(line, text);
    else if (s === "education") this.educationLine(line, text);
    else if (s === "certificates") this.certificateLine(text);
    else if (s === "skills") this.skillLine(text);
    else this.skipped.set(s.other, (this.skipped.get(s.other) ?? 0) + 1);
  }
  header(line, text) {
    if (!this.basics.name && (line.kind === "title" || line.kind === "heading" || line.kind === "plain" || line.kind === "entry") && !EMAIL.test(text) && !PHONE.test(text)) {
      this.basics.name = text;
      return;
    }
    const tokens = text.split(CONTACT_SEPARATORS).map((t) => t.replace(CONTACT_LABEL, "").trim()).filter(Boolean);
    const isContact = line.kind === "contact" || tokens.some((t) => EMAIL.test(t) || PHONE.test(t) || URL.test(t));
    if (!isContact) {
      if (!this.basics.label) this.basics.label = text;
      else this.summary.push(text);
      return;
    }
    for (const token of tokens) {
      const email = EMAIL.exec(token);
      if (email && !this.basics.email && email[0].length >= token.length - 8) {
        this.basics.email = email[0];
        continue;
      }
      if (PHONE.test(token) && !this.basics.phone && token.replace(/[\d\s().+-]/g, "").length <= 4) {
        this.basics.phone = token;
        continue;
      }
      if (URL.test(token)) {
        if (/linkedin|github|twitter|x\.com/i.test(token)) {
          const network = /linkedin/i.test(token) ? "LinkedIn" : /github/i.test(token) ? "GitHub" : "Twitter";
          (this.basics.profiles ??= []).push({ network, url: token });
        } else if (!this.basics.url) this.basics.url = token;
        continue;
      }
      const m = /^([\p{L} .'-]+),\s*([A-Z]{2})(?:\s+\d{5})?$/u.exec(token);
      if (m && !this.basics.location) {
        this.basics.location = { city: m[1].trim(), region: m[2] };
        continue;
      }
      if (!this.basics.location && /^[\p{L} .'-]+$/u.test(token) && tokens.length > 1) {
        this.basics.location = { city: token };
        continue;
      }
      this.warnings.push(`Could not tell what "${token}" in the contact line is; it was left out.`);
    }
  }
  currentRole() {
    let role = this.work[this.work.length - 1];
    if (!role) {
      role = {};
      this.work.push(role);
    }
    return role;
  }
  startRole(text, line) {
    const cols = splitColumns(text);
    const dated = cols.right ? { ...takeTrailingDates(cols.right), rest: cols.left } : takeTrailingDates(text);
    const role = {};
    const headerText = dated.rest.replace(/[\s,|–—-]+$/, "");
    this.headerText.set(role, headerText);
    const header = splitPositionOrg(headerText);
    role.position = header.position;
    if (header.org) Object.assign(role, orgFields(header.org));
    if (dated.found) setDates(role, dated);
    else if (cols.right && (line.kind === "entry" || CITY_REGION.test(cols.right))) role.location = cols.right;
    this.work.push(role);
    return role;
  }
  workLine(line, text) {
    const role = this.work[this.work.length - 1];
    const fresh = !role || (role.highlights?.length ?? 0) > 0 || role.summary !== void 0;
    if (line.kind === "bullet") {
      (this.currentRole().highlights ??= []).push(text);
      return;
    }
    if (line.kind === "entry") {
      this.startRole(text, line);
      return;
    }
    if (line.kind === "organization" && role && !fresh) {
      const whole = this.headerText.get(role);
      if (whole && role.name) {
        role.position = whole;
        delete role.name;
        delete role.location;
      }
      Object.assign(role, orgFields(text));
      return;
    }
    const words = text.split(/\s+/).length;
    const dated = hasDateRange(text) || splitColumns(text).right !== "" && takeTrailingDates(splitColumns(text).right).found;
    if (dated) {
      if (role && !fresh && !role.startDate && !role.endDate) {
        const cols = splitColumns(text);
        const d = cols.right ? { ...takeTrailingDates(cols.right), rest: cols.left } : takeTrailingDates(text);
        setDates(role, d);
        this.placeHeaderText(role, d.rest);
        return;
      }
      this.startRole(text, line);
      return;
    }
    if (words > 12 || /[.;]$/.test(text)) {
      if (role && !role.highlights?.length) role.summary = role.summary ? `${role.summary} ${text}` : text;
      else (this.currentRole().highlights ??= []).push(text);
      return;
    }
    if (role && !fresh) {
      this.placeHeaderText(role, text);
      return;
    }
    this.startRole(text, line);
  }
  /** A short header line under a role: the organization, or the position when the first line was the organization. */
  placeHeaderText(role, text) {
    const clean = text.replace(/[\s,|–—-]+$/, "").trim();
    if (!clean) return;
    if (!role.name) {
      const fields = orgFields(clean);
      if (role.position && !isTitleLike(role.position) && isTitleLike(clean)) {
        Object.assign(role, orgFields(role.position));
        role.position = clean;
        return;
      }
      Object.assign(role, fields);
      return;
    }
    if (!role.position) role.position = clean;
    else if (!role.location && CITY_REGION.test(clean)) role.location = clean;
    else role.summary = role.summary ? `${role.summary} ${clean}` : clean;
  }
  educationLine(line, text) {
    const last = this.education[this.education.length - 1];
    const cols = splitColumns(text);
    const dated = cols.right ? { ...takeTrailingDates(cols.right), rest: cols.left } : takeTrailingDates(text);
    const rest = dated.rest.replace(/[\s,|–—-]+$/, "");
    if (line.kind === "organization" && last && !last.institution) {
      last.institution = rest;
      return;
    }
    const parts = rest.split(/\s+(?:—|–|\||-)\s+|,\s+(?=[^,]*\b(?:university|college|institute|school)\b)/i).map((p) => p.trim()).filter(Boolean);
    let degree = parts.find((p) => DEGREE.test(p));
    let institution = parts.find((p) => p !== degree);
    if (!degree && !institution) return;
    if (line.kind === "entry" && !degree && parts.length === 1) degree = parts[0];
    if (degree === institution) institution = void 0;
    if (last && !dated.found && parts.length === 1) {
      if (degree && !last.studyType && !last.area) {
        Object.assign(last, degreeFields(degree));
        return;
      }
      if (!degree && institution && !last.institution) {
        last.institution = institution;
        return;
      }
    }
    const entry = {};
    if (degree) Object.assign(entry, degreeFields(degree));
    if (institution) entry.institution = institution;
    if (dated.found) {
      if (dated.startDate && dated.endDate) setDates(entry, dated);
      else entry.endDate = dated.endDate ?? dated.startDate;
    }
    this.education.push(entry);
  }
  certificateLine(text) {
    const cols = splitColumns(text);
    const dated = cols.right ? { ...takeTrailingDates(cols.right), rest: cols.left } : takeTrailingDates(text);
    const rest = dated.rest.replace(/[\s,|(–—-]+$/, "");
    if (!rest) return;
    const m = /^(.*?)\s+(?:—|–|\||-)\s+(.*)$/.exec(rest) ?? /^(.*?),\s+(.*)$/.exec(rest);
    const cert = m ? { name: m[1].trim(), issuer: m[2].trim() } : { name: rest };
    const date = dated.endDate ?? dated.startDate;
    if (dated.found && date) cert.date = date;
    this.certificates.push(cert);
  }
  skillLine(text) {
    const m = /^([^:]{1,60}):\s*(.+)$/.exec(text);
    if (m) {
      const keywords = m[2].split(/\s*[,;•·|]\s*/).map((k) => k.trim()).filter(Boolean);
      this.skills.push({ name: m[1].trim(), keywords });
      return;
    }
    for (const name of text.split(/\s*[,;•·|]\s*|\t+/).map((k) => k.trim()).filter(Boolean)) this.skills.push({ name });
  }
};
function orgFields(text) {
  const { name, location } = splitOrgLocation(text);
  return location ? { name, location } : { name };
}
function degreeFields(text) {
  const m = /^(.*?)\s+in\s+(.+)$/.exec(text);
  return m ? { studyType: m[1].trim(), area: m[2].trim() } : { studyType: text.trim() };
}
function linesToResume(lines) {
  return new Reader().read(lines);
}
export {
  degreeFields,
  isTitleLike,
  linesToResume,
  splitOrgLocation,
  splitPositionOrg
};
