// src/import/sections.ts
var SECTION_NAMES = {
  summary: [
    "summary",
    "professional summary",
    "executive summary",
    "career summary",
    "summary of qualifications",
    "profile",
    "professional profile",
    "about",
    "about me",
    "objective",
    "career objective",
    "overview"
  ],
  work: [
    "experience",
    "professional experience",
    "work experience",
    "relevant experience",
    "leadership experience",
    "healthcare experience",
    "employment",
    "employment history",
    "work history",
    "career history",
    "professional history"
  ],
  education: ["education", "education and training", "academic background", "education and credentials", "degrees"],
  certificates: [
    "certifications",
    "certificates",
    "certification",
    "licenses",
    "licensure",
    "credentials",
    "licenses and certifications",
    "licensure and certifications",
    "certifications and licenses",
    "certifications and licensure",
    "professional certifications",
    "licenses and credentials"
  ],
  skills: [
    "skills",
    "core competencies",
    "competencies",
    "technical skills",
    "key skills",
    "areas of expertise",
    "expertise",
    "skills and tools",
    "tools",
    "systems",
    "technology",
    "skills and expertise"
  ]
};
var normalise = (text) => text.toLowerCase().replace(/&/g, " and ").replace(/[:.]+$/, "").replace(/\s+/g, " ").trim();
var LOOKUP = new Map(
  Object.entries(SECTION_NAMES).flatMap(([id, names]) => names.map((n) => [n, id]))
);
function sectionOf(text) {
  return LOOKUP.get(normalise(text));
}
function looksLikeHeading(text) {
  const t = text.replace(/:$/, "").trim();
  return t.length >= 3 && t.length <= 40 && /^[A-Z][A-Z &/,'-]+$/.test(t) && t.split(/\s+/).length <= 5;
}
export {
  SECTION_NAMES,
  looksLikeHeading,
  sectionOf
};
